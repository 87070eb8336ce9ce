using System.Diagnostics;
using MuhanRubric.Measurements;
using MuhanRubric.Measures;
using MuhanRubric.Rubrics;
using MuhanRubric.Scoring;
using MuhanRubric.Statistics;
using MuhanRubric.Units;

namespace MuhanRubric.Tests.Measurements;

/// <summary>100,000 synthetic units with two measures of their own go through the public builder and scoring.</summary>
public class LargeTableTests
{
    private const int UnitCount = 100_000;

    private static readonly Measure _visits = new("HomeVisits", "가정 방문(회)", "Home visits", MeasureUnit.Count, isWholeCount: true);
    private static readonly Measure _satisfaction = new("Satisfaction", "만족도(점수)", "Satisfaction (1–5)", MeasureUnit.Score, expectedRange: Interval.Closed(1, 5));

    // Deterministic values: visits 0–99, satisfaction 1.00–5.00.
    private static (int Visits, decimal Satisfaction) Values(int i) => (i * 7919 % 100, 1 + (i * 31 % 401 / 100m));

    // Computed here, without the library: A1 10 for ≥ 50 visits, 5 for [20, 50), else 0; A2 1 → 0, 5 → 10, linear.
    private static decimal ExpectedTotal(int i)
    {
        var (visits, satisfaction) = Values(i);
        var a1 = visits >= 50 ? 10m : visits >= 20 ? 5m : 0m;
        return a1 + Math.Round((satisfaction - 1) / 4 * 10, 2, MidpointRounding.AwayFromZero);
    }

    [Fact]
    public void HundredThousandUnits_BuildScoreAndRank()
    {
        var clock = Stopwatch.StartNew();
        var units = new MunicipalityCatalog(Enumerable.Range(0, UnitCount).Select(i => new Municipality($"U{i:000000}", $"단위{i:000000}")));
        var builder = MeasurementTable.CreateBuilder(units, new MeasureCatalog([_visits, _satisfaction])).WithName("synthetic");
        for (var i = 0; i < UnitCount; i++)
        {
            var (visits, satisfaction) = Values(i);
            builder.Set(units[i], _visits, visits).Set(units[i], _satisfaction, satisfaction);
        }

        var rubric = Rubric.Create("synthetic")
            .AddArea("A", "가", "A", a => a
                .AddIndicator("A1", "방문", "Visits", 10, i => i.Reads(_visits).WithBands(b => b.Band(10, BandRange.AtLeast(50)).Band(5, BandRange.From(20).To(50)).Otherwise(0)).WithProvenance(Provenance.FromAssumption("test")))
                .AddIndicator("A2", "만족도", "Satisfaction", 10, i => i.Reads(_satisfaction).Proportional(1, 5).WithProvenance(Provenance.FromAssumption("test"))))
            .Build();
        var result = rubric.Compile().Score(builder.Build());
        var elapsed = clock.Elapsed;

        Assert.Equal(UnitCount, result.Cards.Count);
        Assert.Empty(result.Warnings);
        var expected = Enumerable.Range(0, UnitCount).Select(ExpectedTotal).ToArray();
        var sorted = expected.Order().ToArray();
        foreach (var i in new[] { 0, 1, 4_242, 50_000, 99_999 })
        {
            var card = result.Cards[i];
            var higher = sorted.Length - UpperBound(sorted, expected[i]);
            Assert.Equal((units[i], expected[i], 1 + higher), (card.Municipality, card.Total, card.Rank));
        }

        // A guard against accidental quadratic work, not a benchmark: this takes a few seconds.
        Assert.True(elapsed < TimeSpan.FromSeconds(30), $"Building and scoring took {elapsed}.");
    }

    // The index of the first value greater than the given one.
    private static int UpperBound(decimal[] sorted, decimal value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            (lo, hi) = sorted[mid] <= value ? (mid + 1, hi) : (lo, mid);
        }

        return lo;
    }
}
