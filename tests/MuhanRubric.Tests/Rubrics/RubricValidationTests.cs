using MuhanRubric.Editions.Y2016;
using MuhanRubric.Measures;
using MuhanRubric.Rubrics;
using MuhanRubric.Scoring;

namespace MuhanRubric.Tests.Rubrics;

public class RubricValidationTests
{
    private static RubricBuilder OneIndicator(Action<IndicatorBuilder> configure, decimal maximum = 10) =>
        Rubric.Create("test").AddArea("C", "통합사례관리", "Case management", a => a.AddIndicator("C1", "실적", "Caseload", maximum, configure));

    private static RubricProblem Single(RubricBuilder builder)
    {
        var ex = Assert.Throws<RubricValidationException>(() => builder.Build());
        return Assert.Single(ex.Problems);
    }

    [Fact]
    public void Build_Gap_IsReported()
    {
        var problem = Single(OneIndicator(i => i.Reads(Measure.CasesPerCaseManager)
            .WithBands(b => b.Band(10, BandRange.From(30).To(50)).Band(8, BandRange.From(55).To(60))).WithProvenance(Provenance.FromAssumption("test"))));
        Assert.Equal(RubricProblemKind.BandGap, problem.Kind);
        Assert.Equal("C1: values in [50, 55) fall in no band (add a band or an otherwise band)", problem.ToString());
    }

    [Fact]
    public void Build_TouchingExclusiveBounds_IsAGapOfOnePoint()
    {
        var problem = Single(OneIndicator(i => i.Reads(Measure.CasesPerCaseManager)
            .WithBands(b => b.Band(10, BandRange.From(30).To(50)).Band(8, BandRange.Above(50).To(60))).WithProvenance(Provenance.FromAssumption("test"))));
        Assert.Equal("C1: values in [50, 50] fall in no band (add a band or an otherwise band)", problem.ToString());
    }

    [Fact]
    public void Build_Overlap_IsReported()
    {
        var problem = Single(OneIndicator(i => i.Reads(Measure.CasesPerCaseManager)
            .WithBands(b => b.Band(10, BandRange.From(30).To(50)).Band(8, BandRange.From(25).To(35)).Otherwise(0)).WithProvenance(Provenance.FromAssumption("test"))));
        Assert.Equal(RubricProblemKind.BandOverlap, problem.Kind);
        Assert.Equal("C1: [30, 50) (10 points) and [25, 35) (8 points) overlap on [30, 35)", problem.ToString());
    }

    [Fact]
    public void Build_InclusiveEdgesTouching_Overlap()
    {
        var problem = Single(OneIndicator(i => i.Reads(Measure.CasesPerCaseManager)
            .WithBands(b => b.Band(10, BandRange.From(30).Through(50)).Band(8, BandRange.From(50).To(60)).Otherwise(0)).WithProvenance(Provenance.FromAssumption("test"))));
        Assert.Equal("C1: [30, 50] (10 points) and [50, 60) (8 points) overlap on [50, 50]", problem.ToString());
    }

    [Fact]
    public void Build_BoundsInWrongOrder_IsReported()
    {
        var problem = Single(OneIndicator(i => i.Reads(Measure.CasesPerCaseManager)
            .WithBands(b => b.Band(10, BandRange.From(50).To(30)).Otherwise(0)).WithProvenance(Provenance.FromAssumption("test"))));
        Assert.Equal(RubricProblemKind.BoundsOutOfOrder, problem.Kind);
        Assert.Equal("C1: band 10: range [50, 30): lower bound 50 is not below upper bound 30", problem.ToString());
    }

    [Fact]
    public void Build_NaNBound_IsReported()
    {
        var problem = Single(OneIndicator(i => i.Reads(Measure.CasesPerCaseManager)
            .WithBands(b => b.Band(10, BandRange.From(double.NaN).To(30)).Otherwise(0)).WithProvenance(Provenance.FromAssumption("test"))));
        Assert.Equal(RubricProblemKind.NaNBound, problem.Kind);
        Assert.Equal("C1: band 10: range [NaN, 30) has a NaN bound", problem.ToString());
    }

