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
        var shifted = Rubrics2016.Reference.ToBuilder().Indicator("C1", i => i.ShiftBandEdges(-10)).Build();
        var moved = Rubrics2016.Reference.ToBuilder().Indicator("C1", i => i.MoveBandEdge(50, 45)).Build();
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
}
