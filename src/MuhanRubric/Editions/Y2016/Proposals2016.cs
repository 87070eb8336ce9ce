using Ardalis.GuardClauses;
using MuhanRubric.Measurements;
using MuhanRubric.Measures;
using MuhanRubric.Rubrics;

namespace MuhanRubric.Editions.Y2016;

/// <summary>
/// The report's own proposals for the next rubric (chapter Ⅴ, p.123–125) as ready-made variants of a rubric
/// (by default <see cref="Rubrics2016.Reference"/>). Each variant names its page; where the report gives no number,
/// the parameter is explicit, defaulted and documented.
/// </summary>
/// <remarks>Every method returns a new immutable rubric; the baseline is unchanged.</remarks>
public static class Proposals2016
{
    /// <summary>
    /// p.123 "교육이수와 관련된 지표는 삭제되는 것이 필요": drops the training-participation indicators B4 (officials)
    /// and B10 (case managers).
    /// </summary>
    /// <param name="baseline">The rubric to vary; the 2016 reference rubric by default.</param>
    /// <param name="redistribution">What happens to their 5 points: by default none (the maximum drops from 82 to 77).</param>
    /// <returns>The variant.</returns>
    public static Rubric WithoutTrainingIndicators(Rubric? baseline = null, PointsRedistribution redistribution = PointsRedistribution.None) =>
        Start(baseline, redistribution == PointsRedistribution.None ? "proposal p.123: training indicators removed" : $"proposal p.123: training indicators removed ({redistribution})")
            .DropIndicator("B4", redistribution)
            .DropIndicator("B10", redistribution)
            .Build();

    /// <summary>
    /// p.124 "적정 통합사례관리대상자 범주를 30~50가구에서 20~40가구로 낮추는 방안": every C1 band edge moves down by 10,
    /// so the optimum is [20, 40) and the side bands keep their 5-household widths.
    /// </summary>
    /// <param name="baseline">The rubric to vary; the 2016 reference rubric by default.</param>
    /// <returns>The variant.</returns>
    public static Rubric CaseloadOptimum20To40(Rubric? baseline = null) =>
        Start(baseline, "proposal p.124: caseload optimum 20–40")
            .Indicator("C1", i => i.ShiftBandEdges(-10).WithProvenance(Provenance.FromPage(124)))
            .Build();

    /// <summary>
    /// p.125 "백분위기준을 활용해 적정수준을 3.6~10.1건": service linkages per case (C3) scored by the province's
    /// percentiles: inside [P<paramref name="lowerPercentile"/>, P<paramref name="upperPercentile"/>] the full
    /// <paramref name="insidePoints"/>, outside <paramref name="outsidePoints"/>.
    /// </summary>
    /// <param name="baseline">The rubric to vary; the 2016 reference rubric by default.</param>
    /// <param name="lowerPercentile">The lower percentile; 25 as the report proposes.</param>
    /// <param name="upperPercentile">The upper percentile; 75 as the report proposes.</param>
    /// <param name="insidePoints">Points inside the range; the indicator's maximum by default.</param>
    /// <param name="outsidePoints">Points outside; the report gives no number, half the maximum by default.</param>
    /// <returns>The variant.</returns>
    public static Rubric ServiceLinkagePercentileStandard(Rubric? baseline = null, decimal lowerPercentile = 25, decimal upperPercentile = 75, decimal? insidePoints = null, decimal? outsidePoints = null)
    {
        var builder = Start(baseline, FormattableString.Invariant($"proposal p.125: service linkages within P{lowerPercentile}–P{upperPercentile}"));
        var maximum = MaximumOf(baseline, "C3");
        return builder.Indicator("C3", i => i
                .Reads(Measure.ServiceLinkagesPerCase)
                .WithPopulationBands(p => p
                    .Band(insidePoints ?? maximum, CutoffRange.From(Cutoff.Percentile(lowerPercentile)).Through(Cutoff.Percentile(upperPercentile)))
                    .Otherwise(outsidePoints ?? maximum / 2))
                .WithProvenance(Provenance.FromPage(125)))
            .Build();
    }

