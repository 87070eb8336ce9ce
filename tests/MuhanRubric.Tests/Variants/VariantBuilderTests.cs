using MuhanRubric.Editions.Y2016;
using MuhanRubric.Measurements;
using MuhanRubric.Measures;
using MuhanRubric.Rubrics;
using MuhanRubric.Scoring;

namespace MuhanRubric.Tests.Variants;

public class VariantBuilderTests
{
    private static readonly MeasurementTable _dataset = Evaluation2016.Measurements;

    [Fact]
    public void Reweight_KeepsEachValuesShareOfTheMaximum()
    {
        var variant = Rubrics2016.Reference.ToBuilder().Indicator("C1", i => i.Reweight(20)).Build();
        var before = Rubrics2016.Reference.Score(_dataset);
        var after = variant.Score(_dataset);
        Assert.Equal(92m, variant.MaximumPoints);
        Assert.All(after.Cards, card => Assert.Equal(before[card.Municipality]["C1"].Points * 2, card["C1"].Points));
        Assert.Equal(["C1 points 10 → 20", "C1: band [30, 50) points 10 → 20"], RubricDiff.Compare(Rubrics2016.Reference, variant).Take(2).Select(c => c.Description));
    }

    [Theory]
    [InlineData(PointsRedistribution.None, 77)]
    [InlineData(PointsRedistribution.ProportionalWithinArea, 82)]
    [InlineData(PointsRedistribution.EquallyWithinArea, 82)]
    [InlineData(PointsRedistribution.ProportionalAcrossRubric, 82)]
    public void DropIndicator_RedistributesByTheStatedRule(PointsRedistribution rule, int maximum)
    {
        var variant = Rubrics2016.Reference.ToBuilder().DropIndicator("B4", rule).DropIndicator("B10", rule).Build();
        Assert.Equal(maximum, variant.MaximumPoints);
        Assert.DoesNotContain(variant.Indicators, i => i.Code is "B4" or "B10");
        if (rule == PointsRedistribution.EquallyWithinArea)
        {
            // B4's 3 points go to the 9 other B indicators equally, then B10's (2 + its share) likewise.
            Assert.Equal(30m, variant.Areas.Single(a => a.Code == "B").MaximumPoints);
        }
    }

    [Fact]
    public void DropIndicator_AsPublished_LowersTheDeclaredTotal()
    {
        var variant = Rubrics2016.AsPublished.ToBuilder().DropIndicator("D1").Build();
        Assert.Equal(90m, variant.DeclaredTotal);
    }

    [Fact]
    public void ShiftAndMoveBandEdges()
    {
        var source = Provenance.FromAssumption("an illustration");
        var shifted = Rubrics2016.Reference.ToBuilder().Indicator("C1", i => i.ShiftBandEdges(-10).WithProvenance(source)).Build();
        var moved = Rubrics2016.Reference.ToBuilder().Indicator("C1", i => i.MoveBandEdge(50, 45).WithProvenance(source)).Build();
        Assert.Equal(source, shifted.Indicator("C1").Scale.Provenance);
        Assert.Equal("10 for [20, 40); 8 for [15, 20) ∪ [40, 45); 6 for [10, 15) ∪ [45, 50); 4 for [5, 10) ∪ [50, 55); 2 for (-∞, 5) ∪ [55, ∞)", shifted.Indicator("C1").Scale.Describe());
        Assert.Equal("10 for [30, 45); 8 for [25, 30) ∪ [45, 55); 6 for [20, 25) ∪ [55, 60); 4 for [15, 20) ∪ [60, 65); 2 for (-∞, 15) ∪ [65, ∞)", moved.Indicator("C1").Scale.Describe());
    }

    [Fact]
    public void DerivedIndicator_IsAddedAsData()
    {
        var variant = Rubrics2016.Reference.ToBuilder()
            .Area("C", a => a.AddIndicator("C5", "사례당 퇴직", "Departures per 100 cases", 2, i => i
                .Reads(MeasureExpression.Ratio(
                    MeasureExpression.Sum(MeasureExpression.Field(Measure.PrivateCaseManagerDepartures), MeasureExpression.Field(Measure.IntegratedCaseManagerDepartures)),
                    MeasureExpression.Field(Measure.CasesManaged)))
                .Proportional(0.01m, 0)
                .WithProvenance(Provenance.FromAssumption("illustration"))))
            .Build();
        Assert.Equal("C5 added: 2 pts, Proportional: 0 at 0.01, 2 at 0, linear, clamped", RubricDiff.Compare(Rubrics2016.Reference, variant).Single().Description.Replace("\n", string.Empty, StringComparison.Ordinal).Split(" (reads")[0]);
        Assert.All(variant.Score(Evaluation2016.Measurements).Cards, c => Assert.InRange(c["C5"].Points, 0m, 2m));
    }

