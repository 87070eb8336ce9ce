using Ardalis.GuardClauses;
using MuhanRubric.Measurements;
using MuhanRubric.Measures;
using MuhanRubric.Rubrics;
using MuhanRubric.Units;

namespace MuhanRubric.Editions.Y2016;

/// <summary>
/// The report's own proposals for the next rubric (chapter Ⅴ, p.123–125) as ready-made variants of a rubric
/// (by default <see cref="Rubrics2016.Reference"/>). Each variant names its page; where the report gives no number,
/// the parameter is explicit, defaulted and documented.
/// </summary>
/// <remarks>
/// <para>Every method returns a new immutable rubric; the baseline is unchanged.</para>
/// <para>Changes after the proposals were checked against the report (issue 9): the p.125 standard uses the printed
/// 3.6–10.1 by default (recomputed percentiles are an option; on the 2016 data they give 10.0, which moved 가평's 10.1
/// from full to half points); <see cref="RegionalDifferentialScoring"/> varies C3, the mean-based scale p.123 objects
/// to, instead of shifting the counties' C1 bands on a reason the data contradict; <see cref="TreatmentGapIndicator"/>
/// caps each share at 100 % and does not apply to 과천시, which has no private case managers (p.42).</para>
/// </remarks>
public static class Proposals2016
{
    /// <summary>The percentiles of service linkages per case printed on p.125 ("백분위 25%=3.6, … 75%=10.1").</summary>
    private const double PrintedP25 = 3.6, PrintedP75 = 10.1;

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
    /// p.125 "백분위기준을 활용해 적정수준을 3.6~10.1건": service linkages per case (C3) scored against the percentile
    /// standard the report proposes for 2017. By default the printed figures: inside [3.6, 10.1] (P25 and P75 of 2016,
    /// as printed) the full <paramref name="insidePoints"/>, outside <paramref name="outsidePoints"/>. With
    /// <paramref name="recomputePercentiles"/>, the percentiles are computed on the scored data instead (SPSS's
    /// definition, frozen into each result): on the 2016 values P75 is 10.0, not the printed 10.1.
    /// </summary>
    /// <param name="baseline">The rubric to vary; the 2016 reference rubric by default.</param>
    /// <param name="lowerPercentile">The lower percentile; 25 as the report proposes.</param>
    /// <param name="upperPercentile">The upper percentile; 75 as the report proposes.</param>
    /// <param name="insidePoints">Points inside the range; the indicator's maximum by default.</param>
    /// <param name="outsidePoints">Points outside; the report gives no number, half the maximum by default.</param>
    /// <param name="recomputePercentiles">Whether to compute the percentiles on the scored data instead of using the
    /// printed 3.6 and 10.1 (which exist for P25 and P75 only).</param>
    /// <returns>The variant.</returns>
    /// <exception cref="ArgumentException">Percentiles other than 25 and 75 without <paramref name="recomputePercentiles"/>:
    /// the report prints no other.</exception>
    public static Rubric ServiceLinkagePercentileStandard(Rubric? baseline = null, decimal lowerPercentile = 25, decimal upperPercentile = 75, decimal? insidePoints = null, decimal? outsidePoints = null, bool recomputePercentiles = false)
    {
        if (!recomputePercentiles && (lowerPercentile != 25 || upperPercentile != 75))
        {
            throw new ArgumentException(FormattableString.Invariant(
                $"The report prints only P25 = 3.6 and P75 = 10.1 (p.125), not P{lowerPercentile}–P{upperPercentile}; pass recomputePercentiles: true to compute them from the data."),
                nameof(recomputePercentiles));
        }

        var maximum = MaximumOf(baseline, "C3");
        var inside = insidePoints ?? maximum;
        var outside = outsidePoints ?? maximum / 2;
        if (!recomputePercentiles)
        {
            return Start(baseline, "proposal p.125: service linkages within 3.6–10.1 (P25–P75 as printed)")
                .Indicator("C3", i => i
                    .Reads(Measure.ServiceLinkagesPerCase)
                    .WithBands(b => b.Band(inside, BandRange.From(PrintedP25).Through(PrintedP75)).Otherwise(outside))
                    .WithProvenance(Provenance.FromPage(125)))
                .Build();
        }

        return Start(baseline, FormattableString.Invariant($"proposal p.125: service linkages within P{lowerPercentile}–P{upperPercentile} (recomputed)"))
            .Indicator("C3", i => i
                .Reads(Measure.ServiceLinkagesPerCase)
                .WithPopulationBands(p => p
                    .Band(inside, CutoffRange.From(Cutoff.Percentile(lowerPercentile)).Through(Cutoff.Percentile(upperPercentile)))
                    .Otherwise(outside))
                .WithProvenance(Provenance.FromAssumption("p.125 proposes the 2016 percentiles (P25 3.6, P75 10.1) as the standard; here the percentiles are computed on the scored data (SPSS definition)")))
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
    /// p.123 "지역여건을 반영해 차등 배점하는 방안": the report complains that 수원 and 연천 were scored against one mean
    /// (평균값을 기준으로 점수가 부가됨) although their conditions differ. The reference rubric's mean-based scale is C3
    /// (service linkages per case, scored against the province mean as p.125 says the 2016 evaluation did): here each
    /// group is scored on C3's bands against its own mean (each group's cut-offs are computed on its own units).
    /// </summary>
    /// <remarks>
    /// On the 2016 data this changes no score: the counties' mean (양평 5.3, 가평 10.1, 연천 10) and the cities' mean put
    /// every 시군 in the band the province mean did. Earlier versions moved the counties' C1 caseload bands down by 10,
    /// on the reason that counties have smaller caseloads; they do not (연천 46.1, the province mean 35.1), and that
    /// variant took 4 points off 연천, the county p.123 names.
    /// </remarks>
    /// <param name="baseline">The rubric to vary; the 2016 reference rubric by default. Its C3 must be a population-band scale.</param>
    /// <param name="groups">The groups scored against their own mean: City and County by default; any unit attribute or
    /// group the baseline declares.</param>
    /// <returns>The variant.</returns>
    /// <exception cref="ArgumentException">The baseline's C3 is not a population-band scale (there is no mean to differentiate), or a group is empty.</exception>
    public static Rubric RegionalDifferentialScoring(Rubric? baseline = null, params string[] groups)
    {
        var rubric = baseline ?? Rubrics2016.Reference;
        if (rubric.Indicator("C3").Scale is not PopulationBandScale c3)
        {
            throw new ArgumentException($"RegionalDifferentialScoring scores C3 against each group's own statistics; the baseline's C3 is a {rubric.Indicator("C3").Scale.Kind} scale.", nameof(baseline));
        }

        string[] chosen = groups is null or [] ? ["City", "County"] : groups;
        if (chosen.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("A group name must not be empty.", nameof(groups));
        }

        var why = Provenance.FromAssumption("p.123: 수원 and 연천 were scored against one mean although their conditions differ; the group is scored on C3's bands against its own mean");
        return Start(baseline, $"proposal p.123: differential scoring by {string.Join(", ", chosen)}")
            .Indicator("C3", i =>
            {
                foreach (var group in chosen)
                {
                    i.ForGroup(group, g => g
                        .WithPopulationBands(p =>
                        {
                            p.WithQuantileDefinition(c3.QuantileDefinition);
                            foreach (var band in c3.Bands)
                            {
                                p.Band(band.Points, band.Range);
                            }

                            if (c3.OtherwisePoints is { } otherwise)
                            {
                                p.Otherwise(otherwise);
                            }
                        })
                        .WithProvenance(why));
                }
            })
            .Build();
    }

    /// <summary>
    /// p.124 "유사한 업무를 수행하는 인력들의 처우차이가 얼마나 큰지 … 평가지표에 추가": a new indicator B11 on the gap
    /// between the treatment of private and integrated case managers: the mean of the three private shares minus the
    /// mean of the three integrated shares (regular employment, career recognition, pay-step raises), each share capped
    /// at 100 %. A gap within ±10 points earns the maximum; the bands are an assumption (the report gives none). It does
    /// not apply to 과천시, which has no private case managers (p.42).
    /// </summary>
    /// <param name="baseline">The rubric to vary; the 2016 reference rubric by default.</param>
    /// <param name="points">The new indicator's maximum; 3 by default.</param>
    /// <returns>The variant (the maximum rises by <paramref name="points"/>).</returns>
    public static Rubric TreatmentGapIndicator(Rubric? baseline = null, decimal points = 3)
    {
        Guard.Against.NegativeOrZero(points);
        static MeasureExpression Share(Measure measure) =>
            MeasureExpression.Minimum(MeasureExpression.Field(measure, ValuePart.Percent), MeasureExpression.Constant(100));
        var gap = MeasureExpression.Difference(
            MeasureExpression.Average(Share(Measure.PrivateCaseManagersRegular), Share(Measure.PrivateCaseManagersCareerRecognised), Share(Measure.PrivateCaseManagersPayStepRaise)),
            MeasureExpression.Average(Share(Measure.IntegratedCaseManagersRegular), Share(Measure.IntegratedCaseManagersCareerRecognised), Share(Measure.IntegratedCaseManagersPayStepRaise)));
        return Start(baseline, points == 3 ? "proposal p.124: treatment-gap indicator" : FormattableString.Invariant($"proposal p.124: treatment-gap indicator ({points} points)"))
            .Area("B", a => a.AddIndicator("B11", "처우 격차", "Treatment gap between private and integrated case managers", points, i => i
                .Reads(gap)
                .WithPointsProvenance(Provenance.FromPage(124))
                .WithBands(b => b
                    .Band(points, BandRange.From(-10).Through(10))
                    .Band(points * 2 / 3, BandRange.From(-30).To(-10), BandRange.Above(10).Through(30))
                    .Band(points / 3, BandRange.From(-50).To(-30), BandRange.Above(30).Through(50))
                    .Otherwise(0))
                .WithProvenance(Provenance.FromAssumption("p.124 proposes the indicator without a scale; a gap within ±10 percentage points earns the maximum, then thirds at ±30 and ±50"))
                .NotApplicableFor("과천시 has no private case managers (p.42): there is no gap to measure", Municipality.Gwacheon)))
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

}
