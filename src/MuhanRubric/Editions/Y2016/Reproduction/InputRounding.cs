using MuhanRubric.Statistics;

namespace MuhanRubric.Editions.Y2016;

/// <summary>
/// How far the rounding of printed inputs can move a statistic. A municipality value printed with d decimals is
/// off by at most h = ½·10⁻ᵈ from the value the report's authors had; whole counts are exact (h = 0).
/// </summary>
/// <remarks>
/// Bounds: a total moves by at most Σh; a mean by Σh/n; an order statistic (minimum, maximum, median,
/// percentile) by max h; a sample standard deviation by √(Σh²/(n − 1)), because it is a norm of the deviations
/// divided by √(n − 1) and centring does not lengthen a vector.
/// </remarks>
internal static class InputRounding
{
    public static decimal For(string statistic, MeasureSeries series)
    {
        if (series.ValuesAreExact)
        {
            return 0m;
        }

        var halves = series.Present.Select(o => Reproducer.HalfUnit(o.Value!.Value.Scale)).ToList();
        if (halves.Count == 0)
        {
            return 0m;
        }

        return statistic switch
        {
            "total" => halves.Sum(),
            "mean" => halves.Sum() / halves.Count,
            "standardDeviation" => halves.Count < 2 ? 0m : (decimal)Math.Sqrt((double)halves.Sum(h => h * h) / (halves.Count - 1)),
            _ => halves.Max(),
        };
    }
}
