using System.Globalization;

namespace MuhanRubric.Analysis;

/// <summary>The kinds of <see cref="WeightPerturbation"/>.</summary>
public enum WeightPerturbationKind
{
    /// <summary>Every indicator keeps its nominal weight (its maximum points).</summary>
    None,

    /// <summary>Each weight is multiplied by an independent <c>U(1 − x, 1 + x)</c>, then all are renormalised.</summary>
    Uniform,

    /// <summary>The weights are drawn from a Dirichlet distribution centred on the nominal shares.</summary>
    Dirichlet,
}

/// <summary>
/// How the weights of the scored indicators vary from one Monte Carlo sample to the next. An indicator's nominal
/// weight is its maximum points (배점); every model keeps the weights summing to the rubric's maximum.
/// </summary>
/// <remarks>Immutable, value equality.</remarks>
[Immutable]
public sealed record WeightPerturbation
{
    private WeightPerturbation(WeightPerturbationKind kind, decimal fraction, double concentration)
    {
        Kind = kind;
        Fraction = fraction;
        Concentration = concentration;
    }

    /// <summary>The kind of perturbation.</summary>
    public WeightPerturbationKind Kind { get; }

    /// <summary>For <see cref="WeightPerturbationKind.Uniform"/>, the half-width <c>x</c> of the multiplier <c>U(1 − x, 1 + x)</c>; otherwise 0.</summary>
    public decimal Fraction { get; }

    /// <summary>For <see cref="WeightPerturbationKind.Dirichlet"/>, the total concentration <c>α₀</c>; otherwise 0.</summary>
    public double Concentration { get; }

    /// <summary>No perturbation: every indicator keeps its maximum points as its weight.</summary>
    public static WeightPerturbation None { get; } = new(WeightPerturbationKind.None, 0m, 0d);

    /// <summary>
    /// Multiplies each scored indicator's weight by an independent <c>U(1 − fraction, 1 + fraction)</c>, then
    /// rescales all weights by one common factor so that they sum to the rubric's maximum again.
    /// </summary>
    /// <param name="fraction">The half-width of the multiplier, above 0 and below 1 (0.2 is "±20 %").</param>
    /// <returns>The perturbation.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fraction"/> is not above 0 and below 1.</exception>
    public static WeightPerturbation Uniform(decimal fraction)
    {
        if (fraction <= 0m || fraction >= 1m)
        {
            throw new ArgumentOutOfRangeException(nameof(fraction), fraction, string.Create(CultureInfo.InvariantCulture,
                $"A uniform weight perturbation needs a fraction above 0 and below 1 (weights are multiplied by U(1 − fraction, 1 + fraction)); got {fraction}. Use WeightPerturbation.None for no perturbation."));
        }

        return new(WeightPerturbationKind.Uniform, fraction, 0d);
    }

    /// <summary>
    /// Draws the weights from a Dirichlet distribution around the nominal weights: with nominal shares
    /// <c>s_j = maximum_j ÷ rubric maximum</c>, <c>α_j = concentration × s_j</c>, and the weights are the draw times
    /// the rubric's maximum (MathNet.Numerics <c>Dirichlet</c>). The expected weights are the nominal ones; the
    /// larger the concentration, the tighter: the coefficient of variation of weight <c>j</c> is
    /// <c>√((1 − s_j) ÷ (s_j (α₀ + 1)))</c>.
    /// </summary>
    /// <param name="concentration">The total concentration <c>α₀</c>, positive and finite. For a weight holding 10 % of the maximum, α₀ = 100 gives a standard deviation of about 30 % of the weight, α₀ = 700 about 11 % (close to <c>Uniform(0.2m)</c>).</param>
    /// <returns>The perturbation.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="concentration"/> is not positive and finite.</exception>
    public static WeightPerturbation Dirichlet(double concentration)
    {
        if (!double.IsFinite(concentration) || concentration <= 0d)
        {
            throw new ArgumentOutOfRangeException(nameof(concentration), concentration, string.Create(CultureInfo.InvariantCulture,
                $"A Dirichlet weight perturbation needs a positive, finite concentration; got {concentration}."));
        }

        return new(WeightPerturbationKind.Dirichlet, 0m, concentration);
    }

