using MuhanRubric.Composite;

namespace MuhanRubric.Tests.Composite;

/// <summary>COINr's normalisation functions (R/normalise.R: n_minmax, n_zscore, n_rank, n_prank, n_goalposts, n_dist2targ).</summary>
public class NormalisationTests
{
    private static (double?[] Values, IndicatorNormalisation Record) Normalise(double?[] x, NormaliseStep step, int direction = 1, double? target = null, Goalposts? posts = null)
    {
        var index = CompositeIndex.Create("n").AddAggregate("I", Aggregation.ArithmeticMean)
            .AddIndicator("x", "I", direction: direction, target: target, goalposts: posts).AddStep(step).Build();
        var result = index.Evaluate(CompositeTestData.Table(new Dictionary<string, double?[]> { ["x"] = x }));
        return ([.. result.Column("x")], ((NormaliseRecord)result.Steps[0]).Indicators.Single());
    }

    [Fact]
    public void MinMax_WithDirection()
    {
        Assert.Equal([0, 25, 100, null], Normalise([2, 4, 10, null], new NormaliseStep(NormalisationMethod.MinMax)).Values);
        Assert.Equal([100, 75, 0, null], Normalise([2, 4, 10, null], new NormaliseStep(NormalisationMethod.MinMax), direction: -1).Values);
        Assert.Equal([1, 3.25, 10], Normalise([2, 4, 10], new NormaliseStep(NormalisationMethod.MinMax, 1, 10)).Values);
    }

    [Fact]
    public void MinMax_ZeroRange_IsMissing_NotZero()
    {
        var (values, record) = Normalise([3, 3, 3], new NormaliseStep(NormalisationMethod.MinMax));
        Assert.All(values, v => Assert.Null(v));
        Assert.Equal("every value is 3: a zero range, so the normalised values are missing (COINr gives NaN)", record.Note);
    }

    [Fact]
    public void ZScore_SampleStandardDeviation()
    {
        var (values, _) = Normalise([1, 2, 3], new NormaliseStep(NormalisationMethod.ZScore, 0, 1));
        Assert.Equal([-1, 0, 1], values);
        Assert.All(Normalise([4, 4], new NormaliseStep(NormalisationMethod.ZScore, 0, 1)).Values, v => Assert.Null(v));
    }

    [Fact]
    public void Ranks_TiesShareTheLowestRank()
    {
        Assert.Equal([1, 2, 2, 4], Normalise([1, 5, 5, 9], new NormaliseStep(NormalisationMethod.Rank)).Values);
        Assert.Equal([0, 1d / 3 * 100, 1d / 3 * 100, 100], Normalise([1, 5, 5, 9], new NormaliseStep(NormalisationMethod.PercentileRank)).Values);
        Assert.All(Normalise([7], new NormaliseStep(NormalisationMethod.PercentileRank)).Values, v => Assert.Null(v));
    }

    [Fact]
    public void Goalposts_TruncateAndFollowTheDirection()
    {
        var posts = new Goalposts(10, 20);
        Assert.Equal([0, 50, 100], Normalise([5, 15, 25], new NormaliseStep(NormalisationMethod.Goalposts), posts: posts).Values);
        Assert.Equal([100, 50, 0], Normalise([5, 15, 25], new NormaliseStep(NormalisationMethod.Goalposts), direction: -1, posts: posts).Values);
    }

    [Fact]
    public void DistanceToTarget_CapsAtTheTarget()
    {
        Assert.Equal([0, 50, 100], Normalise([0, 5, 20], new NormaliseStep(NormalisationMethod.DistanceToTarget), target: 10).Values);
        Assert.Equal([100, 50, 0], Normalise([0, 15, 20], new NormaliseStep(NormalisationMethod.DistanceToTarget), direction: -1, target: 10).Values);
        var (same, record) = Normalise([10, 15], new NormaliseStep(NormalisationMethod.DistanceToTarget), target: 10);
        Assert.All(same, v => Assert.Null(v));
        Assert.NotNull(record.Note);
    }
}
