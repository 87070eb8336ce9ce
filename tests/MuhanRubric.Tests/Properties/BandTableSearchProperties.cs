using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MuhanRubric.Scoring;
using Interval = MuhanRubric.Statistics.Interval;

namespace MuhanRubric.Tests.Properties;

/// <summary>
/// The kernel's band tables find a value's band by a binary search over the pieces their edges cut the line into; the
/// rule is the first interval, in order, that holds the value. Checked here against that rule written out plainly, on
/// intervals that overlap, leave gaps, touch, stand open-ended or sit at the ends of decimal's range and precision.
/// </summary>
[Properties(Arbitrary = [typeof(BandTableSearchProperties)])]
public class BandTableSearchProperties
{
    /// <summary>Tables of 1–6 intervals on the grid 0–6 in halves, overlapping or not, each with a band number (repeats allowed).</summary>
    public static Arbitrary<IntervalList> IntervalLists() => (
        from count in Gen.Choose(1, 6)
        from intervals in Gen.ListOf(
            from band in Gen.Choose(0, 3)
            from a in Gen.Choose(0, 12)
            from b in Gen.Choose(0, 12)
            from lowerInclusive in Gen.Elements(true, false)
            from upperInclusive in Gen.Elements(true, false)
            from shape in Gen.Choose(0, 4)
            let lo = Math.Min(a, b) / 2m
            let hi = Math.Max(a, b) / 2m
            select (band, shape switch
            {
                0 => new Interval(null, false, hi, upperInclusive),
                1 => new Interval(lo, lowerInclusive, null, false),
                2 => Interval.All,
                _ when lo == hi => new Interval(lo, true, hi, true),
                _ => new Interval(lo, lowerInclusive, hi, upperInclusive),
            }), count)
        select new IntervalList([.. intervals])).ToArbitrary();

    [Property(MaxTest = 500)]
    public void Find_IsTheFirstIntervalInOrderHoldingTheValue(IntervalList table)
    {
        var decimals = BandTable<decimal>.From([.. table.Intervals]);
        var doubles = BandTable<double>.From([.. table.Intervals]);

        // Every piece of a grid of halves has values inside it: the tables search, they do not fall back to reading in order.
        Assert.True(decimals.IsSearched);
        Assert.True(doubles.IsSearched);
        for (var quarter = -4; quarter <= 28; quarter++)
        {
            var value = quarter / 4m;
            var expected = FirstHolding(table.Intervals, value);
            Assert.Equal(expected, decimals.Find(value));
            Assert.Equal(expected, doubles.Find((double)value));
        }

        // Past every edge, and at the ends of double's line.
        Assert.Equal(FirstHolding(table.Intervals, decimal.MinValue), decimals.Find(decimal.MinValue));
        Assert.Equal(FirstHolding(table.Intervals, decimal.MaxValue), decimals.Find(decimal.MaxValue));
        Assert.Equal(FirstHolding(table.Intervals, decimal.MinValue), doubles.Find(double.NegativeInfinity));
        Assert.Equal(FirstHolding(table.Intervals, decimal.MaxValue), doubles.Find(double.PositiveInfinity));
    }

    [Fact]
    public void EdgesAtTheEndsOfDecimalsRangeAndPrecision_FindTheSameBands()
    {
        // No decimal lies strictly between 1e-28 and 2e-28, nor below MinValue: the table falls back to reading its
        // intervals in order, and must still agree with the rule.
        var tiny = 0.0000000000000000000000000001m;
        List<(int, Interval)> intervals =
        [
            (0, new Interval(decimal.MinValue, true, 0m, false)),
            (1, new Interval(tiny, false, 2 * tiny, false)),
            (2, new Interval(0m, true, decimal.MaxValue, true)),
        ];
        var table = BandTable<decimal>.From(intervals);
        foreach (var value in new[] { decimal.MinValue, -1m, 0m, tiny, 2 * tiny, 3 * tiny, 1m, decimal.MaxValue })
        {
            Assert.Equal(FirstHolding(intervals, value), table.Find(value));
        }
    }

    [Theory]
    [InlineData("0.0000000000000000000000000001", "0.0000000000000000000000000002")] // half their distance rounds to the lower edge
    [InlineData("79228162514264337593543950333", "79228162514264337593543950334")] // half their distance rounds to the upper edge
    public void APieceWithNoDecimalInside_IsReadInOrder(string lowerText, string upperText)
    {
        // No decimal lies strictly between two adjacent decimals: the piece between them has no value to stand for it.
        var (lower, upper) = (decimal.Parse(lowerText, CultureInfo.InvariantCulture), decimal.Parse(upperText, CultureInfo.InvariantCulture));
        List<(int, Interval)> intervals = [(0, new Interval(null, false, lower, true)), (1, new Interval(lower, false, upper, false)), (2, new Interval(upper, true, null, false))];
        var table = BandTable<decimal>.From(intervals);
        Assert.False(table.IsSearched);
        foreach (var value in new[] { lower - 1, lower, upper, upper + 1 })
        {
            Assert.Equal(FirstHolding(intervals, value), table.Find(value));
        }
    }

    [Fact]
    public void NaN_IsReadInOrder_AsBeforeTheSearch()
    {
        // NaN compares false with every edge: only an interval without edges holds it, as the in-order rule reads it.
        Assert.Equal(1, BandTable<double>.From([(0, new Interval(0m, true, 5m, false)), (1, Interval.All)]).Find(double.NaN));
        Assert.Equal(-1, BandTable<double>.From([(0, new Interval(0m, true, 5m, false)), (1, new Interval(5m, true, null, false))]).Find(double.NaN));
    }

    /// <summary>The rule, written out: the band of the first interval holding the value, or −1.</summary>
    private static int FirstHolding(IReadOnlyList<(int Band, Interval Interval)> intervals, decimal value)
    {
        foreach (var (band, interval) in intervals)
        {
            var aboveLower = interval.Lower is not { } lower || (interval.LowerInclusive ? value >= lower : value > lower);
            var belowUpper = interval.Upper is not { } upper || (interval.UpperInclusive ? value <= upper : value < upper);
            if (aboveLower && belowUpper)
            {
                return band;
            }
        }

        return -1;
    }

    /// <summary>Intervals with their band numbers, in the order a table reads them.</summary>
    /// <param name="Intervals">The intervals.</param>
    public sealed record IntervalList(IReadOnlyList<(int Band, Interval Interval)> Intervals)
    {
        /// <summary>For example <c>2 [1, 3); 0 (-∞, 1]</c>: what a failing case prints.</summary>
        public override string ToString() => string.Join("; ", Intervals.Select(x => $"{x.Band} {x.Interval}"));
    }
}
