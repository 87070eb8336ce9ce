using FsCheck.Xunit;
using MuhanRubric.Scoring;
using MuhanRubric.Statistics;

namespace MuhanRubric.Tests.Properties;

/// <summary>
/// Competition ranking ("1224"), in the scoring kernel and in <see cref="Ranking"/>: a unit's rank is one more than the
/// number of units with a strictly higher total, so ties share a rank, the highest total ranks 1, and the order the
/// units are listed in changes nothing.
/// </summary>
[Properties(Arbitrary = [typeof(Generators)])]
public class RankingProperties
{
    /// <summary>The definition every other property follows from.</summary>
    private static int[] Expected(IReadOnlyList<decimal> totals) => [.. totals.Select(t => 1 + totals.Count(other => other > t))];

    private static int[] Kernel(IReadOnlyList<decimal> totals)
    {
        var ranks = new int[totals.Count];
        CompetitionRanking.HighestFirst<decimal>([.. totals], ranks);
        return ranks;
    }

    [Property]
    public void Rank_IsOneMoreThanTheNumberOfHigherTotals(Totals totals) =>
        Assert.Equal(Expected(totals.Values), Kernel(totals.Values));

    [Property]
    public void Ties_ShareARank_AndTheRankAfterATieSkips(Totals totals)
    {
        var ranks = Kernel(totals.Values);
        foreach (var group in totals.Values.Select((t, i) => (Total: t, Rank: ranks[i])).GroupBy(x => x.Total))
        {
            Assert.Single(group.Select(x => x.Rank).Distinct());
            var next = ranks.Where(r => r > group.First().Rank).DefaultIfEmpty().Min();
            Assert.True(next == 0 || next == group.First().Rank + group.Count());
        }
    }

    [Property]
    public void HighestTotal_RanksFirst_AndRanksStayWithinTheCount(Totals totals)
    {
        var ranks = Kernel(totals.Values);
        var highest = totals.Values.Max();
        Assert.All(totals.Values.Select((t, i) => (t, i)).Where(x => x.t == highest), x => Assert.Equal(1, ranks[x.i]));
        Assert.All(ranks, r => Assert.InRange(r, 1, totals.Values.Length));
    }

    [Property]
    public void Permuting_TheUnits_PermutesTheRanks(Totals totals)
    {
        var ranks = Kernel(totals.Values);
        var permuted = Kernel([.. totals.Order.Select(i => totals.Values[i])]);
        Assert.Equal(totals.Order.Select(i => ranks[i]), permuted);
    }

    [Property]
    public void ScoreCards_RankByNormalizedTotal_WhateverTheUnitOrder(Totals totals)
    {
        // One indicator, 0 → 0 and 100 → 100 points: each unit's total is its value.
        var rubric = Generated.OneIndicator(100m, indicator => indicator.Proportional(0m, 100m));
        var units = Generated.Units(totals.Values.Length);
        var result = rubric.Score(Generated.Table([.. totals.Values.Select(t => (decimal?)t)], units: units));
        Assert.Equal(Expected(totals.Values), result.Cards.Select(c => c.Rank));

        var permuted = rubric.Score(Generated.Table([.. totals.Order.Select(i => (decimal?)totals.Values[i])], units: [.. totals.Order.Select(i => units[i])]));
        Assert.All(units, unit => Assert.Equal((result[unit].Rank, result[unit].Total), (permuted[unit].Rank, permuted[unit].Total)));
        Assert.Equal(result.Ranked.Select(c => c.Rank), permuted.Ranked.Select(c => c.Rank));
    }

    [Property]
    public void RankingOfASeries_IsCompetitionRanking(Totals totals)
    {
        var units = Generated.Units(totals.Values.Length);
        var series = new MeasureSeries("totals", units.Select((u, i) => new Observation(u, totals.Values[i])));
        var ranked = series.Rank();
        var expected = Expected(totals.Values);
        Assert.All(ranked, r => Assert.Equal((double)expected[Array.IndexOf(units, r.Municipality)], r.Rank));
        Assert.Equal(ranked.OrderBy(r => r.Rank).Select(r => r.Rank), ranked.Select(r => r.Rank));
    }
}

/// <summary>Totals of 1–40 units in hundredths, often tied, and another order to list the units in.</summary>
/// <param name="Values">The totals.</param>
/// <param name="Order">A permutation of the positions.</param>
public sealed record Totals(decimal[] Values, int[] Order)
{
    /// <inheritdoc/>
    public override string ToString() => string.Join(", ", Values.Select(v => v.ToString(System.Globalization.CultureInfo.InvariantCulture))) + " in the order " + string.Join(", ", Order);
}
