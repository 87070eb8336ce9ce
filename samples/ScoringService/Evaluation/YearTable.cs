using MuhanRubric.Measurements;
using MuhanRubric.Measures;
using MuhanRubric.Units;

namespace MuhanRubric.Samples.ScoringService.Evaluation;

/// <summary>A year's table, assembled from each 시군's own rows with <see cref="MeasurementTable.Builder"/>.</summary>
internal static class YearTable
{
    /// <summary>
    /// One table for the year: every 시군 of the catalogue; each submitting 시군's row copied from its own file (values
    /// with their text and source, not-applicable and blank cells); a 시군 that has not submitted has no data and is
    /// listed in <see cref="MeasurementTable.UnitsWithoutData"/>, so every scoring result warns about it. The measures
    /// are those any submission gives, with their share denominators, in catalogue order.
    /// </summary>
    public static MeasurementTable Assemble(int year, IReadOnlyList<(Municipality Unit, MeasurementTable Table)> rows)
    {
        var catalog = MeasureCatalog.Gyeonggi2016;
        var ids = rows.SelectMany(r => r.Table.Measures).Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var id in ids.ToList())
        {
            if (catalog[id].ShareDenominator is { } denominator)
            {
                ids.Add(denominator);
            }
        }

        var measures = new MeasureCatalog(catalog.Where(m => ids.Contains(m.Id)));
        var period = EvaluationPeriod.Year(year);
        var builder = MeasurementTable.CreateBuilder(MunicipalityCatalog.Gyeonggi, measures).WithName($"{period} submissions").WithPeriod(period);
        foreach (var (unit, table) in rows)
        {
            foreach (var measure in table.Measures)
            {
                var target = measures[measure.Id];
                switch (table.StatusOf(unit, measure))
                {
                    case CellStatus.Present:
                        var value = table[unit, measure]!;
                        builder.Set(unit, target, value.Value, value.Percent, value.Text, value.Source);
                        break;
                    case CellStatus.NotApplicable:
                        builder.SetNotApplicable(unit, target);
                        break;
                    default:
                        builder.SetMissing(unit, target);
                        break;
                }
            }
        }

        return builder.Build(allowUnitsWithoutData: true);
    }
}
