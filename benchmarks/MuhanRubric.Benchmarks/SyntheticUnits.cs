using MuhanRubric.Editions.Y2016;
using MuhanRubric.Measurements;
using MuhanRubric.Units;

namespace MuhanRubric.Benchmarks;

/// <summary>
/// Tables of any number of invented units with the 2016 measures: unit k takes the cells of 2016 unit k mod 31, its
/// decimal values moved by up to ±5 % (so that ranks spread), its whole counts as given.
/// </summary>
public static class SyntheticUnits
{
    public static MeasurementTable Table(int count)
    {
        var source = Evaluation2016.Measurements;
        var units = new MunicipalityCatalog(Enumerable.Range(0, count).Select(k => new Municipality($"U{k:000000}", $"단위{k:000000}")));
        var builder = MeasurementTable.CreateBuilder(units, source.Measures).WithName($"{count} synthetic units");
        for (var k = 0; k < count; k++)
        {
            var from = source.Units[k % source.Units.Count];
            var factor = 1m + ((((k / source.Units.Count) % 11) - 5) / 100m);
            foreach (var measure in source.Measures)
            {
                switch (source.StatusOf(from, measure))
                {
                    case CellStatus.Present:
                        var given = source[from, measure]!;
                        var value = measure.IsWholeCount ? given.Value : Math.Round(given.Value * factor, 4);
                        builder.Set(units[k], measure, value, given.Percent);
                        break;
                    case CellStatus.NotApplicable:
                        builder.SetNotApplicable(units[k], measure);
                        break;
                    default:
                        builder.SetMissing(units[k], measure);
                        break;
                }
            }
        }

        return builder.Build();
    }
}
