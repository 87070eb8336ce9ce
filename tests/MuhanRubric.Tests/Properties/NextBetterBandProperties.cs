using FsCheck.Xunit;
using MuhanRubric.Rubrics;
using MuhanRubric.Scoring;
using MuhanRubric.Statistics;

namespace MuhanRubric.Tests.Properties;

/// <summary>
/// The nearest better band a score card names: it exists exactly when a band gives more, it is that much better, the
/// distance leads to its edge, and no better band is nearer (a nearer tie goes to the band that gives more).
/// </summary>
[Properties(Arbitrary = [typeof(Generators)])]
public class NextBetterBandProperties
{
    [Property]
    public void NextBetterBand_IsTheNearestBandThatGivesMore(SegmentedTable table)
    {
        var rubric = table.Build();
        var scale = (BandScale)rubric.Indicator("X1").Scale;
        var probes = table.Probes();
        var cards = rubric.Score(Generated.Table([.. probes.Select(p => (decimal?)p)])).Cards;
        for (var i = 0; i < probes.Length; i++)
        {
            var value = probes[i];
            var score = cards[i]["X1"];
            var better = scale.Bands.Where(b => b.Points > score.Points).SelectMany(b => b.Intervals.Select(interval => (b.Points, Interval: interval))).ToList();
            if (score.Next is not { } next)
            {
                Assert.Empty(better);
                continue;
            }

            Assert.True(next.Points > score.Points);
            Assert.Contains((next.Points, next.Interval), better);
            Assert.False(next.Interval.Contains(value));
            Assert.True(next.Distance >= 0);

            // The distance leads to the interval's edge: into it when the edge is inclusive, onto it when exclusive.
            var edge = next.Upwards ? value + next.Distance : value - next.Distance;
            Assert.Equal(edge, next.Upwards ? next.Interval.Lower : next.Interval.Upper);
            var inclusive = next.Upwards ? next.Interval.LowerInclusive : next.Interval.UpperInclusive;
            Assert.True(inclusive ? next.Interval.Contains(edge) : next.Interval.Contains(next.Upwards ? edge + 0.001m : edge - 0.001m));

            // No better band is nearer; among the nearest, none gives more.
            var nearest = better.Min(b => DistanceTo(b.Interval, value));
            Assert.Equal(nearest, next.Distance);
            Assert.Equal(better.Where(b => DistanceTo(b.Interval, value) == nearest).Max(b => b.Points), next.Points);
        }
    }

    /// <summary>The distance from a value to an interval's closure (0 inside or on an edge).</summary>
    private static decimal DistanceTo(Interval interval, decimal value) =>
        interval.Lower is { } lo && value < lo ? lo - value
        : interval.Upper is { } hi && value > hi ? value - hi
        : 0m;
}
