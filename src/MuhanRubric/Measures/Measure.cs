using System.Globalization;
using Ardalis.GuardClauses;
using MuhanRubric.Statistics;

namespace MuhanRubric.Measures;

/// <summary>
/// What a dataset measures for each unit: a count, a score, a ratio. Rubrics read measures by <see cref="Id"/>.
/// </summary>
/// <remarks>
/// <para>The 32 rows of the 2016 municipality tables (<c>표 Ⅳ-16</c> … <c>표 Ⅳ-46</c>) are static members in table
/// order; with <see cref="PrivateCaseManagersInPost"/> (the private-staff headcount of <c>표 Ⅱ-3</c>, the denominator of
/// indicator B8's departure ratio) they form the built-in catalogue <see cref="MeasureCatalog.Gyeonggi2016"/>; a
/// dataset may declare any other measure with the constructor. Nothing in scoring, statistics or analysis needs the
/// built-in 33.</para>
/// <para>A count may carry a share (<see cref="HasShare"/>): the report prints <c>9(69.2%)</c>, 9 people who are
/// 69.2 % of the staff. The share is taken from the cell when given, or derived from the count and the
/// <see cref="ShareDenominator"/> measure when one is declared (see <c>MeasurementTable.Share</c>).</para>
/// <para>Measures compare by <see cref="Id"/> (ordinal). Immutable and thread-safe.</para>
/// </remarks>
public sealed class Measure : IEquatable<Measure>
{
    /// <summary>Declares a measure.</summary>
    /// <param name="id">The identifier used in data files and rubrics, for example <c>CasesPerCaseManager</c>: letters,
    /// digits, <c>_</c>, <c>-</c> and <c>.</c>, starting with a letter.</param>
    /// <param name="koreanLabel">The Korean label submission forms and reports print.</param>
    /// <param name="englishName">An English name.</param>
    /// <param name="unit">What the measure counts.</param>
    /// <param name="isWholeCount">Whether values are whole counts (people, sessions, households).</param>
    /// <param name="hasShare">Whether a count carries a share (a percentage of some whole), <c>n(p%)</c>.</param>
    /// <param name="shareDenominator">The id of the measure the share is a percentage of, when the dataset holds it;
    /// the share is then derived when a cell does not give it.</param>
    /// <param name="expectedRange">The values a valid measurement can take; a value outside is scored but warned
    /// about. Percentages default to [0, 100]; other measures to none (negative values are rejected on import).</param>
    /// <exception cref="ArgumentException">An argument is empty, the id has characters other than those above, or a
    /// denominator is given for a measure without a share.</exception>
    public Measure(
        string id,
        string koreanLabel,
        string englishName,
        MeasureUnit unit,
        bool isWholeCount = false,
        bool hasShare = false,
        string? shareDenominator = null,
        Interval? expectedRange = null)
    {
        Guard.Against.NullOrWhiteSpace(id);
        if (!IsValidId(id))
        {
            throw new ArgumentException($"A measure id starts with a letter and has only letters, digits, '_', '-' and '.'; got '{id}'.", nameof(id));
        }

        if (shareDenominator is not null && !hasShare)
        {
            throw new ArgumentException($"Measure '{id}' declares a share denominator but no share (hasShare: false).", nameof(shareDenominator));
        }

        if (shareDenominator is not null && (!IsValidId(shareDenominator) || shareDenominator == id))
        {
            throw new ArgumentException($"Measure '{id}' has an invalid share denominator '{shareDenominator}'.", nameof(shareDenominator));
        }

        Id = id;
        KoreanLabel = Units.Municipality.Normalize(Guard.Against.NullOrWhiteSpace(koreanLabel));
        EnglishName = Guard.Against.NullOrWhiteSpace(englishName).Trim();
        Unit = Guard.Against.EnumOutOfRange(unit);
        IsWholeCount = isWholeCount;
        HasShare = hasShare;
        ShareDenominator = shareDenominator;
        ExpectedRange = expectedRange ?? (unit == MeasureUnit.Percent ? Interval.Closed(0, 100) : null);
    }

    /// <summary>The identifier used in data files and rubrics, for example <c>CasesPerCaseManager</c>.</summary>
    public string Id { get; }

    /// <summary>The Korean label (the 2016 measures: the row label as the report prints it). NFC.</summary>
    public string KoreanLabel { get; }

    /// <summary>An English name.</summary>
    public string EnglishName { get; }

