using MuhanRubric.Analysis;
using MuhanRubric.Editions.Y2016;
using MuhanRubric.Measurements;

namespace MuhanRubric.Tests.Analysis;

public partial class YearComparisonTests
{
    [Fact]
    public void Compare_TableWithoutPeriod_IsRejectedNamingIt()
    {
        var undated = IllustrativeYears.Copy(_2016, null, "undated.xlsx");
        var ex = Assert.Throws<ArgumentException>(() => YearComparison.Compare(Rubrics2016.Reference, [_2016, undated]));
        Assert.Equal("Table 'undated.xlsx' has no period; every table of a year comparison needs one (MeasurementTable.Builder.WithPeriod). (Parameter 'years')", ex.Message);
    }

    [Fact]
    public void Compare_TwoTablesWithTheSamePeriod_AreRejectedNamingBoth()
    {
        var again = IllustrativeYears.Copy(_2016, new EvaluationPeriod(_base.Interval, "FY2016"), "2016-resubmitted.csv");
        var ex = Assert.Throws<ArgumentException>(() => YearComparison.Compare(Rubrics2016.Reference, [_2016, _2017, again]));
        Assert.Equal($"Tables '{_2016.Name}' and '2016-resubmitted.csv' have the same period FY2016; a year comparison takes one table per period. (Parameter 'years')", ex.Message);
    }

    [Fact]
    public void Compare_OneTable_IsRejected()
    {
        var ex = Assert.Throws<ArgumentException>(() => YearComparison.Compare(Rubrics2016.Reference, [_2016]));
        Assert.Equal("A year comparison needs at least two tables; got 1. (Parameter 'years')", ex.Message);
    }

    [Fact]
    public void Compare_NullTable_IsRejected()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => YearComparison.Compare(Rubrics2016.Reference, [_2016, null!]));
        Assert.Equal("A year comparison cannot take a null table. (Parameter 'years')", ex.Message);
    }

    [Fact]
    public void Compare_FreezeWithoutBasePeriod_IsRejected()
    {
        var ex = Assert.Throws<ArgumentException>(() => YearComparison.Compare(Rubrics2016.Reference, [_2016, _2017], CutoffPolicy.FreezeFromBaseYear));
        Assert.Equal("Cut-offs frozen from a base year need the base period. (Parameter 'basePeriod')", ex.Message);
    }

    [Fact]
    public void Compare_RecomputeWithABasePeriod_IsRejected()
    {
        var ex = Assert.Throws<ArgumentException>(() => YearComparison.Compare(Rubrics2016.Reference, [_2016, _2017], CutoffPolicy.RecomputeEachYear, _base));
        Assert.Equal("Cut-offs recomputed each year take no base period; got 2016. Use FreezeFromBaseYear to freeze them. (Parameter 'basePeriod')", ex.Message);
    }

    [Fact]
    public void Compare_BasePeriodOfNoTable_IsRejected()
    {
        var ex = Assert.Throws<ArgumentException>(() => YearComparison.Compare(Rubrics2016.Reference, [_2016, _2017], CutoffPolicy.FreezeFromBaseYear, EvaluationPeriod.Year(2015)));
        Assert.Equal("The base period 2015 is not the period of any table (2016, 2017). (Parameter 'basePeriod')", ex.Message);
    }

    [Fact]
    public void Compare_UnknownUnit_ThrowsKeyNotFound()
    {
        var ex = Assert.Throws<KeyNotFoundException>(() => Recomputed()[new MuhanRubric.Units.Municipality("Nowhere", "없는시")]);
        Assert.Equal("No year of the comparison covers 없는시 (Nowhere).", ex.Message);
    }
}