    [Fact]
    public void Build_PointsAboveMaximum_IsReported()
    {
        var problem = Single(OneIndicator(i => i.Reads(Measure.CasesPerCaseManager)
            .WithBands(b => b.Band(12, BandRange.Any)).WithProvenance(Provenance.FromAssumption("test")), maximum: 10));
        Assert.Equal(RubricProblemKind.PointsAboveMaximum, problem.Kind);
        Assert.Equal("C1: band 12 gives 12 points, above the indicator's maximum of 10", problem.ToString());
    }

    [Fact]
    public void Build_DuplicateCode_IsReported()
    {
        var builder = OneIndicator(i => i.Reads(Measure.CasesPerCaseManager).WithBands(b => b.Band(10, BandRange.Any)).WithProvenance(Provenance.FromAssumption("test")))
            .Area("C", a => a.AddIndicator("C1", "again", "again", 0, i => i.Reads(Measure.CasesManaged).WithBands(b => b.Band(0, BandRange.Any)).WithProvenance(Provenance.FromAssumption("test"))));
        Assert.Equal("C1: indicator code is used 2 times", Single(builder).ToString());
    }

    [Fact]
    public void Build_MeasureTheDatasetDoesNotHave_IsReported()
    {
        var builder = OneIndicator(i => i.Reads(MeasureExpression.Ratio(MeasureExpression.Field(Measure.ServiceLinkages), MeasureExpression.Field(Measure.CasesManaged)))
                .WithBands(b => b.Band(10, BandRange.Any)).WithProvenance(Provenance.FromAssumption("test")))
            .WithAvailableMeasures([Measure.ServiceLinkages]);
        Assert.Equal("C1: reads 'CasesManaged', which the dataset does not have", Single(builder).ToString());
    }

    [Fact]
    public void Build_AreaSubtotalNotAddingUp_IsReported()
    {
        var builder = OneIndicator(i => i.Reads(Measure.CasesPerCaseManager).WithBands(b => b.Band(10, BandRange.Any)).WithProvenance(Provenance.FromAssumption("test")))
            .Area("C", a => a.WithDeclaredPoints(31));
        Assert.Equal("C: indicators add up to 10 points, but the area declares 31", Single(builder).ToString());
    }

    [Fact]
    public void Build_RubricTotalNotAddingUp_IsReported()
    {
        var builder = OneIndicator(i => i.Reads(Measure.CasesPerCaseManager).WithBands(b => b.Band(10, BandRange.Any)).WithProvenance(Provenance.FromAssumption("test"))).WithDeclaredTotal(100);
        Assert.Equal("rubric: indicators add up to 10 points, but the rubric declares 100", Single(builder).ToString());
    }

    [Fact]
    public void Build_GroupOfNoUnit_BuildsAndWarnsWhenScored()
    {
        // Groups are open (a unit's kind, region or named groups): a group no unit belongs to is a warning on the result.
        var rubric = OneIndicator(i => i.Reads(Measure.CasesPerCaseManager).WithBands(b => b.Band(10, BandRange.Any)).WithProvenance(Provenance.FromAssumption("test"))
            .ForGroup("Rural", g => g.WithBands(b => b.Band(5, BandRange.Any)).WithProvenance(Provenance.FromAssumption("test")))).Build();
        var warning = Assert.Single(rubric.Score(Evaluation2016.Measurements).Warnings, w => w.Kind == ScoringWarningKind.EmptyGroup);
        Assert.Equal("C1: group 'Rural' has no member among the 31 units; its override applies to nobody", warning.Message);
    }

    [Fact]
    public void Build_EveryProblemAtOnce_OneLineEach()
    {
        var builder = Rubric.Create("broken")
            .WithDeclaredTotal(20)
            .AddArea("C", "통합사례관리", "Case management", a => a
                .AddIndicator("C1", "실적", "Caseload", 10, i => i.Reads(Measure.CasesPerCaseManager)
                    .WithBands(b => b.Band(12, BandRange.From(30).To(50)).Band(8, BandRange.From(60).To(70))).WithProvenance(Provenance.FromAssumption("test")))
                .AddIndicator("C1", "중복", "Duplicate", 5, i => i.Reads(Measure.CasesManaged).WithBands(b => b.Band(5, BandRange.Any)).WithProvenance(Provenance.FromAssumption("test"))));
        var ex = Assert.Throws<RubricValidationException>(() => builder.Build());
        Assert.Equal(
            """
            Rubric 'broken' is not valid: 4 problem(s).
              C1: band 12 gives 12 points, above the indicator's maximum of 10
              C1: values in [50, 60) fall in no band (add a band or an otherwise band)
              C1: indicator code is used 2 times
              rubric: indicators add up to 15 points, but the rubric declares 20
            """.ReplaceLineEndings("\n"),
            ex.Message);
    }

