using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using MuhanRubric.Rubrics;

namespace MuhanRubric.Tests.Properties;

/// <summary>
/// A valid band table as a person writes one: edges cut the line into segments, each edge declared to belong to the
/// segment above it (<c>이상</c>, "from") or below it (<c>이하</c>, "through"), each segment given points; segments with
/// the same points form one band (a union of ranges, as the report's C1 does), and with an otherwise band some segments
/// are left to it. The bands are written in a shuffled order.
/// </summary>
/// <param name="Edges">The edges, ascending, distinct, at least 1 (multiples of 0.5 in [1, 100]).</param>
/// <param name="EdgeBelongsAbove">Per edge: true when the edge belongs to the segment above it.</param>
/// <param name="SegmentPoints">Per segment (one more than the edges), its points (0–10 in halves).</param>
/// <param name="LeftToOtherwise">Per segment: true when no band holds it and the otherwise band scores it.</param>
/// <param name="Otherwise">The otherwise band's points, or null when every segment is in a band.</param>
/// <param name="BandOrder">The order the bands are written in (a permutation of the distinct points of the kept segments).</param>
public sealed record SegmentedTable(decimal[] Edges, bool[] EdgeBelongsAbove, decimal[] SegmentPoints, bool[] LeftToOtherwise, decimal? Otherwise, decimal[] BandOrder)
{
    /// <summary>Every generated indicator is worth 10 points.</summary>
    public const decimal Maximum = 10m;

    /// <summary>The segment a value falls in: how many edges it has passed (an edge is passed when it belongs above).</summary>
    public int SegmentOf(decimal value) => Edges.Select((e, i) => value > e || (value == e && EdgeBelongsAbove[i])).Count(passed => passed);

    /// <summary>The points a value must score: its segment's, or the otherwise band's.</summary>
    public decimal ExpectedPoints(decimal value) => SegmentOf(value) is var s && LeftToOtherwise[s] ? Otherwise!.Value : SegmentPoints[s];

    /// <summary>The segment as a range in the DSL's vocabulary.</summary>
    public BandRange Range(int segment)
    {
        var below = segment == 0 ? (BandRange?)null
            : EdgeBelongsAbove[segment - 1] ? BandRange.From((double)Edges[segment - 1]) : BandRange.Above((double)Edges[segment - 1]);
        if (segment == Edges.Length)
        {
            return below!.Value;
        }

        var upper = (double)Edges[segment];
        var upperInclusive = !EdgeBelongsAbove[segment];
        return below is { } b
            ? (upperInclusive ? b.Through(upper) : b.To(upper))
            : (upperInclusive ? BandRange.AtMost(upper) : BandRange.Below(upper));
    }

    /// <summary>The bands as the DSL is given them: points and the union of their segments' ranges, in <see cref="BandOrder"/>.</summary>
    public IEnumerable<(decimal Points, BandRange[] Ranges)> Bands() =>
        BandOrder.Select(points => (points, Enumerable.Range(0, SegmentPoints.Length).Where(s => !LeftToOtherwise[s] && SegmentPoints[s] == points).Select(Range).ToArray()));

    /// <summary>Builds the table through the DSL as the only indicator of a rubric.</summary>
    public Rubric Build(int pointsDecimals = 2) => Generated.OneIndicator(Maximum, indicator => indicator.WithBands(WriteTo), pointsDecimals);

    /// <summary>Writes the bands, in <see cref="BandOrder"/>, and the otherwise band into a band scale builder.</summary>
    public void WriteTo(BandScaleBuilder builder)
    {
        foreach (var (points, ranges) in Bands())
        {
            builder.Band(points, ranges);
        }

        if (Otherwise is { } otherwise)
        {
            builder.Otherwise(otherwise);
        }
    }

    /// <summary>Values worth probing: 0, every edge, a quarter either side of it, and past the last.</summary>
    public decimal[] Probes() => [0m, .. Edges.SelectMany(e => new[] { e - 0.25m, e, e + 0.25m }), Edges[^1] + 1m];

    /// <summary>For example <c>7 for [3, 10.5) ∪ (40, ∞); 2 for (-∞, 3); otherwise 0</c>: what a failing case prints.</summary>
    public override string ToString() =>
        string.Join("; ", Bands().Select(b => string.Create(CultureInfo.InvariantCulture, $"{b.Points} for {string.Join(" ∪ ", b.Ranges)}")))
        + (Otherwise is { } o ? string.Create(CultureInfo.InvariantCulture, $"; otherwise {o}") : string.Empty);
}

