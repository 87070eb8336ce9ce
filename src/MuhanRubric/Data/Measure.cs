using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Ardalis.GuardClauses;

namespace MuhanRubric.Data;

/// <summary>What a measure counts.</summary>
public enum MeasureUnit
{
    /// <summary>A number of events (sessions, meetings).</summary>
    Count,

    /// <summary>People or person-times (명).</summary>
    Persons,

    /// <summary>A score on a printed scale (점수).</summary>
    Score,

    /// <summary>A percentage (%).</summary>
    Percent,

    /// <summary>Hours (시간).</summary>
    Hours,

    /// <summary>Households (가구수).</summary>
    Households,

    /// <summary>Cases (건수).</summary>
    Cases,

    /// <summary>A ratio of two counts.</summary>
    Ratio,
}

/// <summary>
/// A per-municipality measure: one row of the municipality tables <c>표 Ⅳ-16</c> … <c>표 Ⅳ-46</c>.
/// </summary>
/// <remarks>
/// The 32 rows are exposed as static properties in table order and listed in <see cref="All"/>. Measures compare
/// by <see cref="Id"/>. Rows printed as <c>n(p%)</c> have <see cref="HasPercent"/> set: their value is the count
/// and the percentage is kept beside it. Immutable and thread-safe.
/// </remarks>
public sealed class Measure : IEquatable<Measure>
{
    private Measure(string id, string koreanLabel, string englishName, MeasureUnit unit, string indicatorCode, bool hasPercent, int row, bool isWholeCount)
    {
        IsWholeCount = isWholeCount;
        Id = id;
        KoreanLabel = koreanLabel;
        EnglishName = englishName;
        Unit = unit;
        IndicatorCode = indicatorCode;
        HasPercent = hasPercent;
        Row = row;
    }

    /// <summary>The identifier used in data files and rubrics, for example <c>CasesPerCaseManager</c>.</summary>
    public string Id { get; }

    /// <summary>The row label as the report prints it (with its group where the label alone is ambiguous).</summary>
    public string KoreanLabel { get; }

    /// <summary>An English description.</summary>
    public string EnglishName { get; }

    /// <summary>What the measure counts.</summary>
    public MeasureUnit Unit { get; }

    /// <summary>The rubric indicator (<c>표 Ⅲ-3</c>) the row belongs to, for example <c>C1</c>.</summary>
    public string IndicatorCode { get; }

    /// <summary>Whether cells print a count with a percentage, <c>n(p%)</c>.</summary>
    public bool HasPercent { get; }

    /// <summary>
    /// Whether values are whole counts (people, sessions, households), printed exactly; other measures are
    /// ratios or averages the report rounded for print.
    /// </summary>
    public bool IsWholeCount { get; }

    /// <summary>The 1-based row in the municipality tables.</summary>
    public int Row { get; }

    /// <summary>Row 1: External supervision, training and workshop sessions the municipality supported — <c>외부 슈퍼비전, 교육, 워크숍 지원횟수(횟수)</c>.</summary>
    public static Measure ExternalSupportSessions { get; } = new("ExternalSupportSessions", "외부 슈퍼비전, 교육, 워크숍 지원횟수(횟수)", "External supervision, training and workshop sessions the municipality supported", MeasureUnit.Count, "A1", false, 1, true);

    /// <summary>Row 2: Eup/myeon/dong staff attending case conferences hosted by others (person-times) — <c>타 기관 주최 사례회의에 참여한 읍면동 담당자수(명)</c>.</summary>
    public static Measure EupMyeonDongStaffAtOtherMeetings { get; } = new("EupMyeonDongStaffAtOtherMeetings", "타 기관 주최 사례회의에 참여한 읍면동 담당자수(명)", "Eup/myeon/dong staff attending case conferences hosted by others (person-times)", MeasureUnit.Persons, "A1", false, 2, true);