    /// <summary>What the measure counts.</summary>
    public MeasureUnit Unit { get; }

    /// <summary>Whether a count carries a share, printed <c>n(p%)</c>.</summary>
    public bool HasShare { get; }

    /// <summary>The id of the measure the share is a percentage of, when declared.</summary>
    public string? ShareDenominator { get; }

    /// <summary>
    /// Whether values are whole counts (people, sessions, households), exact; other measures are ratios or averages
    /// that are rounded for print.
    /// </summary>
    public bool IsWholeCount { get; }

    /// <summary>The values a valid measurement can take, or null when any non-negative value can be valid.</summary>
    public Interval? ExpectedRange { get; }

    /// <summary>Row 1 of the 2016 municipality tables (indicator A1): External supervision, training and workshop sessions the municipality supported — <c>외부 슈퍼비전, 교육, 워크숍 지원횟수(횟수)</c>.</summary>
    public static Measure ExternalSupportSessions { get; } = new("ExternalSupportSessions", "외부 슈퍼비전, 교육, 워크숍 지원횟수(횟수)", "External supervision, training and workshop sessions the municipality supported", MeasureUnit.Count, isWholeCount: true);

    /// <summary>Row 2 of the 2016 municipality tables (indicator A1): Eup/myeon/dong staff attending case conferences hosted by others (person-times) — <c>타 기관 주최 사례회의에 참여한 읍면동 담당자수(명)</c>.</summary>
    public static Measure EupMyeonDongStaffAtOtherMeetings { get; } = new("EupMyeonDongStaffAtOtherMeetings", "타 기관 주최 사례회의에 참여한 읍면동 담당자수(명)", "Eup/myeon/dong staff attending case conferences hosted by others (person-times)", MeasureUnit.Persons, isWholeCount: true);

    /// <summary>Row 3 of the 2016 municipality tables (indicator A1): Network-team case managers attending case conferences hosted by others (person-times) — <c>타 기관 주최 사례회의에 참여한 네트워크팀 통합사례관리사(명)</c>.</summary>
    public static Measure NetworkTeamCaseManagersAtOtherMeetings { get; } = new("NetworkTeamCaseManagersAtOtherMeetings", "타 기관 주최 사례회의에 참여한 네트워크팀 통합사례관리사(명)", "Network-team case managers attending case conferences hosted by others (person-times)", MeasureUnit.Persons, isWholeCount: true);

    /// <summary>Row 4 of the 2016 municipality tables (indicator A1): Municipal staff attending case conferences hosted by others (person-times) — <c>타 기관 주최 사례회의에 참여한 시군 담당자(명)</c>.</summary>
    public static Measure MunicipalStaffAtOtherMeetings { get; } = new("MunicipalStaffAtOtherMeetings", "타 기관 주최 사례회의에 참여한 시군 담당자(명)", "Municipal staff attending case conferences hosted by others (person-times)", MeasureUnit.Persons, isWholeCount: true);

    /// <summary>Row 5 of the 2016 municipality tables (indicator A1): Average practitioners attending meetings hosted by others — <c>평균 타기관 회의에 참여한 실무자(명)</c>.</summary>
    public static Measure AverageStaffAtOtherMeetings { get; } = new("AverageStaffAtOtherMeetings", "평균 타기관 회의에 참여한 실무자(명)", "Average practitioners attending meetings hosted by others", MeasureUnit.Persons);

    /// <summary>Row 6 of the 2016 municipality tables (indicator A2): Cooperation satisfaction (1–5 Likert survey) — <c>업무협력 만족도(점수)</c>.</summary>
    public static Measure CooperationSatisfaction { get; } = new("CooperationSatisfaction", "업무협력 만족도(점수)", "Cooperation satisfaction (1–5 Likert survey)", MeasureUnit.Score, expectedRange: Interval.Closed(1m, 5m));

    /// <summary>Row 7 of the 2016 municipality tables (indicator B1): Center head with three or more years of social-welfare work — <c>센터장의 전문성: 사회복지업무의 3년 이상 경험자(명)</c>.</summary>
    public static Measure CenterHeadExperienced { get; } = new("CenterHeadExperienced", "센터장의 전문성: 사회복지업무의 3년 이상 경험자(명)", "Center head with three or more years of social-welfare work", MeasureUnit.Persons, isWholeCount: true);

