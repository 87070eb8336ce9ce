using MuhanRubric.Composite;
using MuhanRubric.Editions.Y2016;
using MuhanRubric.Scoring;

namespace MuhanRubric.Tests.Composite;

public class CompositeEvaluationTests
{
    private static CompositeResult Evaluate(CompositeIndexBuilder builder, Dictionary<string, double?[]> columns, params string[][] groups) =>
        builder.Build().Evaluate(CompositeTestData.Table(columns, groups));

    private static CompositeIndexBuilder Flat(Aggregation aggregation, params string[] indicators)
    {
        var builder = CompositeIndex.Create("flat").AddAggregate("I", aggregation);
        foreach (var code in indicators)
        {
            builder.AddIndicator(code, "I");
        }

        return builder;
    }

    [Fact]
    public void ArithmeticMean_SkipsMissingChildren_AndHonoursTheAvailabilityLimit()
    {
        // COINr's aggregate article (vignettes/aggregate.Rmd; gh-pages articles/aggregate.html line 515):
        // Aggregate(df1, f_ag = "a_amean", f_ag_para = list(w = c(1,1,1)), dat_thresh = 2/3) prints 1.666667 NA 2.000000.
        var columns = new Dictionary<string, double?[]> { ["i1"] = [1, 2, 3], ["i2"] = [3, null, null], ["i3"] = [1, null, 1] };
        var limited = Evaluate(Flat(new Aggregation(AggregationMethod.ArithmeticMean, MinimumAvailability: 2d / 3), "i1", "i2", "i3"), columns);
        Assert.Equal(1.666667, limited.Total("U1")!.Value, 6);
        Assert.Null(limited.Total("U2"));
        Assert.Equal(2, limited.Total("U3"));

        var skipping = Evaluate(Flat(Aggregation.ArithmeticMean, "i1", "i2", "i3"), columns);
        Assert.Equal(2, skipping.Total("U2"));

        var propagating = Evaluate(Flat(new Aggregation(AggregationMethod.ArithmeticMean, MissingChildren.Propagate), "i1", "i2", "i3"), columns);
        Assert.Null(propagating.Total("U3"));
    }

    [Fact]
    public void Means_Weighted()
    {
        var columns = new Dictionary<string, double?[]> { ["a"] = [4, 0, -1], ["b"] = [16, 5, 1] };
        CompositeIndexBuilder Weighted(AggregationMethod m) => CompositeIndex.Create("w").AddAggregate("I", new Aggregation(m))
            .AddIndicator("a", "I", weight: 3).AddIndicator("b", "I", weight: 1);

        var arithmetic = Evaluate(Weighted(AggregationMethod.ArithmeticMean), columns);
        Assert.Equal(7, arithmetic.Total("U1"));
        var sum = Evaluate(Weighted(AggregationMethod.Sum), columns);
        Assert.Equal(28, sum.Total("U1"));
        var geometric = Evaluate(Weighted(AggregationMethod.GeometricMean), columns);
        Assert.Equal(Math.Pow(4, 0.75) * Math.Pow(16, 0.25), geometric.Total("U1")!.Value, 12);
        Assert.Equal(0, geometric.Total("U2"));
        Assert.Null(geometric.Total("U3"));
        Assert.Equal(new CompositeIssue("U3", "I", "a GeometricMean needs values ≥ 0; child a is -1: the aggregate is missing."), geometric.Issues.Single());
        var harmonic = Evaluate(Weighted(AggregationMethod.HarmonicMean), columns);
        Assert.Equal(4 / ((3 / 4d) + (1 / 16d)), harmonic.Total("U1")!.Value, 12);
        Assert.Equal(0, harmonic.Total("U2"));
    }

    [Fact]
    public void Ranks_Ties_ShareTheBestRank_AndMissingHasNone()
    {
        var result = Evaluate(Flat(Aggregation.Sum, "a"), new() { ["a"] = [5, 9, 5, null, 1] });
        Assert.Equal([2, 1, 2, null, 4], result.Units.Select(u => result.Rank(u.Code, "I")));
        Assert.Equal(["U2", "U1", "U3", "U5", "U4"], result.Ranked.Select(r => r.Unit.Code));
    }