    /// <summary>Row 3: Network-team case managers attending case conferences hosted by others (person-times) — <c>타 기관 주최 사례회의에 참여한 네트워크팀 통합사례관리사(명)</c>.</summary>
    public static Measure NetworkTeamCaseManagersAtOtherMeetings { get; } = new("NetworkTeamCaseManagersAtOtherMeetings", "타 기관 주최 사례회의에 참여한 네트워크팀 통합사례관리사(명)", "Network-team case managers attending case conferences hosted by others (person-times)", MeasureUnit.Persons, "A1", false, 3, true);

    /// <summary>Row 4: Municipal staff attending case conferences hosted by others (person-times) — <c>타 기관 주최 사례회의에 참여한 시군 담당자(명)</c>.</summary>
    public static Measure MunicipalStaffAtOtherMeetings { get; } = new("MunicipalStaffAtOtherMeetings", "타 기관 주최 사례회의에 참여한 시군 담당자(명)", "Municipal staff attending case conferences hosted by others (person-times)", MeasureUnit.Persons, "A1", false, 4, true);

    /// <summary>Row 5: Average practitioners attending meetings hosted by others — <c>평균 타기관 회의에 참여한 실무자(명)</c>.</summary>
    public static Measure AverageStaffAtOtherMeetings { get; } = new("AverageStaffAtOtherMeetings", "평균 타기관 회의에 참여한 실무자(명)", "Average practitioners attending meetings hosted by others", MeasureUnit.Persons, "A1", false, 5, false);

    /// <summary>Row 6: Cooperation satisfaction (1–5 Likert survey) — <c>업무협력 만족도(점수)</c>.</summary>
    public static Measure CooperationSatisfaction { get; } = new("CooperationSatisfaction", "업무협력 만족도(점수)", "Cooperation satisfaction (1–5 Likert survey)", MeasureUnit.Score, "A2", false, 6, false);

    /// <summary>Row 7: Center head with three or more years of social-welfare work — <c>센터장의 전문성: 사회복지업무의 3년 이상 경험자(명)</c>.</summary>
    public static Measure CenterHeadExperienced { get; } = new("CenterHeadExperienced", "센터장의 전문성: 사회복지업무의 3년 이상 경험자(명)", "Center head with three or more years of social-welfare work", MeasureUnit.Persons, "B1", false, 7, true);

    /// <summary>Row 8: Center head holding a social-welfare certificate — <c>센터장의 전문성: 담당 분야 자격증 소지자(명)</c>.</summary>
    public static Measure CenterHeadCertified { get; } = new("CenterHeadCertified", "센터장의 전문성: 담당 분야 자격증 소지자(명)", "Center head holding a social-welfare certificate", MeasureUnit.Persons, "B1", false, 8, true);

    /// <summary>Row 9: Center head with 50 or more cumulative training hours — <c>센터장의 전문성: 사회복지관련 누적 교육이수시간이 50시간 이상인자(명)</c>.</summary>
    public static Measure CenterHeadTrained { get; } = new("CenterHeadTrained", "센터장의 전문성: 사회복지관련 누적 교육이수시간이 50시간 이상인자(명)", "Center head with 50 or more cumulative training hours", MeasureUnit.Persons, "B1", false, 9, true);

    /// <summary>Row 10: Customized-welfare team leaders with three or more years of social-welfare work — <c>맞춤형 복지팀장의 전문성: 사회복지업무의 3년 이상 경험자(명)</c>.</summary>
    public static Measure TeamLeadersExperienced { get; } = new("TeamLeadersExperienced", "맞춤형 복지팀장의 전문성: 사회복지업무의 3년 이상 경험자(명)", "Customized-welfare team leaders with three or more years of social-welfare work", MeasureUnit.Persons, "B2", true, 10, true);

    /// <summary>Row 11: Customized-welfare team leaders holding a certificate — <c>맞춤형 복지팀장의 전문성: 담당분야자격증소지자(명)</c>.</summary>
    public static Measure TeamLeadersCertified { get; } = new("TeamLeadersCertified", "맞춤형 복지팀장의 전문성: 담당분야자격증소지자(명)", "Customized-welfare team leaders holding a certificate", MeasureUnit.Persons, "B2", true, 11, true);

