using MuhanRubric.Editions.Y2016;
using MuhanRubric.Measurements;
using MuhanRubric.Measures;
using MuhanRubric.Rubrics;
using MuhanRubric.Scoring;
using MuhanRubric.Units;

namespace MuhanRubric.Tests.Rubrics;

/// <summary>
/// The reference rubric's corrected numbers for the 시군 the checks against the report named (issue 9), each with the
/// printed cells it comes from. Exact: points keep two decimals, rounded half away from zero.
/// </summary>
public class Reference2016Tests
{
    private static readonly ScoringResult _scored = Rubrics2016.Reference.Score(Evaluation2016.Measurements);

    private static decimal Points(Municipality unit, string code) => _scored[unit][code].Points;

    /// <summary>B7 as it read before: the mean of all six shares, each capped at 100 %, 0–100 % → 0–9 points.</summary>
    private static ScoringResult SixShares()
    {
        Measure[] shares =
        [
            Measure.PrivateCaseManagersRegular, Measure.PrivateCaseManagersCareerRecognised, Measure.PrivateCaseManagersPayStepRaise,
            Measure.IntegratedCaseManagersRegular, Measure.IntegratedCaseManagersCareerRecognised, Measure.IntegratedCaseManagersPayStepRaise,
        ];
        return Rubrics2016.Reference.ToBuilder()
            .Indicator("B7", i => i
                .Reads(MeasureExpression.Average([.. shares.Select(m => MeasureExpression.Minimum(MeasureExpression.Field(m, ValuePart.Percent), MeasureExpression.Constant(100)))]))
                .Proportional(0, 100)
                .WithProvenance(Provenance.FromAssumption("the six shares of 표 Ⅳ-9 p.43, for comparison")))
            .Build().Score(Evaluation2016.Measurements);
    }

    [Fact]
    public void B7_ReadsTheIntegratedCaseManagersOnly_AsP31Lists()
    {
        // p.31: ① 통합사례관리사의 정규직 전환 비율 ② … 경력 인정 비율 ③ … 호봉 승급 인정.
        // 표 Ⅳ-36 p.93, 과천시 (no private case managers, p.42): 2(100.0%), 0, 1(50.0%) → mean 50 % → 4.5 of 9 (was 2.25
        // when three private zeros were averaged in).
        Assert.Equal(4.5m, Points(Municipality.Gwacheon, "B7"));
        // 표 Ⅳ-46 p.113, 연천군: integrated 0, 0, 0 → 0 (the private 25.0 %, 50.0 %, 50.0 % are not read).
        Assert.Equal(0m, Points(Municipality.Yeoncheon, "B7"));
        // 표 Ⅳ-16 p.53, 수원시: 19(90.5%), 0, 19(90.5%) → 60.333… % → 5.43.
        Assert.Equal(5.43m, Points(Municipality.Suwon, "B7"));
    }

    [Fact]
    public void B7_CapsEachShareAt100Percent()
    {
        // 표 Ⅳ-20 p.61, 안산시: integrated 11(110.0%) three times (impossible; catalogued) → capped to 100 % → 9 of 9.
        Assert.Equal(9m, Points(Municipality.Ansan, "B7"));
        Assert.Equal(100m, _scored[Municipality.Ansan]["B7"].RawValue);
        // Capped per share, not after averaging: with the private 4(80.0%) ×3 beside them, (3 × 80 + 3 × 100) ÷ 6 = 90 %
        // → 8.10 of 9, not the 95 % → 8.55 an uncapped 110 % gave.
        Assert.Equal(8.1m, SixShares()[Municipality.Ansan]["B7"].Points);
    }

    [Fact]
    public void B7_MeanOfShares_RoundsItsExactValue()
    {
        // The six-share mean of 연천군 (표 Ⅳ-46 p.113) is 125 ÷ 6 %: 9 × 125 ÷ 600 = 1.875 exactly → 1.88.
        Assert.Equal(1.88m, SixShares()[Municipality.Yeoncheon]["B7"].Points);
    }

    [Fact]
    public void B8_IsTheDepartureRatioOverTableII3sHeadcount()
    {
        // p.31: departures ÷ private case managers in 2016; 표 Ⅱ-3 p.18 prints 13 for 포천 and 4 for 오산.
        // 포천 (표 Ⅳ-43 p.107: 4 departures): 4 ÷ 13 → 2 × 9 ÷ 13 = 1.3846… → 1.38.
        Assert.Equal(1.38m, Points(Municipality.Pocheon, "B8"));
        // 오산 (표 Ⅳ-31 p.83: 4 departures): 4 ÷ 4, everyone left → 0. Counted as departures alone, both had 0.4.
        Assert.Equal(0m, Points(Municipality.Osan, "B8"));
        Assert.Equal(4m / 13m, _scored[Municipality.Pocheon]["B8"].RawValue);
        Assert.Equal(IndicatorStatus.NotApplicable, _scored[Municipality.Gwacheon]["B8"].Status);
    }

    [Fact]
    public void B4_NoTrainingAtAll_EarnsNothing()
    {
        // 표 Ⅳ-16 p.53: 수원시's officials had 0 training hours (p.41: some 시군 had none) → 0 of 3, not the 1 of the
        // lowest quartile; 성남시's 3.4 hours (표 Ⅳ-17 p.55) are above 0 and below P25 = 9 → 1.
        Assert.Equal(0m, Points(Municipality.Suwon, "B4"));
        Assert.Equal(1m, Points(Municipality.Seongnam, "B4"));
    }

    [Fact]
    public void Reference_EveryScaleSaysWhereItComesFrom()
    {
        Assert.All(Rubrics2016.Reference.Indicators, i => Assert.NotNull(i.Scale.Provenance));
        Assert.DoesNotContain(Rubrics2016.Reference.Indicators, i => i.Scale.Provenance!.ToString().Contains("p.42, 표 Ⅱ-3", StringComparison.Ordinal)
            || (i.NotApplicable?.Reason.Contains("표 Ⅱ-3", StringComparison.Ordinal) ?? false));
    }
}
