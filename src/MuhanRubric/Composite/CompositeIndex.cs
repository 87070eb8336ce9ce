using System.Globalization;
using Ardalis.GuardClauses;
using MuhanRubric.Measurements;

namespace MuhanRubric.Composite;

/// <summary>
/// A composite index as researchers build one (the OECD/JRC Handbook, COINr): indicators read from measures, declared
/// data steps (denominate, impute, screen units, treat outliers, normalise) applied in order, and a hierarchy of any
/// depth aggregated level by level (sum, weighted arithmetic, geometric or harmonic mean).
/// </summary>
/// <remarks>
/// <para>Immutable and thread-safe; built by <see cref="Create"/> (a <see cref="CompositeIndexBuilder"/>), written to
/// and read from JSON by <see cref="CompositeJson"/>, read from COINr's <c>iData</c>/<c>iMeta</c> pair by
/// <see cref="Import.CoinrImport"/>. <see cref="Evaluate(MeasurementTable)"/> computes every unit's scores and ranks at every
/// node, with each step recorded.</para>
/// <para>A rubric of points (areas → indicators) is the two-level case aggregated by sums: see
/// <see cref="RubricComposite"/>, which scores exactly as the rubric does.</para>
/// </remarks>
[Immutable]
public sealed class CompositeIndex
{
    private readonly Dictionary<string, CompositeNode> _byCode;

    internal CompositeIndex(string name, string? description, IReadOnlyList<DataStep> steps, IReadOnlyList<CompositeNode> nodes, CompositeNode root)
    {
        Name = name;
        Description = description;
        Steps = steps;
        Nodes = nodes;
        Root = root;
        _byCode = nodes.ToDictionary(n => n.Code, StringComparer.Ordinal);
        Indicators = [.. nodes.Where(n => n.IsIndicator)];
        Aggregates = [.. nodes.Where(n => !n.IsIndicator).OrderBy(n => n.Level)];
    }

    /// <summary>The index's name.</summary>
    public string Name { get; }

    /// <summary>A description, if any.</summary>
    public string? Description { get; }

    /// <summary>The data steps in the order they apply.</summary>
    public IReadOnlyList<DataStep> Steps { get; }

    /// <summary>Every node in declaration order.</summary>
    public IReadOnlyList<CompositeNode> Nodes { get; }

    /// <summary>The root (the index itself).</summary>
    public CompositeNode Root { get; }

    /// <summary>The indicators in declaration order.</summary>
    public IReadOnlyList<CompositeNode> Indicators { get; }

    /// <summary>The aggregates from the lowest level up (the root last).</summary>
    public IReadOnlyList<CompositeNode> Aggregates { get; }

    /// <summary>The number of levels (2 for areas → indicators, 4 for COINr's example).</summary>
    public int Depth => Root.Level;

    /// <summary>A node by code.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The node.</returns>
    /// <exception cref="KeyNotFoundException">No node has that code.</exception>
    public CompositeNode this[string code] =>
        _byCode.TryGetValue(Guard.Against.Null(code), out var node) ? node : throw new KeyNotFoundException($"Composite '{Name}' has no node '{code}'.");

    /// <summary>Starts a composite index.</summary>
    /// <param name="name">Its name.</param>
    /// <returns>A new builder.</returns>
    /// <exception cref="ArgumentException">The name is empty.</exception>
    public static CompositeIndexBuilder Create(string name) => new(name);

    /// <summary>Starts a builder with this definition, for a variant.</summary>
    /// <returns>A new builder; this index is unchanged.</returns>
    public CompositeIndexBuilder ToBuilder() => CompositeIndexBuilder.From(this);

    /// <summary>Applies the steps and aggregates the hierarchy for every unit of a table.</summary>
    /// <param name="table">The measurements: every indicator's measure, and every denominator, by id.</param>
    /// <returns>Scores, ranks and the record of every step.</returns>
    /// <exception cref="ArgumentNullException">The table is null.</exception>
    /// <exception cref="KeyNotFoundException">The table lacks a measure an indicator or a denomination reads.</exception>
    public CompositeResult Evaluate(MeasurementTable table) => CompositeEngine.Evaluate(this, CompositeInput.From(this, Guard.Against.Null(table)));

    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Name} ({Indicators.Count} indicators, {Depth} levels, {Steps.Count} steps)");
}
