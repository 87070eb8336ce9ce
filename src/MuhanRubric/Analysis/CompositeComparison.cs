using System.Collections.Immutable;
using System.Globalization;
using Ardalis.GuardClauses;
using MuhanRubric.Composite;

namespace MuhanRubric.Analysis;

/// <summary>One indicator's part in the change of a unit's composite score.</summary>
/// <param name="Indicator">The indicator's code.</param>
/// <param name="Before">Its value (after the data steps) in the first composite, or null when missing.</param>
/// <param name="After">Its value in the second composite, or null when missing.</param>
/// <param name="Effect">The change of the first composite's score when this indicator alone takes its second value;
/// null when that score is missing.</param>
[Immutable]
public sealed record IndicatorEffect(string Indicator, double? Before, double? After, double? Effect);

/// <summary>
/// How a unit's score changed from one composite to another of the same hierarchy, attributed:
/// <c>After − Before = Σ indicator effects + Interaction + Aggregation</c>, exactly.
/// </summary>
/// <param name="Unit">The unit's code.</param>
/// <param name="Before">The unit's score in the first composite.</param>
/// <param name="After">The unit's score in the second composite.</param>
/// <param name="RankBefore">Its rank in the first composite.</param>
/// <param name="RankAfter">Its rank in the second composite.</param>
/// <param name="Indicators">Each indicator's effect, in the first composite's indicator order.</param>
/// <param name="Interaction">What the indicators change together beyond their one-at-a-time effects: 0 when the
/// first composite aggregates by weighted arithmetic means or sums (which are linear), otherwise usually small.</param>
/// <param name="Aggregation">What the second composite's weights and aggregation methods change on its own values.</param>
[Immutable]
public sealed record CompositeAttribution(
    string Unit, double Before, double After, int? RankBefore, int? RankAfter, IReadOnlyList<IndicatorEffect> Indicators, double Interaction, double Aggregation)
{
    /// <summary>Each indicator's effect, in the first composite's indicator order.</summary>
    public IReadOnlyList<IndicatorEffect> Indicators { get; init => field = value.ToImmutableArray(); } = Indicators.ToImmutableArray();

    /// <summary>The change of score, <c>After − Before</c>.</summary>
    public double Change => After - Before;

    /// <summary>The indicators by the size of their effect, largest first (missing effects last).</summary>
    /// <param name="count">How many.</param>
    /// <returns>The largest effects.</returns>
    public IReadOnlyList<IndicatorEffect> Largest(int count) =>
        [.. Indicators.OrderByDescending(e => e.Effect is { } effect ? Math.Abs(effect) : -1).ThenBy(e => e.Indicator, StringComparer.Ordinal).Take(count)];

    /// <summary>For example <c>Gunpo 62.90 → 55.10 (rank 1 → 4): C1 −4.20, B2 −2.10, A2 +1.00; interaction 0.00, aggregation 0.00</c>.</summary>
    /// <returns>The attribution as text (invariant culture), with the three largest effects.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Unit} {Before:F2} → {After:F2} (rank {RankBefore} → {RankAfter}): {string.Join(", ", Largest(3).Select(e => string.Create(CultureInfo.InvariantCulture, $"{e.Indicator} {e.Effect:+0.00;−0.00;0.00}")))}; interaction {Math.Round(Interaction, 2) + 0.0:F2}, aggregation {Math.Round(Aggregation, 2) + 0.0:F2}");
}

