using System.Globalization;
using MuhanRubric.Measurements;
using NodaTime;

namespace MuhanRubric.Tests.Measurements;

public class EvaluationPeriodTests
{
    [Fact]
    public void Year_IsTheCalendarYearLabelledByIt()
    {
        var year = EvaluationPeriod.Year(2017);
        Assert.Equal((new LocalDate(2017, 1, 1), new LocalDate(2017, 12, 31), "2017"), (year.Start, year.End, year.Label));
        Assert.Equal("2017", year.ToString());
    }

    [Theory]
    [InlineData(1899)]
    [InlineData(10000)]
    public void Year_OutsideTheSupportedRange_IsRejected(int year)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => EvaluationPeriod.Year(year));
    }

    [Theory]
    [InlineData("2017", "2017-01-01", "2017-12-31", "2017")]
    [InlineData(" 2017\t", "2017-01-01", "2017-12-31", "2017")]
    [InlineData("2017-01-01..2017-12-31", "2017-01-01", "2017-12-31", "2017")]
    [InlineData("2017-03-01..2018-02-28", "2017-03-01", "2018-02-28", "2017-03-01..2018-02-28")]
    [InlineData("2017-07-01 .. 2017-07-01", "2017-07-01", "2017-07-01", "2017-07-01..2017-07-01")]
    public void TryParse_YearsAndIsoDateRanges(string text, string start, string end, string label)
    {
        Assert.True(EvaluationPeriod.TryParse(text, out var period));
        Assert.Equal((start, end, label), (period.Start.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture), period.End.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture), period.Label));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("17")]
    [InlineData("+2017")]
    [InlineData("2017.0")]
    [InlineData("2017년")]
    [InlineData("2018-01-01..2017-12-31")]
    [InlineData("2017-02-30..2017-03-31")]
    [InlineData("2017/01/01..2017/12/31")]
    [InlineData("2017-01-01..2017-06-30..2017-12-31")]
    [InlineData("2017-01-01")]
    public void TryParse_AnythingElse_Fails(string? text)
    {
        Assert.False(EvaluationPeriod.TryParse(text, out var period));
        Assert.Null(period);
    }

    [Fact]
    public void TryParse_IsCultureInvariant()
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("ar-SA");
            Assert.True(EvaluationPeriod.TryParse("2017-01-01..2017-06-30", out var period));
            Assert.Equal("2017-01-01..2017-06-30", period.Label);
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void Ordering_IsByStartThenEnd()
    {
        var firstHalf2017 = new EvaluationPeriod(new DateInterval(new LocalDate(2017, 1, 1), new LocalDate(2017, 6, 30)));
        var fiscal2017 = new EvaluationPeriod(new DateInterval(new LocalDate(2017, 3, 1), new LocalDate(2018, 2, 28)));
        EvaluationPeriod[] shuffled = [EvaluationPeriod.Year(2018), fiscal2017, EvaluationPeriod.Year(2017), EvaluationPeriod.Year(2016), firstHalf2017];
        Assert.Equal(["2016", "2017-01-01..2017-06-30", "2017", "2017-03-01..2018-02-28", "2018"], shuffled.Order().Select(p => p.Label));
        Assert.Equal(1, EvaluationPeriod.Year(2017).CompareTo(null));
    }

    [Fact]
    public void Label_IsTrimmed_AndCountsForEqualityButNotForOrder()
    {
        var year = EvaluationPeriod.Year(2017);
        var fiscal = new EvaluationPeriod(year.Interval, "  FY2017 ");
        Assert.Equal("FY2017", fiscal.Label);
        Assert.NotEqual(year, fiscal);
        Assert.Equal(0, year.CompareTo(fiscal));
        Assert.Equal(year, EvaluationPeriod.Year(2017));
        Assert.Equal(year.GetHashCode(), EvaluationPeriod.Year(2017).GetHashCode());
        Assert.Equal("2017", new EvaluationPeriod(year.Interval, " ").Label);
    }
}
