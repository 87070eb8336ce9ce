using System.Collections.Immutable;
using MuhanRubric.Scoring;

namespace MuhanRubric.Analysis;

/// <summary>
/// The one rule that attributes a change of total to indicators, shared by <see cref="RubricComparison"/> (two rubrics,
/// one year) and <see cref="YearComparison"/> (one rubric, two years).
/// </summary>
/// <remarks>
/// Attribution is on points: per indicator, its points after minus its points before, 0 on a side that lacks the
/// indicator. A card's total is the exact sum of its indicator points, so the contributions add up exactly to the
/// change of total. Rescaled (normalized) totals are not attributed: rescaling by a maximum is not additive.
/// </remarks>
internal static class IndicatorAttribution
{
    /// <summary>Per indicator (the codes of <paramref name="before"/>, then any new in <paramref name="after"/>), its points on each side.</summary>
    public static ImmutableArray<IndicatorContribution> Contributions(ScoreCard before, ScoreCard after) =>
        [.. Codes(before, after).Select(code => new IndicatorContribution(code, Find(before, code)?.Points ?? 0m, Find(after, code)?.Points ?? 0m))];

    /// <summary>The indicators whose band, category or outcome (<see cref="IndicatorScore.Hit"/>) differs between the cards.</summary>
    public static ImmutableArray<string> BandChanges(ScoreCard before, ScoreCard after) =>
        [.. Codes(before, after).Where(code => Find(before, code)?.Hit != Find(after, code)?.Hit)];

    private static IEnumerable<string> Codes(ScoreCard before, ScoreCard after) =>
        before.Indicators.Select(i => i.Code).Union(after.Indicators.Select(i => i.Code));

    private static IndicatorScore? Find(ScoreCard card, string code) => card.Indicators.FirstOrDefault(i => i.Code == code);
}
