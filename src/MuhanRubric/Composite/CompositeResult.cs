using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using Ardalis.GuardClauses;
using MuhanRubric.Units;

namespace MuhanRubric.Composite;

/// <summary>One unit's line of a composite result: its index score and rank, and its score and rank at every node.</summary>
/// <param name="Unit">The unit.</param>
/// <param name="Included">Whether the unit stayed in the composite (screening may remove it).</param>
/// <param name="Total">The index (the root's score), or null when missing or screened out.</param>
/// <param name="Rank">The rank on the index (1 best, ties sharing the best rank), or null.</param>
/// <param name="Scores">Every aggregate's score by code (from the lowest level up, the root last).</param>
/// <param name="Ranks">Every aggregate's rank by code.</param>
[Immutable]
public sealed record CompositeRow(
    Municipality Unit, bool Included, double? Total, int? Rank, IReadOnlyDictionary<string, double?> Scores, IReadOnlyDictionary<string, int?> Ranks)
{
    /// <summary>Every aggregate's score by code (from the lowest level up, the root last).</summary>
    public IReadOnlyDictionary<string, double?> Scores { get; init => field = value.ToFrozenDictionary(); } = Scores.ToFrozenDictionary();

    /// <summary>Every aggregate's rank by code.</summary>
    public IReadOnlyDictionary<string, int?> Ranks { get; init => field = value.ToFrozenDictionary(); } = Ranks.ToFrozenDictionary();
}

/// <summary>
/// The result of <see cref="CompositeIndex.Evaluate(Measurements.MeasurementTable)"/>: every unit's score and rank at
/// every node, the record of every data step, and the issues met while aggregating.
/// </summary>
/// <remarks>Immutable and thread-safe. Scores are doubles, unrounded (as COINr computes them).</remarks>
[Immutable]
public sealed class CompositeResult
{
    private readonly double?[][] _scores;
    private readonly int?[][] _ranks;
    private readonly bool[] _included;
    private readonly Dictionary<string, int> _nodes;
    private readonly Dictionary<string, int> _units;

    internal CompositeResult(
        CompositeIndex index, IReadOnlyList<Municipality> units, bool[] included, double?[][] scores, int?[][] ranks,
        Dictionary<string, int> nodes, IReadOnlyList<StepRecord> steps, IReadOnlyList<CompositeIssue> issues)
    {
        Index = index;
        Units = units.ToImmutableArray();
        _included = included;
        _scores = scores;
        _ranks = ranks;
        _nodes = nodes;
        _units = units.Select((u, i) => (u.Code, i)).ToDictionary(p => p.Code, p => p.i, StringComparer.Ordinal);
        Steps = steps.ToImmutableArray();
        Issues = issues.ToImmutableArray();
        var aggregates = index.Aggregates;
        Rows = [.. units.Select((u, i) => new CompositeRow(
            u,
            included[i],
            scores[nodes[index.Root.Code]][i],
            ranks[nodes[index.Root.Code]][i],
            aggregates.ToDictionary(a => a.Code, a => scores[nodes[a.Code]][i], StringComparer.Ordinal),
            aggregates.ToDictionary(a => a.Code, a => ranks[nodes[a.Code]][i], StringComparer.Ordinal)))];
    }

    /// <summary>The composite evaluated.</summary>
    public CompositeIndex Index { get; }

    /// <summary>Every unit of the input, in input order (screened-out units included).</summary>
    public IReadOnlyList<Municipality> Units { get; }

    /// <summary>The units that stayed in the composite, in input order.</summary>
    public IReadOnlyList<Municipality> IncludedUnits => [.. Units.Where((_, i) => _included[i])];

    /// <summary>One row per unit, in input order.</summary>
    public IReadOnlyList<CompositeRow> Rows { get; }

    /// <summary>The rows of included units by rank on the index (ties, then units without a score, in input order).</summary>
    public IReadOnlyList<CompositeRow> Ranked => [.. Rows.Where(r => r.Included).OrderBy(r => r.Rank ?? int.MaxValue)];

    /// <summary>What each data step did, in order.</summary>
    public IReadOnlyList<StepRecord> Steps { get; }

    /// <summary>Aggregates that could not be computed for a unit, and why.</summary>
    public IReadOnlyList<CompositeIssue> Issues { get; }

    /// <summary>A unit's score at a node: an aggregate's score, or an indicator's value after every data step.</summary>
    /// <param name="unitCode">The unit's code.</param>
    /// <param name="nodeCode">The node's code.</param>
    /// <returns>The score, or null when missing or the unit was screened out.</returns>
    /// <exception cref="KeyNotFoundException">No such unit or node.</exception>
    public double? Score(string unitCode, string nodeCode) => _scores[Node(nodeCode)][Unit(unitCode)];

    /// <summary>A unit's rank at a node among the included units with a score (1 best, ties sharing the best rank).</summary>
    /// <param name="unitCode">The unit's code.</param>
    /// <param name="nodeCode">The node's code.</param>
    /// <returns>The rank, or null when the unit has no score there.</returns>
    /// <exception cref="KeyNotFoundException">No such unit or node.</exception>
    public int? Rank(string unitCode, string nodeCode) => _ranks[Node(nodeCode)][Unit(unitCode)];

    /// <summary>A unit's index score (the root's).</summary>
    /// <param name="unitCode">The unit's code.</param>
    /// <returns>The score, or null.</returns>
    /// <exception cref="KeyNotFoundException">No such unit.</exception>
    public double? Total(string unitCode) => Score(unitCode, Index.Root.Code);

    /// <summary>Every unit's scores at a node, in input order.</summary>
    /// <param name="nodeCode">The node's code.</param>
    /// <returns>The column.</returns>
    /// <exception cref="KeyNotFoundException">No such node.</exception>
    public IReadOnlyList<double?> Column(string nodeCode) => _scores[Node(nodeCode)].AsReadOnly();

    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Index.Name}: {IncludedUnits.Count} of {Units.Count} units scored");

    private int Node(string code) =>
        _nodes.TryGetValue(Guard.Against.Null(code), out var n) ? n : throw new KeyNotFoundException($"Composite '{Index.Name}' has no node '{code}'.");

    private int Unit(string code) =>
        _units.TryGetValue(Guard.Against.Null(code), out var u) ? u : throw new KeyNotFoundException($"Composite result has no unit '{code}'.");
}
