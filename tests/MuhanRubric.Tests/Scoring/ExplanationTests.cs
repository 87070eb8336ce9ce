using MuhanRubric.Measurements;
using MuhanRubric.Measures;
using MuhanRubric.Rubrics;
using MuhanRubric.Scoring;
using MuhanRubric.Tests.Measurements;
using MuhanRubric.Tests.Properties;

namespace MuhanRubric.Tests.Scoring;

/// <summary>
/// The explanation, hit and nearest better band of each kind of cell, in English and Korean: the cases the 2016 cards
/// do not show (a better band below the value, a value outside every band, a blank scored 0, a share that cannot be
/// derived, a ratio over zero, a group's scale, ties between better bands).
/// </summary>
public class ExplanationTests
{
    private static IndicatorScore Score(Rubric rubric, decimal? x, decimal? y = null) =>
        rubric.Score(Generated.Table([x], [y])).Cards[0]["X1"];

    /// <summary>10 for [30, 50); 8 for [50, 55] (inclusive above); 6 for (55, 60); nothing from 60 on.</summary>
    private static Rubric Caseload() => Generated.OneIndicator(10m, i => i.WithBands(b => b
        .Band(10, BandRange.From(30).To(50))
        .Band(8, BandRange.From(50).Through(55))
        .Band(6, BandRange.Above(55).To(60))));

    [Fact]
    public void BetterBandBelow_AnInclusiveEdge_NamesTheDistanceDown()
    {
        var score = Score(Caseload(), 57m);
        Assert.Equal(new NextBetterBand(8m, new(50m, true, 55m, true), 2m, false), score.Next);
        Assert.Equal("X1 Value: 57 is in (55, 60) → 6 of 10 points; 2 less reaches [50, 55] for 8 points", score.Explanation);
        Assert.Equal("X1 값: 57은(는) 55 초과 60 미만 → 10점 중 6점; 2 낮으면 50 이상 55 이하 구간(8점)", score.KoreanExplanation);
    }

    [Fact]
    public void BetterBandBelow_AnExclusiveEdge_NamesTheEdge()
    {
        var score = Score(Caseload(), 52m);
        Assert.Equal(new NextBetterBand(10m, new(30m, true, 50m, false), 2m, false), score.Next);
        Assert.Equal("X1 Value: 52 is in [50, 55] → 8 of 10 points; a value below 50 reaches [30, 50) for 10 points", score.Explanation);
        Assert.Equal("X1 값: 52은(는) 50 이상 55 이하 → 10점 중 8점; 50 미만이면 30 이상 50 미만 구간(10점)", score.KoreanExplanation);
    }

    [Fact]
    public void ValueOutsideEveryBand_ScoresNothing_AndSaysSo()
    {
        var score = Score(Caseload(), 70m);
        Assert.Equal((IndicatorStatus.Scored, 0m, "outside every band"), (score.Status, score.Points, score.Hit));
        Assert.Equal(new NextBetterBand(6m, new(55m, false, 60m, false), 10m, false), score.Next);
        Assert.Equal("X1 Value: 70 is in outside every band → 0 of 10 points; a value below 60 reaches (55, 60) for 6 points", score.Explanation);
        Assert.Equal("X1 값: 70은(는) 어느 구간에도 속하지 않음 → 10점 중 0점; 60 미만이면 55 초과 60 미만 구간(6점)", score.KoreanExplanation);
    }

    [Fact]
    public void ValueInTheOtherwiseBand_IsCalledOtherwise()
    {
        var rubric = Generated.OneIndicator(10m, i => i.WithBands(b => b.Band(10, BandRange.From(30).To(50)).Otherwise(2)));
        var score = Score(rubric, 60m);
        Assert.Equal((2m, "otherwise"), (score.Points, score.Hit));
        Assert.StartsWith("X1 값: 60은(는) 기타 구간 → 10점 중 2점;", score.KoreanExplanation, StringComparison.Ordinal);
    }

    [Fact]
    public void BetterBandsAtTheSameDistance_TheOneThatGivesMoreIsNamed()
    {
        // 40 is 5 from 3 points below and 5 from 7 points above; the 3-point band is written first.
        var rubric = Generated.OneIndicator(10m, i => i.WithBands(b => b
            .Band(3, BandRange.Below(35))
            .Band(7, BandRange.From(45))
            .Band(0, BandRange.From(35).To(45))));
        Assert.Equal(new NextBetterBand(7m, new(45m, true, null, false), 5m, true), Score(rubric, 40m).Next);
    }