    /// <summary>Row 8 of the 2016 municipality tables (indicator B1): Center head holding a social-welfare certificate — <c>센터장의 전문성: 담당 분야 자격증 소지자(명)</c>.</summary>
    public static Measure CenterHeadCertified { get; } = new("CenterHeadCertified", "센터장의 전문성: 담당 분야 자격증 소지자(명)", "Center head holding a social-welfare certificate", MeasureUnit.Persons, isWholeCount: true);

    /// <summary>Row 9 of the 2016 municipality tables (indicator B1): Center head with 50 or more cumulative training hours — <c>센터장의 전문성: 사회복지관련 누적 교육이수시간이 50시간 이상인자(명)</c>.</summary>
    public static Measure CenterHeadTrained { get; } = new("CenterHeadTrained", "센터장의 전문성: 사회복지관련 누적 교육이수시간이 50시간 이상인자(명)", "Center head with 50 or more cumulative training hours", MeasureUnit.Persons, isWholeCount: true);

    /// <summary>Row 10 of the 2016 municipality tables (indicator B2): Customized-welfare team leaders with three or more years of social-welfare work — <c>맞춤형 복지팀장의 전문성: 사회복지업무의 3년 이상 경험자(명)</c>.</summary>
    public static Measure TeamLeadersExperienced { get; } = new("TeamLeadersExperienced", "맞춤형 복지팀장의 전문성: 사회복지업무의 3년 이상 경험자(명)", "Customized-welfare team leaders with three or more years of social-welfare work", MeasureUnit.Persons, isWholeCount: true, hasShare: true);

    /// <summary>Row 11 of the 2016 municipality tables (indicator B2): Customized-welfare team leaders holding a certificate — <c>맞춤형 복지팀장의 전문성: 담당분야자격증소지자(명)</c>.</summary>
    public static Measure TeamLeadersCertified { get; } = new("TeamLeadersCertified", "맞춤형 복지팀장의 전문성: 담당분야자격증소지자(명)", "Customized-welfare team leaders holding a certificate", MeasureUnit.Persons, isWholeCount: true, hasShare: true);

    /// <summary>Row 12 of the 2016 municipality tables (indicator B2): Customized-welfare team leaders with 50 or more cumulative training hours — <c>맞춤형 복지팀장의 전문성: 사회복지관련 누적 교육이수시간이 50시간 이상인자(명)</c>.</summary>
    public static Measure TeamLeadersTrained { get; } = new("TeamLeadersTrained", "맞춤형 복지팀장의 전문성: 사회복지관련 누적 교육이수시간이 50시간 이상인자(명)", "Customized-welfare team leaders with 50 or more cumulative training hours", MeasureUnit.Persons, isWholeCount: true, hasShare: true);

    /// <summary>Row 13 of the 2016 municipality tables (indicator B3): Officials transferred in 2016 per officials in post — <c>공무원 인사이동비율(%)</c>.</summary>
    public static Measure OfficialTransferRate { get; } = new("OfficialTransferRate", "공무원 인사이동비율(%)", "Officials transferred in 2016 per officials in post", MeasureUnit.Percent);

    /// <summary>Row 14 of the 2016 municipality tables (indicator B4): Training hours per official — <c>공무원 1인당 교육시간(시간)</c>.</summary>
    public static Measure OfficialTrainingHoursPerCapita { get; } = new("OfficialTrainingHoursPerCapita", "공무원 1인당 교육시간(시간)", "Training hours per official", MeasureUnit.Hours);

    /// <summary>Row 15 of the 2016 municipality tables (indicator B5): Career score of private case managers (1–5 per person, averaged) — <c>경력점수: 민간사례관리사(점수)</c>.</summary>
    public static Measure PrivateCaseManagerCareerScore { get; } = new("PrivateCaseManagerCareerScore", "경력점수: 민간사례관리사(점수)", "Career score of private case managers (1–5 per person, averaged)", MeasureUnit.Score, expectedRange: Interval.Closed(1m, 5m));

    /// <summary>Row 16 of the 2016 municipality tables (indicator B6): Career score of integrated case managers (1–5 per person, averaged) — <c>경력점수: 통합사례관리사(점수)</c>.</summary>
    public static Measure IntegratedCaseManagerCareerScore { get; } = new("IntegratedCaseManagerCareerScore", "경력점수: 통합사례관리사(점수)", "Career score of integrated case managers (1–5 per person, averaged)", MeasureUnit.Score, expectedRange: Interval.Closed(1m, 5m));

