using MuhanRubric.Composite;

namespace MuhanRubric.Tests.Composite;

public class CompositeIndexBuilderTests
{
    private static CompositeIndexBuilder FourLevels() => CompositeIndex.Create("four")
        .AddAggregate("Index", Aggregation.ArithmeticMean)
        .AddAggregate("Sub", Aggregation.ArithmeticMean, "Index", weight: 2)
        .AddAggregate("P1", Aggregation.GeometricMean, "Sub")
        .AddAggregate("P2", new Aggregation(AggregationMethod.HarmonicMean, MissingChildren.Propagate), "Index")
        .AddIndicator("a", "P1", direction: -1, target: 3)
        .AddIndicator("b", "P1", measure: "B", weight: 0.5, goalposts: new Goalposts(0, 10))
        .AddIndicator("c", "P2")
        .Normalise(NormalisationMethod.MinMax, 1, 100);

    [Fact]
    public void Build_AnyDepth_CountsLevelsFromTheIndicators()
    {
        var index = FourLevels().Build();

        Assert.Equal(4, index.Depth);
        Assert.Equal([1, 1, 1], index.Indicators.Select(i => i.Level));
        Assert.Equal(["P1", "P2", "Sub", "Index"], index.Aggregates.Select(a => a.Code));
        Assert.Equal(3, index["Sub"].Level);
        Assert.Equal("B", index["b"].Measure);
        Assert.Equal("a", index["a"].Measure);
    }

    [Fact]
    public void Build_InconsistentHierarchy_ListsEveryProblem()
    {
        var builder = CompositeIndex.Create("bad")
            .AddAggregate("Index", Aggregation.Sum)
            .AddAggregate("Other", Aggregation.Sum)
            .AddAggregate("Empty", Aggregation.Sum, "Index")
            .AddIndicator("x", "Nowhere")
            .AddIndicator("y", "x")
            .Denominate(new Denomination("Index", "Pop"))
            .Normalise(NormalisationMethod.DistanceToTarget);

        var ex = Assert.Throws<CompositeDefinitionException>(builder.Build);

        Assert.Equal(
            [
                "Only one node may be the root; Index, Other have no parent.",
                "Aggregate 'Other' has no children.",
                "Aggregate 'Empty' has no children.",
                "'x' names parent 'Nowhere', which is not declared.",
                "'y' names parent 'x', which is an indicator, not an aggregate.",
                "Denominate names 'Index', which is not an indicator.",
                "Distance-to-target normalisation needs a target for every indicator; none for x, y.",
            ],
            ex.Problems);
        Assert.StartsWith("Composite 'bad' has 7 problem(s):", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_CycleOfParents_IsReported()
    {
        var builder = CompositeIndex.Create("cycle")
            .AddAggregate("Index", Aggregation.Sum)
            .AddIndicator("x", "Index")
            .AddAggregate("A", Aggregation.Sum, "B")
            .AddAggregate("B", Aggregation.Sum, "A");

        var ex = Assert.Throws<CompositeDefinitionException>(builder.Build);

        Assert.Equal(["Not reachable from the root 'Index' (a cycle of parents): A, B."], ex.Problems);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void AddIndicator_BadWeight_FailsAtTheCall(double weight)
    {
        var ex = Assert.Throws<ArgumentException>(() => CompositeIndex.Create("w").AddIndicator("x", "Index", weight: weight));
        Assert.StartsWith("'x': a weight is a finite number ≥ 0", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddStep_ContradictoryArguments_FailAtTheCall()
    {
        var builder = CompositeIndex.Create("s");
        Assert.Throws<ArgumentException>(() => builder.ScreenUnits(1.5));
        Assert.Throws<ArgumentException>(() => builder.Normalise(NormalisationMethod.MinMax, 5, 5));
        Assert.Throws<ArgumentException>(() => builder.TreatOutliers(winsoriseMax: -1));
        Assert.Throws<ArgumentException>(() => builder.Impute(withinGroup: " "));
        Assert.Throws<ArgumentException>(() => builder.AddIndicator("x", "P", direction: 0));
        Assert.Throws<ArgumentException>(() => builder.AddIndicator("x", "P", goalposts: new Goalposts(1, 1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => builder.AddStep(new NormaliseStep((NormalisationMethod)42)));
        builder.AddAggregate("x", Aggregation.Sum);
        Assert.Throws<ArgumentException>(() => builder.AddIndicator("x", "P"));
    }

    [Fact]
    public void Json_RoundTrips_TheDefinitionAsData()
    {
        var index = FourLevels()
            .Denominate(new Denomination("a", "Pop", 1000))
            .Impute(ImputationMethod.Median, "EurAsia_group")
            .ScreenUnits(0.9)
            .TreatOutliers(winsoriseMax: 3, fallback: OutlierFallback.KeepWinsorised)
            .WithDescription("round trip")
            .Build();

        var json = CompositeJson.Write(index);
        var back = CompositeJson.Read(json);

        Assert.Equal(json, CompositeJson.Write(back));
        Assert.Equal(index.Steps, back.Steps);
        Assert.Contains("\"step\": \"treatOutliers\"", json, StringComparison.Ordinal);
        Assert.Contains("\"method\": \"harmonicMean\"", json, StringComparison.Ordinal);
        Assert.Equal(-1, back["a"].Direction);
        Assert.Equal(new Goalposts(0, 10), back["b"].Goalposts);
    }

    [Fact]
    public void Json_Malformed_NamesTheSource()
    {
        var ex = Assert.Throws<CompositeDefinitionException>(() => CompositeJson.Read("""{ "name": "x", "nodes": [ { "code": "I", "aggregation": { "method": "median" } } ] }""", "bad.json"));
        Assert.StartsWith("bad.json: ", ex.Message, StringComparison.Ordinal);

        var inconsistent = Assert.Throws<CompositeDefinitionException>(() => CompositeJson.Read("""{ "name": "x", "nodes": [ { "code": "I", "aggregation": { "method": "sum" } } ] }""", "bad.json"));
        Assert.Equal(["Aggregate 'I' has no children."], inconsistent.Problems);
    }

    [Fact]
    public void ToBuilder_MakesAVariant_WithoutChangingTheOriginal()
    {
        var index = FourLevels().Build();
        var geometric = index.ToBuilder().WithAggregation(Aggregation.GeometricMean).WithWeight("Sub", 1).Build();

        Assert.Equal(AggregationMethod.ArithmeticMean, index.Root.Aggregation!.Method);
        Assert.Equal(AggregationMethod.GeometricMean, geometric.Root.Aggregation!.Method);
        Assert.Equal(2, index["Sub"].Weight);
        Assert.Equal(1, geometric["Sub"].Weight);
    }
}