    [Fact]
    public void Impute_GroupMean_RecordsEveryCell_AndLeavesAnAllMissingGroupMissing()
    {
        var builder = Flat(Aggregation.ArithmeticMean, "a").Impute(ImputationMethod.Mean, "Zone");
        string[][] groups = [["Zone:N"], ["Zone:N"], ["Zone:N"], ["Zone:S"], ["Zone:S"], []];
        var result = Evaluate(builder, new() { ["a"] = [1, 2, null, null, null, null] }, groups);

        var record = (ImputeRecord)result.Steps.Single();
        Assert.Equal([new ImputedCell("U3", "a", 1.5, "N", 2)], record.Imputed);
        Assert.Equal(
            [new CellNote("U4", "a", "no unit of group 'S' has a value"), new CellNote("U5", "a", "no unit of group 'S' has a value"), new CellNote("U6", "a", "the unit has no 'Zone' group")],
            record.LeftMissing);
        Assert.Equal(1.5, result.Total("U3"));
        Assert.Null(result.Total("U4"));
    }

    [Fact]
    public void Impute_Median_OverAllUnits()
    {
        var result = Evaluate(Flat(Aggregation.ArithmeticMean, "a").Impute(ImputationMethod.Median), new() { ["a"] = [1, 2, 3, 10, null] });
        Assert.Equal(2.5, result.Total("U5"));
    }

    [Fact]
    public void Screen_RemovesUnitsBelowTheThreshold_AndAUnitWithNoData()
    {
        var builder = Flat(Aggregation.ArithmeticMean, "a", "b").ScreenUnits(0.5);
        var result = Evaluate(builder, new() { ["a"] = [1, null, null], ["b"] = [2, 3, null] });

        var record = (ScreenRecord)result.Steps.Single();
        Assert.Equal(["U3"], record.Removed);
        Assert.Equal(new UnitAvailability("U2", 1, 0.5, true), record.Units[1]);
        Assert.Null(result.Total("U3"));
        Assert.Null(result.Rank("U3", "I"));
        Assert.False(result.Rows[2].Included);
        Assert.Equal(["U1", "U2"], result.IncludedUnits.Select(u => u.Code));
    }

    [Fact]
    public void UnitWithNoData_WithoutScreening_HasNoScoreAndNoRank()
    {
        var result = Evaluate(Flat(Aggregation.ArithmeticMean, "a", "b").Normalise(), new() { ["a"] = [1, 3, null], ["b"] = [2, 4, null] });
        Assert.Null(result.Total("U3"));
        Assert.Null(result.Rank("U3", "I"));
        Assert.Equal(100, result.Total("U2"));
    }

    [Fact]
    public void Denominate_MissingOrZeroDenominator_MakesTheCellMissing()
    {
        var builder = CompositeIndex.Create("d").AddAggregate("I", Aggregation.Sum).AddIndicator("a", "I")
            .Denominate(new Denomination("a", "Pop", 1000));
        var result = builder.Build().Evaluate(CompositeTestData.Table(new Dictionary<string, double?[]> { ["a"] = [10, 10, 10], ["Pop"] = [4, 0, null] }));

        Assert.Equal(2500, result.Total("U1"));
        var record = (DenominateRecord)result.Steps.Single();
        Assert.Equal(1, record.Denominated);
        Assert.Equal([new CellNote("U2", "a", "denominator Pop is 0"), new CellNote("U3", "a", "denominator Pop is missing")], record.MadeMissing);
    }

    [Fact]
    public void RubricComposite_ScoresExactlyAsTheRubric()
    {
        var scored = Rubrics2016.Reference.Score(Evaluation2016.Measurements);
        var index = RubricComposite.FromRubric(Rubrics2016.Reference);
        var result = RubricComposite.Evaluate(index, scored);

        Assert.Equal(3, index.Depth); // indicators, areas, the total
        foreach (var card in scored.Cards)
        {
            Assert.Equal((double)card.Total, result.Total(card.Municipality.Code)!.Value, 9);
            foreach (var area in card.Areas)
            {
                // An area without a scored indicator (the reference rubric's D) is not a node: it gives no points.
                var score = index.Nodes.Any(n => n.Code == area.Code) ? result.Score(card.Municipality.Code, area.Code)!.Value : 0;
                Assert.Equal((double)area.Points, score, 9);
            }
        }
    }
}