    /// <summary>Row 17 of the 2016 municipality tables (indicator B7): Private case managers in regular (or open-ended) employment — <c>민간사례관리사 정규직 인원(명, 비율)</c>.</summary>
    public static Measure PrivateCaseManagersRegular { get; } = new("PrivateCaseManagersRegular", "민간사례관리사 정규직 인원(명, 비율)", "Private case managers in regular (or open-ended) employment", MeasureUnit.Persons, isWholeCount: true, hasShare: true);

    /// <summary>Row 18 of the 2016 municipality tables (indicator B7): Private case managers whose career is recognised in pay — <c>민간사례관리사 급여산정 시 경력인정 인원(명, 비율)</c>.</summary>
    public static Measure PrivateCaseManagersCareerRecognised { get; } = new("PrivateCaseManagersCareerRecognised", "민간사례관리사 급여산정 시 경력인정 인원(명, 비율)", "Private case managers whose career is recognised in pay", MeasureUnit.Persons, isWholeCount: true, hasShare: true);

    /// <summary>Row 19 of the 2016 municipality tables (indicator B7): Private case managers with pay-step raises — <c>민간사례관리사 급여산정 시 호봉승급 인원(명, 비율)</c>.</summary>
    public static Measure PrivateCaseManagersPayStepRaise { get; } = new("PrivateCaseManagersPayStepRaise", "민간사례관리사 급여산정 시 호봉승급 인원(명, 비율)", "Private case managers with pay-step raises", MeasureUnit.Persons, isWholeCount: true, hasShare: true);

    /// <summary>Row 20 of the 2016 municipality tables (indicator B7): Integrated case managers in regular (or open-ended) employment — <c>통합사례관리사 정규직인원(명, 비율)</c>.</summary>
    public static Measure IntegratedCaseManagersRegular { get; } = new("IntegratedCaseManagersRegular", "통합사례관리사 정규직인원(명, 비율)", "Integrated case managers in regular (or open-ended) employment", MeasureUnit.Persons, isWholeCount: true, hasShare: true);

    /// <summary>Row 21 of the 2016 municipality tables (indicator B7): Integrated case managers whose career is recognised in pay — <c>통합사례관리사 급여산정 시 경력인정 인원(명, 비율)</c>.</summary>
    public static Measure IntegratedCaseManagersCareerRecognised { get; } = new("IntegratedCaseManagersCareerRecognised", "통합사례관리사 급여산정 시 경력인정 인원(명, 비율)", "Integrated case managers whose career is recognised in pay", MeasureUnit.Persons, isWholeCount: true, hasShare: true);

    /// <summary>Row 22 of the 2016 municipality tables (indicator B7): Integrated case managers with pay-step raises — <c>통합사례관리사 급여산정 시 호봉승급 인원(명, 비율)</c>.</summary>
    public static Measure IntegratedCaseManagersPayStepRaise { get; } = new("IntegratedCaseManagersPayStepRaise", "통합사례관리사 급여산정 시 호봉승급 인원(명, 비율)", "Integrated case managers with pay-step raises", MeasureUnit.Persons, isWholeCount: true, hasShare: true);

    /// <summary>
    /// Not a row of the municipality tables (indicator B8's denominator): private case managers in post — <c>표 Ⅱ-3</c>'s
    /// 2016 <c>인원 수</c> (p.17–18), the province-funded private case managers of each 시군 (p.8 counts 195 in 2010,
    /// as the table's total row does). p.31 divides B8's departures by the private case managers who worked in 2016
    /// (<c>실근무자 수</c>); 표 Ⅱ-3 is the only table that prints a headcount for every 시군.
    /// </summary>
    public static Measure PrivateCaseManagersInPost { get; } = new("PrivateCaseManagersInPost", "민간사례관리사 인원 수(명)", "Private case managers in post (표 Ⅱ-3 인원 수)", MeasureUnit.Persons, isWholeCount: true);

    /// <summary>Row 23 of the 2016 municipality tables (indicator B8): Private case managers who left in 2016 — <c>안정성(퇴직자수): 민간사례관리사(명)</c>.</summary>
    public static Measure PrivateCaseManagerDepartures { get; } = new("PrivateCaseManagerDepartures", "안정성(퇴직자수): 민간사례관리사(명)", "Private case managers who left in 2016", MeasureUnit.Persons, isWholeCount: true);

