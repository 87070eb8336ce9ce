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
/// is an assumption with its reason (see each scale's <see cref="Scale.Provenance"/>). C4 (no published follow-up
/// data) and area D (excluded by the report, p.29) are excluded, so the maximum is 82 (A 26, B 30, C 26).</para>
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
        const string NoPrivateStaff = "과천시 has no private case managers (p.42, 표 Ⅱ-3)";
        static Provenance Assume(string reason) => Provenance.FromAssumption(reason);
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
                .WithProvenance(Assume("a 1–5 satisfaction score (p.30) mapped linearly: 1 → 0 points, 5 → 20 points")))
            .Indicator("B1", i => i
                .WithChecklist(c => c
                    .Criterion("사회복지업무 3년 이상 경험자", MeasureExpression.Field(Measure.CenterHeadExperienced), BandRange.AtLeast(1))
                    .Criterion("담당 분야 자격증 소지자", MeasureExpression.Field(Measure.CenterHeadCertified), BandRange.AtLeast(1))
                    .Criterion("누적 교육이수시간 50시간 이상", MeasureExpression.Field(Measure.CenterHeadTrained), BandRange.AtLeast(1))
                    .PointsByCriteriaMet(0, 0.67m, 1.33m, 2))
                .WithProvenance(Assume("the three criteria are printed on p.31; points proportional to the criteria met (2 × k ÷ 3, two decimals)")))
            .Indicator("B2", i => i
                .Reads(MeasureExpression.Average(
                    MeasureExpression.Field(Measure.TeamLeadersExperienced, ValuePart.Percent),
                    MeasureExpression.Field(Measure.TeamLeadersCertified, ValuePart.Percent),
                    MeasureExpression.Field(Measure.TeamLeadersTrained, ValuePart.Percent)))
                .Proportional(0, 100)
                .WithProvenance(Assume("the mean share of team leaders meeting the three criteria of p.31, 0–100 % mapped linearly to 0–2 points")))
            .Indicator("B3", i => i
                .Proportional(100, 0)
                .WithProvenance(Assume("the transfer ratio of p.31 (transfers ÷ officials in post): 0 % → 2 points, 100 % or more → 0, linear between")))
            .Indicator("B4", i => i
                .WithPopulationBands(p => p
                    .Band(3, CutoffRange.AtLeast(Cutoff.Percentile(75)))
                    .Band(2, CutoffRange.From(Cutoff.Percentile(25)).To(Cutoff.Percentile(75)))
                    .Band(1, CutoffRange.Below(Cutoff.Percentile(25))))
                .WithProvenance(Assume("no scale printed; relative standing among the 31 by quartiles (SPSS definition), as the report proposes for service linkages on p.125")))
            .Indicator("B5", i => i
                .Proportional(0, 5)
                .WithProvenance(Assume("the career score (1–5 per person, p.53 note) mapped linearly: 0 → 0 points, 5 → 3 points"))
                .NotApplicableFor(NoPrivateStaff, Municipality.Gwacheon))
            .Indicator("B6", i => i
                .Proportional(0, 5)
                .WithProvenance(Assume("the career score (1–5 per person, p.53 note) mapped linearly: 0 → 0 points, 5 → 3 points; values above 5 (과천시 8.4, catalogued) are capped")))
            .Indicator("B7", i => i
                .Reads(MeasureExpression.Average(
                    MeasureExpression.Field(Measure.PrivateCaseManagersRegular, ValuePart.Percent),
                    MeasureExpression.Field(Measure.PrivateCaseManagersCareerRecognised, ValuePart.Percent),
                    MeasureExpression.Field(Measure.PrivateCaseManagersPayStepRaise, ValuePart.Percent),
                    MeasureExpression.Field(Measure.IntegratedCaseManagersRegular, ValuePart.Percent),
                    MeasureExpression.Field(Measure.IntegratedCaseManagersCareerRecognised, ValuePart.Percent),
                    MeasureExpression.Field(Measure.IntegratedCaseManagersPayStepRaise, ValuePart.Percent)))
                .Proportional(0, 100)
                .WithProvenance(Assume("p.31 lists regular employment, career recognition and pay-step raises; the results (표 Ⅳ-9 p.43) cover both staff groups, so the mean of the six shares maps linearly to 0–9 points")))
            .Indicator("B8", i => i
                .Proportional(5, 0)
                .WithProvenance(Assume("the headcounts for the departure ratio of p.31 are not published; departures counted instead: 0 → 2 points, 5 (the maximum of 표 Ⅳ-10) → 0"))
                .NotApplicableFor(NoPrivateStaff, Municipality.Gwacheon))
            .Indicator("B9", i => i
                .Proportional(4, 0)
                .WithProvenance(Assume("the headcounts for the departure ratio of p.31 are not published; departures counted instead: 0 → 2 points, 4 (the maximum of 표 Ⅳ-10) → 0")))
            .Indicator("B10", i => i
                .Reads(MeasureExpression.Average(MeasureExpression.Field(Measure.PrivateCaseManagerTrainingHours), MeasureExpression.Field(Measure.IntegratedCaseManagerTrainingHours)))
                .Proportional(0, 50)
                .WithProvenance(Assume("no scale printed; the mean training hours of the two groups, 0 → 0 points, 50 hours (the training criterion of B1/B2) → 2 points")))
            .Indicator("C2", i => i
                .WithCategories(c => c
                    .Category("① 1회 미만", 2.5m, BandRange.Below(1))
                    .Category("② 1회이상-1.5회미만", 5, BandRange.From(1).To(1.5))
                    .Category("③ 1.5회이상-2회미만", 7.5m, BandRange.From(1.5).To(2))
                    .Category("④ 2회 이상", 10, BandRange.AtLeast(2)))
                .WithProvenance(Assume("the four categories are printed on p.32 without points; equal steps of 2.5 up to the maximum 10")))
            .Indicator("C3", i => i
                .WithPopulationBands(p => p
                    .Band(6, CutoffRange.AtLeast(Cutoff.MeanTimes(1)))
                    .Band(4, CutoffRange.From(Cutoff.MeanTimes(0.5m)).To(Cutoff.MeanTimes(1)))
                    .Band(2, CutoffRange.Below(Cutoff.MeanTimes(0.5m))))
                .WithProvenance(Assume("p.125: the 2016 evaluation scored service linkages against the province mean (평균값을 활용); the bands at the mean and half the mean are assumed")))
            .Indicator("C4", i => i.Excluded("no follow-up data is published (the rate was collected but not printed)"))
            .Indicator("D1", i => i.Excluded("area D is excluded as the report did (p.29: few expanded network teams, incomplete submissions)"))
            .Indicator("D2", i => i.Excluded("area D is excluded as the report did (p.29: few expanded network teams, incomplete submissions)"))
            .Build();
    }
}