    /// <summary>
    /// p.125, the alternative the report mentions ("평균을 기준으로 … 표준편차를 활용하는 방법"): service linkages per case
    /// within mean ± <paramref name="k"/>·SD get the full points, outside <paramref name="outsidePoints"/>.
    /// </summary>
    /// <param name="baseline">The rubric to vary; the 2016 reference rubric by default.</param>
    /// <param name="k">How many sample standard deviations; the report gives no number, 1 by default.</param>
    /// <param name="outsidePoints">Points outside; half the maximum by default.</param>
    /// <returns>The variant.</returns>
    public static Rubric ServiceLinkageMeanSdStandard(Rubric? baseline = null, decimal k = 1, decimal? outsidePoints = null)
    {
        Guard.Against.Negative(k);
        var maximum = MaximumOf(baseline, "C3");
        return Start(baseline, k == 1 ? "proposal p.125: service linkages within mean ± SD" : FormattableString.Invariant($"proposal p.125: service linkages within mean ± {k} SD"))
            .Indicator("C3", i => i
                .Reads(Measure.ServiceLinkagesPerCase)
                .WithPopulationBands(p => p
                    .Band(maximum, CutoffRange.From(Cutoff.MeanPlusStandardDeviations(-k)).Through(Cutoff.MeanPlusStandardDeviations(k)))
                    .Otherwise(outsidePoints ?? maximum / 2))
                .WithProvenance(Provenance.FromPage(125)))
            .Build();
    }

    /// <summary>
    /// p.123–124 "공무원인력의 전문성과 관련된 지표의 배점상향": the public-staff expertise indicators B1 (center head)
    /// and B2 (team leaders) get more points; the report gives no number: twice their 2 points by default.
    /// </summary>
    /// <param name="baseline">The rubric to vary; the 2016 reference rubric by default.</param>
    /// <param name="newPoints">The new maximum of each; 4 by default.</param>
    /// <returns>The variant (the total maximum rises by the difference).</returns>
    public static Rubric HigherPublicExpertisePoints(Rubric? baseline = null, decimal newPoints = 4) =>
        Start(baseline, newPoints == 4 ? "proposal p.123: higher points for public-staff expertise" : FormattableString.Invariant($"proposal p.123: public-staff expertise at {newPoints} points each"))
            .Indicator("B1", i => i.Reweight(newPoints).WithPointsProvenance(Provenance.FromPage(123)))
            .Indicator("B2", i => i.Reweight(newPoints).WithPointsProvenance(Provenance.FromPage(123)))
            .Build();

    /// <summary>
    /// p.123 "지역여건을 반영해 차등 배점하는 방안": municipalities of a group (the counties by default, whose caseloads
    /// are smaller) are scored on C1 with the optimum moved down by <paramref name="caseloadShift"/>.
    /// </summary>
    /// <param name="baseline">The rubric to vary; the 2016 reference rubric by default.</param>
    /// <param name="group">The group scored differently: County by default (Yangpyeong, Gapyeong, Yeoncheon); any built-in or declared group.</param>
    /// <param name="caseloadShift">How far the group's C1 band edges move; the report gives no number, −10 by default.</param>
    /// <returns>The variant.</returns>
    public static Rubric RegionalDifferentialScoring(Rubric? baseline = null, string group = "County", double caseloadShift = -10)
    {
        var rubric = baseline ?? Rubrics2016.Reference;
        var c1 = (BandScale)rubric.Indicator("C1").Scale;
        return Start(baseline, caseloadShift == -10
                ? $"proposal p.123: differential scoring for {group}"
                : FormattableString.Invariant($"proposal p.123: differential scoring for {group} (C1 edges {caseloadShift:+0.##;-0.##})"))
            .Indicator("C1", i => i.ForGroup(group, g => g
                .WithBands(b =>
                {
                    foreach (var band in c1.Bands)
                    {
                        b.Band(band.Points, [.. band.Intervals.Select(x => Shift(BandRange.FromInterval(x), caseloadShift))]);
                    }
                })
                .WithProvenance(Provenance.FromPage(123))))
            .Build();
    }