    [Fact]
    public void Build_AcceptedKinds_BecomeWarningsOnTheRubric()
    {
        var rubric = OneIndicator(i => i.Reads(Measure.CasesPerCaseManager).WithBands(b => b.Band(10, BandRange.Any)).WithProvenance(Provenance.FromAssumption("test")))
            .WithDeclaredTotal(100)
            .AcceptAsWarnings(RubricProblemKind.RubricTotalMismatch)
            .Build();
        Assert.Equal("rubric: indicators add up to 10 points, but the rubric declares 100", Assert.Single(rubric.Warnings).ToString());
    }

    [Fact]
    public void Published2016_WarnsAboutItsOwnInconsistencies()
    {
        var warnings = Rubrics2016.AsPublished.Warnings;
        Assert.Contains(warnings, w => w.ToString() == "rubric: indicators add up to 102 points, but the rubric declares 100");
        Assert.Equal(17, warnings.Count(w => w.Kind == RubricProblemKind.UnspecifiedScale));
        Assert.Equal(10m, Rubrics2016.AsPublished.MaximumPoints);
    }

    [Fact]
    public void Reference2016_HasNoWarningsAndAMaximumOf82()
    {
        Assert.Empty(Rubrics2016.Reference.Warnings);
        Assert.Equal(82m, Rubrics2016.Reference.MaximumPoints);
        Assert.Equal([26m, 30m, 26m, 0m], Rubrics2016.Reference.Areas.Select(a => a.MaximumPoints));
        Assert.All(Rubrics2016.Reference.Indicators.Where(i => i.IsScored && i.Code != "C1"), i => Assert.True(i.Scale.Provenance!.IsAssumption, i.Code));
    }

    [Fact]
    public void ToBuilder_StartsAVariantWithoutChangingTheOriginal()
    {
        var original = Rubrics2016.Reference;
        var variant = original.ToBuilder().WithName("no B4").RemoveIndicator("B4").Build();
        Assert.Equal(79m, variant.MaximumPoints);
        Assert.Equal(82m, original.MaximumPoints);
        Assert.Contains(original.Indicators, i => i.Code == "B4");
    }

    private static readonly Provenance _test = Provenance.FromAssumption("test");

    [Fact]
    public void Build_ScaleWithoutProvenance_IsReported()
    {
        var problem = Single(OneIndicator(i => i.Reads(Measure.CasesPerCaseManager).WithBands(b => b.Band(10, BandRange.Any))));
        Assert.Equal(RubricProblemKind.MissingProvenance, problem.Kind);
        Assert.Equal("C1: the scale has no provenance (give WithProvenance a table and page, a page, or an assumption with its reason)", problem.ToString());
    }

    [Fact]
    public void Build_GroupScaleWithoutProvenance_IsReported()
    {
        var problem = Single(OneIndicator(i => i.Reads(Measure.CasesPerCaseManager).WithBands(b => b.Band(10, BandRange.Any)).WithProvenance(_test)
            .ForGroup("County", g => g.Proportional(0, 50))));
        Assert.Equal("C1 [County]: the scale has no provenance (give WithProvenance a table and page, a page, or an assumption with its reason)", problem.ToString());
    }

    [Fact]
    public void Build_AcceptedMissingProvenance_KeepsNoProvenanceAndRoundTrips()
    {
        var rubric = OneIndicator(i => i.Reads(Measure.CasesPerCaseManager).Proportional(0, 50))
            .AcceptAsWarnings(RubricProblemKind.MissingProvenance)
            .Build();
        Assert.Null(rubric.Indicator("C1").Scale.Provenance);
        var json = RubricJson.Serialize(rubric);
        Assert.Contains("\"provenance\": null", json, StringComparison.Ordinal);
        Assert.Equal(json, RubricJson.Serialize(RubricJson.Deserialize(json)));
    }

