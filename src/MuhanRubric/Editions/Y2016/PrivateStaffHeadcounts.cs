using MuhanRubric.Measurements;
using MuhanRubric.Measures;

namespace MuhanRubric.Editions.Y2016;

/// <summary>
/// The private-staff headcount of <c>표 Ⅱ-3</c> (p.17–18, the 2016 <c>인원 수</c> column) as a measurement of the 2016
/// data (<see cref="Measure.PrivateCaseManagersInPost"/>): the denominator of indicator B8's departure ratio (p.31),
/// which no municipality table prints. Each value is the printed cell with its table and page; a 시군 whose cell is
/// blank, or a dataset without <c>표 Ⅱ-3</c>, has the value missing. No published number is changed.
/// </summary>
internal static class PrivateStaffHeadcounts
{
    /// <summary>The table, and the column of its 2016 headcounts.</summary>
    private const string Table = "Ⅱ-3", Column = "staff2016";

    /// <summary>Sets the headcount of every unit of the builder from the printed table, or missing.</summary>
    public static void Set(MeasurementTable.Builder builder, IReadOnlyList<PrintedTable> tables)
    {
        var rows = tables.FirstOrDefault(t => t.Id == Table)?.Sections.SelectMany(s => s.Rows).Where(r => r.Municipality is not null)
            .ToDictionary(r => r.Municipality!.Code, StringComparer.Ordinal) ?? [];
        foreach (var unit in builder.Units)
        {
            if (rows.TryGetValue(unit.Code, out var row) && row[Column] is { } cell)
            {
                builder.Set(unit, Measure.PrivateCaseManagersInPost, cell.Value, null, cell.Printed, cell.Source);
            }
            else
            {
                builder.SetMissing(unit, Measure.PrivateCaseManagersInPost);
            }
        }
    }
}
