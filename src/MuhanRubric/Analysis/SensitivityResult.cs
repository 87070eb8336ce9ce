using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using MuhanRubric.Rubrics;
using MuhanRubric.Statistics;
using MuhanRubric.Units;

namespace MuhanRubric.Analysis;

/// <summary>What an uncertain input of a <see cref="SensitivityAnalysis"/> is.</summary>
public enum SensitivityInputKind
{
    /// <summary>An indicator's sampled weight (after renormalisation), continuous.</summary>
    Weight,

    /// <summary>The factor that multiplied a band indicator's edges, continuous.</summary>
    BandEdges,

    /// <summary>Which indicator a <see cref="InclusionPerturbationKind.DropOne"/> sample left out (or none), categorical.</summary>
    DroppedIndicator,

    /// <summary>Whether a <see cref="InclusionPerturbationKind.Bernoulli"/> sample kept an indicator, categorical (kept or not).</summary>
    IndicatorIncluded,
}

/// <summary>An uncertain input of the analysis.</summary>
/// <param name="Kind">What it is.</param>
/// <param name="IndicatorCode">The indicator it belongs to; null for <see cref="SensitivityInputKind.DroppedIndicator"/>, which concerns them all.</param>
/// <param name="Name">A short name, for example <c>weight A2</c>, <c>band edges C1</c>, <c>dropped indicator</c>, <c>inclusion B7</c>.</param>
public sealed record SensitivityInput(SensitivityInputKind Kind, string? IndicatorCode, string Name)
{
    /// <summary>Whether the input is categorical (its sensitivity index groups samples by category rather than into equal-count classes).</summary>
    public bool IsCategorical => Kind is SensitivityInputKind.DroppedIndicator or SensitivityInputKind.IndicatorIncluded;

    /// <summary>The name.</summary>
    /// <returns><see cref="Name"/>.</returns>
    public override string ToString() => Name;
}

