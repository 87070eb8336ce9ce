using MuhanRubric.Measurements;
using MuhanRubric.Measures;
using MuhanRubric.Rubrics;
using MuhanRubric.Units;

namespace MuhanRubric.Editions.Y2016;

/// <summary>
/// The 2016 rubric (GGWF Report 2017-15, <c>표 Ⅲ-3</c> p.29 and the detailed scales of p.31–32), shipped twice:
/// <see cref="AsPublished"/> and a complete <see cref="Reference"/> rubric.
/// </summary>
/// <remarks>
/// <para><b>As published</b>: the 18 indicators with their printed points and declared total (100, although the points
/// add up to 102: accepted as a warning), C1's bands as printed, and every other scale marked unspecified because the
/// report does not print how its values turn into points.</para>
/// <para><b>Reference</b>: scores every indicator the published data allows. Each rule the report does not specify
/// is an assumption with its reason (see each scale's <see cref="Scale.Provenance"/>), checked against the page it
/// cites and stated in shares of the maximum, so that a reweighted variant keeps it true. C4 (no published follow-up
/// data) and area D (excluded by the report, p.29) are excluded, so the maximum is 82 (A 26, B 30, C 26).</para>
/// <para>Changes after the reference was checked against the report (issue 9; no published number changed):
/// B7 reads the integrated case managers' three shares only, as p.31 lists them (it averaged the private case
/// managers' three too, so 과천시, which has none, scored half); every share B2 and B7 read is capped at 100 %
/// (표 Ⅳ-20 p.61 prints 110.0 % for 안산시); B8 is p.31's departure ratio over the private case managers in post of
/// 표 Ⅱ-3 p.17–18 (<see cref="Measure.PrivateCaseManagersInPost"/>) instead of a count of departures; B4 gives no
/// point for 0 training hours and says that p.125's percentile standard is two-sided; means and ratios are exact
/// quotients (9 × 125 ÷ 600 = 1.875 rounds to 1.88); the reasons of A2, B9 and C4 and the not-applicable reason of
/// B5 and B8 (which cited "p.42, 표 Ⅱ-3") are restated to be true to their pages.</para>
/// <para>Both are built once and shared; rubrics are immutable.</para>
/// </remarks>
public static class Rubrics2016
{
    private const string ScalesTable = "Ⅱ-4"; // The detailed scales, p.31–32, are captioned <표 Ⅱ-4> (a numbering error; catalogued).

    private static readonly Lazy<Rubric> _published = new(BuildPublished);
    private static readonly Lazy<Rubric> _reference = new(BuildReference);

    /// <summary>The rubric as the report prints it, with its inconsistencies as warnings.</summary>
    public static Rubric AsPublished => _published.Value;

    /// <summary>The complete reference rubric: every scorable indicator, assumptions marked.</summary>
    public static Rubric Reference => _reference.Value;

    /// <summary>
    /// The shipped rubrics by the names tools use: <c>reference-2016</c> (<see cref="Reference"/>) and
    /// <c>published-2016</c> (<see cref="AsPublished"/>). Names compare ordinally, ignoring case.
    /// </summary>
    public static IReadOnlyDictionary<string, Rubric> ByName { get; } = new ShippedRubrics();

    // Built lazily: naming the rubrics must not build them.
    private sealed class ShippedRubrics : IReadOnlyDictionary<string, Rubric>
    {
        private static readonly string[] _names = ["reference-2016", "published-2016"];

        public IEnumerable<string> Keys => _names;

        public IEnumerable<Rubric> Values => _names.Select(n => this[n]);

        public int Count => _names.Length;

        public Rubric this[string key] => TryGetValue(key, out var rubric) ? rubric : throw new KeyNotFoundException($"No shipped rubric is named '{key}'; the shipped rubrics are {string.Join(", ", _names)}.");

        public bool ContainsKey(string key) => TryGetValue(key, out _);

        public bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out Rubric value)
        {
            value = key?.ToUpperInvariant() switch
            {
                "REFERENCE-2016" => Reference,
                "PUBLISHED-2016" => AsPublished,
                _ => null,
            };
            return value is not null;
        }