    [Fact]
    public void Reweight_PrintedScaleBecomesAnAssumption_AnAssumptionKeepsItsReason()
    {
        // C1's points are printed in 표 Ⅱ-4 p.32; rescaled, they are not. B1's reason is stated in shares: it stays true.
        var variant = Rubrics2016.Reference.ToBuilder().Indicator("C1", i => i.Reweight(20)).Indicator("B1", i => i.Reweight(4)).Build();
        Assert.Equal("assumption: the scale of 표 Ⅱ-4 p.32 with its points rescaled from a maximum of 10 to 20", variant.Indicator("C1").Scale.Provenance!.ToString());
        Assert.Equal(Rubrics2016.Reference.Indicator("B1").Scale.Provenance, variant.Indicator("B1").Scale.Provenance);
    }

    [Fact]
    public void ShiftBandEdges_ChangedScaleDoesNotKeepThePrintedProvenance()
    {
        // C1's bands are printed in 표 Ⅱ-4 p.32; shifted, they are not, so the variant must say where they come from.
        var ex = Assert.Throws<RubricValidationException>(() => Rubrics2016.Reference.ToBuilder().Indicator("C1", i => i.ShiftBandEdges(-10)).Build());
        Assert.Equal(RubricProblemKind.MissingProvenance, Assert.Single(ex.Problems).Kind);
    }

    [Fact]
    public void NewScale_DoesNotInheritTheProvenanceOfTheScaleItReplaces()
    {
        var ex = Assert.Throws<RubricValidationException>(() => Rubrics2016.Reference.ToBuilder()
            .Indicator("C1", i => i.WithBands(b => b.Band(10, BandRange.From(20).To(40)).Otherwise(5))).Build());
        Assert.Equal(
            """
            Rubric '2016 reference rubric' is not valid: 1 problem(s).
              C1: the scale has no provenance (give WithProvenance a table and page, a page, or an assumption with its reason)
            """.ReplaceLineEndings("\n"),
            ex.Message);
    }

    public static TheoryData<string, string> NoOps() => new()
    {
        { "MoveBandEdge(35, 40) on C1", "C1: MoveBandEdge(35, 40) found no band edge at 35; the edges are 15, 20, 25, 30, 50, 55, 60, 65." },
        { "MoveBandEdge(30, 30) on C1", "C1: MoveBandEdge(30, 30) would move nothing: the new edge equals the old." },
        { "MoveBandEdge(5, 6) on C3", "C3: MoveBandEdge(5, 6) needs a scale of bands or categories; the scale is PopulationBands." },
        { "ShiftBandEdges(0) on C1", "C1: ShiftBandEdges(0) would move nothing." },
        { "ShiftBandEdges(-10) on A2", "A2: ShiftBandEdges(-10) needs a scale of bands or categories; the scale is Proportional." },
        { "ShiftBandEdges(-1) on A1", "A1: ShiftBandEdges(-1) needs a scale of bands or categories; the scale is Checklist." },
        { "Reweight(10) on C1", "C1: Reweight(10) would change nothing: the maximum is already 10." },
    };

    [Theory]
    [MemberData(nameof(NoOps))]
    public void VariantOperation_ThatWouldChangeNothing_FailsWithAMessage(string operation, string message)
    {
        var code = operation[^2..];
        Action<IndicatorBuilder> apply = operation switch
        {
            "MoveBandEdge(35, 40) on C1" => i => i.MoveBandEdge(35, 40),
            "MoveBandEdge(30, 30) on C1" => i => i.MoveBandEdge(30, 30),
            "MoveBandEdge(5, 6) on C3" => i => i.MoveBandEdge(5, 6),
            "ShiftBandEdges(0) on C1" => i => i.ShiftBandEdges(0),
            "ShiftBandEdges(-10) on A2" => i => i.ShiftBandEdges(-10),
            "ShiftBandEdges(-1) on A1" => i => i.ShiftBandEdges(-1),
            _ => i => i.Reweight(10),
        };
        var ex = Assert.Throws<InvalidOperationException>(() => Rubrics2016.Reference.ToBuilder().Indicator(code, apply));
        Assert.Equal(message, ex.Message);
    }

    [Fact]
    public void ShiftBandEdges_ScaleWithoutFiniteEdges_Fails()
    {
        var builder = Rubric.Create("open").AddArea("C", "c", "c", a => a.AddIndicator("C1", "c", "c", 10, i => i
            .Reads(Measure.CasesPerCaseManager).WithBands(b => b.Band(10, BandRange.Any)).WithProvenance(Provenance.FromAssumption("test"))));
        var ex = Assert.Throws<InvalidOperationException>(() => builder.Indicator("C1", i => i.ShiftBandEdges(5)));
        Assert.Equal("C1: ShiftBandEdges(5) found no finite band edge to shift.", ex.Message);
    }
}