    /// <summary>Row 12: Customized-welfare team leaders with 50 or more cumulative training hours — <c>맞춤형 복지팀장의 전문성: 사회복지관련 누적 교육이수시간이 50시간 이상인자(명)</c>.</summary>
    public static Measure TeamLeadersTrained { get; } = new("TeamLeadersTrained", "맞춤형 복지팀장의 전문성: 사회복지관련 누적 교육이수시간이 50시간 이상인자(명)", "Customized-welfare team leaders with 50 or more cumulative training hours", MeasureUnit.Persons, "B2", true, 12, true);

    /// <summary>Row 13: Officials transferred in 2016 per officials in post — <c>공무원 인사이동비율(%)</c>.</summary>
    public static Measure OfficialTransferRate { get; } = new("OfficialTransferRate", "공무원 인사이동비율(%)", "Officials transferred in 2016 per officials in post", MeasureUnit.Percent, "B3", false, 13, false);

    /// <summary>Row 14: Training hours per official — <c>공무원 1인당 교육시간(시간)</c>.</summary>
    public static Measure OfficialTrainingHoursPerCapita { get; } = new("OfficialTrainingHoursPerCapita", "공무원 1인당 교육시간(시간)", "Training hours per official", MeasureUnit.Hours, "B4", false, 14, false);

    /// <summary>Row 15: Career score of private case managers (1–5 per person, averaged) — <c>경력점수: 민간사례관리사(점수)</c>.</summary>
    public static Measure PrivateCaseManagerCareerScore { get; } = new("PrivateCaseManagerCareerScore", "경력점수: 민간사례관리사(점수)", "Career score of private case managers (1–5 per person, averaged)", MeasureUnit.Score, "B5", false, 15, false);

    /// <summary>Row 16: Career score of integrated case managers (1–5 per person, averaged) — <c>경력점수: 통합사례관리사(점수)</c>.</summary>
    public static Measure IntegratedCaseManagerCareerScore { get; } = new("IntegratedCaseManagerCareerScore", "경력점수: 통합사례관리사(점수)", "Career score of integrated case managers (1–5 per person, averaged)", MeasureUnit.Score, "B6", false, 16, false);

    /// <summary>Row 17: Private case managers in regular (or open-ended) employment — <c>민간사례관리사 정규직 인원(명, 비율)</c>.</summary>
    public static Measure PrivateCaseManagersRegular { get; } = new("PrivateCaseManagersRegular", "민간사례관리사 정규직 인원(명, 비율)", "Private case managers in regular (or open-ended) employment", MeasureUnit.Persons, "B7", true, 17, true);

    /// <summary>Row 18: Private case managers whose career is recognised in pay — <c>민간사례관리사 급여산정 시 경력인정 인원(명, 비율)</c>.</summary>
    public static Measure PrivateCaseManagersCareerRecognised { get; } = new("PrivateCaseManagersCareerRecognised", "민간사례관리사 급여산정 시 경력인정 인원(명, 비율)", "Private case managers whose career is recognised in pay", MeasureUnit.Persons, "B7", true, 18, true);

    /// <summary>Row 19: Private case managers with pay-step raises — <c>민간사례관리사 급여산정 시 호봉승급 인원(명, 비율)</c>.</summary>
    public static Measure PrivateCaseManagersPayStepRaise { get; } = new("PrivateCaseManagersPayStepRaise", "민간사례관리사 급여산정 시 호봉승급 인원(명, 비율)", "Private case managers with pay-step raises", MeasureUnit.Persons, "B7", true, 19, true);

