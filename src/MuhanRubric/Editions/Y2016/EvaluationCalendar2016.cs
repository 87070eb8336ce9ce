using NodaTime;

namespace MuhanRubric.Editions.Y2016;

/// <summary>A period in which the report's data was collected, with where the report says so.</summary>
/// <param name="Name">An English name.</param>
/// <param name="KoreanName">The report's wording.</param>
/// <param name="Interval">The dates, inclusive at both ends.</param>
/// <param name="Source">Where it is printed, for example <c>p.16 note to 표 Ⅱ-2</c>.</param>
[Immutable]
public sealed record SurveyWindow(string Name, string KoreanName, DateInterval Interval, string Source);

/// <summary>The dates of the 2016 evaluation (GGWF Report 2017-15), as NodaTime values.</summary>
/// <remarks>
/// Months printed without days are taken as whole months. Where the report gives two different windows for
/// the same survey, both are exposed and the contradiction is in the discrepancy catalogue.
/// </remarks>
public static class EvaluationCalendar2016
{
    /// <summary>The year whose operation is evaluated: 2016 (p.5, "평가대상은 2016년 … 업무수행 내용").</summary>
    public static DateInterval EvaluatedPeriod { get; } = new(new LocalDate(2016, 1, 1), new LocalDate(2016, 12, 31));

    /// <summary>The reference date of the workplace and employment survey: the end of 2016 (<c>표 Ⅱ-4</c>, "2016년 말 기준").</summary>
    public static LocalDate WorkforceReferenceDate { get; } = new(2016, 12, 31);

    /// <summary>The province's staffing count used as a reference: 31 May 2017 (p.19–20, "2017.5.31.").</summary>
    public static LocalDate StaffingCountDate { get; } = new(2017, 5, 31);

    /// <summary>The workload-share survey of <c>표 Ⅱ-2</c> as its note dates it: May–June 2017 (p.16).</summary>
    public static SurveyWindow WorkloadSurvey { get; } = new(
        "Workload-share survey", "통합사례관리 업무비중 조사 (2017년 5월 ~6월)", Months(2017, 5, 6), "p.16 note to 표 Ⅱ-2");

    /// <summary>The survey period the introduction prints: June–July 2017 (p.6, "조사기간 : 2017.6~7월").</summary>
    public static SurveyWindow IntroductionSurveyPeriod { get; } = new(
        "Survey period (introduction)", "조사기간 : 2017.6~7월", Months(2017, 6, 7), "p.6");

    /// <summary>The workplace and employment survey of <c>표 Ⅱ-4</c> and <c>표 Ⅱ-5</c>: May–June 2017 (p.19–21).</summary>
    public static SurveyWindow WorkforceSurvey { get; } = new(
        "Workforce survey", "경기도 통합사례관리인력 현황조사 (2017년 5월~6월)", Months(2017, 5, 6), "p.19 note to 표 Ⅱ-4");

    /// <summary>All survey windows the report prints.</summary>
    public static IReadOnlyList<SurveyWindow> SurveyWindows { get; } = [WorkloadSurvey, IntroductionSurveyPeriod, WorkforceSurvey];

    private static DateInterval Months(int year, int firstMonth, int lastMonth) =>
        new(new YearMonth(year, firstMonth).OnDayOfMonth(1), new YearMonth(year, lastMonth).OnDayOfMonth(1).With(DateAdjusters.EndOfMonth));
}
