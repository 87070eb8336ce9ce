using MuhanRubric.Composite;

namespace MuhanRubric.Tests.Composite;

/// <summary>
/// COINr's treatment (R/treat.R at github.com/bluefoxr/COINr v1.1.14: <c>winsorise</c> line 861, <c>log_CT</c>,
/// <c>check_SkewKurt</c> line 1213; <c>skew</c>/<c>kurt</c> in R/stats.R) and the numbers its reference pages print.
/// </summary>
public class OutlierTreatmentTests
{
    private static readonly TreatOutliersStep Default = new();

    private static double?[] Treated(double?[] x, TreatOutliersStep? step = null, string code = "x")
    {
        var index = CompositeIndex.Create("t").AddAggregate("I", Aggregation.ArithmeticMean).AddIndicator(code, "I").AddStep(step ?? Default).Build();
        return [.. index.Evaluate(CompositeTestData.Table(new Dictionary<string, double?[]> { [code] = x })).Column(code)];
    }

    private static TreatRecord Record(double?[] x, TreatOutliersStep? step = null)
    {
        var index = CompositeIndex.Create("t").AddAggregate("I", Aggregation.ArithmeticMean).AddIndicator("x", "I").AddStep(step ?? Default).Build();
        return (TreatRecord)index.Evaluate(CompositeTestData.Table(new Dictionary<string, double?[]> { ["x"] = x })).Steps[0];
    }

    [Fact]
    public void SkewKurt_AsCoinrPrintsThem()
    {
        // COINr reference page Treat.numeric (docs/reference/Treat.numeric.html, gh-pages 2025-04-04):
        // check_SkewKurt(c(1:10, 30, 100)) prints $Skew 3.063241 and $Kurt 9.741391.
        double[] x = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 30, 100];
        var (skew, kurt) = OutlierTreatmentRule.SkewKurt(x);
        Assert.Equal(3.063241, skew, 6);
        Assert.Equal(9.741391, kurt, 6);
    }

    [Fact]
    public void Winsorise_CoinrExample_ReplacesTheMaximumOnce()
    {
        // COINr reference page winsorise: winsorise(c(1:10, 30, 100)) gives 1 … 10, 30, 30 with nwin 1.
        var record = Record([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 30, 100]).Indicators.Single();
        var x = Treated([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 30, 100]);

        Assert.Equal(OutlierTreatment.Winsorised, record.Treatment);
        Assert.Equal(["U12"], record.WinsorisedUnits);
        Assert.Equal([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 30, 30], x.Select(v => v!.Value));
    }

    [Fact]
    public void Winsorise_TiedMaxima_AreWinsorisedTogether()
    {
        // Two units share the maximum: both move to the next value in one step, and count as two points.
        double?[] x = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 100, 100];
        var record = Record(x).Indicators.Single();
        var treated = Treated(x);

        Assert.Equal(OutlierTreatment.Winsorised, record.Treatment);
        Assert.Equal(["U13", "U14"], record.WinsorisedUnits);
        Assert.Equal(12, treated[12]);
        Assert.Equal(12, treated[13]);
    }

    [Fact]
    public void Winsorise_TiesCountTowardsTheLimit_ThenTheLogOfTheOriginal()
    {
        // Tied extremes count as points: with winmax 1 the two tied maxima exceed the limit in one step, the
        // indicator still fails, and COINr's log_CT applies to the original values.
        // Thirty 1s, then 2, 3, 4, 500, 1000, 1000: skewness 3.52, kurtosis 11.5; after the two tied maxima move to 500,
        // still 3.15 and 8.37.
        double?[] x = [.. Enumerable.Repeat<double?>(1, 30), 2, 3, 4, 500, 1000, 1000];
        var step = new TreatOutliersStep(WinsoriseMax: 2);
        var record = Record(x, step).Indicators.Single();
        var treated = Treated(x, step);

        Assert.Equal(OutlierTreatment.Log, record.Treatment);
        Assert.Equal(3.518796, record.Skewness, 5);
        Assert.Empty(record.WinsorisedUnits);
        Assert.Equal(Math.Log(1 - 1 + (0.01 * 999)), treated[0]!.Value, 12);
        Assert.Equal(Math.Log(1000 - 1 + (0.01 * 999)), treated[35]!.Value, 12);
    }

    [Fact]
    public void Winsorise_NegativeSkew_WinsorisesTheLowEnd()
    {
        double?[] x = [-100, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
        var treated = Treated(x);
        Assert.Equal(1, treated[0]);
    }

    [Fact]
    public void Fallbacks_KeepWinsorisedOrNothing()
    {
        double?[] x = [.. Enumerable.Repeat<double?>(1, 30), 2, 3, 4, 500, 1000, 1000];
        Assert.Equal(OutlierTreatment.WinsorisedNotPassing, Record(x, new TreatOutliersStep(1, Fallback: OutlierFallback.KeepWinsorised)).Indicators.Single().Treatment);
        var none = Record(x, new TreatOutliersStep(1, Fallback: OutlierFallback.None)).Indicators.Single();
        Assert.Equal(OutlierTreatment.Failing, none.Treatment);
        Assert.Equal(x, Treated(x, new TreatOutliersStep(1, Fallback: OutlierFallback.None)));
    }

    [Fact]
    public void TooFewValuesOrNoSpread_AreLeftAsTheyAre()
    {
        // Three values: skewness 1.73 is below 2 and kurtosis is NA; R's TRUE | NA is TRUE, so the indicator passes.
        Assert.Equal(OutlierTreatment.None, Record([1, 2, 100]).Indicators.Single().Treatment);
        Assert.Equal(OutlierTreatment.NotTestable, Record([1, 100]).Indicators.Single().Treatment);
        Assert.Equal(OutlierTreatment.NotTestable, Record([5, 5, 5, 5, 5]).Indicators.Single().Treatment);
        Assert.Equal(OutlierTreatment.None, Record([1, 2, 3, 4, 5]).Indicators.Single().Treatment);
    }

    [Fact]
    public void MissingCells_StayMissing_AndAreNotCounted()
    {
        var treated = Treated([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 30, 100, null]);
        Assert.Null(treated[12]);
        Assert.Equal(30, treated[11]);
    }
}
