using System.Globalization;
using System.Text.Json.Nodes;
using MuhanRubric.Editions.Y2016;
using MuhanRubric.Measurements;
using MuhanRubric.Measures;
using MuhanRubric.Rubrics;
using MuhanRubric.Scoring;
using MuhanRubric.Statistics;
using MuhanRubric.Units;
using MuhanRubric.Tests.Data;
using MuhanRubric.Tests.Properties;

namespace MuhanRubric.Tests.Scoring;

public class ScoringTests
{
    /// <summary>The 2016 dataset with the first municipalities' values of one measure replaced (null = blank).</summary>
    private static MeasurementTable With(Measure measure, params decimal?[] values)
    {
        var json = DatasetFiles.Embedded2016();
        for (var i = 0; i < values.Length; i++)
        {
            DatasetFiles.Cells(json, i)[measure.Id] = values[i] is { } v
                ? JsonNode.Parse(string.Create(CultureInfo.InvariantCulture, $$"""{ "value": {{v}}, "printed": "{{v}}" }"""))
                : null;
        }

        return DatasetFiles.Load(json).Measurements;
    }

    private static decimal[] Points(ScoringResult result, string code, int count) =>
        [.. result.Cards.Take(count).Select(c => c[code].Points)];

    [Fact]
    public void C1PublishedBands_EveryEdge()
    {
        // 표 Ⅱ-4 p.32: [30, 50) 10; [25, 30) ∪ [50, 55) 8; [20, 25) ∪ [55, 60) 6; [15, 20) ∪ [60, 65) 4; < 15 ∪ ≥ 65 2.
        decimal?[] values = [14.9m, 15, 19.9m, 20, 24.9m, 25, 29.9m, 30, 49.9m, 50, 54.9m, 55, 59.9m, 60, 64.9m, 65];
        var result = Rubrics2016.AsPublished.Score(With(Measure.CasesPerCaseManager, values));
        Assert.Equal([2m, 4, 4, 6, 6, 8, 8, 10, 10, 8, 8, 6, 6, 4, 4, 2], Points(result, "C1", values.Length));
    }

    [Fact]
    public void ExclusiveLowerAndInclusiveUpperBounds_AreHonoured()
    {
        var rubric = Rubric.Create("edges").AddArea("C", "c", "c", a => a.AddIndicator("C1", "c", "c", 10, i => i
            .Reads(Measure.CasesPerCaseManager)
            .WithBands(b => b.Band(10, BandRange.Above(30).Through(50)).Band(5, BandRange.AtMost(30), BandRange.Above(50))).WithProvenance(Provenance.FromAssumption("test")))).Build();
        var result = rubric.Score(With(Measure.CasesPerCaseManager, 30, 30.01m, 50, 50.01m));
        Assert.Equal([5m, 10, 10, 5], Points(result, "C1", 4));
    }

    [Fact]
    public void C2Categories_EveryEdge()
    {
        var result = Rubrics2016.Reference.Score(With(Measure.CaseConferencesPerCase, 0.99m, 1, 1.49m, 1.5m, 1.99m, 2, 3.6m));
        Assert.Equal([2.5m, 5, 5, 7.5m, 7.5m, 10, 10], Points(result, "C2", 7));
        Assert.Equal("④ 2회 이상", result.Cards[5]["C2"].Hit);
    }

    [Fact]
    public void Proportional_IsLinearAndClamped()
    {
        // A2: 1 → 0, 5 → 20 points.
        var result = Rubrics2016.Reference.Score(With(Measure.CooperationSatisfaction, 0.5m, 1, 3, 3.5m, 5, 6));
        Assert.Equal([0m, 0, 10, 12.5m, 20, 20], Points(result, "A2", 6));
    }