    /// <summary>A short description in the invariant culture.</summary>
    /// <returns>For example <c>uniform ×U(0.8, 1.2), renormalised</c>.</returns>
    public override string ToString() => Kind switch
    {
        WeightPerturbationKind.Uniform => string.Create(CultureInfo.InvariantCulture, $"uniform ×U({1m - Fraction}, {1m + Fraction}), renormalised"),
        WeightPerturbationKind.Dirichlet => string.Create(CultureInfo.InvariantCulture, $"Dirichlet around the nominal shares, concentration {Concentration}"),
        _ => "none",
    };
}

/// <summary>The kinds of <see cref="EdgePerturbation"/>.</summary>
public enum EdgePerturbationKind
{
    /// <summary>Band edges stay where the rubric puts them.</summary>
    None,

    /// <summary>The finite edges of each band indicator are multiplied by one <c>U(1 − x, 1 + x)</c> factor per sample.</summary>
    Uniform,
}

/// <summary>
/// How the edges of band scales (<c>WithBands</c> and <c>WithCategories</c>, that is every <c>BandScale</c>,
/// including group overrides) vary from one sample to the next.
/// </summary>
/// <remarks>
/// <para>One factor per indicator and sample: every finite edge of the indicator (of its own scale and of its group
/// overrides) is multiplied by the same factor. Each distinct edge value therefore moves once and consistently
/// wherever it appears (the upper edge of one band stays the lower edge of the next), the bands stay in order and
/// without gaps or overlaps, and inclusive and exclusive sides keep their meaning. Independent factors per edge
/// would let neighbouring edges cross (C1's 15 and 20 cross for fractions above 1/7) and need clamping that would
/// change what the perturbation means; a single factor is also one scalar input whose sensitivity index can be
/// estimated.</para>
/// <para>Population bands (<c>WithPopulationBands</c>) are not moved: their edges are statistics of the data, not
/// choices of the rubric. Immutable, value equality.</para>
/// </remarks>
[Immutable]
public sealed record EdgePerturbation
{
    private EdgePerturbation(EdgePerturbationKind kind, double fraction)
    {
        Kind = kind;
        Fraction = fraction;
    }

    /// <summary>The kind of perturbation.</summary>
    public EdgePerturbationKind Kind { get; }

    /// <summary>For <see cref="EdgePerturbationKind.Uniform"/>, the half-width <c>x</c> of the factor <c>U(1 − x, 1 + x)</c>; otherwise 0.</summary>
    public double Fraction { get; }

    /// <summary>No perturbation: band indicators keep their nominal points.</summary>
    public static EdgePerturbation None { get; } = new(EdgePerturbationKind.None, 0d);

    /// <summary>Multiplies every finite edge of each band indicator by one <c>U(1 − fraction, 1 + fraction)</c> factor per sample.</summary>
    /// <param name="fraction">The half-width of the factor, above 0 and below 1 (0.1 moves C1's optimum [30, 50) to anywhere from [27, 45) to [33, 55)).</param>
    /// <returns>The perturbation.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fraction"/> is not above 0 and below 1.</exception>
    public static EdgePerturbation Uniform(double fraction)
    {
        if (double.IsNaN(fraction) || fraction <= 0d || fraction >= 1d)
        {
            throw new ArgumentOutOfRangeException(nameof(fraction), fraction, string.Create(CultureInfo.InvariantCulture,
                $"A uniform edge perturbation needs a fraction above 0 and below 1 (edges are multiplied by U(1 − fraction, 1 + fraction)); got {fraction}. Use EdgePerturbation.None for no perturbation."));
        }

        return new(EdgePerturbationKind.Uniform, fraction);
    }

    /// <summary>A short description in the invariant culture.</summary>
    /// <returns>For example <c>uniform ×U(0.9, 1.1), one factor per indicator</c>.</returns>
    public override string ToString() => Kind == EdgePerturbationKind.Uniform
        ? string.Create(CultureInfo.InvariantCulture, $"uniform ×U({1d - Fraction}, {1d + Fraction}), one factor per indicator")
        : "none";
}

/// <summary>The kinds of <see cref="InclusionPerturbation"/>.</summary>
public enum InclusionPerturbationKind
{
    /// <summary>Every scored indicator is always included.</summary>
    None,

    /// <summary>Each sample leaves out one scored indicator chosen uniformly, or none with a stated probability.</summary>
    DropOne,