/// <summary>A municipality's rank under uncertainty: the published rank beside the distribution of its Monte Carlo ranks.</summary>
/// <param name="Municipality">The municipality.</param>
/// <param name="NominalRank">The rank of the published scoring (<c>ScoreCard.Rank</c>).</param>
/// <param name="MedianRank">The median of the sampled ranks (quantile definition R6, SPSS's).</param>
/// <param name="Percentile5Rank">The 5th percentile of the sampled ranks (R6): the better end of the 90 % interval.</param>
/// <param name="Percentile95Rank">The 95th percentile of the sampled ranks (R6): the worse end of the 90 % interval.</param>
/// <param name="MeanRank">The mean of the sampled ranks.</param>
/// <param name="RankVariance">The variance of the sampled ranks (divisor N); the weight of this municipality in <see cref="SensitivityIndex.Value"/>.</param>
/// <param name="TopProbability">The share of samples with a rank of at most <see cref="SensitivityOptions.TopCount"/> (5 by default).</param>
public sealed record RankUncertainty(
    Municipality Municipality, int NominalRank, double MedianRank, double Percentile5Rank, double Percentile95Rank, double MeanRank,
    double RankVariance, double TopProbability)
{
    /// <summary>How many samples gave each rank: entry <c>r</c> counts rank <c>r</c> (entry 0 is always 0); empty when not from a run.</summary>
    public ImmutableArray<long> RankCounts { get; init; } = [];

    /// <summary>The mean of the sampled normalized totals (each rounded to the rubric's decimals, as ranked).</summary>
    public double MeanNormalizedTotal { get; init; }

    /// <summary>The standard deviation of the sampled normalized totals (divisor N).</summary>
    public double NormalizedTotalStandardDeviation { get; init; }

    /// <summary>The width of the 90 % interval, <c>Percentile95Rank − Percentile5Rank</c>.</summary>
    public double IntervalWidth => Percentile95Rank - Percentile5Rank;

    /// <summary>Whether the nominal rank lies in the 90 % interval (ends included).</summary>
    public bool IntervalContainsNominal => Percentile5Rank <= NominalRank && NominalRank <= Percentile95Rank;

    /// <summary>The probability of a rank: one entry of the rank-acceptability matrix, <c>P(rank = k)</c>.</summary>
    /// <param name="rank">The rank, from 1.</param>
    /// <returns>The share of samples with that rank; 0 for a rank no sample gave.</returns>
    public double RankProbability(int rank)
    {
        var samples = RankCounts.Sum();
        return rank >= 1 && rank < RankCounts.Length && samples > 0 ? (double)RankCounts[rank] / samples : 0d;
    }

    /// <summary>A quantile of the sampled ranks (R6, SPSS's definition, as the median and the 90 % interval).</summary>
    /// <param name="probability">From 0 to 1.</param>
    /// <returns>The quantile.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="probability"/> is outside [0, 1] or NaN.</exception>
    /// <exception cref="InvalidOperationException">The record holds no rank counts.</exception>
    public double RankQuantile(double probability)
    {
        if (!(probability is >= 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(probability), probability, "A quantile's probability must be from 0 to 1.");
        }

        return RankCounts.IsEmpty || RankCounts.Sum() == 0
            ? throw new InvalidOperationException("This rank distribution holds no rank counts.")
            : Quantile(RankCounts.AsSpan(), probability);
    }

    /// <summary>The central interval of the sampled ranks holding a share <paramref name="level"/> of them, for example 0.5 for the quartiles.</summary>
    /// <param name="level">From 0 to 1 (0.9 gives [P5, P95]).</param>
    /// <returns>The lower and upper quantiles.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is outside [0, 1] or NaN.</exception>
    /// <exception cref="InvalidOperationException">The record holds no rank counts.</exception>
    public (double Lower, double Upper) RankInterval(double level) =>
        level is >= 0 and <= 1
            ? (RankQuantile((1 - level) / 2), RankQuantile((1 + level) / 2))
            : throw new ArgumentOutOfRangeException(nameof(level), level, "An interval's level must be from 0 to 1.");

    /// <inheritdoc/>
    public bool Equals(RankUncertainty? other) =>
        other is not null && Municipality == other.Municipality && NominalRank == other.NominalRank && MedianRank.Equals(other.MedianRank)
        && Percentile5Rank.Equals(other.Percentile5Rank) && Percentile95Rank.Equals(other.Percentile95Rank) && MeanRank.Equals(other.MeanRank)
        && RankVariance.Equals(other.RankVariance) && TopProbability.Equals(other.TopProbability) && RankCounts.SequenceEqual(other.RankCounts)
        && MeanNormalizedTotal.Equals(other.MeanNormalizedTotal) && NormalizedTotalStandardDeviation.Equals(other.NormalizedTotalStandardDeviation);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Municipality, NominalRank, MeanRank, RankVariance);

    /// <summary>
    /// The summary of a run's counts: rank <c>r</c> was taken <c>rankCounts[r]</c> times, and the normalized totals'
    /// keys (in units of <c>1 ÷ keyScale</c>) sum to <paramref name="keySum"/>, their squares to <paramref name="keySquares"/>.
    /// </summary>
    internal static RankUncertainty FromCounts(
        Municipality municipality, int nominalRank, ImmutableArray<long> rankCounts, int topCount, long keySum, Int128 keySquares, long samples, double keyScale)
    {
        double n = samples, sum = 0, top = 0;
        for (var rank = 1; rank < rankCounts.Length; rank++)
        {
            sum += rank * (double)rankCounts[rank];
            top += rank <= topCount ? rankCounts[rank] : 0;
        }

        var mean = sum / n;
        var variance = 0d;
        for (var rank = 1; rank < rankCounts.Length; rank++)
        {
            variance += rankCounts[rank] * (rank - mean) * (rank - mean);
        }

        // N·Σk² − (Σk)² is exact in 128-bit integers, so the totals' variance does not lose digits to cancellation.
        var spread = ((Int128)samples * keySquares) - ((Int128)keySum * keySum);
        var counts = rankCounts.AsSpan();
        return new RankUncertainty(
            municipality, nominalRank, Quantile(counts, 0.5), Quantile(counts, 0.05), Quantile(counts, 0.95), mean, variance / n, top / n)
        {
            RankCounts = rankCounts,
            MeanNormalizedTotal = keySum / n / keyScale,
            NormalizedTotalStandardDeviation = Math.Sqrt((double)spread) / n / keyScale,
        };
    }

    /// <summary>
    /// A quantile of the sorted sample the counts describe, by MathNet's R6 on that sample: at <c>h = (N + 1)p</c>, the
    /// value at position <c>⌊h⌋</c> plus <c>h − ⌊h⌋</c> of the step to the next (1-based, clamped to the ends).
    /// </summary>
    private static double Quantile(ReadOnlySpan<long> counts, double probability)
    {
        long n = 0;
        foreach (var count in counts)
        {
            n += count;
        }

        var h = (n + 1) * probability;
        var whole = (long)h;
        var lower = ValueAt(counts, Math.Clamp(whole - 1, 0, n - 1));
        var upper = ValueAt(counts, Math.Clamp(whole, 0, n - 1));
        return lower + ((h - whole) * (upper - lower));
    }

    /// <summary>The value at a 0-based position of the sorted sample the counts describe.</summary>
    private static double ValueAt(ReadOnlySpan<long> counts, long position)
    {
        for (var value = 0; value < counts.Length; value++)
        {
            position -= counts[value];
            if (position < 0)
            {
                return value;
            }
        }

        return counts.Length - 1;
    }
}

