using FsCheck.Xunit;
using MuhanRubric.Rubrics;

namespace MuhanRubric.Tests.Properties;

/// <summary>
/// Band tables built through the DSL: every value falls in exactly one band (or, where declared, the otherwise band),
/// edges belong to the side they were declared on, and the DSL rejects exactly the tables that overlap or leave gaps.
/// </summary>
[Properties(Arbitrary = [typeof(Generators)])]
public class BandTableProperties
{
    [Property]
    public void ValidTable_BuildsWithoutAProblem(SegmentedTable table)
    {
        var rubric = table.Build();
        Assert.DoesNotContain(rubric.Warnings, w => w.Kind is RubricProblemKind.BandGap or RubricProblemKind.BandOverlap);
        var scale = Assert.IsType<BandScale>(rubric.Indicator("X1").Scale);
        Assert.Equal(table.BandOrder, scale.Bands.Select(b => b.Points));
        Assert.Equal(table.Otherwise, scale.OtherwisePoints);
    }

    [Property]
    public void EveryValue_FallsInExactlyOneBand_OrInTheOtherwiseBand(SegmentedTable table)
    {
        var scale = (BandScale)table.Build().Indicator("X1").Scale;
        foreach (var value in table.Probes())
        {
            var holding = scale.Bands.Where(b => b.Contains(value)).ToList();
            if (table.LeftToOtherwise[table.SegmentOf(value)])
            {
                Assert.Empty(holding);
            }
            else
            {
                Assert.Equal(table.ExpectedPoints(value), Assert.Single(holding).Points);
            }
        }
    }

    [Property]
    public void Scoring_GivesEachValueItsSegmentsPoints(SegmentedTable table)
    {
        var probes = table.Probes();
        var points = Generated.Points(table.Build(), Generated.Table([.. probes.Select(p => (decimal?)p)]));
        Assert.Equal(probes.Select(table.ExpectedPoints), points);
    }

    [Property]
    public void Edge_BelongsToTheSideItWasDeclaredOn(SegmentedTable table)
    {
        // The edge scores as the segment above when declared "from" (이상), as the one below when "through" (이하).
        var points = Generated.Points(table.Build(), Generated.Table([.. table.Edges.Select(e => (decimal?)e)]));
        for (var i = 0; i < table.Edges.Length; i++)
        {
            var side = table.EdgeBelongsAbove[i] ? i + 1 : i;
            Assert.Equal(table.LeftToOtherwise[side] ? table.Otherwise : table.SegmentPoints[side], points[i]);
        }
    }

    [Property]
    public void BandOrder_DoesNotChangeAScore(SegmentedTable table)
    {
        // In a valid table no value is in two bands, so the order the bands are written in cannot matter.
        var reversed = table with { BandOrder = [.. table.BandOrder.Reverse()] };
        var values = Generated.Table([.. table.Probes().Select(p => (decimal?)p)]);
        Assert.Equal(Generated.Points(table.Build(), values), Generated.Points(reversed.Build(), values));
    }

    [Property]
    public void ArbitraryTable_BuildsExactlyWhenEveryValueIsInOneBand(ArbitraryTable table)
    {
        Rubric? rubric = null;
        RubricValidationException? failure = null;
        try
        {
            rubric = Generated.OneIndicator(SegmentedTable.Maximum, indicator => indicator.WithBands(builder =>
            {
                foreach (var (points, ranges) in table.Bands)
                {
                    builder.Band(points, ranges);
                }
            }));
        }
        catch (RubricValidationException e)
        {
            failure = e;
        }

        var counts = ArbitraryTable.Probes.Select(table.RangesHolding).ToList();
        if (rubric is not null)
        {
            // Accepted: no value is in two bands, and none between the lowest and highest band is in none.
            Assert.All(counts, c => Assert.True(c <= 1));
            var first = counts.FindIndex(c => c == 1);
            var last = counts.FindLastIndex(c => c == 1);
            Assert.All(counts.Skip(first).Take(last - first + 1), c => Assert.Equal(1, c));
        }
        else
        {
            // Rejected: only for an overlap or a gap (an unreachable maximum is only ever a warning), and a probe shows it.
            Assert.All(failure!.Problems, p => Assert.Contains(p.Kind, new[] { RubricProblemKind.BandOverlap, RubricProblemKind.BandGap, RubricProblemKind.MaximumUnreachable }));
            Assert.Contains(failure.Problems, p => p.Kind != RubricProblemKind.MaximumUnreachable);
            Assert.Equal(failure.Problems.Any(p => p.Kind == RubricProblemKind.BandOverlap), counts.Any(c => c > 1));
            Assert.Equal(failure.Problems.Any(p => p.Kind == RubricProblemKind.BandGap), HasGap(counts));
        }
    }

    /// <summary>Whether a value with no band lies between two values with one (the table's span has a hole).</summary>
    private static bool HasGap(List<int> counts)
    {
        var first = counts.FindIndex(c => c > 0);
        var last = counts.FindLastIndex(c => c > 0);
        return first >= 0 && counts.Skip(first).Take(last - first + 1).Any(c => c == 0);
    }
}