    /// <summary>Row 20: Integrated case managers in regular (or open-ended) employment — <c>통합사례관리사 정규직인원(명, 비율)</c>.</summary>
    public static Measure IntegratedCaseManagersRegular { get; } = new("IntegratedCaseManagersRegular", "통합사례관리사 정규직인원(명, 비율)", "Integrated case managers in regular (or open-ended) employment", MeasureUnit.Persons, "B7", true, 20, true);

    /// <summary>Row 21: Integrated case managers whose career is recognised in pay — <c>통합사례관리사 급여산정 시 경력인정 인원(명, 비율)</c>.</summary>
    public static Measure IntegratedCaseManagersCareerRecognised { get; } = new("IntegratedCaseManagersCareerRecognised", "통합사례관리사 급여산정 시 경력인정 인원(명, 비율)", "Integrated case managers whose career is recognised in pay", MeasureUnit.Persons, "B7", true, 21, true);

    /// <summary>Row 22: Integrated case managers with pay-step raises — <c>통합사례관리사 급여산정 시 호봉승급 인원(명, 비율)</c>.</summary>
    public static Measure IntegratedCaseManagersPayStepRaise { get; } = new("IntegratedCaseManagersPayStepRaise", "통합사례관리사 급여산정 시 호봉승급 인원(명, 비율)", "Integrated case managers with pay-step raises", MeasureUnit.Persons, "B7", true, 22, true);

    /// <summary>Row 23: Private case managers who left in 2016 — <c>안정성(퇴직자수): 민간사례관리사(명)</c>.</summary>
    public static Measure PrivateCaseManagerDepartures { get; } = new("PrivateCaseManagerDepartures", "안정성(퇴직자수): 민간사례관리사(명)", "Private case managers who left in 2016", MeasureUnit.Persons, "B8", false, 23, true);

    /// <summary>Row 24: Integrated case managers who left in 2016 — <c>안정성(퇴직자수): 통합사례관리사(명)</c>.</summary>
    public static Measure IntegratedCaseManagerDepartures { get; } = new("IntegratedCaseManagerDepartures", "안정성(퇴직자수): 통합사례관리사(명)", "Integrated case managers who left in 2016", MeasureUnit.Persons, "B9", false, 24, true);

    /// <summary>Row 25: Training hours per private case manager — <c>1인당 교육시간: 민간사례관리사(시간)</c>.</summary>
    public static Measure PrivateCaseManagerTrainingHours { get; } = new("PrivateCaseManagerTrainingHours", "1인당 교육시간: 민간사례관리사(시간)", "Training hours per private case manager", MeasureUnit.Hours, "B10", false, 25, false);

    /// <summary>Row 26: Training hours per integrated case manager — <c>1인당 교육시간: 통합사례관리사(시간)</c>.</summary>
    public static Measure IntegratedCaseManagerTrainingHours { get; } = new("IntegratedCaseManagerTrainingHours", "1인당 교육시간: 통합사례관리사(시간)", "Training hours per integrated case manager", MeasureUnit.Hours, "B10", false, 26, false);

    /// <summary>Row 27: Households under integrated case management — <c>통합사례관리건수(가구수)</c>.</summary>
    public static Measure CasesManaged { get; } = new("CasesManaged", "통합사례관리건수(가구수)", "Households under integrated case management", MeasureUnit.Households, "C1", false, 27, true);

    /// <summary>Row 28: Households per case manager (caseload) — <c>1인당 통합사례관리건수(가구수)</c>.</summary>
    public static Measure CasesPerCaseManager { get; } = new("CasesPerCaseManager", "1인당 통합사례관리건수(가구수)", "Households per case manager (caseload)", MeasureUnit.Households, "C1", false, 28, false);

    /// <summary>Row 29: Case conferences per case — <c>사례당 사례회의건수(건수)</c>.</summary>
    public static Measure CaseConferencesPerCase { get; } = new("CaseConferencesPerCase", "사례당 사례회의건수(건수)", "Case conferences per case", MeasureUnit.Cases, "C2", false, 29, false);