    [Fact]
    public void Build_NoBandReachesTheMaximum_BuildsWithAWarning()
    {
        var rubric = OneIndicator(i => i.Reads(Measure.CasesPerCaseManager).WithBands(b => b.Band(3, BandRange.AtLeast(30)).Otherwise(1)).WithProvenance(_test)).Build();
        var warning = Assert.Single(rubric.Warnings);
        Assert.Equal(RubricProblemKind.MaximumUnreachable, warning.Kind);
        Assert.Equal("C1: no band reaches the maximum of 10 points: the best gives 3", warning.ToString());
        Assert.Contains("\"acceptedWarnings\": []", RubricJson.Serialize(rubric), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_NoCountOfCriteriaReachesTheMaximum_BuildsWithAWarning()
    {
        var rubric = OneIndicator(i => i.WithChecklist(c => c
            .Criterion("one", MeasureExpression.Field(Measure.CasesPerCaseManager), BandRange.AtLeast(30))
            .PointsByCriteriaMet(0, 4)).WithProvenance(_test)).Build();
        Assert.Equal("C1: no count of criteria met reaches the maximum of 10 points: the best gives 4", Assert.Single(rubric.Warnings).ToString());
    }

    [Fact]
    public void Build_NoPopulationBandReachesTheGroupMaximum_BuildsWithAWarning()
    {
        var rubric = OneIndicator(i => i.Reads(Measure.CasesPerCaseManager).Proportional(0, 50).WithProvenance(_test)
            .ForGroup("County", g => g.WithMaximumPoints(8).WithPopulationBands(p => p.Band(6, CutoffRange.AtLeast(Cutoff.MeanTimes(1))).Otherwise(2)).WithProvenance(_test))).Build();
        Assert.Equal("C1 [County]: no band reaches the maximum of 8 points: the best gives 6", Assert.Single(rubric.Warnings).ToString());
    }

    [Fact]
    public void Category_WithoutLabel_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => OneIndicator(i => i.Reads(Measure.CaseConferencesPerCase)
            .WithCategories(c => c.Category(" ", 10, BandRange.Any))));
        Assert.Equal("A category needs its label, as printed (for example '① 1회 미만'). (Parameter 'label')", ex.Message);
    }

    [Fact]
    public void Build_PopulationBandWithCutoffsInWrongOrder_IsReported()
    {
        var problem = Single(OneIndicator(i => i.Reads(Measure.CasesPerCaseManager)
            .WithPopulationBands(p => p.Band(10, CutoffRange.From(Cutoff.Percentile(75)).To(Cutoff.Percentile(25))).Otherwise(0)).WithProvenance(_test)));
        Assert.Equal(RubricProblemKind.BoundsOutOfOrder, problem.Kind);
        Assert.Equal("C1: band 10: range [P75, P25): lower cut-off P75 is not below upper cut-off P25", problem.ToString());
    }

    [Fact]
    public void CutoffRange_SpeaksTheVocabularyOfBandRange()
    {
        var p25 = Cutoff.Percentile(25);
        var p75 = Cutoff.Percentile(75);
        Assert.Equal("[P25, P75]", CutoffRange.From(p25).Through(p75).ToString());
        Assert.Equal("(P25, P75)", CutoffRange.Above(p25).To(p75).ToString());
        Assert.Equal("[P75, ∞)", CutoffRange.AtLeast(p75).ToString());
        Assert.Equal("(-∞, 0.5×mean)", CutoffRange.Below(Cutoff.MeanTimes(0.5m)).ToString());
        Assert.Equal("(-∞, mean+1SD]", CutoffRange.AtMost(Cutoff.MeanPlusStandardDeviations(1)).ToString());
        Assert.Equal(CutoffRange.From(p25).Through(p75), new PopulationBand(10, p25, true, p75, true).Range);
    }

    [Fact]
    public void ProvenanceStep_OfAReplacedScale_Throws()
    {
        IScaleProvenance<IndicatorBuilder>? first = null;
        var ex = Assert.Throws<InvalidOperationException>(() => OneIndicator(i =>
        {
            first = i.Reads(Measure.CasesPerCaseManager).Proportional(0, 50);
            i.WithBands(b => b.Band(10, BandRange.Any));
            first.WithProvenance(_test);
        }));
        Assert.Equal("This provenance step belongs to a scale that has since been replaced; give the provenance on the step the new scale returned.", ex.Message);
    }
}
