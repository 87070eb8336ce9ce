using System.Numerics;
using MuhanRubric.Rubrics;
using MuhanRubric.Statistics;

namespace MuhanRubric.Scoring;

/// <summary>
/// A band scale flattened into parallel arrays of intervals in band order: the kernel's one rule for which band a value
/// falls in (the first band, in order, one of whose intervals holds it). Decimal tables score; double tables serve the
/// Monte Carlo, which moves edges by scoring <c>value ÷ factor</c> against the nominal edges.
/// </summary>
/// <typeparam name="T">decimal or double.</typeparam>
internal sealed class BandTable<T>
    where T : INumber<T>
{
    private readonly T[] _lower;
    private readonly T[] _upper;
    private readonly IntervalSides[] _sides;
    private readonly int[] _band;

    // Every interval's edges, distinct and sorted, cut the line into pieces: below the first edge, each edge, between
    // two edges, above the last. Every value of a piece compares the same with every edge, so one value of it finds the
    // band of all of it, by the rule of FindInOrder; Find then needs a binary search, not a pass over every interval
    // (a caseload scale of eight intervals made band scales three times the cost of hand-written comparisons).
    private readonly T[]? _edges;
    private readonly int[]? _pieces;

    private BandTable(List<(int Band, Interval Interval)> intervals)
    {
        // A loop rather than four projections: population scales build a table on every scored table.
        _lower = new T[intervals.Count];
        _upper = new T[intervals.Count];
        _sides = new IntervalSides[intervals.Count];
        _band = new int[intervals.Count];
        for (var k = 0; k < intervals.Count; k++)
        {
            var (band, interval) = intervals[k];
            _lower[k] = T.CreateChecked(interval.Lower ?? 0m);
            _upper[k] = T.CreateChecked(interval.Upper ?? 0m);
            _sides[k] = IntervalRule.SidesOf(interval);
            _band[k] = band;
        }

        HasFiniteEdge = intervals.Any(x => x.Interval.Lower is not null || x.Interval.Upper is not null);
        (_edges, _pieces) = Pieces();
    }

    /// <summary>Whether <see cref="Find"/> searches the pieces (false: it reads the intervals in order, for a table with a piece that has no value inside).</summary>
    public bool IsSearched => _edges is not null;

    /// <summary>Whether any interval has an edge (a scale of open intervals only cannot move).</summary>
    public bool HasFiniteEdge { get; }

    /// <summary>The table of a fixed band scale; band indices are positions in <see cref="BandScale.Bands"/>.</summary>
    public static BandTable<T> From(BandScale scale) =>
        new([.. scale.Bands.SelectMany((band, b) => band.Intervals.Select(interval => (b, interval)))]);

    /// <summary>The table of resolved intervals, each with its band's position.</summary>
    public static BandTable<T> From(List<(int Band, Interval Interval)> intervals) => new(intervals);

    /// <summary>Whether the interval at a position (in the order the table was made from) holds the value.</summary>
    public bool Holds(int interval, T value) => IntervalRule.Contains(value, _lower[interval], _sides[interval], _upper[interval]);

    /// <summary>The position of the band that holds the value, or −1 when none does.</summary>
    public int Find(T value)
    {
        if (_edges is null || T.IsNaN(value))
        {
            return FindInOrder(value);
        }

        // The number of edges below the value: the value is that edge's piece, or the piece before it.
        int low = 0, high = _edges.Length;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (_edges[middle] < value)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return _pieces![(2 * low) + (low < _edges.Length && _edges[low] == value ? 1 : 0)];
    }

    /// <summary>The band of the first interval, in band order, that holds the value: the rule <see cref="Find"/> reads from its pieces.</summary>
    private int FindInOrder(T value)
    {
        for (var k = 0; k < _band.Length; k++)
        {
            if (IntervalRule.Contains(value, _lower[k], _sides[k], _upper[k]))
            {
                return _band[k];
            }
        }

        return -1;
    }

    /// <summary>
    /// The sorted distinct edges and the band of each piece (piece 2k lies below edge k, 2k + 1 is edge k, the last is
    /// above every edge); nulls, to search in order, when a piece has no value strictly inside it to stand for it (at
    /// the ends of decimal's range or precision).
    /// </summary>
    private (T[]? Edges, int[]? Pieces) Pieces()
    {
        var all = new T[2 * _band.Length];
        var count = 0;
        for (var k = 0; k < _band.Length; k++)
        {
            if ((_sides[k] & IntervalSides.HasLower) != 0)
            {
                all[count++] = _lower[k];
            }

            if ((_sides[k] & IntervalSides.HasUpper) != 0)
            {
                all[count++] = _upper[k];
            }
        }

        // Sorted, then each value once (30 and 30.0 are one edge).
        Array.Sort(all, 0, count);
        var distinct = 0;
        for (var k = 0; k < count; k++)
        {
            if (distinct == 0 || all[k] != all[distinct - 1])
            {
                all[distinct++] = all[k];
            }
        }

        var sorted = all[..distinct];
        var pieces = new int[(2 * sorted.Length) + 1];
        var two = T.One + T.One;
        try
        {
            for (var e = 0; e <= sorted.Length; e++)
            {
                // A value strictly inside the open piece below edge e (above the last edge when e is past it).
                var inside = sorted.Length == 0 ? T.Zero
                    : e == 0 ? sorted[0] - T.One
                    : e == sorted.Length ? sorted[^1] + T.One
                    : sorted[e - 1] + ((sorted[e] - sorted[e - 1]) / two);
                if ((e > 0 && inside <= sorted[e - 1]) || (e < sorted.Length && inside >= sorted[e]))
                {
                    return (null, null);
                }

                pieces[2 * e] = FindInOrder(inside);
                if (e < sorted.Length)
                {
                    pieces[(2 * e) + 1] = FindInOrder(sorted[e]);
                }
            }
        }
        catch (OverflowException)
        {
            return (null, null);
        }

        return (sorted, pieces);
    }
}
