using MuhanRubric.Statistics;

namespace MuhanRubric.Tests.Statistics;

public class RankCorrelationTests
{
    [Fact]
    public void SpearmanAndKendall_NoTies_MatchHandComputation()
    {
        // x = 1..5, y = 3 4 1 2 5: Σd² = 16 → rho = 1 − 6·16/(5·24) = 0.2; C = 6, D = 4 → tau = 0.2.
        // R: cor(1:5, c(3,4,1,2,5), method = "spearman") 0.2; method = "kendall" 0.2.
        var x = TestSeries.Of(1, 2, 3, 4, 5);
        var y = TestSeries.Of(3, 4, 1, 2, 5);
        Assert.Equal(0.2, RankCorrelation.Spearman(x, y).Coefficient, 1e-12);
        Assert.Equal(0.2, RankCorrelation.Kendall(x, y).Coefficient, 1e-12);
    }

    [Fact]
    public void Kendall_WithTies_IsTauB()
    {
        // R: cor(c(1,2,2,3), c(1,2,3,3), method = "kendall") 0.8 (C = 4, D = 0, one tie in each: 4/√(5·5)).
        var result = RankCorrelation.Kendall(TestSeries.Of(1, 2, 2, 3), TestSeries.Of(1, 2, 3, 3));
        Assert.Equal(0.8, result.Coefficient, 1e-12);
        Assert.Equal(4, result.Pairs);
    }

    [Fact]
    public void Correlation_MissingOnEitherSide_ExcludedAndCounted()
    {
        var result = RankCorrelation.Spearman(TestSeries.Of(1, 2, null, 4), TestSeries.Of(1, null, 3, 4));
        Assert.Equal(2, result.Pairs);
        Assert.Equal(2, result.ExcludedPairs);
        Assert.Equal(1, result.Coefficient, 1e-12);
    }

    [Fact]
    public void Correlation_ConstantSeries_IsNaN()
    {
        Assert.True(double.IsNaN(RankCorrelation.Kendall(TestSeries.Of(1, 1, 1), TestSeries.Of(1, 2, 3)).Coefficient));
    }
}
