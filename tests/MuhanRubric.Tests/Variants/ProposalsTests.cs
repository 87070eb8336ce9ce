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
    public void ServiceLinkagePercentileStandard_UsesThePrintedStandardByDefault()
    {
        // p.125: "백분위기준을 활용해 적정수준을 3.6~10.1건". 가평군's 10.1 (표 Ⅳ-45 p.111) is inside: the full 6 points.
        var result = Proposals2016.ServiceLinkagePercentileStandard().Score(_dataset);
        Assert.Equal("6 for [3.6, 10.1]; otherwise 3", result.Rubric.Indicator("C3").Scale.Describe());
        Assert.Equal(6m, result[Municipality.Gapyeong]["C3"].Points);
        Assert.Equal(6m, result[Municipality.Seongnam]["C3"].Points);  // 6.6: inside.
        Assert.Equal(3m, result[Municipality.Suwon]["C3"].Points);     // 21.1: above 10.1.
        Assert.Equal(Provenance.FromPage(125), result.Rubric.Indicator("C3").Scale.Provenance);
    }

    [Fact]
    public void ServiceLinkagePercentileStandard_Recomputed_FreezesTheDatasPercentiles()
    {
        // SPSS's definition on the printed values gives 3.6 and 10.0 where p.125 prints 3.6 and 10.1: 가평군's 10.1 falls
        // outside and gets half the points.
        var result = Proposals2016.ServiceLinkagePercentileStandard(recomputePercentiles: true).Score(_dataset);
        var frozen = result.FrozenScales.Single(f => f.IndicatorCode == "C3");
        Assert.Equal([3.6m, 10.0m], frozen.Cutoffs.Select(c => c.Value));
        Assert.Equal(3m, result[Municipality.Gapyeong]["C3"].Points);
        Assert.Equal(6m, result[Municipality.Seongnam]["C3"].Points);
    }

    [Fact]
    public void ServiceLinkagePercentileStandard_OtherPercentilesWithoutRecomputing_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => Proposals2016.ServiceLinkagePercentileStandard(lowerPercentile: 10, upperPercentile: 90));
        Assert.Equal("The report prints only P25 = 3.6 and P75 = 10.1 (p.125), not P10–P90; pass recomputePercentiles: true to compute them from the data. (Parameter 'recomputePercentiles')", ex.Message);
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
    public void RegionalDifferentialScoring_ScoresC3AgainstEachGroupsOwnMean()
    {
        // p.123 complains of scoring against one mean (평균값을 기준으로) for 수원 and 연천: C3 is the mean-based scale. The
        // counties' mean of service linkages per case (양평 5.3, 가평 10.1, 연천 10; 표 Ⅳ-35, Ⅳ-45, Ⅳ-46) is 8.4667.
        var result = Proposals2016.RegionalDifferentialScoring().Score(_dataset);
        var county = result.FrozenScales.Single(f => f.IndicatorCode == "C3" && f.Group == "County");
        Assert.Equal(8.466667m, county.Cutoffs.Single(c => c.Cutoff == Cutoff.MeanTimes(1)).Value);
        Assert.Equal(("County", 6m), (result[Municipality.Yeoncheon]["C3"].Group, result[Municipality.Yeoncheon]["C3"].Points));
        Assert.Equal("City", result[Municipality.Suwon]["C3"].Group);
        // On the 2016 data no 시군 changes band: in particular 연천 keeps every point (the old C1 variant took 4 off it).
        var reference = Rubrics2016.Reference.Score(_dataset);
        Assert.All(result.Cards, c => Assert.Equal(reference[c.Municipality].Total, c.Total));
        Assert.Equal("proposal p.123: differential scoring by City, County", result.Rubric.Name);
    }

    [Fact]
    public void RegionalDifferentialScoring_BaselineWithoutAMeanBasedC3_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => Proposals2016.RegionalDifferentialScoring(Proposals2016.ServiceLinkagePercentileStandard()));
        Assert.Equal("RegionalDifferentialScoring scores C3 against each group's own statistics; the baseline's C3 is a Bands scale. (Parameter 'baseline')", ex.Message);
    }

    [Fact]
    public void TreatmentGapIndicator_AddsB11()
    {
        var variant = Proposals2016.TreatmentGapIndicator();
        Assert.Equal(85m, variant.MaximumPoints);
        var result = variant.Score(_dataset);
        Assert.Equal(IndicatorStatus.Scored, result[Municipality.Suwon]["B11"].Status);
        // 과천시 has no private case managers (p.42): no gap to measure, so B11 does not apply (it read three zeros).
        Assert.Equal(IndicatorStatus.NotApplicable, result[Municipality.Gwacheon]["B11"].Status);
        // 안산시 (표 Ⅳ-20 p.61): private 80 % ×3, integrated 110 % ×3 capped to 100 %: a gap of −20 → two thirds of 3.
        Assert.Equal(-20m, result[Municipality.Ansan]["B11"].RawValue);
        Assert.Equal(2m, result[Municipality.Ansan]["B11"].Points);
    }
}