    /// <summary>Row 24 of the 2016 municipality tables (indicator B9): Integrated case managers who left in 2016 — <c>안정성(퇴직자수): 통합사례관리사(명)</c>.</summary>
    public static Measure IntegratedCaseManagerDepartures { get; } = new("IntegratedCaseManagerDepartures", "안정성(퇴직자수): 통합사례관리사(명)", "Integrated case managers who left in 2016", MeasureUnit.Persons, isWholeCount: true);

    /// <summary>Row 25 of the 2016 municipality tables (indicator B10): Training hours per private case manager — <c>1인당 교육시간: 민간사례관리사(시간)</c>.</summary>
    public static Measure PrivateCaseManagerTrainingHours { get; } = new("PrivateCaseManagerTrainingHours", "1인당 교육시간: 민간사례관리사(시간)", "Training hours per private case manager", MeasureUnit.Hours);

    /// <summary>Row 26 of the 2016 municipality tables (indicator B10): Training hours per integrated case manager — <c>1인당 교육시간: 통합사례관리사(시간)</c>.</summary>
    public static Measure IntegratedCaseManagerTrainingHours { get; } = new("IntegratedCaseManagerTrainingHours", "1인당 교육시간: 통합사례관리사(시간)", "Training hours per integrated case manager", MeasureUnit.Hours);

    /// <summary>Row 27 of the 2016 municipality tables (indicator C1): Households under integrated case management — <c>통합사례관리건수(가구수)</c>.</summary>
    public static Measure CasesManaged { get; } = new("CasesManaged", "통합사례관리건수(가구수)", "Households under integrated case management", MeasureUnit.Households, isWholeCount: true);

    /// <summary>Row 28 of the 2016 municipality tables (indicator C1): Households per case manager (caseload) — <c>1인당 통합사례관리건수(가구수)</c>.</summary>
    public static Measure CasesPerCaseManager { get; } = new("CasesPerCaseManager", "1인당 통합사례관리건수(가구수)", "Households per case manager (caseload)", MeasureUnit.Households);

    /// <summary>Row 29 of the 2016 municipality tables (indicator C2): Case conferences per case — <c>사례당 사례회의건수(건수)</c>.</summary>
    public static Measure CaseConferencesPerCase { get; } = new("CaseConferencesPerCase", "사례당 사례회의건수(건수)", "Case conferences per case", MeasureUnit.Cases);

    /// <summary>Row 30 of the 2016 municipality tables (indicator C2): Staff of other agencies per case conference (printed with a % label, but a ratio) — <c>회의에 참여한 타 기관 인력비율(%)</c>.</summary>
    public static Measure OtherAgencyStaffPerConference { get; } = new("OtherAgencyStaffPerConference", "회의에 참여한 타 기관 인력비율(%)", "Staff of other agencies per case conference (printed with a % label, but a ratio)", MeasureUnit.Ratio);

    /// <summary>Row 31 of the 2016 municipality tables (indicator C3): Service linkages — <c>서비스연계건수(건수)</c>.</summary>
    public static Measure ServiceLinkages { get; } = new("ServiceLinkages", "서비스연계건수(건수)", "Service linkages", MeasureUnit.Cases, isWholeCount: true);

    /// <summary>Row 32 of the 2016 municipality tables (indicator C3): Service linkages per case — <c>사례당 서비스연계건수(건수)</c>.</summary>
    public static Measure ServiceLinkagesPerCase { get; } = new("ServiceLinkagesPerCase", "사례당 서비스연계건수(건수)", "Service linkages per case", MeasureUnit.Cases);

    /// <inheritdoc/>
    public bool Equals(Measure? other) => other is not null && string.Equals(Id, other.Id, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Measure);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Id);

    /// <summary>Value equality (by id).</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether both are the same measure.</returns>
    public static bool operator ==(Measure? left, Measure? right) => Equals(left, right);

    /// <summary>Value inequality (by id).</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether they are different measures.</returns>
    public static bool operator !=(Measure? left, Measure? right) => !Equals(left, right);

    /// <summary>The id.</summary>
    /// <returns><see cref="Id"/>.</returns>
    public override string ToString() => Id;

    /// <summary>Whether a text is a valid measure id: a letter, then letters, digits, <c>_</c>, <c>-</c> or <c>.</c>.</summary>
    /// <param name="id">The text.</param>
    /// <returns>Whether it is a valid id.</returns>
    public static bool IsValidId(string? id) =>
        !string.IsNullOrEmpty(id) && char.IsLetter(id[0]) && id.All(c => char.IsLetterOrDigit(c) || c is '_' or '-' or '.');

    internal static string Describe(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}
