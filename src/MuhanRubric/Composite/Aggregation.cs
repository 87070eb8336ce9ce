using System.Globalization;

namespace MuhanRubric.Composite;

/// <summary>How a node of a composite index combines its children's scores.</summary>
public enum AggregationMethod
{
    /// <summary>The weighted sum Σ wᵢxᵢ (a rubric's points: every weight 1).</summary>
    Sum,

    /// <summary>The weighted arithmetic mean Σ wᵢxᵢ / Σ wᵢ (COINr's <c>a_amean</c>).</summary>
    ArithmeticMean,

    /// <summary>
    /// The weighted geometric mean exp(Σ wᵢ ln xᵢ / Σ wᵢ) (COINr's <c>a_gmean</c>). A child of 0 gives 0 (the limit); a
    /// negative child makes the aggregate missing, recorded as an issue (COINr stops with an error).
    /// </summary>
    GeometricMean,

    /// <summary>
    /// The weighted harmonic mean Σ wᵢ / Σ (wᵢ/xᵢ) (COINr's <c>a_hmean</c>). A child of 0 gives 0 (the limit); a
    /// negative child makes the aggregate missing, recorded as an issue.
    /// </summary>
    HarmonicMean,
}

/// <summary>What an aggregate does when some of its children are missing for a unit.</summary>
public enum MissingChildren
{
    /// <summary>
    /// Leave them out: a mean renormalises the weights of the children present (COINr's <c>a_amean</c>), a sum adds the
    /// children present. The aggregate is missing only when every child is. The default.
    /// </summary>
    Skip,

    /// <summary>The aggregate is missing as soon as one child is.</summary>
    Propagate,
}

/// <summary>An aggregation rule: the method and the rule for missing children.</summary>
/// <param name="Method">How children combine.</param>
/// <param name="Missing">What missing children do.</param>
/// <param name="MinimumAvailability">The least share of children present (by count, 0–1) for the aggregate to be
/// computed; below it the aggregate is missing (COINr's <c>dat_thresh</c>). 0 by default: any child suffices.</param>
[Immutable]
public sealed record Aggregation(AggregationMethod Method, MissingChildren Missing = MissingChildren.Skip, double MinimumAvailability = 0)
{
    /// <summary>The sum of the children present (today's rubric areas and totals).</summary>
    public static Aggregation Sum { get; } = new(AggregationMethod.Sum);

    /// <summary>The weighted arithmetic mean of the children present, weights renormalised (COINr's default).</summary>
    public static Aggregation ArithmeticMean { get; } = new(AggregationMethod.ArithmeticMean);

    /// <summary>The weighted geometric mean of the children present.</summary>
    public static Aggregation GeometricMean { get; } = new(AggregationMethod.GeometricMean);

    /// <summary>The weighted harmonic mean of the children present.</summary>
    public static Aggregation HarmonicMean { get; } = new(AggregationMethod.HarmonicMean);

    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Method} ({Missing} missing children)");
}
