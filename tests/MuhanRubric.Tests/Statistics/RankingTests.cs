using MuhanRubric.Statistics;
using MuhanRubric.Units;

namespace MuhanRubric.Tests.Statistics;

public class RankingTests
{
    // Suwon 5, Seongnam 9, Bucheon 9, Yongin 3, Ansan missing, Anyang 1.
    private static readonly MeasureSeries _series = TestSeries.Of(5, 9, 9, 3, null, 1);

    [Theory]
    [InlineData(TieRule.Competition, new[] { 1d, 1, 3, 4, 5 })]
    [InlineData(TieRule.Dense, new[] { 1d, 1, 2, 3, 4 })]
    [InlineData(TieRule.Fractional, new[] { 1.5, 1.5, 3, 4, 5 })]
    [InlineData(TieRule.ReportOrder, new[] { 1d, 2, 3, 4, 5 })]
    public void Rank_HighestFirst_AppliesTieRule(TieRule rule, double[] expected)
    {
        var ranked = _series.Rank(RankOrder.HighestFirst, rule);
        Assert.Equal(expected, ranked.Select(r => r.Rank));
        Assert.Equal([Municipality.Seongnam, Municipality.Bucheon, Municipality.Suwon, Municipality.Yongin, Municipality.Anyang], ranked.Select(r => r.Municipality));
    }

    [Fact]
    public void Rank_LowestFirst_MissingNeverRanked()
    {
        var ranked = _series.Rank(RankOrder.LowestFirst);
        Assert.Equal([Municipality.Anyang, Municipality.Yongin, Municipality.Suwon, Municipality.Seongnam, Municipality.Bucheon], ranked.Select(r => r.Municipality));
        Assert.Equal([1d, 2, 3, 4, 4], ranked.Select(r => r.Rank));
        Assert.DoesNotContain(ranked, r => r.Municipality == Municipality.Ansan);
    }

    [Fact]
    public void Top_KeepsEveryTieAtTheCutOff()
    {
        Assert.Equal(2, _series.Top(1).Count);
        Assert.Equal(2, _series.Top(2).Count);
        Assert.Equal(3, _series.Top(3).Count);
    }

    [Fact]
    public void Top_CountBelowOne_Throws()
    {
        Assert.Throws<ArgumentException>(() => _series.Top(0));
    }
}
