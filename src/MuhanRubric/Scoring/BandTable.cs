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
    }

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
        for (var k = 0; k < _band.Length; k++)
        {
            if (IntervalRule.Contains(value, _lower[k], _sides[k], _upper[k]))
            {
                return _band[k];
            }
        }

        return -1;
    }
}