    [Fact]
    public void Proportional_RoundsHalfAwayFromZeroToTheRubricDecimals()
    {
        // B3: 0 % → 2 points, 100 % → 0: 44.4 % → 1.112 → 1.11; 33.3 % → 1.334 → 1.33; 66.75 % → 0.665 → 0.67.
        var result = Rubrics2016.Reference.Score(With(Measure.OfficialTransferRate, 44.4m, 33.3m, 66.75m, 200));
        Assert.Equal([1.11m, 1.33m, 0.67m, 0m], Points(result, "B3", 4));
    }

    [Fact]
    public void Proportional_MaximumFinerThanTheRubricDecimals_NeverScoresAboveIt()
    {
        // 2.5 points rounded to whole points: a full share (2.5) would round to 3, above the maximum; it stays 2.5. Below,
        // points round as usual (1.25 → 1, 2.25 → 2, 2.45 → 2).
        var rubric = Rubric.Create("whole points").WithPointsDecimals(0)
            .AddArea("B", "가", "B", a => a.AddIndicator("B3", "이직", "Transfers", 2.5m, i => i
                .Reads(Measure.OfficialTransferRate).Proportional(0, 100).WithProvenance(Provenance.FromAssumption("test"))))
            .Build();
        var result = rubric.Score(With(Measure.OfficialTransferRate, 100, 150, 50, 90, 98));
        Assert.Equal([2.5m, 2.5m, 1m, 2m, 2m], Points(result, "B3", 5));
        Assert.All(result.Cards, c => Assert.True(c["B3"].Points <= c["B3"].MaximumPoints));
    }

    [Fact]
    public void Proportional_MaximumJustBelowAHalf_NeverScoresAboveIt()
    {
        // 2.4999…9 (28 decimals) rounds down to 2. A full share is the maximum itself (not 2.4999…9 × 5 ÷ 5, which
        // rounds in decimal's last digit to 2.5 and would round to 3), so it scores 2 like any other points.
        const decimal maximum = 2.4999999999999999999999999999m;
        var rubric = Rubric.Create("whole points").WithPointsDecimals(0)
            .AddArea("A", "가", "A", a => a.AddIndicator("X1", "값", "Value", maximum, i => i.Reads(Generated.X).Proportional(0, 5).WithProvenance(Generated.Assumed)))
            .Build();
        var result = rubric.Score(Generated.Table([5m, 4m]));
        Assert.Equal([2m, 2m], result.Cards.Select(c => c["X1"].Points));
        Assert.All(result.Cards, c => Assert.True(c["X1"].Points <= c["X1"].MaximumPoints));
    }

    [Fact]
    public void Checklist_PointsByCriteriaMet()
    {
        var json = DatasetFiles.Embedded2016();
        (int Index, int[] Flags)[] heads = [(0, [0, 0, 0]), (1, [1, 0, 0]), (2, [1, 1, 0]), (3, [1, 1, 1])];
        foreach (var (index, flags) in heads)
        {
            var cells = DatasetFiles.Cells(json, index);
            cells["CenterHeadExperienced"] = JsonNode.Parse($$"""{ "value": {{flags[0]}}, "printed": "{{flags[0]}}" }""");
            cells["CenterHeadCertified"] = JsonNode.Parse($$"""{ "value": {{flags[1]}}, "printed": "{{flags[1]}}" }""");
            cells["CenterHeadTrained"] = JsonNode.Parse($$"""{ "value": {{flags[2]}}, "printed": "{{flags[2]}}" }""");
        }

        var result = Rubrics2016.Reference.Score(DatasetFiles.Load(json).Measurements);
        Assert.Equal([0m, 0.67m, 1.33m, 2m], Points(result, "B1", 4));
        Assert.Equal("B1 Expertise of the center head: 1 of 3 criteria hold (사회복지업무 3년 이상 경험자) → 0.67 of 2 points; meeting '담당 분야 자격증 소지자' too gives 1.33 points", result.Cards[1]["B1"].Explanation);
    }

