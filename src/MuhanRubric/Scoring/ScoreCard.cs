using System.Collections.Immutable;
using System.Globalization;
using MuhanRubric.Statistics;
using MuhanRubric.Units;

namespace MuhanRubric.Scoring;

/// <summary>What happened to an indicator for one municipality.</summary>
public enum IndicatorStatus
{
    /// <summary>The value was scored.</summary>
    Scored,

    /// <summary>The value is missing; the missing-data policy decided (see <see cref="IndicatorScore.Explanation"/>).</summary>
    Missing,

    /// <summary>The indicator does not apply here (not missing, not zero): it leaves the maximum.</summary>
    NotApplicable,

    /// <summary>The rubric does not specify how to score it: it leaves the maximum.</summary>
    Unspecified,

    /// <summary>The rubric excludes the indicator: it leaves the maximum.</summary>
    Excluded,
}

/// <summary>The nearest better band from a value: how far, and what it gives.</summary>
/// <param name="Points">The points of the better band.</param>
/// <param name="Interval">The interval to reach.</param>
/// <param name="Distance">How far the value is from the interval's edge (0 when the value sits on an exclusive edge; past
/// an exclusive edge any value beyond the edge reaches the band, which explanations say in words).</param>
/// <param name="Upwards">True when the value must rise, false when it must fall.</param>
public sealed record NextBetterBand(decimal Points, Interval Interval, decimal Distance, bool Upwards);

/// <summary>One indicator's result for one municipality, with its explanation in Korean and English.</summary>
/// <remarks>
/// A view of a <see cref="ScoreMatrix"/> cell: the numbers are the matrix's, and the value, the band's text and the
/// explanations are rendered when first read. Two scores are equal when every property is. Immutable and thread-safe.
/// </remarks>
public sealed class IndicatorScore : IEquatable<IndicatorScore>
{
    private readonly ScoringResult _result;
    private readonly int _unit;
    private readonly int _cell;
    private readonly IndicatorTexts _texts;
    private Rendered? _rendered;

    internal IndicatorScore(ScoringResult result, int unit, int indicator)
    {
        _result = result;
        _unit = unit;
        _cell = result.Matrix.Cell(unit, indicator);
        var kernel = result.Kernel.Indicators[indicator];
        _texts = result.Texts[indicator];
        Code = kernel.Definition.Code;
        AreaCode = result.Rubric.Areas[kernel.AreaIndex].Code;
        Group = kernel.Variants[result.Matrix.Variants?[_cell] ?? 0].Group;
    }

    /// <summary>The indicator code.</summary>
    public string Code { get; }

    /// <summary>The area code.</summary>
    public string AreaCode { get; }

    /// <summary>What happened.</summary>
    public IndicatorStatus Status => _result.Matrix.Outcomes[_cell].Status();

    /// <summary>The value read (null when missing, not applicable or not scored; for a checklist, the criteria met).</summary>
    public decimal? RawValue => _texts.RawValue(_result, _unit, _cell);

    /// <summary>The band, category or checklist outcome hit, as text.</summary>
    public string? Hit => _texts.Hit(_result.Matrix, _cell);

    /// <summary>The points given (exact decimal, rounded to the rubric's decimals).</summary>
    public decimal Points => _result.Matrix.CellPoints[_cell];

    /// <summary>The maximum this indicator counts for here (0 when it leaves the maximum).</summary>
    public decimal MaximumPoints => _result.Matrix.CellMaxima[_cell];

    /// <summary>The group whose override applied, or null.</summary>
    public string? Group { get; }

    /// <summary>The nearest better band, or null at the top or for non-band scales.</summary>
    public NextBetterBand? Next => Render().Next;

    /// <summary>One line in English.</summary>
    public string Explanation => Render().Explanation.English;

    /// <summary>One line in Korean.</summary>
    public string KoreanExplanation => Render().Explanation.Korean;

    /// <summary>The English explanation.</summary>
    /// <returns><see cref="Explanation"/>.</returns>
    public override string ToString() => Explanation;

