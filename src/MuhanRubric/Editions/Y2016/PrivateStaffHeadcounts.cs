using MuhanRubric.Measurements;
using MuhanRubric.Measures;
using MuhanRubric.Reading;

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
    public const string Table = "Ⅱ-3", Column = "staff2016";

    /// <summary>
    /// The rules of the table a report file must keep for <see cref="Set"/>: each 시군 in one row, and its headcount a
    /// value of <see cref="Measure.PrivateCaseManagersInPost"/> (a whole number ≥ 0 without a share).
    /// </summary>
    public static void Validate(IReadOnlyList<SectionDocument> sections, JsonProblems problems, string path)
    {
        var first = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var s = 0; s < sections.Count; s++)
        {
            var column = sections[s].Columns.IndexOf(Column);
            for (var r = 0; r < sections[s].Rows.Count; r++)
            {
                var row = sections[s].Rows[r];
                var rowPath = SourceNode.Index(SourceNode.Index(path + ".sections", s) + ".rows", r);
                if (row.Municipality is null || !ReportCatalogues.Units.TryFind(row.Municipality, out var unit))
                {
                    continue;
                }

                if (!first.TryAdd(unit.Code, rowPath))
                {
                    problems.Add(rowPath + ".municipality", $"expected each 시군 in one row of 표 {Table} (its {Column} is B8's denominator), found {row.Municipality} again (first at {first[unit.Code]})", unit.Code);
                }

                if (column >= 0 && column < row.Cells.Count && row.Cells[column] is { } cell
                    && MeasurementTable.Builder.Check(Measure.PrivateCaseManagersInPost, cell.Value, cell.Percent) is { } problem)
                {
                    problems.Add(SourceNode.Index(rowPath + ".cells", column) + ".value", problem, unit.Code, Measure.PrivateCaseManagersInPost.Id);
                }
            }
        }
    }

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
