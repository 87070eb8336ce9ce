using Snapshooter;
using Snapshooter.Xunit;
using MuhanRubric.Analysis;
using MuhanRubric.Editions.Y2016;
using MuhanRubric.Measurements;
using MuhanRubric.Measures;
using MuhanRubric.Rubrics;
using MuhanRubric.Scoring;
using MuhanRubric.Statistics;
using MuhanRubric.Units;

namespace MuhanRubric.Tests.Variants;

public class ProposalsTests
{
    private static readonly MeasurementTable _dataset = Evaluation2016.Measurements;

    public static TheoryData<string> Proposals() => [.. Proposals2016.All().Select(p => p.Name)];

    private static Rubric Proposal(string name) => Proposals2016.All().Single(p => p.Name == name);

    [Theory]
    [MemberData(nameof(Proposals))]
    public void Proposal_DiffAndComparisonWithReference_MatchSnapshot(string name)
    {
        var proposal = Proposal(name);
        var text = RubricComparison.Compare(_dataset, Rubrics2016.Reference, proposal).ToReport();
        var slug = new string([.. name.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')]);
        Snapshot.Match(text, SnapshotNameExtension.Create(slug));
    }

    [Theory]
    [MemberData(nameof(Proposals))]
    public void Proposal_NamesItsPage(string name)
    {
        Assert.Matches(@"^proposal p\.12[3-5]: ", name);
        var changes = RubricDiff.Compare(Rubrics2016.Reference, Proposal(name));
        Assert.Contains(changes, c => c.Description.Contains("p.12", StringComparison.Ordinal) || c.Kind == RubricChangeKind.IndicatorRemoved);
    }

    [Fact]
    public void WithoutTrainingIndicators_DropsB4AndB10()
    {
        var variant = Proposals2016.WithoutTrainingIndicators();
        Assert.Equal(["rubric: name '2016 reference rubric' → 'proposal p.123: training indicators removed'", "B4 removed", "B10 removed"],
            RubricDiff.Compare(Rubrics2016.Reference, variant).Select(c => c.Description));
        Assert.Equal(77m, variant.MaximumPoints);
        Assert.Equal(82m, Proposals2016.WithoutTrainingIndicators(redistribution: PointsRedistribution.ProportionalWithinArea).MaximumPoints);
    }

    [Fact]
    public void CaseloadOptimum20To40_ScoresTheNewOptimum()
    {
        var card = Proposals2016.CaseloadOptimum20To40().Score(_dataset)[Municipality.Seongnam]; // 23 households per case manager.
        Assert.Equal(10m, card["C1"].Points);
        Assert.Equal(6m, Rubrics2016.Reference.Score(_dataset)[Municipality.Seongnam]["C1"].Points);
    }

    [Fact]
    public void ServiceLinkagePercentileStandard_FreezesP25AndP75AsTheReportQuotes()
    {
        // p.125: "백분위 25%=3.6, 50%=5.6, 75%=10.1"; SPSS's definition on the printed values gives 3.6 and 10.0.
        var result = Proposals2016.ServiceLinkagePercentileStandard().Score(_dataset);
        var frozen = result.FrozenScales.Single(f => f.IndicatorCode == "C3");
        Assert.Equal([3.6m, 10.0m], frozen.Cutoffs.Select(c => c.Value));
        Assert.Equal(6m, result[Municipality.Seongnam]["C3"].Points);  // 6.6: inside.
        Assert.Equal(3m, result[Municipality.Suwon]["C3"].Points);     // 21.1: above P75.
    }

    [Fact]
    public void ServiceLinkageMeanSdStandard_UsesMeanPlusMinusK()
    {
        var result = Proposals2016.ServiceLinkageMeanSdStandard(k: 1).Score(_dataset);
        var cutoffs = result.FrozenScales.Single(f => f.IndicatorCode == "C3").Cutoffs.Select(c => c.Value).ToList();
        var description = _dataset.Series(Measure.ServiceLinkagesPerCase).Describe();
        Assert.Equal(Math.Round((decimal)(description.Mean!.Value - description.StandardDeviation!.Value), 6), cutoffs[0]);
        Assert.Equal(Math.Round((decimal)(description.Mean!.Value + description.StandardDeviation!.Value), 6), cutoffs[1]);
    }

    [Fact]
    public void HigherPublicExpertisePoints_DoublesB1AndB2ByDefault()
    {
        var variant = Proposals2016.HigherPublicExpertisePoints();
        Assert.Equal((4m, 4m, 86m), (variant.Indicator("B1").MaximumPoints, variant.Indicator("B2").MaximumPoints, variant.MaximumPoints));
    }

    [Fact]
    public void RegionalDifferentialScoring_OverridesOnlyTheGroup()
    {
        var result = Proposals2016.RegionalDifferentialScoring().Score(_dataset);
        // Counties' C1 bands move down by 10: 양평군 19.1 → [15, 20) 8 points (4 as published); 가평군 22.8 → [20, 40) 10 (6).
        Assert.Equal(("County", 8m), (result[Municipality.Yangpyeong]["C1"].Group, result[Municipality.Yangpyeong]["C1"].Points));
        Assert.Equal(("County", 10m), (result[Municipality.Gapyeong]["C1"].Group, result[Municipality.Gapyeong]["C1"].Points));
        Assert.Null(result[Municipality.Suwon]["C1"].Group);
    }

    [Fact]
    public void TreatmentGapIndicator_AddsB11()
    {
        var variant = Proposals2016.TreatmentGapIndicator();
        Assert.Equal(85m, variant.MaximumPoints);
        var card = variant.Score(_dataset)[Municipality.Suwon];
        Assert.Equal(IndicatorStatus.Scored, card["B11"].Status);
    }
}
