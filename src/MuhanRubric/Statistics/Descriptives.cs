using System.Globalization;
using Ardalis.GuardClauses;
using MathNet.Numerics.Statistics;
using MuhanRubric.Units;

namespace MuhanRubric.Statistics;

/// <summary>Named quantile definitions (Hyndman and Fan 1996, as MathNet.Numerics numbers them R1–R9).</summary>
public static class QuantileConventions
{
    /// <summary>
    /// SPSS's default (<c>HAVERAGE</c>): the weighted average at <c>(n + 1)p</c>, Hyndman–Fan definition 6 (R6).
    /// The report computed its statistics with SPSS (p.6), so this is the library's default.
    /// </summary>
    public const QuantileDefinition Spss = QuantileDefinition.R6;

    /// <summary>Excel's <c>PERCENTILE.INC</c> and R's default <c>type = 7</c>: interpolation at <c>(n − 1)p + 1</c>.</summary>
    public const QuantileDefinition Excel = QuantileDefinition.R7;

    /// <summary>Hyndman and Fan's recommended median-unbiased definition 8 (MathNet's own default).</summary>
    public const QuantileDefinition MedianUnbiased = QuantileDefinition.R8;
}

/// <summary>
/// A one-call description of a measure across municipalities: counts, sum, mean, both standard deviations,
/// extremes and quantiles, with missing values excluded and counted.
/// </summary>
/// <remarks>
/// <para>Statistics come from MathNet.Numerics. <see cref="StandardDeviation"/> is the sample standard deviation
/// (divisor n − 1), which is what SPSS and the report print; <see cref="PopulationStandardDeviation"/> divides
/// by n. Quantiles use <see cref="QuantileDefinition"/>, by default <see cref="QuantileConventions.Spss"/>.</para>
/// <para>With no values, every statistic is null; with one value the standard deviations are null (sample) and
/// 0 (population). Immutable and thread-safe.</para>
/// </remarks>
[Immutable]
public sealed class Descriptives
{
    private Descriptives(MeasureSeries series, QuantileDefinition definition)
    {
        Name = series.Name;
        QuantileDefinition = definition;
        MissingMunicipalities = series.Missing;
        var present = series.Present.Select(o => o.Value!.Value).ToArray();
        N = present.Length;
        Sample = new SortedSample([.. present.Select(v => (double)v).Order()], definition);
        if (N == 0)
        {
            return;
        }

        Sum = present.Sum();
        Minimum = present.Min();
        Maximum = present.Max();
        Mean = Sample.Mean;
        StandardDeviation = Sample.StandardDeviation;
        PopulationStandardDeviation = Sample.PopulationStandardDeviation;
        Median = Percentile(50);
        LowerQuartile = Percentile(25);
        UpperQuartile = Percentile(75);
    }

    /// <summary>The series name.</summary>
    public string Name { get; }

    /// <summary>How many municipalities have a value.</summary>
    public int N { get; }

    /// <summary>How many municipalities have no value (excluded from every statistic).</summary>
    public int Missing => MissingMunicipalities.Count;

    /// <summary>The municipalities with no value.</summary>
    public IReadOnlyList<Municipality> MissingMunicipalities { get; }

    /// <summary>The exact decimal sum of the present values; null when there are none.</summary>
    public decimal? Sum { get; }

    /// <summary>The arithmetic mean; null when there are no values.</summary>
    public double? Mean { get; }

    /// <summary>The sample standard deviation (divisor n − 1, as SPSS prints); null for fewer than two values.</summary>
    public double? StandardDeviation { get; }

    /// <summary>The population standard deviation (divisor n); null when there are no values.</summary>
    public double? PopulationStandardDeviation { get; }

    /// <summary>The smallest value; null when there are none.</summary>
    public decimal? Minimum { get; }

    /// <summary>The largest value; null when there are none.</summary>
    public decimal? Maximum { get; }

    /// <summary>The 50th percentile under <see cref="QuantileDefinition"/>.</summary>
    public double? Median { get; }

    /// <summary>The 25th percentile under <see cref="QuantileDefinition"/>.</summary>
    public double? LowerQuartile { get; }

    /// <summary>The 75th percentile under <see cref="QuantileDefinition"/>.</summary>
    public double? UpperQuartile { get; }