    /// <inheritdoc/>
    public bool Equals(IndicatorScore? other) =>
        other is not null && Code == other.Code && AreaCode == other.AreaCode && Status == other.Status && RawValue == other.RawValue
        && Hit == other.Hit && Points == other.Points && MaximumPoints == other.MaximumPoints && Group == other.Group
        && Equals(Next, other.Next) && Explanation == other.Explanation && KoreanExplanation == other.KoreanExplanation;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as IndicatorScore);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Code, Status, Points, MaximumPoints);

    private Rendered Render()
    {
        if (Volatile.Read(ref _rendered) is { } rendered)
        {
            return rendered;
        }

        // Two threads may render at once; they render the same text, and one result is kept.
        Interlocked.CompareExchange(ref _rendered, new Rendered(_texts.Explain(_result, _unit, _cell), _texts.Next(_result, _unit, _cell)), null);
        return _rendered!;
    }

    private sealed record Rendered((string English, string Korean) Explanation, NextBetterBand? Next);
}

/// <summary>An area's subtotal.</summary>
/// <param name="Code">The area code.</param>
/// <param name="Points">The points.</param>
/// <param name="MaximumPoints">The maximum counted here.</param>
public sealed record AreaSubtotal(string Code, decimal Points, decimal MaximumPoints);

/// <summary>A municipality's score card: every indicator with its explanation, area subtotals, total and rank.</summary>
/// <remarks>A view of one unit of a <see cref="ScoreMatrix"/>; explanations are rendered when first read. Immutable and thread-safe.</remarks>
public sealed class ScoreCard
{
    private readonly ScoringResult _result;
    private readonly int _unit;
    private IReadOnlyList<IndicatorScore>? _indicators;
    private IReadOnlyList<AreaSubtotal>? _areas;

    internal ScoreCard(ScoringResult result, int unit)
    {
        _result = result;
        _unit = unit;
        Municipality = result.Measurements.Units[unit];
    }

    /// <summary>The municipality.</summary>
    public Municipality Municipality { get; }

    /// <summary>Every indicator of the rubric, in rubric order.</summary>
    public IReadOnlyList<IndicatorScore> Indicators => Volatile.Read(ref _indicators) ?? Publish(ref _indicators, [.. Enumerable.Range(0, _result.Matrix.IndicatorCount).Select(j => new IndicatorScore(_result, _unit, j))]);

    /// <summary>The area subtotals, in rubric order.</summary>
    public IReadOnlyList<AreaSubtotal> Areas => Volatile.Read(ref _areas) ?? Publish(ref _areas, [.. _result.Rubric.Areas.Select((a, i) => new AreaSubtotal(a.Code, _result.Matrix.AreaPoints(_unit, i), _result.Matrix.AreaMaximumPoints(_unit, i)))]);

    /// <summary>The sum of the indicator points (exact).</summary>
    public decimal Total => _result.Matrix.Totals[_unit];

    /// <summary>The maximum this municipality could reach (lower than the rubric's when indicators left it).</summary>
    public decimal MaximumPoints => _result.Matrix.Maxima[_unit];

    /// <summary>
    /// The total rescaled to the rubric's maximum, <c>Total × rubric maximum ÷ MaximumPoints</c>, rounded to the rubric's
    /// decimals: what ranks compare, so that a municipality is not penalised for an indicator that left its maximum.
    /// </summary>
    public decimal NormalizedTotal => _result.Matrix.Normalized[_unit];

    /// <summary>The rank by <see cref="NormalizedTotal"/>, highest first, competition ranking ("1224").</summary>
    public int Rank => _result.Matrix.Ranks[_unit];

    /// <summary>The indicators that were missing, not applicable, unspecified or excluded, and how they were treated.</summary>
    public IReadOnlyList<IndicatorScore> NotScored => [.. Indicators.Where(i => i.Status != IndicatorStatus.Scored)];

    /// <summary>The score of one indicator.</summary>
    /// <param name="code">The indicator code.</param>
    /// <returns>Its score.</returns>
    /// <exception cref="KeyNotFoundException">The rubric has no such indicator.</exception>
    public IndicatorScore this[string code] =>
        _result.Compiled.IndexOf(code) is var j and >= 0 ? Indicators[j] : throw new KeyNotFoundException($"The score card has no indicator {code}.");

    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Rank}. {Municipality.KoreanName} {Total}/{MaximumPoints} ({NormalizedTotal})");

    // Views are made once, on first read; two threads may both make them, and one list is kept.
    private static IReadOnlyList<T> Publish<T>(ref IReadOnlyList<T>? field, ImmutableArray<T> items)
    {
        Interlocked.CompareExchange(ref field, items, null);
        return field!;
    }
}
