using MuhanRubric.Analysis;
using MuhanRubric.Composite;
using MuhanRubric.Editions.Y2016;
using MuhanRubric.Scoring;
using MuhanRubric.Tests.Composite;

namespace MuhanRubric.Tests.Analysis;

public class CompositeComparisonTests
{
    // Two pillars under an index: P1 = (a, b) weighted 3 : 1, P2 = (c); the index weighs P1 twice P2.
    private static CompositeIndexBuilder TwoPillars(AggregationMethod method) => CompositeIndex.Create("two pillars")
        .AddAggregate("I", new Aggregation(method))
        .AddAggregate("P1", new Aggregation(method), "I", weight: 2)
        .AddAggregate("P2", new Aggregation(method), "I", weight: 1)
        .AddIndicator("a", "P1", weight: 3).AddIndicator("b", "P1", weight: 1).AddIndicator("c", "P2");

    private static readonly Dictionary<string, double?[]> Before = new() { ["a"] = [40, 10, 50], ["b"] = [80, 20, null], ["c"] = [20, 30, 70] };
    private static readonly Dictionary<string, double?[]> After = new() { ["a"] = [60, 10, 50], ["b"] = [40, 20, 90], ["c"] = [50, 60, 10] };

    [Fact]
    public void ArithmeticMeans_EachEffectIsTheIndicatorsShareTimesItsChange_AndNothingIsLeft()
    {
        var index = TwoPillars(AggregationMethod.ArithmeticMean).Build();
        var attribution = CompositeComparison.Attribute(index.Evaluate(CompositeTestData.Table(Before)), index.Evaluate(CompositeTestData.Table(After)));

        // U1: a has 2/3 × 3/4 = 1/2 of the index, b 2/3 × 1/4 = 1/6, c 1/3.
        var u1 = attribution[0];
        Assert.Equal("U1", u1.Unit);
        Assert.Equal((2 / 3d * 50) + (1 / 3d * 20), u1.Before, 12);
        Assert.Equal(0.5 * 20, u1.Indicators[0].Effect!.Value, 12);
        Assert.Equal(1 / 6d * -40, u1.Indicators[1].Effect!.Value, 12);
        Assert.Equal(1 / 3d * 30, u1.Indicators[2].Effect!.Value, 12);
        Assert.Equal(0, u1.Interaction, 12);
        Assert.Equal(0, u1.Aggregation, 12);

        // U3: b is missing before, so P1 was a alone; its value after makes b one quarter of P1 (COINr's a_amean skips
        // missing children): the effect of b is P1's change, 2/3 × ((3 × 50 + 90) ÷ 4 − 50).
        var u3 = attribution[2];
        Assert.Null(u3.Indicators[1].Before);
        Assert.Equal(2 / 3d * (((3 * 50) + 90) / 4d - 50), u3.Indicators[1].Effect!.Value, 12);
        Assert.All(attribution, AddsUp);
    }

    [Fact]
    public void GeometricToArithmetic_TheMethodIsTheAggregationPart_AndThePartsAddUp()
    {
        var geometric = TwoPillars(AggregationMethod.GeometricMean).Build().Evaluate(CompositeTestData.Table(Before));
        var arithmetic = TwoPillars(AggregationMethod.ArithmeticMean).Build().Evaluate(CompositeTestData.Table(After));
        var attribution = CompositeComparison.Attribute(geometric, arithmetic);

        Assert.Equal(3, attribution.Count);
        Assert.All(attribution, AddsUp);

        // The aggregation part is the arithmetic minus the geometric score of the values after: never negative (AM ≥ GM).
        var u1 = attribution[0];
        var geometricAfter = TwoPillars(AggregationMethod.GeometricMean).Build().Evaluate(CompositeTestData.Table(After)).Total("U1")!.Value;
        Assert.Equal(u1.After - geometricAfter, u1.Aggregation, 12);
        Assert.All(attribution, a => Assert.True(a.Aggregation >= 0, a.ToString()));

        // A geometric mean is not linear: the one-at-a-time effects leave an interaction.
        Assert.NotEqual(0, u1.Interaction, 6);
    }

    [Fact]
    public void Reference2016_AgainstItsIndicatorsNormalised_EveryChangeAddsUp()
    {
        var rubric = Rubrics2016.Reference;
        var scored = rubric.Score(Evaluation2016.Measurements);
        var means = RubricComposite.AsWeightedMeans(rubric, scored);
        var banded = RubricComposite.Evaluate(means, scored, RubricLeaf.PointShares);
        var normalised = RubricComposite.Evaluate(means.ToBuilder().Normalise(NormalisationMethod.MinMax, 1, 100).Build(), scored, RubricLeaf.RawValues);

        var attribution = CompositeComparison.Attribute(banded, normalised);

        Assert.Equal(31, attribution.Count);
        Assert.All(attribution, AddsUp);

        // Weighted arithmetic means on both sides with the same weights: no interaction and no aggregation part.
        Assert.All(attribution, a => Assert.Equal(0, a.Interaction, 9));
        Assert.All(attribution, a => Assert.Equal(0, a.Aggregation, 9));

        // The banded side is the rubric's own ranking: its score is 100 × points ÷ maximum points (every indicator scored).
        var gunpo = attribution.Single(a => a.Unit == "Gunpo");
        var card = scored.Cards.Single(c => c.Municipality.Code == "Gunpo");
        Assert.Equal((double)(100 * card.Total / card.MaximumPoints), gunpo.Before, 9);
        Assert.Equal(card.Rank, gunpo.RankBefore);
    }

    [Fact]
    public void DifferentHierarchies_AreRefused_WithEveryDifference()
    {
        var first = TwoPillars(AggregationMethod.ArithmeticMean).Build().Evaluate(CompositeTestData.Table(Before));
        var other = CompositeIndex.Create("flat").AddAggregate("I", Aggregation.ArithmeticMean)
            .AddIndicator("a", "I").AddIndicator("b", "I").AddIndicator("d", "I").Build()
            .Evaluate(CompositeTestData.Table(new Dictionary<string, double?[]> { ["a"] = [1], ["b"] = [2], ["d"] = [3] }));

        var error = Assert.Throws<ArgumentException>(() => CompositeComparison.Attribute(first, other));

        Assert.Equal(
            "'two pillars' and 'flat' are not the same hierarchy: indicators differ: only in the first c; only in the second d; "
            + "aggregate P1 is only in the first; aggregate P2 is only in the first; aggregate I has children P1, P2 in the first and a, b, d in the second. (Parameter 'after')",
            error.Message);
    }

    private static void AddsUp(CompositeAttribution a) =>
        Assert.Equal(a.Change, a.Indicators.Sum(e => e.Effect ?? 0) + a.Interaction + a.Aggregation, 9);
}