    [Fact]
    public void PopulationBands_CutoffsAreFrozenAndEdgesInclusiveBelow()
    {
        var result = Rubrics2016.Reference.Score(Evaluation2016.Measurements);
        var frozen = result.FrozenScales.Single(f => f.IndicatorCode == "B4");
        var p25 = frozen.Cutoffs.Single(c => c.Cutoff == Cutoff.Percentile(25)).Value;
        var p75 = frozen.Cutoffs.Single(c => c.Cutoff == Cutoff.Percentile(75)).Value;
        var population = Evaluation2016.Measurements.Series(Measure.OfficialTrainingHoursPerCapita).Describe();
        Assert.Equal((decimal)population.LowerQuartile!.Value, p25);
        Assert.Equal((decimal)population.UpperQuartile!.Value, p75);
        foreach (var card in result.Cards)
        {
            var value = card["B4"].RawValue!.Value;
            var expected = value >= p75 ? 3m : value >= p25 ? 2m : value > 0 ? 1m : 0m;
            Assert.Equal(expected, card["B4"].Points);
        }
    }

    [Fact]
    public void FrozenCutoffs_ReusedOnOtherData_TellDataChangeFromRuleChange()
    {
        var first = Rubrics2016.Reference.Compile().Score(Evaluation2016.Measurements);
        var other = With(Measure.OfficialTrainingHoursPerCapita, 100, 100, 100, 100, 100, 100, 100, 100);
        var recomputed = Rubrics2016.Reference.Compile().Score(other);
        var reused = Rubrics2016.Reference.Compile().Score(other, first.FrozenScales);
        var b4 = (ScoringResult r) => r.FrozenScales.Single(f => f.IndicatorCode == "B4");
        Assert.Equal(CutoffChange.DataChanged, FrozenScale.Compare(b4(first), b4(recomputed)));
        Assert.Equal(CutoffChange.None, FrozenScale.Compare(b4(first), b4(reused)));
        var variant = Rubrics2016.Reference.ToBuilder().Indicator("B4", i => i.WithPopulationBands(p => p.Band(3, CutoffRange.From(Cutoff.Percentile(50))).Otherwise(1)).WithProvenance(Provenance.FromAssumption("test"))).Build();
        Assert.Equal(CutoffChange.RuleChanged, FrozenScale.Compare(b4(first), b4(variant.Score(Evaluation2016.Measurements))));
    }

    [Fact]
    public void GroupOverride_AppliesOtherBandsToItsMembers()
    {
        var rubric = Rubrics2016.AsPublished.ToBuilder()
            .Indicator("C1", i => i.ForGroup("County", g => g.WithBands(b => b.Band(10, BandRange.From(20).To(50)).Otherwise(2)).WithProvenance(Provenance.FromAssumption("test"))))
            .Build();
        var result = rubric.Score(Evaluation2016.Measurements);
        var yangpyeong = result[Municipality.Yangpyeong]["C1"]; // 19.1: county band [20, 50) missed → otherwise 2.
        var gapyeong = result[Municipality.Gapyeong]["C1"];     // 22.8: 6 points as published, 10 for counties.
        Assert.Equal(("County", 2m), (yangpyeong.Group, yangpyeong.Points));
        Assert.Equal(("County", 10m), (gapyeong.Group, gapyeong.Points));
        Assert.Null(result[Municipality.Bucheon]["C1"].Group);
    }

    [Fact]
    public void MissingValue_ExcludeAndRescale_LowersTheMaximum()
    {
        // 과천시's private training hours are blank (표 Ⅳ-36 p.93): B10 is missing, B5 and B8 do not apply.
        var card = Rubrics2016.Reference.Score(Evaluation2016.Measurements)[Municipality.Gwacheon];
        Assert.Equal(IndicatorStatus.Missing, card["B10"].Status);
        Assert.Equal(IndicatorStatus.NotApplicable, card["B5"].Status);
        Assert.Equal(IndicatorStatus.NotApplicable, card["B8"].Status);
        Assert.Equal(75m, card.MaximumPoints);
        Assert.Equal(Math.Round(card.Total * 82m / 75m, 2, MidpointRounding.AwayFromZero), card.NormalizedTotal);
        Assert.Equal("B10 Training participation (case managers): value missing (blank); excluded, the maximum drops by 2 points (policy ExcludeAndRescale)", card["B10"].Explanation);
    }

