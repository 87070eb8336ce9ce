using MathNet.Numerics.Statistics;

namespace MuhanRubric.Statistics;

/// <summary>
/// Present values sorted ascending in double precision, and the statistics population cut-offs read from them: the one
/// place that computes a mean, a sample standard deviation or a quantile for <see cref="Descriptives"/> and for
/// scoring alike, so a cut-off is the same number whichever asks.
/// </summary>
internal readonly struct SortedSample
{
    private readonly double[] _sorted;

    /// <summary>Wraps values that are already sorted ascending (the array is kept, not copied).</summary>
    public SortedSample(double[] sorted, QuantileDefinition definition)
    {
        _sorted = sorted;
        Definition = definition;
    }

    public int N => _sorted.Length;

    public QuantileDefinition Definition { get; }

    /// <summary>The arithmetic mean; null when there are no values.</summary>
    public double? Mean => N == 0 ? null : _sorted.Mean();

    /// <summary>The sample standard deviation (divisor n − 1); null for fewer than two values.</summary>
    public double? StandardDeviation => N > 1 ? _sorted.StandardDeviation() : null;

    /// <summary>The population standard deviation (divisor n); null when there are no values.</summary>
    public double? PopulationStandardDeviation => N == 0 ? null : _sorted.PopulationStandardDeviation();

    /// <summary>A percentile (0–100) under <see cref="Definition"/>; null when there are no values.</summary>
    public double? Percentile(double percentile) => N == 0 ? null : SortedArrayStatistics.QuantileCustom(_sorted, percentile / 100d, Definition);
}