    /// <summary>Row 30: Staff of other agencies per case conference (printed with a % label, but a ratio) — <c>회의에 참여한 타 기관 인력비율(%)</c>.</summary>
    public static Measure OtherAgencyStaffPerConference { get; } = new("OtherAgencyStaffPerConference", "회의에 참여한 타 기관 인력비율(%)", "Staff of other agencies per case conference (printed with a % label, but a ratio)", MeasureUnit.Ratio, "C2", false, 30, false);

    /// <summary>Row 31: Service linkages — <c>서비스연계건수(건수)</c>.</summary>
    public static Measure ServiceLinkages { get; } = new("ServiceLinkages", "서비스연계건수(건수)", "Service linkages", MeasureUnit.Cases, "C3", false, 31, true);

    /// <summary>Row 32: Service linkages per case — <c>사례당 서비스연계건수(건수)</c>.</summary>
    public static Measure ServiceLinkagesPerCase { get; } = new("ServiceLinkagesPerCase", "사례당 서비스연계건수(건수)", "Service linkages per case", MeasureUnit.Cases, "C3", false, 32, false);

    /// <summary>The 32 measures in table order.</summary>
    public static IReadOnlyList<Measure> All { get; } = [ExternalSupportSessions, EupMyeonDongStaffAtOtherMeetings, NetworkTeamCaseManagersAtOtherMeetings, MunicipalStaffAtOtherMeetings, AverageStaffAtOtherMeetings, CooperationSatisfaction, CenterHeadExperienced, CenterHeadCertified, CenterHeadTrained, TeamLeadersExperienced, TeamLeadersCertified, TeamLeadersTrained, OfficialTransferRate, OfficialTrainingHoursPerCapita, PrivateCaseManagerCareerScore, IntegratedCaseManagerCareerScore, PrivateCaseManagersRegular, PrivateCaseManagersCareerRecognised, PrivateCaseManagersPayStepRaise, IntegratedCaseManagersRegular, IntegratedCaseManagersCareerRecognised, IntegratedCaseManagersPayStepRaise, PrivateCaseManagerDepartures, IntegratedCaseManagerDepartures, PrivateCaseManagerTrainingHours, IntegratedCaseManagerTrainingHours, CasesManaged, CasesPerCaseManager, CaseConferencesPerCase, OtherAgencyStaffPerConference, ServiceLinkages, ServiceLinkagesPerCase];

    private static readonly FrozenDictionary<string, Measure> _byId = All.ToFrozenDictionary(m => m.Id, StringComparer.Ordinal);

    /// <summary>Finds a measure by <see cref="Id"/> (ordinal, case-sensitive).</summary>
    /// <param name="id">For example <c>CasesPerCaseManager</c>.</param>
    /// <param name="measure">The measure, when found.</param>
    /// <returns>Whether a measure has that id.</returns>
    public static bool TryFromId(string? id, [NotNullWhen(true)] out Measure? measure)
    {
        measure = null;
        return id is not null && _byId.TryGetValue(id, out measure);
    }

    /// <summary>Finds a measure by <see cref="Id"/>.</summary>
    /// <param name="id">For example <c>CasesPerCaseManager</c>.</param>
    /// <returns>The measure.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="ArgumentException">No measure has that id.</exception>
    public static Measure FromId(string id)
    {
        Guard.Against.Null(id);
        return TryFromId(id, out var found)
            ? found
            : throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"'{id}' is not a measure of the municipality tables."), nameof(id));
    }

    /// <inheritdoc/>
    public bool Equals(Measure? other) => other is not null && string.Equals(Id, other.Id, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Measure);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Id);

    /// <summary>Value equality.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether both are the same measure.</returns>
    public static bool operator ==(Measure? left, Measure? right) => Equals(left, right);

    /// <summary>Value inequality.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether they are different measures.</returns>
    public static bool operator !=(Measure? left, Measure? right) => !Equals(left, right);

    /// <summary>The id.</summary>
    /// <returns><see cref="Id"/>.</returns>
    public override string ToString() => Id;
}
