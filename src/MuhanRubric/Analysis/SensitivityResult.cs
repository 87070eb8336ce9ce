using System.Globalization;
using System.Text;
using MathNet.Numerics.Statistics;
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
    /// <summary>The width of the 90 % interval, <c>Percentile95Rank − Percentile5Rank</c>.</summary>
    public double IntervalWidth => Percentile95Rank - Percentile5Rank;

    /// <summary>Whether the nominal rank lies in the 90 % interval (ends included).</summary>
    public bool IntervalContainsNominal => Percentile5Rank <= NominalRank && NominalRank <= Percentile95Rank;
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
    internal SensitivityIndex(SensitivityInput input, double value, IReadOnlyList<MunicipalitySensitivity> byMunicipality)
    {
        Input = input;
        Value = value;
        ByMunicipality = byMunicipality;
    }

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

    /// <summary>The number of equal-count classes the sensitivity estimator used for continuous inputs.</summary>
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
    /// the 90 % interval [P5, P95], mean rank, probability of the top places), then the sensitivity indices,
    /// largest first.
    /// </summary>
    /// <returns>Plain text in the invariant culture.</returns>
    public string ToText()
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Uncertainty and sensitivity of the ranks: {Rubric.Name} (maximum {Rubric.MaximumPoints}), {Municipalities.Count} municipalities");
        text.AppendLine(CultureInfo.InvariantCulture, $"samples {Options.Samples}, seed {Options.Seed}");
        text.AppendLine(CultureInfo.InvariantCulture, $"weights: {Options.Weights}");
        text.AppendLine(CultureInfo.InvariantCulture, $"band edges: {Options.BandEdges}");
        text.AppendLine(CultureInfo.InvariantCulture, $"inclusion: {Options.Inclusion}{(NoneProbability is { } p ? string.Create(CultureInfo.InvariantCulture, $", here {p:0.####}") : string.Empty)}");
        text.AppendLine(CultureInfo.InvariantCulture,
            $"ranks: competition (\"1224\") of normalized totals rounded to {Rubric.PointsDecimals} decimals; quantiles {QuantileConventions.Spss} (SPSS); first-order indices: given-data, {Bins} equal-count classes, averaged over municipalities weighted by rank variance");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"{"rank",4}  {"municipality",-16}{"median",7}  {"[P5, P95]",-12}{"mean",7}{"P(top " + Options.TopCount.ToString(CultureInfo.InvariantCulture) + ")",10}");
        foreach (var m in Municipalities.OrderBy(m => m.NominalRank))
        {
            var interval = string.Create(CultureInfo.InvariantCulture, $"[{m.Percentile5Rank:0.#}, {m.Percentile95Rank:0.#}]");
            text.AppendLine(CultureInfo.InvariantCulture,
                $"{m.NominalRank,4}  {m.Municipality.Code,-16}{m.MedianRank,7:0.#}  {interval,-12}{m.MeanRank,7:0.00}{m.TopProbability,10:0.000}");
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

    /// <summary>Summarises the sampled ranks of one municipality (<paramref name="ranks"/> holds one rank per sample).</summary>
    internal static RankUncertainty Summarise(Municipality municipality, int nominalRank, ReadOnlySpan<int> ranks, int municipalityCount, int topCount)
    {
        // Ranks are small integers: counting them sorts the sample in linear time.
        var counts = new long[municipalityCount + 2];
        foreach (var rank in ranks)
        {
            counts[rank]++;
        }

        double samples = ranks.Length, sum = 0, top = 0;
        var sorted = new double[ranks.Length];
        var position = 0;
        for (var rank = 1; rank < counts.Length; rank++)
        {
            sum += rank * (double)counts[rank];
            top += rank <= topCount ? counts[rank] : 0;
            sorted.AsSpan(position, (int)counts[rank]).Fill(rank);
            position += (int)counts[rank];
        }

        var mean = sum / samples;
        var variance = 0d;
        for (var rank = 1; rank < counts.Length; rank++)
        {
            variance += counts[rank] * (rank - mean) * (rank - mean);
        }

        return new RankUncertainty(
            municipality,
            nominalRank,
            SortedArrayStatistics.QuantileCustom(sorted, 0.5, QuantileConventions.Spss),
            SortedArrayStatistics.QuantileCustom(sorted, 0.05, QuantileConventions.Spss),
            SortedArrayStatistics.QuantileCustom(sorted, 0.95, QuantileConventions.Spss),
            mean,
            variance / samples,
            top / samples);
    }
}
