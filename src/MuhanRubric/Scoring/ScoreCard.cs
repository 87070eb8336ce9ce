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
/// <param name="Distance">How far the value is from it (always positive).</param>
/// <param name="Upwards">True when the value must rise, false when it must fall.</param>
public sealed record NextBetterBand(decimal Points, Interval Interval, decimal Distance, bool Upwards);

/// <summary>One indicator's result for one municipality, with its explanation in Korean and English.</summary>
/// <param name="Code">The indicator code.</param>
/// <param name="AreaCode">The area code.</param>
/// <param name="Status">What happened.</param>
/// <param name="RawValue">The value read (null when missing, not applicable, or a checklist).</param>
/// <param name="Hit">The band, category or checklist outcome hit, as text.</param>
/// <param name="Points">The points given (exact decimal, rounded to the rubric's decimals).</param>
/// <param name="MaximumPoints">The maximum this indicator counts for here (0 when it leaves the maximum).</param>
/// <param name="Group">The group whose override applied, or null.</param>
/// <param name="Next">The nearest better band, or null at the top or for non-band scales.</param>
/// <param name="Explanation">One line in English.</param>
/// <param name="KoreanExplanation">One line in Korean.</param>
public sealed record IndicatorScore(
    string Code, string AreaCode, IndicatorStatus Status, decimal? RawValue, string? Hit, decimal Points, decimal MaximumPoints,
    string? Group, NextBetterBand? Next, string Explanation, string KoreanExplanation);

/// <summary>An area's subtotal.</summary>
/// <param name="Code">The area code.</param>
/// <param name="Points">The points.</param>
/// <param name="MaximumPoints">The maximum counted here.</param>
public sealed record AreaSubtotal(string Code, decimal Points, decimal MaximumPoints);

/// <summary>A municipality's score card: every indicator with its explanation, area subtotals, total and rank.</summary>
/// <remarks>Immutable.</remarks>
public sealed class ScoreCard
{
    internal ScoreCard(Municipality municipality, IReadOnlyList<IndicatorScore> indicators, IReadOnlyList<AreaSubtotal> areas, decimal total, decimal maximum, decimal normalized)
    {
        Municipality = municipality;
        Indicators = indicators;
        Areas = areas;
        Total = total;
        MaximumPoints = maximum;
        NormalizedTotal = normalized;
    }

    /// <summary>The municipality.</summary>
    public Municipality Municipality { get; }

    /// <summary>Every indicator of the rubric, in rubric order.</summary>
    public IReadOnlyList<IndicatorScore> Indicators { get; }

    /// <summary>The area subtotals, in rubric order.</summary>
    public IReadOnlyList<AreaSubtotal> Areas { get; }

    /// <summary>The sum of the indicator points (exact).</summary>
    public decimal Total { get; }

    /// <summary>The maximum this municipality could reach (lower than the rubric's when indicators left it).</summary>
    public decimal MaximumPoints { get; }

    /// <summary>
    /// The total rescaled to the rubric's maximum, <c>Total × rubric maximum ÷ MaximumPoints</c>, rounded to the rubric's
    /// decimals: what ranks compare, so that a municipality is not penalised for an indicator that left its maximum.
    /// </summary>
    public decimal NormalizedTotal { get; }

    /// <summary>The rank by <see cref="NormalizedTotal"/>, highest first, competition ranking ("1224").</summary>
    public int Rank { get; internal set; }

    /// <summary>The indicators that were missing, not applicable, unspecified or excluded, and how they were treated.</summary>
    public IReadOnlyList<IndicatorScore> NotScored => [.. Indicators.Where(i => i.Status != IndicatorStatus.Scored)];

    /// <summary>The score of one indicator.</summary>
    /// <param name="code">The indicator code.</param>
    /// <returns>Its score.</returns>
    /// <exception cref="KeyNotFoundException">The rubric has no such indicator.</exception>
    public IndicatorScore this[string code] =>
        Indicators.FirstOrDefault(i => i.Code == code) ?? throw new KeyNotFoundException($"The score card has no indicator {code}.");

    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Rank}. {Municipality.KoreanName} {Total}/{MaximumPoints} ({NormalizedTotal})");
}