    /// <summary>Each scored indicator is kept independently with a stated probability.</summary>
    Bernoulli,
}

/// <summary>
/// Which scored indicators count in a sample. A left-out indicator contributes to neither the total nor the maximum,
/// as if it had been removed from the rubric without redistributing its points; the total is then rescaled to the
/// rubric's maximum like <c>ScoreCard.NormalizedTotal</c>.
/// </summary>
/// <remarks>Immutable, value equality.</remarks>
[Immutable]
public sealed record InclusionPerturbation
{
    private InclusionPerturbation(InclusionPerturbationKind kind, double? noneProbability, double keepProbability)
    {
        Kind = kind;
        NoneProbability = noneProbability;
        KeepProbability = keepProbability;
    }

    /// <summary>The kind of perturbation.</summary>
    public InclusionPerturbationKind Kind { get; }

    /// <summary>
    /// For <see cref="InclusionPerturbationKind.DropOne"/>, the probability that a sample leaves out no indicator; null
    /// means <c>1 ÷ (m + 1)</c> for <c>m</c> scored indicators, so the nominal rubric and each one-indicator-less
    /// rubric are equally likely. Null for the other kinds.
    /// </summary>
    public double? NoneProbability { get; }

    /// <summary>For <see cref="InclusionPerturbationKind.Bernoulli"/>, the probability of keeping each indicator; otherwise 1.</summary>
    public double KeepProbability { get; }

    /// <summary>No perturbation: every scored indicator counts.</summary>
    public static InclusionPerturbation None { get; } = new(InclusionPerturbationKind.None, null, 1d);

    /// <summary>
    /// Each sample leaves out at most one scored indicator: none with probability <paramref name="noneProbability"/>,
    /// otherwise one chosen uniformly among the scored indicators.
    /// </summary>
    /// <param name="noneProbability">
    /// The probability of leaving none out, from 0 (always one) to below 1; null (the default) for
    /// <c>1 ÷ (m + 1)</c>, every alternative equally likely.
    /// </param>
    /// <returns>The perturbation.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="noneProbability"/> is outside [0, 1) or NaN.</exception>
    public static InclusionPerturbation DropOne(double? noneProbability = null)
    {
        if (noneProbability is { } p && (double.IsNaN(p) || p < 0d || p >= 1d))
        {
            throw new ArgumentOutOfRangeException(nameof(noneProbability), p, string.Create(CultureInfo.InvariantCulture,
                $"The probability of leaving no indicator out must be at least 0 and below 1; got {p}. Use InclusionPerturbation.None to keep every indicator."));
        }

        return new(InclusionPerturbationKind.DropOne, noneProbability, 1d);
    }

    /// <summary>
    /// Keeps each scored indicator independently with probability <paramref name="keepProbability"/>. A sample that
    /// would keep no indicator at all is drawn again (from the same sample's random stream).
    /// </summary>
    /// <param name="keepProbability">The probability of keeping an indicator, above 0 and below 1.</param>
    /// <returns>The perturbation.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="keepProbability"/> is not above 0 and below 1.</exception>
    public static InclusionPerturbation Bernoulli(double keepProbability)
    {
        if (double.IsNaN(keepProbability) || keepProbability <= 0d || keepProbability >= 1d)
        {
            throw new ArgumentOutOfRangeException(nameof(keepProbability), keepProbability, string.Create(CultureInfo.InvariantCulture,
                $"The probability of keeping an indicator must be above 0 and below 1; got {keepProbability}. Use InclusionPerturbation.None to keep every indicator."));
        }

        return new(InclusionPerturbationKind.Bernoulli, null, keepProbability);
    }

    /// <summary>A short description in the invariant culture.</summary>
    /// <returns>For example <c>drop one (none with p = 1/(m + 1))</c>.</returns>
    public override string ToString() => Kind switch
    {
        InclusionPerturbationKind.DropOne => NoneProbability is { } p
            ? string.Create(CultureInfo.InvariantCulture, $"drop one (none with p = {p})")
            : "drop one (none with p = 1/(m + 1))",
        InclusionPerturbationKind.Bernoulli => string.Create(CultureInfo.InvariantCulture, $"keep each indicator with p = {KeepProbability}"),
        _ => "none",
    };
}