/// <summary>An input's first-order sensitivity index for one municipality.</summary>
/// <param name="Municipality">The municipality.</param>
/// <param name="Value">The index, or null when the municipality's rank never varied (nothing to explain).</param>
public sealed record MunicipalitySensitivity(Municipality Municipality, double? Value);

/// <summary>
/// The first-order sensitivity index of one uncertain input: the share of the variance of the ranks that the input
/// explains alone, <c>S_i = Var(E[rank | X_i]) ÷ Var(rank)</c>.
/// </summary>
/// <remarks>Immutable.</remarks>
public sealed class SensitivityIndex
{
    internal SensitivityIndex(SensitivityInput input, double value, IReadOnlyList<MunicipalitySensitivity> byMunicipality, ImmutableArray<long> classCounts)
    {
        Input = input;
        Value = value;
        ByMunicipality = byMunicipality;
        ClassCounts = classCounts;
    }

    /// <summary>How many samples fell in each class of the input (for the dropped indicator: none, then each indicator).</summary>
    internal ImmutableArray<long> ClassCounts { get; }

    /// <summary>The input.</summary>
    public SensitivityInput Input { get; }

    /// <summary>
    /// The index averaged over municipalities, weighted by each municipality's rank variance:
    /// <c>Σ_m Var(E[rank_m | X_i]) ÷ Σ_m Var(rank_m)</c>. Municipalities whose rank moves a lot count for more, and
    /// those whose rank never moves count for nothing. 0 when no rank varies at all.
    /// </summary>
    public double Value { get; }

    /// <summary>The index for each municipality, in the dataset's order.</summary>
    public IReadOnlyList<MunicipalitySensitivity> ByMunicipality { get; }

    /// <summary>The index for one municipality.</summary>
    /// <param name="municipality">The municipality.</param>
    /// <returns>The index, or null when its rank never varied.</returns>
    /// <exception cref="KeyNotFoundException">The municipality was not in the analysis.</exception>
    public double? For(Municipality municipality) =>
        (ByMunicipality.FirstOrDefault(m => m.Municipality == municipality) ?? throw new KeyNotFoundException($"{municipality} was not in the analysis.")).Value;

    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Input.Name}: {Value:0.0000}");
}

/// <summary>
/// The result of <see cref="SensitivityAnalysis.Run"/>: each municipality's rank distribution and each uncertain
/// input's first-order sensitivity index.
/// </summary>
/// <remarks>Immutable. <see cref="ToText"/> is a stable plain-text report (invariant culture).</remarks>
public sealed class SensitivityResult
{
    internal SensitivityResult(
        Rubric rubric, SensitivityOptions options, int bins, double? noneProbability, IReadOnlyList<RankUncertainty> municipalities,
        IReadOnlyList<SensitivityIndex> indices)
    {
        Rubric = rubric;
        Options = options;
        Bins = bins;
        NoneProbability = noneProbability;
        Municipalities = municipalities;
        Indices = indices;
    }

    /// <summary>The rubric analysed.</summary>
    public Rubric Rubric { get; }

    /// <summary>The options of the run.</summary>
    public SensitivityOptions Options { get; }

    /// <summary>The number of classes the sensitivity estimator split each continuous input's distribution into.</summary>
    public int Bins { get; }

    /// <summary>For <see cref="InclusionPerturbationKind.DropOne"/>, the probability of leaving no indicator out that the run used; otherwise null.</summary>
    public double? NoneProbability { get; }

    /// <summary>Every municipality's rank distribution, in the dataset's order.</summary>
    public IReadOnlyList<RankUncertainty> Municipalities { get; }

    /// <summary>The first-order index of every uncertain input, largest first (ties in input order); empty when nothing is perturbed.</summary>
    public IReadOnlyList<SensitivityIndex> Indices { get; }

