using NodaTime;
using MuhanRubric.Editions.Y2016;

namespace MuhanRubric.Tests.Domain;

public class EvaluationCalendarTests
{
    [Fact]
    public void EvaluatedPeriod_IsCalendarYear2016()
    {
        // p.5: "평가대상은 2016년 지역사회 통합 통합사례관리 업무수행 내용임".
        Assert.Equal(new LocalDate(2016, 1, 1), EvaluationCalendar2016.EvaluatedPeriod.Start);
        Assert.Equal(new LocalDate(2016, 12, 31), EvaluationCalendar2016.EvaluatedPeriod.End);
        Assert.Equal(366, EvaluationCalendar2016.EvaluatedPeriod.Length);
    }

    [Fact]
    public void SurveyWindows_AreWholeMonthsAsPrinted()
    {
        // p.16 note: "2017년 5월 ~6월"; p.6: "조사기간 : 2017.6~7월" (the two disagree; both are kept).
        Assert.Equal(new DateInterval(new LocalDate(2017, 5, 1), new LocalDate(2017, 6, 30)), EvaluationCalendar2016.WorkloadSurvey.Interval);
        Assert.Equal(new DateInterval(new LocalDate(2017, 6, 1), new LocalDate(2017, 7, 31)), EvaluationCalendar2016.IntroductionSurveyPeriod.Interval);
        Assert.Equal(3, EvaluationCalendar2016.SurveyWindows.Count);
    }
}