    [Fact]
    public void MissingValue_ScoreZero_KeepsTheMaximum()
    {
        var rubric = Rubrics2016.Reference.ToBuilder().WithMissingData(MissingDataPolicy.ScoreZero).Build();
        var card = rubric.Score(Evaluation2016.Measurements)[Municipality.Gwacheon];
        Assert.Equal((IndicatorStatus.Missing, 0m, 2m), (card["B10"].Status, card["B10"].Points, card["B10"].MaximumPoints));
        Assert.Equal(77m, card.MaximumPoints);
    }

    [Fact]
    public void MissingValue_Fail_Throws()
    {
        var rubric = Rubrics2016.Reference.ToBuilder().Indicator("B10", i => i.WithMissingData(MissingDataPolicy.Fail)).Build();
        var ex = Assert.Throws<ScoringException>(() => rubric.Score(Evaluation2016.Measurements));
        Assert.Equal(Municipality.Gwacheon, ex.Municipality);
        Assert.Equal("Gwacheon: B10 reads average(PrivateCaseManagerTrainingHours, IntegratedCaseManagerTrainingHours), whose value is missing (blank), and the policy is Fail.", ex.Message);
    }

    [Theory]
    [InlineData(MissingDataPolicy.Fail)]
    [InlineData(MissingDataPolicy.ScoreZero)]
    public void MissingValues_Fail_TheFirstInReadingOrderIsReported(MissingDataPolicy thirdIndicatorsPolicy)
    {
        // U000 lacks Y (X2), U001 lacks X (X1): reading unit by unit, U000's X2 comes first, whatever the other
        // indicators' policies are.
        var rubric = Rubric.Create("fail").WithMissingData(MissingDataPolicy.Fail).AddArea("A", "가", "A", a => a
            .AddIndicator("X1", "값", "Value", 10, i => i.Reads(Generated.X).Proportional(0, 100).WithProvenance(Generated.Assumed))
            .AddIndicator("X2", "분모", "Denominator", 10, i => i.Reads(Generated.Y).Proportional(0, 100).WithProvenance(Generated.Assumed))
            .AddIndicator("X3", "값 구간", "Value bands", 10, i => i.Reads(Generated.X).WithBands(b => b.Band(10, BandRange.From(1)).Otherwise(0)).WithProvenance(Generated.Assumed).WithMissingData(thirdIndicatorsPolicy)))
            .Build();
        var error = Assert.Throws<ScoringException>(() => rubric.Score(Generated.Table([1m, null], [null, 1m])));
        Assert.Equal(("U000", "X2"), (error.Municipality?.Code, error.IndicatorCode));
        Assert.Equal("U000: X2 reads Y, whose value is missing (blank), and the policy is Fail.", error.Message);
    }

    [Fact]
    public void RatioOverZero_IsNotApplicableNotZero()
    {
        var rubric = Rubric.Create("ratio").AddArea("C", "c", "c", a => a.AddIndicator("C3", "c", "Linkages per conference", 6, i => i
            .Reads(MeasureExpression.Ratio(MeasureExpression.Field(Measure.ServiceLinkages), MeasureExpression.Field(Measure.EupMyeonDongStaffAtOtherMeetings)))
            .Proportional(0, 100).WithProvenance(Provenance.FromAssumption("test")))).Build();
        var result = rubric.Score(Evaluation2016.Measurements);
        Assert.Equal(IndicatorStatus.NotApplicable, result[Municipality.Seongnam]["C3"].Status); // 성남시 printed 0 읍면동 staff.
        Assert.Equal(0m, result[Municipality.Seongnam].MaximumPoints);
        Assert.Equal(IndicatorStatus.Scored, result[Municipality.Suwon]["C3"].Status);
    }

