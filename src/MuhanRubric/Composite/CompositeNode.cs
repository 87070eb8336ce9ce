using System.Globalization;

namespace MuhanRubric.Composite;

/// <summary>Goalposts of an indicator for <see cref="NormalisationMethod.Goalposts"/>, in the indicator's own units.</summary>
/// <param name="Lower">The value that scores the bottom of the range (for direction +1).</param>
/// <param name="Upper">The value that scores the top of the range (for direction +1).</param>
[Immutable]
public sealed record Goalposts(double Lower, double Upper);

/// <summary>
/// A node of a composite index: an indicator (a leaf that reads a measure) or an aggregate of children (a pillar, a
/// sub-index, the index), with its weight in its parent.
/// </summary>
/// <remarks>Immutable; built by <see cref="CompositeIndexBuilder"/>.</remarks>
[Immutable]
public sealed class CompositeNode
{
    internal CompositeNode(
        string code, string? name, string? parent, double weight, string? measure, int direction, double? target,
        Goalposts? goalposts, Aggregation? aggregation)
    {
        Code = code;
        Name = name;
        ParentCode = parent;
        Weight = weight;
        Measure = measure;
        Direction = direction;
        Target = target;
        Goalposts = goalposts;
        Aggregation = aggregation;
    }

    /// <summary>The code, unique in the index (COINr's <c>iCode</c>).</summary>
    public string Code { get; }

    /// <summary>A display name, if any.</summary>
    public string? Name { get; }

    /// <summary>The parent's code, or null for the root (the index).</summary>
    public string? ParentCode { get; }

    /// <summary>The weight in the parent's aggregation (non-negative).</summary>
    public double Weight { get; }

    /// <summary>For an indicator, the id of the measure it reads; null for an aggregate.</summary>
    public string? Measure { get; }

    /// <summary>+1 when higher is better, −1 when lower is better (indicators; aggregates are +1).</summary>
    public int Direction { get; }

    /// <summary>The indicator's target, for <see cref="NormalisationMethod.DistanceToTarget"/>, if any.</summary>
    public double? Target { get; }

    /// <summary>The indicator's goalposts, for <see cref="NormalisationMethod.Goalposts"/>, if any.</summary>
    public Goalposts? Goalposts { get; }

    /// <summary>For an aggregate, how its children combine; null for an indicator.</summary>
    public Aggregation? Aggregation { get; }

    /// <summary>The children in declaration order (empty for an indicator).</summary>
    public IReadOnlyList<CompositeNode> Children { get; internal set; } = [];

    /// <summary>
    /// The level, counted from the indicators as COINr counts: 1 for an indicator, one more than the highest child
    /// level for an aggregate.
    /// </summary>
    public int Level { get; internal set; } = 1;

    /// <summary>Whether the node is an indicator (reads a measure) rather than an aggregate.</summary>
    public bool IsIndicator => Measure is not null;

    /// <inheritdoc/>
    public override string ToString() => IsIndicator
        ? string.Create(CultureInfo.InvariantCulture, $"{Code} (indicator of {Measure}, weight {Weight}, direction {Direction})")
        : string.Create(CultureInfo.InvariantCulture, $"{Code} (level {Level}, {Aggregation!.Method}, weight {Weight})");
}