    /// <summary>
    /// p.124 "유사한 업무를 수행하는 인력들의 처우차이가 얼마나 큰지 … 평가지표에 추가": a new indicator B11 on the gap
    /// between the treatment of private and integrated case managers: the mean of the three private shares minus the
    /// mean of the three integrated shares (regular employment, career recognition, pay-step raises). A gap within
    /// ±10 points earns the maximum; the bands are an assumption (the report gives none).
    /// </summary>
    /// <param name="baseline">The rubric to vary; the 2016 reference rubric by default.</param>
    /// <param name="points">The new indicator's maximum; 3 by default.</param>
    /// <returns>The variant (the maximum rises by <paramref name="points"/>).</returns>
    public static Rubric TreatmentGapIndicator(Rubric? baseline = null, decimal points = 3)
    {
        Guard.Against.NegativeOrZero(points);
        var gap = MeasureExpression.Difference(
            MeasureExpression.Average(
                MeasureExpression.Field(Measure.PrivateCaseManagersRegular, ValuePart.Percent),
                MeasureExpression.Field(Measure.PrivateCaseManagersCareerRecognised, ValuePart.Percent),
                MeasureExpression.Field(Measure.PrivateCaseManagersPayStepRaise, ValuePart.Percent)),
            MeasureExpression.Average(
                MeasureExpression.Field(Measure.IntegratedCaseManagersRegular, ValuePart.Percent),
                MeasureExpression.Field(Measure.IntegratedCaseManagersCareerRecognised, ValuePart.Percent),
                MeasureExpression.Field(Measure.IntegratedCaseManagersPayStepRaise, ValuePart.Percent)));
        return Start(baseline, points == 3 ? "proposal p.124: treatment-gap indicator" : FormattableString.Invariant($"proposal p.124: treatment-gap indicator ({points} points)"))
            .Area("B", a => a.AddIndicator("B11", "처우 격차", "Treatment gap between private and integrated case managers", points, i => i
                .Reads(gap)
                .WithPointsProvenance(Provenance.FromPage(124))
                .WithBands(b => b
                    .Band(points, BandRange.From(-10).Through(10))
                    .Band(points * 2 / 3, BandRange.From(-30).To(-10), BandRange.Above(10).Through(30))
                    .Band(points / 3, BandRange.From(-50).To(-30), BandRange.Above(30).Through(50))
                    .Otherwise(0))
                .WithProvenance(Provenance.FromAssumption("p.124 proposes the indicator without a scale; a gap within ±10 percentage points earns the maximum, then thirds at ±30 and ±50"))))
            .Build();
    }

    /// <summary>Every proposal with its default parameters, by name, for comparisons and scripts.</summary>
    /// <param name="baseline">The rubric to vary; the 2016 reference rubric by default.</param>
    /// <returns>The variants in the report's order.</returns>
    public static IReadOnlyList<Rubric> All(Rubric? baseline = null) =>
    [
        WithoutTrainingIndicators(baseline),
        HigherPublicExpertisePoints(baseline),
        RegionalDifferentialScoring(baseline),
        TreatmentGapIndicator(baseline),
        CaseloadOptimum20To40(baseline),
        ServiceLinkagePercentileStandard(baseline),
        ServiceLinkageMeanSdStandard(baseline),
    ];

    private static RubricBuilder Start(Rubric? baseline, string name) => (baseline ?? Rubrics2016.Reference).ToBuilder().WithName(name);

    private static decimal MaximumOf(Rubric? baseline, string code) => (baseline ?? Rubrics2016.Reference).Indicator(code).MaximumPoints;

    private static BandRange Shift(BandRange range, double delta) =>
        range with { Lower = range.Lower + delta, Upper = range.Upper + delta };
}