    [Fact]
    public void Explanations_NameValueBandPointsAndDistanceToTheNextBetterBand()
    {
        var c1 = Rubrics2016.Reference.Score(Evaluation2016.Measurements)[Municipality.Suwon]["C1"];
        Assert.Equal("C1 Caseload per case manager: 13.8 is in (-∞, 15) ∪ [65, ∞) → 2 of 10 points; 1.2 more reaches [15, 20) for 4 points", c1.Explanation);
        Assert.Equal("C1 통합사례관리 실적: 13.8은(는) 15 미만 또는 65 이상 → 10점 중 2점; 1.2 높으면 15 이상 20 미만 구간(4점)", c1.KoreanExplanation);
        Assert.Equal(new NextBetterBand(4, Interval.Between(15, 20), 1.2m, true), c1.Next);
    }

    [Fact]
    public void Ranks_CompetitionRankingOnNormalizedTotals()
    {
        var result = Rubrics2016.AsPublished.Score(Evaluation2016.Measurements);
        // Only C1 is scored as published: the 13 municipalities in [30, 50) tie for first; the next rank is 14.
        Assert.Equal(13, result.Cards.Count(c => c.Rank == 1));
        Assert.Equal(14, result.Ranked[13].Rank);
    }

    [Fact]
    public void Totals_AreExactSumsOfIndicatorPoints()
    {
        foreach (var card in Rubrics2016.Reference.Score(Evaluation2016.Measurements).Cards)
        {
            Assert.Equal(card.Indicators.Sum(i => i.Points), card.Total);
            Assert.Equal(card.Areas.Sum(a => a.Points), card.Total);
        }
    }

    /// <summary>One proportional indicator (0 → 0, 100 → 9 points) on a derived measure, scored on the 2016 data.</summary>
    private static ScoringResult ScoreShares(MeasureExpression expression) =>
        Rubric.Create("shares").AddArea("B", "b", "b", a => a.AddIndicator("B7", "b", "b", 9, i => i
            .Reads(expression).Proportional(0, 100).WithProvenance(Provenance.FromAssumption("test")))).Build().Score(Evaluation2016.Measurements);

    [Fact]
    public void Proportional_MeanOfShares_RoundsTheExactValue()
    {
        // 표 Ⅳ-46 p.113, 연천군: private 25.0 %, 50.0 %, 50.0 %; integrated 0, 0, 0. The mean is 125 ÷ 6 %, and
        // 9 × 125 ÷ 600 = 1.875 exactly, which rounds half away from zero to 1.88 (dividing first gave 1.8749… → 1.87).
        Measure[] shares = [Measure.PrivateCaseManagersRegular, Measure.PrivateCaseManagersCareerRecognised, Measure.PrivateCaseManagersPayStepRaise,
            Measure.IntegratedCaseManagersRegular, Measure.IntegratedCaseManagersCareerRecognised, Measure.IntegratedCaseManagersPayStepRaise];
        var card = ScoreShares(MeasureExpression.Average([.. shares.Select(m => MeasureExpression.Field(m, ValuePart.Percent))]))[Municipality.Yeoncheon];
        Assert.Equal(1.88m, card["B7"].Points);
    }

    [Fact]
    public void Minimum_CapsAShare()
    {
        // 표 Ⅳ-20 p.61 prints 안산시's integrated case managers in regular employment as 11(110.0%): capped at 100 %.
        var share = MeasureExpression.Field(Measure.IntegratedCaseManagersRegular, ValuePart.Percent);
        var result = ScoreShares(MeasureExpression.Average(MeasureExpression.Minimum(share, MeasureExpression.Constant(100)), MeasureExpression.Constant(80)));
        Assert.Equal(90m, result[Municipality.Ansan]["B7"].RawValue);
        Assert.Equal(8.1m, result[Municipality.Ansan]["B7"].Points);
        Assert.Equal("min(IntegratedCaseManagersRegular%, 100)", MeasureExpression.Minimum(share, MeasureExpression.Constant(100)).ToString());
    }
}