    /// <summary>The rank distribution of one municipality.</summary>
    /// <param name="municipality">The municipality.</param>
    /// <returns>Its rank distribution.</returns>
    /// <exception cref="KeyNotFoundException">The municipality was not in the analysis.</exception>
    public RankUncertainty this[Municipality municipality] =>
        Municipalities.FirstOrDefault(m => m.Municipality == municipality) ?? throw new KeyNotFoundException($"{municipality} was not in the analysis.");

    /// <summary>
    /// A compact report: the options, then one line per municipality by nominal rank (nominal rank, median rank,
    /// the 90 % interval [P5, P95], mean rank, probability of the top places, mean and standard deviation of the
    /// normalized total), then the sensitivity indices, largest first.
    /// </summary>
    /// <returns>Plain text in the invariant culture.</returns>
    public string ToText()
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Uncertainty and sensitivity of the ranks: {Rubric.Name} (maximum {Rubric.MaximumPoints:0.00}), {Municipalities.Count} municipalities");
        text.AppendLine(CultureInfo.InvariantCulture, $"samples {Options.Samples}, seed {Options.Seed}");
        text.AppendLine(CultureInfo.InvariantCulture, $"weights: {Options.Weights}");
        text.AppendLine(CultureInfo.InvariantCulture, $"band edges: {Options.BandEdges}");
        text.AppendLine(CultureInfo.InvariantCulture, $"inclusion: {Options.Inclusion}{(NoneProbability is { } p ? string.Create(CultureInfo.InvariantCulture, $", here {p:0.####}") : string.Empty)}");
        text.AppendLine(CultureInfo.InvariantCulture,
            $"ranks: competition (\"1224\") of normalized totals rounded to {Rubric.PointsDecimals} decimals; quantiles {QuantileConventions.Spss} (SPSS); first-order indices: {Bins} fixed classes of each continuous input's distribution, one per category, averaged over municipalities weighted by rank variance");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"{"rank",4}  {"municipality",-16}{"median",7}  {"[P5, P95]",-12}{"mean",7}{"P(top " + Options.TopCount.ToString(CultureInfo.InvariantCulture) + ")",10}{"total",9}{"sd",7}");
        foreach (var m in Municipalities.OrderBy(m => m.NominalRank))
        {
            var interval = string.Create(CultureInfo.InvariantCulture, $"[{m.Percentile5Rank:0.0}, {m.Percentile95Rank:0.0}]");
            text.AppendLine(CultureInfo.InvariantCulture,
                $"{m.NominalRank,4}  {m.Municipality.Code,-16}{m.MedianRank,7:0.0}  {interval,-12}{m.MeanRank,7:0.00}{m.TopProbability,10:0.000}{m.MeanNormalizedTotal,9:0.00}{m.NormalizedTotalStandardDeviation,7:0.00}");
        }

        text.AppendLine();
        if (Indices.Count == 0)
        {
            text.AppendLine("sensitivity: nothing is perturbed");
            return text.ToString();
        }

        text.AppendLine("first-order sensitivity of the rank, S_i = Var(E[rank | X_i]) / Var(rank), largest first");
        var width = Math.Max(20, Indices.Max(i => i.Input.Name.Length) + 2);
        foreach (var index in Indices)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {index.Input.Name.PadRight(width)}{index.Value,8:0.0000}");
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"  {"sum".PadRight(width)}{Indices.Sum(i => i.Value),8:0.0000}");
        return text.ToString();
    }

    /// <summary>
    /// The rank-acceptability matrix (as SMAA and COINr call it): one line per municipality by nominal rank, one column
    /// per rank, each cell <c>P(rank = k)</c> to three decimals (- for a rank never taken).
    /// </summary>
    /// <returns>Plain text in the invariant culture.</returns>
    public string RankAcceptabilityTable()
    {
        var n = Municipalities.Count;
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{"rank",4}  {"municipality",-16}");
        for (var k = 1; k <= n; k++)
        {
            text.Append(CultureInfo.InvariantCulture, $"{"P(" + k.ToString(CultureInfo.InvariantCulture) + ")",7}");
        }

        text.AppendLine();
        foreach (var m in Municipalities.OrderBy(m => m.NominalRank))
        {
            text.Append(CultureInfo.InvariantCulture, $"{m.NominalRank,4}  {m.Municipality.Code,-16}");
            for (var k = 1; k <= n; k++)
            {
                var probability = m.RankProbability(k);
                text.Append(CultureInfo.InvariantCulture, $"{(probability > 0 ? probability.ToString("0.000", CultureInfo.InvariantCulture) : "-"),7}");
            }

            text.AppendLine();
        }

        return text.ToString();
    }
}