    [Fact]
    public void BetterIntervalsOfOneBandAtTheSameDistance_TheFirstWrittenIsNamed()
    {
        // 10 is 5 from both intervals of the 5-point band; ties of distance and points go to the interval written first.
        var rubric = Generated.OneIndicator(10m, i => i.WithBands(b => b
            .Band(5, BandRange.AtMost(5), BandRange.From(15))
            .Band(0, BandRange.Above(5).To(15))));
        Assert.Equal(new NextBetterBand(5m, new(null, false, 5m, true), 5m, false), Score(rubric, 10m).Next);
    }

    [Fact]
    public void BetterBandThatAlreadyHoldsTheValue_IsNotABandToReach()
    {
        // Population bands can overlap (the validator cannot order a percentile against the mean): the first band that
        // holds the value scores it, and a better band that holds it too is not "reached" by moving.
        var rubric = Generated.OneIndicator(10m, i => i.WithPopulationBands(b => b
            .Band(2, CutoffRange.From(Cutoff.Percentile(0)))
            .Band(10, CutoffRange.From(Cutoff.MeanTimes(1)))));
        var cards = rubric.Score(Generated.Table([1m, 2m, 9m])).Cards;
        Assert.Equal((2m, (NextBetterBand?)null), (cards[2]["X1"].Points, cards[2]["X1"].Next));
        Assert.Equal(10m, cards[0]["X1"].Next!.Points);

        // On the better band's inclusive edge (the mean of 1, 3 and 5 is 3), the value is in it too: nothing to reach.
        Assert.Null(rubric.Score(Generated.Table([1m, 3m, 5m])).Cards[1]["X1"].Next);
        var below = Generated.OneIndicator(10m, i => i.WithPopulationBands(b => b
            .Band(2, CutoffRange.From(Cutoff.Percentile(0)))
            .Band(10, CutoffRange.AtMost(Cutoff.MeanTimes(1)))));
        var onUpperEdge = below.Score(Generated.Table([1m, 3m, 5m])).Cards[1]["X1"];
        Assert.Equal((2m, (NextBetterBand?)null), (onUpperEdge.Points, onUpperEdge.Next));
    }

    [Fact]
    public void Proportional_HitIsProportional_AndMissingIsMissing()
    {
        var rubric = Generated.OneIndicator(10m, i => i.Proportional(0, 100));
        Assert.Equal("proportional", Score(rubric, 50m).Hit);
        Assert.Equal("missing", Score(rubric, null).Hit);
        Assert.Null(Score(rubric, 50m).Next);
    }

    [Fact]
    public void MissingScoredZero_KeepsTheMaximum_AndSaysWhichPolicy()
    {
        var rubric = Rubric.Create("zero").WithMissingData(MissingDataPolicy.ScoreZero)
            .AddArea("A", "가", "A", a => a.AddIndicator("X1", "값", "Value", 10, i => i.Reads(Generated.X).Proportional(0, 100).WithProvenance(Generated.Assumed)))
            .Build();
        var score = Score(rubric, null);
        Assert.Equal((IndicatorStatus.Missing, 0m, 10m), (score.Status, score.Points, score.MaximumPoints));
        Assert.Equal("X1 Value: value missing (blank); scored 0 of 10 points (policy ScoreZero)", score.Explanation);
        Assert.Equal("X1 값: 값 없음(공란); 10점 중 0점 (정책: 0점 처리)", score.KoreanExplanation);
    }

