using MathNet.Numerics.Statistics;
using MuhanRubric.Statistics;
using MuhanRubric.Units;

namespace MuhanRubric.Tests.Statistics;

public class DescriptivesTests
{
    private const double Tolerance = 1e-12;

    [Fact]
    public void Describe_OneToTen_MatchesR()
    {
        // R: x <- 1:10; mean(x) 5.5; sd(x) 3.02765035409749; sqrt(mean((x-mean(x))^2)) 2.87228132326901;
        //    quantile(x, c(.25,.5,.75), type = 6) 2.75 5.50 8.25.
        var d = TestSeries.Of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10).Describe();
        Assert.Equal(10, d.N);
        Assert.Equal(0, d.Missing);
        Assert.Equal(55m, d.Sum);
        Assert.Equal(5.5, d.Mean!.Value, Tolerance);
        Assert.Equal(3.02765035409749, d.StandardDeviation!.Value, 1e-13);
        Assert.Equal(2.87228132326901, d.PopulationStandardDeviation!.Value, 1e-13);
        Assert.Equal(1m, d.Minimum);
        Assert.Equal(10m, d.Maximum);
        Assert.Equal(2.75, d.LowerQuartile!.Value, Tolerance);
        Assert.Equal(5.5, d.Median!.Value, Tolerance);
        Assert.Equal(8.25, d.UpperQuartile!.Value, Tolerance);
        Assert.Equal(QuantileConventions.Spss, d.QuantileDefinition);
    }

    [Fact]
    public void Describe_ExcelDefinition_MatchesRType7()
    {
        // R: quantile(1:10, c(.25,.75), type = 7) 3.25 7.75; quantile(1:10, .9, type = 7) 9.1.
        var d = TestSeries.Of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10).Describe(QuantileConventions.Excel);
        Assert.Equal(3.25, d.LowerQuartile!.Value, Tolerance);
        Assert.Equal(7.75, d.UpperQuartile!.Value, Tolerance);
        Assert.Equal(9.1, d.Percentile(90)!.Value, Tolerance);
    }

    [Fact]
    public void Describe_MissingValues_AreExcludedAndCountedNeverZero()
    {
        var d = TestSeries.Of(10, null, 20, null).Describe();
        Assert.Equal(2, d.N);
        Assert.Equal(2, d.Missing);
        Assert.Equal([Municipality.Seongnam, Municipality.Yongin], d.MissingMunicipalities);
        Assert.Equal(15, d.Mean!.Value, Tolerance);
        Assert.Equal(10m, d.Minimum);
    }

    [Fact]
    public void Describe_NoValues_AllStatisticsNull()
    {
        var d = TestSeries.Of(null, null).Describe();
        Assert.Equal(0, d.N);
        Assert.Null(d.Sum);
        Assert.Null(d.Mean);
        Assert.Null(d.StandardDeviation);
        Assert.Null(d.Median);
        Assert.Null(d.Percentile(10));
    }

    [Fact]
    public void Describe_OneValue_SampleSdNullPopulationSdZero()
    {
        var d = TestSeries.Of(7).Describe();
        Assert.Null(d.StandardDeviation);
        Assert.Equal(0, d.PopulationStandardDeviation!.Value, Tolerance);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(100.5)]
    [InlineData(double.NaN)]
    public void Percentile_OutOfRange_Throws(double percentile)
    {
        var d = TestSeries.Of(1, 2).Describe();
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => d.Percentile(percentile));
        Assert.Equal("percentile", ex.ParamName);
    }

    [Fact]
    public void Percentile_SpssDiffersFromMathNetDefault()
    {
        // MathNet's Percentile() uses R8; the report's SPSS uses R6. R: quantile(c(1,2,4,8), .25, type=6) 1.25; type=8 1.4166667.
        var series = TestSeries.Of(1, 2, 4, 8);
        Assert.Equal(1.25, series.Describe(QuantileDefinition.R6).LowerQuartile!.Value, Tolerance);
        Assert.Equal(1.4166666666666667, series.Describe(QuantileConventions.MedianUnbiased).LowerQuartile!.Value, 1e-12);
    }

    [Fact]
    public void CountIn_RespectsInclusiveAndExclusiveBounds()
    {
        var series = TestSeries.Of(29.9m, 30, 49.9m, 50, null);
        Assert.Equal(2, series.CountIn(Interval.Between(30, 50)));
        Assert.Equal(3, series.CountIn(Interval.Closed(30, 50)));
        Assert.Equal([Municipality.Suwon], series.In(Interval.Below(30)));
        Assert.Equal(0, series.CountIn(Interval.Above(50)));
    }

    [Fact]
    public void ZScores_UseSampleSdAndSkipMissing()
    {
        // mean 2, sample sd 1 → z = -1, 0, 1.
        var z = TestSeries.Of(1, 2, 3, null).ZScores();
        Assert.Equal(-1, z[0].Z!.Value, Tolerance);
        Assert.Equal(0, z[1].Z!.Value, Tolerance);
        Assert.Equal(1, z[2].Z!.Value, Tolerance);
        Assert.Null(z[3].Z);
    }

    [Fact]
    public void ZScores_ConstantSeries_AllNull()
    {
        Assert.All(TestSeries.Of(4, 4, 4).ZScores(), s => Assert.Null(s.Z));
    }
}