    /// <summary>The quantile definition used for <see cref="Median"/>, the quartiles and <see cref="Percentile"/>.</summary>
    public QuantileDefinition QuantileDefinition { get; }

    /// <summary>Describes a series.</summary>
    /// <param name="series">The values.</param>
    /// <param name="quantileDefinition">How quantiles are computed; SPSS's by default.</param>
    /// <returns>The description.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="series"/> is null.</exception>
    public static Descriptives Of(MeasureSeries series, QuantileDefinition quantileDefinition = QuantileConventions.Spss) =>
        new(Guard.Against.Null(series), quantileDefinition);

    /// <summary>Any percentile under <see cref="QuantileDefinition"/>.</summary>
    /// <param name="percentile">From 0 to 100.</param>
    /// <returns>The percentile, or null when there are no values.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="percentile"/> is outside [0, 100] or NaN.</exception>
    public double? Percentile(double percentile)
    {
        if (double.IsNaN(percentile) || percentile < 0 || percentile > 100)
        {
            throw new ArgumentOutOfRangeException(nameof(percentile), percentile, "A percentile must be between 0 and 100.");
        }

        return Sample.Percentile(percentile);
    }

    /// <summary>The sorted values the statistics are computed from.</summary>
    internal SortedSample Sample { get; }

    /// <summary>A one-line summary in the invariant culture.</summary>
    /// <returns>For example <c>CasesPerCaseManager: n=31 missing=0 mean=35.1 sd=16.96 …</c>.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Name}: n={N} missing={Missing} sum={Sum} mean={Mean:0.####} sd={StandardDeviation:0.####} popsd={PopulationStandardDeviation:0.####} min={Minimum} p25={LowerQuartile:0.####} median={Median:0.####} p75={UpperQuartile:0.####} max={Maximum} ({QuantileDefinition})");
}

/// <summary>Statistics on a <see cref="MeasureSeries"/>.</summary>
public static class MeasureSeriesStatistics
{
    /// <summary>Describes the series: n, missing, sum, mean, both SDs, extremes, quartiles.</summary>
    /// <param name="series">The values.</param>
    /// <param name="quantileDefinition">How quantiles are computed; SPSS's (<see cref="QuantileConventions.Spss"/>) by default.</param>
    /// <returns>The description.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="series"/> is null.</exception>
    public static Descriptives Describe(this MeasureSeries series, QuantileDefinition quantileDefinition = QuantileConventions.Spss) =>
        Descriptives.Of(series, quantileDefinition);

    /// <summary>How many present values lie in a band.</summary>
    /// <param name="series">The values.</param>
    /// <param name="band">The band.</param>
    /// <returns>The count; missing values are never counted.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static int CountIn(this MeasureSeries series, Interval band) => series.In(band).Count;

    /// <summary>The municipalities whose value lies in a band, in the series order.</summary>
    /// <param name="series">The values.</param>
    /// <param name="band">The band.</param>
    /// <returns>The municipalities; missing values are never included.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IReadOnlyList<Municipality> In(this MeasureSeries series, Interval band)
    {
        Guard.Against.Null(series);
        Guard.Against.Null(band);
        return [.. series.Where(o => o.Value is { } v && band.Contains(v)).Select(o => o.Municipality)];
    }

    /// <summary>
    /// Standard scores <c>(x − mean) / s</c> with the sample standard deviation <c>s</c>, as SPSS's
    /// <c>DESCRIPTIVES /SAVE</c> computes them.
    /// </summary>
    /// <param name="series">The values.</param>
    /// <returns>One score per observation, in series order; null for a missing value, and for every value when
    /// fewer than two values are present or all are equal.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="series"/> is null.</exception>
    public static IReadOnlyList<StandardScore> ZScores(this MeasureSeries series)
    {
        var description = Guard.Against.Null(series).Describe();
        var usable = description.StandardDeviation is > 0;
        return [.. series.Select(o => new StandardScore(
            o.Municipality,
            o.Value is { } v && usable ? ((double)v - description.Mean!.Value) / description.StandardDeviation!.Value : null))];
    }
}

/// <summary>A municipality's standard score.</summary>
/// <param name="Municipality">The municipality.</param>
/// <param name="Z">The score, or null when it cannot be computed.</param>
[Immutable]
public sealed record StandardScore(Municipality Municipality, double? Z);