        public IEnumerator<KeyValuePair<string, Rubric>> GetEnumerator() => _names.Select(n => KeyValuePair.Create(n, this[n])).GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    private static Rubric BuildPublished() => Skeleton("2016 rubric as published (표 Ⅲ-3)")
        .WithDescription("GGWF Report 2017-15, 표 Ⅲ-3 p.29 with the scales of p.31–32 as printed. Only C1 prints its points per band.")
        .WithDeclaredTotal(100)
        .AcceptAsWarnings(RubricProblemKind.RubricTotalMismatch, RubricProblemKind.UnspecifiedScale)
        .Build();

    private static RubricBuilder Skeleton(string name)
    {
        var p29 = Provenance.FromTable("Ⅲ-3", 29);
        var p31 = Provenance.FromTable(ScalesTable, 31);
        var p32 = Provenance.FromTable(ScalesTable, 32);
        return Rubric.Create(name)
            .AddArea("A", "운영관리", "Operations management", area => area
                .AddIndicator("A1", "무한돌봄센터 인력 및 업무지원", "Staffing and work support (cooperation system)", 6, i => i
                    .Reads(Measure.ExternalSupportSessions).WithPointsProvenance(p29)
                    .Unspecified("다음의 ①∼② 각각에 ○또는 ×로 체크하고, ○의 개수를 파악 (four items follow)").WithProvenance(p31))
                .AddIndicator("A2", "읍면동, 시군구, 네트워크팀의 업무협력 및 업무분장관련 인식도", "Perceived cooperation and division of work", 20, i => i
                    .Reads(Measure.CooperationSatisfaction).WithPointsProvenance(p29)
                    .Unspecified("10문항에 대한 전화설문조사 - 업무협력 및 업무분장에 대한 만족도 조사").WithProvenance(p31)))
            .AddArea("B", "조직 및 인력", "Organisation and staff", area => area
                .AddIndicator("B1", "센터장의 전문성", "Expertise of the center head", 2, i => i.WithPointsProvenance(p29)
                    .Unspecified("① 사회복지업무 3년 이상 경험자 ② 담당 분야 자격증 소지자 ③ 사회복지관련 누적 교육이수시간이 50시간 이상인 자").WithProvenance(p31))
                .AddIndicator("B2", "맞춤형복지팀장의 전문성", "Expertise of the customized-welfare team leaders", 2, i => i.WithPointsProvenance(p29)
                    .Unspecified("① 사회복지업무 3년 이상 경험자 ② 담당 분야 자격증 소지자 ③ 사회복지관련 누적 교육이수시간이 50시간 이상인 자").WithProvenance(p31))
                .AddIndicator("B3", "공공인력의 안정성", "Stability of public staff", 2, i => i
                    .Reads(Measure.OfficialTransferRate).WithPointsProvenance(p29)
                    .Unspecified("16년 무한돌봄센터 인사발령한 공무원 수 / 시군 무한돌봄센터 공무원 인력 현원").WithProvenance(p31))
                .AddIndicator("B4", "교육참여율", "Training participation (officials)", 3, i => i
                    .Reads(Measure.OfficialTrainingHoursPerCapita).WithPointsProvenance(p29)
                    .Unspecified("4) 교육참여율 (no scale printed)").WithProvenance(p31))
                .AddIndicator("B5", "민간사례관리사의 전문성", "Expertise of private case managers", 3, i => i
                    .Reads(Measure.PrivateCaseManagerCareerScore).WithPointsProvenance(p29)
                    .Unspecified("사회복지 분야 경험정도").WithProvenance(p31))
                .AddIndicator("B6", "통합사례관리사의 전문성", "Expertise of integrated case managers", 3, i => i
                    .Reads(Measure.IntegratedCaseManagerCareerScore).WithPointsProvenance(p29)
                    .Unspecified("사회복지 분야 경험정도").WithProvenance(p31))
                .AddIndicator("B7", "종사자처우의 적정성", "Adequacy of staff treatment", 9, i => i.WithPointsProvenance(p29)
                    .Unspecified("① 통합사례관리사의 정규직 전환 비율 ② 통합사례관리사의 급여 산정 시 경력 인정 비율 ③ 통합사례관리사의 급여산정 시 호봉 승급 인정").WithProvenance(p31))
                .AddIndicator("B8", "민간사례관리사의 안정성", "Stability of private case managers", 2, i => i
                    .Reads(Measure.PrivateCaseManagerDepartures).WithPointsProvenance(p29)
                    .Unspecified("16년 퇴직한 민간사례관리자수 ∕ 16년 민간사례관리사 실근무자 수").WithProvenance(p31))
                .AddIndicator("B9", "통합사례관리사의 안정성", "Stability of integrated case managers", 2, i => i
                    .Reads(Measure.IntegratedCaseManagerDepartures).WithPointsProvenance(p29)
                    .Unspecified("16년 퇴직한 통합사례관리사 수 ∕ 16년 통합사례관리사 실근무자 수").WithProvenance(p31))
                .AddIndicator("B10", "교육참여율", "Training participation (case managers)", 2, i => i.WithPointsProvenance(p29)
                    .Unspecified("6) 교육참여율 (no scale printed)").WithProvenance(p31)))
            .AddArea("C", "무한돌봄 통합사례관리", "Integrated case management", area => area
                .AddIndicator("C1", "통합사례관리 실적", "Caseload per case manager", 10, i => i
                    .Reads(Measure.CasesPerCaseManager).WithPointsProvenance(p29)
                    .WithBands(b => b
                        .Band(10, BandRange.From(30).To(50))
                        .Band(8, BandRange.From(25).To(30), BandRange.From(50).To(55))
                        .Band(6, BandRange.From(20).To(25), BandRange.From(55).To(60))
                        .Band(4, BandRange.From(15).To(20), BandRange.From(60).To(65))
                        .Band(2, BandRange.Below(15), BandRange.AtLeast(65)))
                    .WithProvenance(p32))
                .AddIndicator("C2", "사례회의 운영", "Case conferences per case", 10, i => i
                    .Reads(Measure.CaseConferencesPerCase).WithPointsProvenance(p29)
                    .Unspecified("사례회의 건수 ① 1회 미만 ② 1회이상-1.5회미만 ③ 1.5회이상-2회미만 ④ 2회 이상 (no points printed)").WithProvenance(p32))
                .AddIndicator("C3", "자원개발 및 활용", "Resource development and use", 6, i => i
                    .Reads(Measure.ServiceLinkagesPerCase).WithPointsProvenance(p29)
                    .Unspecified("자원 활용으로 인한 서비스 연계 건수").WithProvenance(p32))
                .AddIndicator("C4", "사후관리실적", "Follow-up", 5, i => i.WithPointsProvenance(p29)
                    .Unspecified("통합사례관리 종결대상자 사후관리 수행 비율").WithProvenance(p32)))
            .AddArea("D", "확장형 네트워크팀", "Expanded network teams", area => area
                .AddIndicator("D1", "프로그램 기획 전문성", "Programme planning", 10, i => i.WithPointsProvenance(p29)
                    .Unspecified("프로그램 운영 적절성 평가 ① 통합사례관리사별 담당 프로그램 수 ② 프로그램 참가자중 통합사례관리 대상자 비율").WithProvenance(p32))
                .AddIndicator("D2", "협력기관과의 관계", "Relations with partner agencies", 5, i => i.WithPointsProvenance(p29)
                    .Unspecified("지역사회 네트워크가 활발히 이루어지고 있는가").WithProvenance(p32)));
    }

