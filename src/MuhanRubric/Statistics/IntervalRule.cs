using System.Numerics;

namespace MuhanRubric.Statistics;

/// <summary>
/// Whether a value lies between two bounds, each open-ended, inclusive or exclusive: the one membership rule behind
/// <see cref="Interval.Contains(decimal)"/> and the scoring kernel's band tables (in decimals for scoring, in doubles
/// for the Monte Carlo).
/// </summary>
internal static class IntervalRule
{
    public static bool Contains<T>(T value, T lower, IntervalSides sides, T upper)
        where T : INumber<T> =>
        ((sides & IntervalSides.HasLower) == 0 || ((sides & IntervalSides.LowerInclusive) != 0 ? value >= lower : value > lower)) &&
        ((sides & IntervalSides.HasUpper) == 0 || ((sides & IntervalSides.UpperInclusive) != 0 ? value <= upper : value < upper));

    public static IntervalSides SidesOf(Interval interval) =>
        (interval.Lower is null ? IntervalSides.None : IntervalSides.HasLower | (interval.LowerInclusive ? IntervalSides.LowerInclusive : IntervalSides.None)) |
        (interval.Upper is null ? IntervalSides.None : IntervalSides.HasUpper | (interval.UpperInclusive ? IntervalSides.UpperInclusive : IntervalSides.None));
}

/// <summary>Which bounds an interval has and whether they belong to it.</summary>
[Flags]
internal enum IntervalSides : byte
{
    None = 0,
    HasLower = 1,
    LowerInclusive = 2,
    HasUpper = 4,
    UpperInclusive = 8,
}
