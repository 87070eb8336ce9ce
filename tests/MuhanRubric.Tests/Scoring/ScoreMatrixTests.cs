using MuhanRubric.Editions.Y2016;
using MuhanRubric.Scoring;
using MuhanRubric.Statistics;

namespace MuhanRubric.Tests.Scoring;

public class ScoreMatrixTests
{
    [Fact]
    public void Matrix_Reference2016_HoldsWhatTheCardsShow()
    {
        var result = Rubrics2016.Reference.Score(Evaluation2016.Measurements);
        var matrix = result.Matrix;

        Assert.Equal((31, 18, 4), (matrix.UnitCount, matrix.IndicatorCount, matrix.AreaCount));
        for (var u = 0; u < matrix.UnitCount; u++)
        {
            var card = result.Cards[u];
            Assert.Equal((card.Total, card.MaximumPoints, card.NormalizedTotal, card.Rank), (matrix.Total(u), matrix.MaximumPoints(u), matrix.NormalizedTotal(u), matrix.Rank(u)));
            for (var j = 0; j < matrix.IndicatorCount; j++)
            {
                var score = card.Indicators[j];
                Assert.Equal((score.Points, score.MaximumPoints, score.Status), (matrix.Points(u, j), matrix.MaximumPoints(u, j), matrix.Status(u, j)));
            }

            for (var a = 0; a < matrix.AreaCount; a++)
            {
                Assert.Equal((card.Areas[a].Points, card.Areas[a].MaximumPoints), (matrix.AreaPoints(u, a), matrix.AreaMaximumPoints(u, a)));
            }
        }
    }

    [Fact]
    public void BandIndex_IsTheBandHitOrTheCriteriaMet()
    {
        var result = Rubrics2016.Reference.Score(Evaluation2016.Measurements);
        var suwon = result.Measurements.Units.IndexOf(MuhanRubric.Units.Municipality.Suwon);
        var c1 = result.Compiled.IndexOf("C1");
        var a1 = result.Compiled.IndexOf("A1");
        var a2 = result.Compiled.IndexOf("A2");

        Assert.Equal(4, result.Matrix.BandIndex(suwon, c1));  // 13.8 is in the fifth band, (-∞, 15) ∪ [65, ∞).
        Assert.Equal(4, result.Matrix.BandIndex(suwon, a1));  // All four criteria hold.
        Assert.Equal(-1, result.Matrix.BandIndex(suwon, a2)); // Proportional.
    }

    [Fact]
    public void Accessors_OutOfRange_ThrowWithTheRange()
    {
        var matrix = Rubrics2016.Reference.Score(Evaluation2016.Measurements).Matrix;
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => matrix.Points(0, 18));
        Assert.StartsWith("indicator must be from 0 to 17; got 18.", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => matrix.Rank(31));
        Assert.Throws<ArgumentOutOfRangeException>(() => matrix.AreaPoints(-1, 0));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(31)]
    [InlineData(1_000)]
    public void CompetitionRanking_IsOnePlusTheNumberOfHigherKeys(int count)
    {
        // Keys from a small range, so that many tie; the definition, counted pair by pair, is the reference.
        var random = new Random(count);
        var keys = Enumerable.Range(0, count).Select(_ => (decimal)random.Next(0, 20) / 4).ToArray();
        var ranks = new int[count];
        CompetitionRanking.HighestFirst<decimal>(keys, ranks);
        Assert.Equal(keys.Select(k => 1 + keys.Count(other => other > k)), ranks);

        var doubles = keys.Select(k => (double)k).ToArray();
        CompetitionRanking.HighestFirst<double>(doubles, ranks);
        Assert.Equal(keys.Select(k => 1 + keys.Count(other => other > k)), ranks);
    }
}