    private static Rubric BuildReference()
    {
        const string NoPrivateStaff = "과천시 has no private case managers (p.42)";
        static Provenance Assume(string reason) => Provenance.FromAssumption(reason);

        // A share above 100 % cannot be (표 Ⅳ-20 p.61 prints 110.0 % for 안산시, catalogued): each share is capped.
        static MeasureExpression Share(Measure measure) =>
            MeasureExpression.Minimum(MeasureExpression.Field(measure, ValuePart.Percent), MeasureExpression.Constant(100));
        var builder = Skeleton("2016 reference rubric")
            .WithDescription("Every indicator the published 2016 data allows, scored; rules the report does not print are assumptions with their reasons. C4 and area D are excluded.");
        return builder
            .Indicator("A1", i => i
                .WithChecklist(c => c
                    .Criterion("외부 슈퍼비전·교육·워크숍 지원", MeasureExpression.Field(Measure.ExternalSupportSessions), BandRange.AtLeast(1))
                    .Criterion("읍면동 담당자의 타 기관 사례회의 참여", MeasureExpression.Field(Measure.EupMyeonDongStaffAtOtherMeetings), BandRange.AtLeast(1))
                    .Criterion("네트워크팀 사례관리사의 타 기관 사례회의 참여", MeasureExpression.Field(Measure.NetworkTeamCaseManagersAtOtherMeetings), BandRange.AtLeast(1))
                    .Criterion("시군 담당자의 타 기관 사례회의 참여", MeasureExpression.Field(Measure.MunicipalStaffAtOtherMeetings), BandRange.AtLeast(1))
                    .PointsByCriteriaMet(0, 1.5m, 3, 4.5m, 6))
                .WithProvenance(Assume("p.31 checks each of the four items ○/×; an item is ○ when it happened at least once, and points are proportional to the ○ count")))
            .Indicator("A2", i => i
                .Proportional(1, 5)
                .WithProvenance(Assume("the 10-question satisfaction survey of p.30–31 gives a mean score, read on a five-point scale (p.37 calls means of 3.65–3.78 close to '그렇다', agree) and mapped linearly from 1 (no points) to 5 (the maximum)")))
            .Indicator("B1", i => i
                .WithChecklist(c => c
                    .Criterion("사회복지업무 3년 이상 경험자", MeasureExpression.Field(Measure.CenterHeadExperienced), BandRange.AtLeast(1))
                    .Criterion("담당 분야 자격증 소지자", MeasureExpression.Field(Measure.CenterHeadCertified), BandRange.AtLeast(1))
                    .Criterion("누적 교육이수시간 50시간 이상", MeasureExpression.Field(Measure.CenterHeadTrained), BandRange.AtLeast(1))
                    .PointsByCriteriaMet(0, 0.67m, 1.33m, 2))
                .WithProvenance(Assume("the three criteria are printed on p.31 without points; points in proportion to the number of criteria met")))
            .Indicator("B2", i => i
                .Reads(MeasureExpression.Average(Share(Measure.TeamLeadersExperienced), Share(Measure.TeamLeadersCertified), Share(Measure.TeamLeadersTrained)))
                .Proportional(0, 100)
                .WithProvenance(Assume("the mean share of team leaders meeting the three criteria of p.31 (each share capped at 100 %), mapped linearly from 0 % (no points) to 100 % (the maximum)")))
            .Indicator("B3", i => i
                .Proportional(100, 0)
                .WithProvenance(Assume("the transfer ratio of p.31 (transfers ÷ officials in post): 0 % earns the maximum and 100 % or more nothing, linear between")))
            .Indicator("B4", i => i
                .WithPopulationBands(p => p
                    .Band(3, CutoffRange.AtLeast(Cutoff.Percentile(75)))
                    .Band(2, CutoffRange.From(Cutoff.Percentile(25)).To(Cutoff.Percentile(75)))
                    .Band(1, CutoffRange.Above(Cutoff.Fixed(0)).To(Cutoff.Percentile(25)))
                    .Otherwise(0))
                .WithProvenance(Assume("p.31 prints no scale for 교육참여율; training hours per official are ranked among the 31 by quartiles (SPSS definition): from P75 the maximum, from P25 two thirds, above 0 hours one third, and no training at all (which p.41 reports for some 시군) nothing. The quartiles follow the percentile standard p.125 proposes for service linkages, but not its two-sided range (3.6–10.1 건): more training is not taken as worse, so the bands are one-sided")))
            .Indicator("B5", i => i
                .Proportional(0, 5)
                .WithProvenance(Assume("the career score (1–5 per person, p.53 note) mapped linearly from 0 (no points) to 5 (the maximum)"))
                .NotApplicableFor(NoPrivateStaff, Municipality.Gwacheon))
            .Indicator("B6", i => i
                .Proportional(0, 5)
                .WithProvenance(Assume("the career score (1–5 per person, p.53 note) mapped linearly from 0 (no points) to 5 (the maximum); a score above 5, impossible by that note (과천시 8.4, 표 Ⅳ-36 p.93, catalogued), earns the maximum")))
            .Indicator("B7", i => i
                .Reads(MeasureExpression.Average(
                    Share(Measure.IntegratedCaseManagersRegular), Share(Measure.IntegratedCaseManagersCareerRecognised), Share(Measure.IntegratedCaseManagersPayStepRaise)))
                .Proportional(0, 100)
                .WithProvenance(Assume("p.31 lists three items, each of 통합사례관리사 only: ① regular employment ② career recognised in pay ③ pay-step raises. The mean of the integrated case managers' three shares, each capped at 100 % (표 Ⅳ-20 p.61 prints 110.0 % for 안산시, catalogued), maps linearly from 0 % (no points) to 100 % (the maximum). The results (표 Ⅳ-9 p.43) report the private case managers' shares too; the scale of p.31 does not use them (a catalogued discrepancy)")))
            .Indicator("B8", i => i
                .Reads(MeasureExpression.Ratio(MeasureExpression.Field(Measure.PrivateCaseManagerDepartures), MeasureExpression.Field(Measure.PrivateCaseManagersInPost)))
                .Proportional(1, 0)
                .WithProvenance(Assume("p.31's ratio, private case managers who left in 2016 ÷ private case managers who worked in 2016, with 표 Ⅱ-3's 2016 인원 수 (p.17–18) as the denominator: the only headcount printed for every 시군 (the treatment rows of the municipality tables imply other counts for some, 포천 15 against 13). A ratio of 0 earns the maximum and 1 (all left) nothing, linear between"))
                .NotApplicableFor(NoPrivateStaff, Municipality.Gwacheon))
            .Indicator("B9", i => i
                .Proportional(4, 0)
                .WithProvenance(Assume("p.31's ratio needs the integrated case managers who worked in 2016, which no table prints for every 시군 (표 Ⅱ-3 counts private staff; 표 Ⅳ-8 p.42 and 표 Ⅳ-9 p.43–44 name a few 시군), so departures are counted instead: none earns the maximum and 4 (the most any 시군 had, 표 Ⅳ-10 p.46) nothing, linear between")))
            .Indicator("B10", i => i
                .Reads(MeasureExpression.Average(MeasureExpression.Field(Measure.PrivateCaseManagerTrainingHours), MeasureExpression.Field(Measure.IntegratedCaseManagerTrainingHours)))
                .Proportional(0, 50)
                .WithProvenance(Assume("p.31 prints no scale for 교육참여율; the mean training hours of the two groups, mapped linearly from 0 hours (no points) to 50 hours (the maximum), the training criterion of B1/B2 on p.31")))
            .Indicator("C2", i => i
                .WithCategories(c => c
                    .Category("① 1회 미만", 2.5m, BandRange.Below(1))
                    .Category("② 1회이상-1.5회미만", 5, BandRange.From(1).To(1.5))
                    .Category("③ 1.5회이상-2회미만", 7.5m, BandRange.From(1.5).To(2))
                    .Category("④ 2회 이상", 10, BandRange.AtLeast(2)))
                .WithProvenance(Assume("the four categories are printed on p.32 without points; equal steps up to the maximum, a quarter of it per category")))
            .Indicator("C3", i => i
                .WithPopulationBands(p => p
                    .Band(6, CutoffRange.AtLeast(Cutoff.MeanTimes(1)))
                    .Band(4, CutoffRange.From(Cutoff.MeanTimes(0.5m)).To(Cutoff.MeanTimes(1)))
                    .Band(2, CutoffRange.Below(Cutoff.MeanTimes(0.5m))))
                .WithProvenance(Assume("p.125: the 2016 evaluation scored service linkages against the province mean (평균값을 활용); the bands are assumed: from the mean the maximum, from half the mean two thirds, below one third")))
            .Indicator("C4", i => i.Excluded("no follow-up data is published: p.32 defines the rate (종결대상자 사후관리 수행 비율), but no table prints it"))
            .Indicator("D1", i => i.Excluded("area D is excluded as the report did (p.29: few expanded network teams, incomplete submissions)"))
            .Indicator("D2", i => i.Excluded("area D is excluded as the report did (p.29: few expanded network teams, incomplete submissions)"))
            .Build();
    }
}