/// <summary>
/// Compares two composites of the same hierarchy (the same indicators and aggregates; weights, aggregation methods and
/// data steps may differ), for example a rubric's banded points against the same indicators normalised
/// (<see cref="RubricComposite"/>), and attributes each unit's change of score to the indicators.
/// </summary>
/// <remarks>
/// <para>With <c>x</c> the indicator values (after each composite's data steps), <c>A</c> and <c>B</c> the first and
/// second composite's aggregation (weights and methods up the hierarchy), a unit's change
/// <c>B(x′) − A(x)</c> splits into: each indicator's one-at-a-time effect <c>A(x with indicator j at x′ⱼ) − A(x)</c>;
/// the interaction, <c>A(x′) − A(x) − Σ effects</c>, which is 0 for weighted arithmetic means and sums (a linear
/// aggregation, where an effect is the indicator's share of the score times its change); and the aggregation,
/// <c>B(x′) − A(x′)</c>. The parts add up to the change exactly (in floating point, to rounding).</para>
/// <para>The aggregation of a unit's values is the composite engine's own (<see cref="CompositeIndex.Evaluate"/>),
/// missing children included; nothing is re-implemented.</para>
/// </remarks>
public static class CompositeComparison
{
    /// <summary>Attributes every unit's change of score, for the units scored by both composites (in the first's order).</summary>
    /// <param name="before">The first composite's result.</param>
    /// <param name="after">The second composite's result.</param>
    /// <returns>One attribution per unit scored by both.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The two composites do not have the same indicators and aggregates (each
    /// aggregate with the same children).</exception>
    public static IReadOnlyList<CompositeAttribution> Attribute(CompositeResult before, CompositeResult after)
    {
        Guard.Against.Null(before);
        Guard.Against.Null(after);
        CheckSameHierarchy(before.Index, after.Index);
        var root = before.Index.Root.Code;
        var indicators = before.Index.Indicators;
        var attributions = ImmutableArray.CreateBuilder<CompositeAttribution>();
        var afterUnits = after.Units.Select(u => u.Code).ToHashSet(StringComparer.Ordinal);
        foreach (var unit in before.Units.Select(u => u.Code).Where(afterUnits.Contains))
        {
            if (before.Total(unit) is not { } scoreBefore || after.Total(unit) is not { } scoreAfter)
            {
                continue;
            }

            var x = indicators.Select(i => before.Score(unit, i.Code)).ToArray();
            var xAfter = indicators.Select(i => after.Score(unit, i.Code)).ToArray();
            if (Score(before.Index, x, unit) is not { } a || Score(before.Index, xAfter, unit) is not { } aAfter)
            {
                continue; // The first composite cannot score the second's values (for example a missing child it does not skip).
            }

            var effects = new IndicatorEffect[indicators.Count];
            double sum = 0;
            for (var j = 0; j < indicators.Count; j++)
            {
                var one = (double?[])x.Clone();
                one[j] = xAfter[j];
                var effect = Score(before.Index, one, unit) - a;
                effects[j] = new IndicatorEffect(indicators[j].Code, x[j], xAfter[j], effect);
                sum += effect ?? 0;
            }

            attributions.Add(new CompositeAttribution(unit, scoreBefore, scoreAfter, before.Rank(unit, root), after.Rank(unit, root), effects,
                aAfter - a - sum, scoreAfter - aAfter));
        }

        return attributions.ToImmutable();
    }

    /// <summary>The score <paramref name="index"/> gives a unit with these indicator values (in the index's indicator order).</summary>
    private static double? Score(CompositeIndex index, double?[] indicatorValues, string unit)
    {
        var values = new Dictionary<string, double?>(StringComparer.Ordinal);
        for (var j = 0; j < index.Indicators.Count; j++)
        {
            values[index.Indicators[j].Code] = indicatorValues[j];
        }

        // Aggregates come children first, as the engine computes them; one unit is column 0.
        foreach (var node in index.Aggregates)
        {
            var children = node.Children.Select(c => new[] { values[c.Code] }).ToArray();
            values[node.Code] = CompositeEngine.Aggregate(node, children, [.. node.Children.Select(c => c.Weight)], 0, unit, issues: null);
        }

        return values[index.Root.Code];
    }

    private static void CheckSameHierarchy(CompositeIndex before, CompositeIndex after)
    {
        var problems = new List<string>();
        var indicatorsBefore = before.Indicators.Select(i => i.Code).ToHashSet(StringComparer.Ordinal);
        var indicatorsAfter = after.Indicators.Select(i => i.Code).ToHashSet(StringComparer.Ordinal);
        if (!indicatorsBefore.SetEquals(indicatorsAfter))
        {
            problems.Add("indicators differ: only in the first " + List(indicatorsBefore.Except(indicatorsAfter)) + "; only in the second " + List(indicatorsAfter.Except(indicatorsBefore)));
        }

        var aggregatesAfter = after.Aggregates.ToDictionary(a => a.Code, StringComparer.Ordinal);
        foreach (var aggregate in before.Aggregates)
        {
            if (!aggregatesAfter.Remove(aggregate.Code, out var other))
            {
                problems.Add($"aggregate {aggregate.Code} is only in the first");
            }
            else if (!aggregate.Children.Select(c => c.Code).Order(StringComparer.Ordinal).SequenceEqual(other.Children.Select(c => c.Code).Order(StringComparer.Ordinal)))
            {
                problems.Add($"aggregate {aggregate.Code} has children {List(aggregate.Children.Select(c => c.Code))} in the first and {List(other.Children.Select(c => c.Code))} in the second");
            }
        }

        problems.AddRange(aggregatesAfter.Keys.Order(StringComparer.Ordinal).Select(code => $"aggregate {code} is only in the second"));
        if (problems.Count > 0)
        {
            throw new ArgumentException($"'{before.Name}' and '{after.Name}' are not the same hierarchy: {string.Join("; ", problems)}.", nameof(after));
        }
    }

    private static string List(IEnumerable<string> codes) => codes.Any() ? string.Join(", ", codes.Order(StringComparer.Ordinal)) : "none";
}