    [Fact]
    public void RatioOverZero_IsNotApplicable_AndLeavesTheMaximum()
    {
        var rubric = Generated.OneIndicator(10m, i => i.Proportional(0, 1));
        var ratio = Rubric.Create("ratio")
            .AddArea("A", "가", "A", a => a.AddIndicator("X1", "값", "Value", 10, i => i
                .Reads(MeasureExpression.Ratio(MeasureExpression.Field(Generated.X), MeasureExpression.Field(Generated.Y))).Proportional(0, 1).WithProvenance(Generated.Assumed)))
            .Build();
        var score = Score(ratio, 3m, 0m);
        Assert.Equal((IndicatorStatus.NotApplicable, 0m, 0m, (string?)null), (score.Status, score.Points, score.MaximumPoints, score.Hit));
        Assert.Equal("X1 Value: (X / Y) is not applicable here (a ratio over zero); not counted in the maximum", score.Explanation);
        Assert.Equal("X1 값: (X / Y) 값이 정의되지 않음(0으로 나눔); 만점에서 제외", score.KoreanExplanation);
        Assert.Equal(IndicatorStatus.Scored, Score(rubric, 0.5m).Status);
    }

    [Fact]
    public void Excluded_SaysWhy_InBothLanguages()
    {
        var rubric = Rubric.Create("excluded")
            .AddArea("A", "가", "A", a => a
                .AddIndicator("X1", "값", "Value", 10, i => i.Reads(Generated.X).Proportional(0, 100).WithProvenance(Generated.Assumed).Excluded("no data is published"))
                .AddIndicator("Y1", "분모", "Denominator", 5, i => i.Reads(Generated.Y).Proportional(0, 100).WithProvenance(Generated.Assumed)))
            .Build();
        var score = Score(rubric, 1m, 1m);
        Assert.Equal((IndicatorStatus.Excluded, 0m), (score.Status, score.MaximumPoints));
        Assert.Equal("X1 Value: excluded from the rubric (no data is published); not counted in the maximum", score.Explanation);
        Assert.Equal("X1 값: 평가에서 제외 (no data is published); 만점에서 제외", score.KoreanExplanation);
    }

    [Fact]
    public void UnspecifiedScale_SaysWhatWasPrinted_InBothLanguages()
    {
        var rubric = Rubric.Create("unspecified")
            .AcceptAsWarnings(RubricProblemKind.UnspecifiedScale)
            .AddArea("A", "가", "A", a => a
                .AddIndicator("X1", "값", "Value", 10, i => i.Reads(Generated.X).Unspecified("기준 미제시").WithProvenance(Generated.Assumed))
                .AddIndicator("Y1", "분모", "Denominator", 5, i => i.Reads(Generated.Y).Proportional(0, 100).WithProvenance(Generated.Assumed)))
            .Build();
        var score = Score(rubric, 1m, 1m);
        Assert.Equal((IndicatorStatus.Unspecified, 0m, 0m), (score.Status, score.Points, score.MaximumPoints));
        Assert.Equal("X1 Value: the scale is not specified (기준 미제시); not scored, not counted in the maximum", score.Explanation);
        Assert.Equal("X1 값: 평가척도 미제시로 채점하지 않음; 만점에서 제외", score.KoreanExplanation);
    }

    [Fact]
    public void ShareThatCannotBeDerived_IsMissing_AndSaysWhy()
    {
        // TinyTables.Regular has a share but no denominator: 4 without a printed share is 4 of an unknown whole.
        var rubric = Rubric.Create("share")
            .AddArea("A", "가", "A", a => a.AddIndicator("R1", "정규직", "Regular", 10, i => i.Reads(TinyTables.Regular, ValuePart.Percent).Proportional(0, 100).WithProvenance(Generated.Assumed)))
            .Build();
        var table = TinyTables.Builder(
            (TinyTables.North1, 10, null, 4, null, 3m), (TinyTables.North2, 10, null, 4, null, 3m), (TinyTables.South1, 10, null, 4, null, 3m),
            (TinyTables.South2, 10, null, 4, null, 3m), (TinyTables.South3, 10, null, 4, null, 3m)).Build();
        var score = rubric.Score(table)[TinyTables.South1]["R1"];
        Assert.Equal((IndicatorStatus.Missing, "missing"), (score.Status, score.Hit));
        Assert.Equal("R1 Regular: value missing (a share neither given beside the count nor derivable); excluded, the maximum drops by 10 points (policy ExcludeAndRescale)", score.Explanation);
        Assert.Equal("R1 정규직: 값 없음(비율 미기재, 산출 불가); 제외하고 만점에서 10점 차감 (정책: 제외 후 환산)", score.KoreanExplanation);

        var failing = rubric.ToBuilder().WithMissingData(MissingDataPolicy.Fail).Build();
        var error = Assert.Throws<ScoringException>(() => failing.Score(table));
        Assert.Equal("N1: R1 reads Regular%, whose value is missing (a share neither given beside the count nor derivable), and the policy is Fail.", error.Message);
        Assert.Equal(("N1", "R1"), (error.Municipality?.Code, error.IndicatorCode));
    }