/// <summary>A band table of arbitrary ranges on a small grid: it may overlap or leave gaps, which the DSL must report.</summary>
/// <param name="Bands">Points and ranges (each range in order: lower bound below upper, or a single value).</param>
public sealed record ArbitraryTable(IReadOnlyList<(decimal Points, BandRange[] Ranges)> Bands)
{
    /// <summary>Every integer and half from just below the grid [0, 6] to just past it: between them they meet every region of the line.</summary>
    public static decimal[] Probes { get; } = [.. Enumerable.Range(-2, 17).Select(i => i / 2m)];

    /// <summary>How many of the ranges hold a value (two ranges of one band that overlap are an overlap too).</summary>
    public int RangesHolding(decimal value) => Bands.Sum(b => b.Ranges.Count(r => Holds(r, value)));

    private static bool Holds(BandRange range, decimal value) =>
        (range.Lower is not { } lo || (range.LowerInclusive ? value >= (decimal)lo : value > (decimal)lo))
        && (range.Upper is not { } hi || (range.UpperInclusive ? value <= (decimal)hi : value < (decimal)hi));

    /// <inheritdoc/>
    public override string ToString() =>
        string.Join("; ", Bands.Select(b => string.Create(CultureInfo.InvariantCulture, $"{b.Points} for {string.Join(" ∪ ", b.Ranges)}")));
}

/// <summary>The generators the property tests register with <c>[Property(Arbitrary = [typeof(Generators)])]</c>.</summary>
public static class Generators
{
    /// <summary>Valid band tables: 1–5 edges, points per segment, sometimes an otherwise band that takes some segments.</summary>
    public static Arbitrary<SegmentedTable> SegmentedTables() => SegmentedTableGen.ToArbitrary();

    /// <summary>Tables of 1–4 bands of 1–2 ranges each on the grid 0–6, overlapping or leaving gaps as chance has it.</summary>
    public static Arbitrary<ArbitraryTable> ArbitraryTables() => ArbitraryTableGen.ToArbitrary();

    /// <summary>Totals of 1–40 units in hundredths (0–100, and a narrow range of 40.00–40.10 so ties are common), with a shuffled order.</summary>
    public static Arbitrary<Totals> UnitTotals() => (
        from n in Gen.Choose(1, 40)
        from values in Gen.ArrayOf(Gen.OneOf(Gen.Choose(0, 10_000), Gen.Choose(4_000, 4_010)).Select(c => c / 100m), n)
        from order in Gen.Shuffle(Enumerable.Range(0, n).ToArray())
        select new Totals(values, order)).ToArbitrary();

    public static Gen<SegmentedTable> SegmentedTableGen { get; } =
        from count in Gen.Choose(1, 5)
        from halves in Gen.ArrayOf(Gen.Choose(2, 200), count)
        let edges = halves.Distinct().Order().Select(h => h / 2m).ToArray()
        from above in Gen.ArrayOf(Gen.Elements(true, false), edges.Length)
        from points in Gen.ArrayOf(Gen.Choose(0, 20).Select(h => h / 2m), edges.Length + 1)
        from hasOtherwise in Gen.Elements(false, false, true)
        from otherwise in Gen.Choose(0, 20).Select(h => h / 2m)
        from dropped in Gen.ArrayOf(Gen.Elements(true, false, false), edges.Length + 1)
        let left = hasOtherwise && dropped.Any(d => !d) ? dropped : new bool[edges.Length + 1]
        from order in Gen.Shuffle(points.Where((_, s) => !left[s]).Distinct().ToArray())
        select new SegmentedTable(edges, above, points, left, hasOtherwise ? otherwise : null, order);

    public static Gen<ArbitraryTable> ArbitraryTableGen { get; } =
        from count in Gen.Choose(1, 4)
        from bands in Gen.ListOf(
            from points in Gen.Choose(0, 10).Select(p => (decimal)p)
            from ranges in Gen.Choose(1, 2).SelectMany(n => Gen.ArrayOf(RangeGen, n))
            select (points, ranges), count)
        select new ArbitraryTable([.. bands]);

    /// <summary>One range on the grid 0–6: open below or above, between two edges (either side inclusive), or one value.</summary>
    private static Gen<BandRange> RangeGen { get; } =
        from a in Gen.Choose(0, 6)
        from b in Gen.Choose(0, 6)
        from lowerInclusive in Gen.Elements(true, false)
        from upperInclusive in Gen.Elements(true, false)
        from shape in Gen.Choose(0, 3)
        let lo = Math.Min(a, b)
        let hi = Math.Max(a, b)
        select shape switch
        {
            0 => new BandRange(null, false, hi, upperInclusive),
            1 => new BandRange(lo, lowerInclusive, null, false),
            _ when lo == hi => BandRange.Exactly(lo),
            _ => new BandRange(lo, lowerInclusive, hi, upperInclusive),
        };
}