    [Fact]
    public void ChecklistWithABlankCriterion_IsMissing_OrFailsNamingItsCriteria()
    {
        var rubric = Rubric.Create("checklist").AddArea("A", "가", "A", a => a.AddIndicator("C1", "체크", "Checklist", 2, i => i
            .WithChecklist(c => c
                .Criterion("x", MeasureExpression.Field(Generated.X), BandRange.From(1))
                .Criterion("y", MeasureExpression.Field(Generated.Y), BandRange.From(1))
                .PointsByCriteriaMet(0, 1, 2))
            .WithProvenance(Generated.Assumed))).Build();
        var cards = rubric.Score(Generated.Table([1m, 1m], [1m, null])).Cards;
        Assert.Equal((IndicatorStatus.Scored, 2m, "2 of 2 criteria"), (cards[0]["C1"].Status, cards[0]["C1"].Points, cards[0]["C1"].Hit));
        Assert.Equal((IndicatorStatus.Missing, 0m, 0m), (cards[1]["C1"].Status, cards[1]["C1"].Points, cards[1]["C1"].MaximumPoints));

        var error = Assert.Throws<ScoringException>(() => rubric.ToBuilder().WithMissingData(MissingDataPolicy.Fail).Build().Score(Generated.Table([1m, 1m], [1m, null])));
        Assert.Equal("U001: C1 reads its criteria, whose value is missing (blank), and the policy is Fail.", error.Message);
    }

    [Fact]
    public void GroupOverride_ScoresItsMembersWithItsScaleAndMaximum_AndSaysSo()
    {
        // Counties (TinyTables.North2) are scored out of 5 on 0–5 staff; every other unit out of 10 on 0–10; a declared
        // group of S1 and S2 is scored on bands.
        var rubric = Rubric.Create("groups")
            .AddGroup("Pair", TinyTables.South1, TinyTables.South2)
            .AddArea("A", "가", "A", a => a.AddIndicator("S1", "인력", "Staff", 10, i => i
                .Reads(TinyTables.Staff).Proportional(0, 10).WithProvenance(Generated.Assumed)
                .ForGroup("County", g => g.WithMaximumPoints(5).Proportional(0, 5).WithProvenance(Generated.Assumed))
                .ForGroup("Pair", g => g.WithBands(b => b.Band(10, BandRange.From(4)).Band(1, BandRange.Below(4))).WithProvenance(Generated.Assumed))))
            .Build();
        var table = TinyTables.Builder(
            (TinyTables.North1, 4, null, null, null, 3m), (TinyTables.North2, 4, null, null, null, 3m), (TinyTables.South1, 4, null, null, null, 3m),
            (TinyTables.South2, 3, null, null, null, 3m), (TinyTables.South3, 4, null, null, null, 3m)).Build();
        var result = rubric.Score(table);
        var scores = result.Cards.Select(c => c["S1"]).ToList();
        Assert.Equal(
            [(null, 4m, 10m, "proportional"), ("County", 4m, 5m, "proportional"), ("Pair", 10m, 10m, "[4, ∞)"), ("Pair", 1m, 10m, "(-∞, 4)"), (null, 4m, 10m, "proportional")],
            scores.Select(s => (s.Group, s.Points, s.MaximumPoints, s.Hit)));
        Assert.Equal("S1 Staff: 4 → 4 of 5 points (0 at 0, full at 5)", scores[1].Explanation);
        Assert.Equal("S1 Staff: 3 is in (-∞, 4) → 1 of 10 points; 1 more reaches [4, ∞) for 10 points [group Pair]", scores[3].Explanation);
        Assert.Equal("S1 인력: 3은(는) 4 미만 → 10점 중 1점; 1 높으면 4 이상 구간(10점) [group Pair]", scores[3].KoreanExplanation);
        Assert.Equal([10m, 5m, 10m, 10m, 10m], result.Cards.Select(c => c.MaximumPoints));
    }
}
