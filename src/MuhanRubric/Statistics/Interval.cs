using System.Globalization;
using System.Text;

namespace MuhanRubric.Statistics;

/// <summary>
/// A numeric interval with an explicit inclusive or exclusive bound on each side; a null bound is open-ended.
/// </summary>
/// <remarks>
/// The report's bands read "30건 이상~50건 미만": <c>Interval.Between(30, 50)</c> is that band, inclusive below and
/// exclusive above, written <c>[30, 50)</c>. Immutable, value equality.
/// </remarks>
[Immutable]
public sealed record Interval
{
    /// <summary>Creates an interval.</summary>
    /// <param name="lower">The lower bound, or null for no lower bound.</param>
    /// <param name="lowerInclusive">Whether <paramref name="lower"/> itself belongs to the interval.</param>
    /// <param name="upper">The upper bound, or null for no upper bound.</param>
    /// <param name="upperInclusive">Whether <paramref name="upper"/> itself belongs to the interval.</param>
    /// <exception cref="ArgumentException">The bounds are in the wrong order, or equal without both being inclusive.</exception>
    public Interval(decimal? lower, bool lowerInclusive, decimal? upper, bool upperInclusive)
    {
        if (lower is { } lo && upper is { } hi)
        {
            if (lo > hi)
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"Lower bound {lo} is above upper bound {hi}."), nameof(lower));
            }

            if (lo == hi && !(lowerInclusive && upperInclusive))
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"Bounds are both {lo}; an interval of one point must include both ends."), nameof(lower));
            }
        }

        Lower = lower;
        LowerInclusive = lower is not null && lowerInclusive;
        Upper = upper;
        UpperInclusive = upper is not null && upperInclusive;
    }

    /// <summary>The lower bound, or null when unbounded below.</summary>
    public decimal? Lower { get; }

    /// <summary>Whether the lower bound belongs to the interval (false when unbounded).</summary>
    public bool LowerInclusive { get; }

    /// <summary>The upper bound, or null when unbounded above.</summary>
    public decimal? Upper { get; }

    /// <summary>Whether the upper bound belongs to the interval (false when unbounded).</summary>
    public bool UpperInclusive { get; }

    /// <summary>Every number: <c>(-∞, ∞)</c>.</summary>
    public static Interval All { get; } = new(null, false, null, false);

    /// <summary><c>[lower, upper)</c>: "lower 이상 upper 미만", the report's usual band.</summary>
    /// <param name="lower">Inclusive lower bound.</param>
    /// <param name="upper">Exclusive upper bound.</param>
    /// <returns>The interval.</returns>
    public static Interval Between(decimal lower, decimal upper) => new(lower, true, upper, false);

    /// <summary><c>[lower, upper]</c>.</summary>
    /// <param name="lower">Inclusive lower bound.</param>
    /// <param name="upper">Inclusive upper bound.</param>
    /// <returns>The interval.</returns>
    public static Interval Closed(decimal lower, decimal upper) => new(lower, true, upper, true);

    /// <summary><c>[lower, ∞)</c>: "lower 이상".</summary>
    /// <param name="lower">Inclusive lower bound.</param>
    /// <returns>The interval.</returns>
    public static Interval AtLeast(decimal lower) => new(lower, true, null, false);

    /// <summary><c>(lower, ∞)</c>: "lower 초과".</summary>
    /// <param name="lower">Exclusive lower bound.</param>
    /// <returns>The interval.</returns>
    public static Interval Above(decimal lower) => new(lower, false, null, false);

    /// <summary><c>(-∞, upper)</c>: "upper 미만".</summary>
    /// <param name="upper">Exclusive upper bound.</param>
    /// <returns>The interval.</returns>
    public static Interval Below(decimal upper) => new(null, false, upper, false);

    /// <summary><c>(-∞, upper]</c>: "upper 이하".</summary>
    /// <param name="upper">Inclusive upper bound.</param>
    /// <returns>The interval.</returns>
    public static Interval AtMost(decimal upper) => new(null, false, upper, true);

    /// <summary><c>[value, value]</c>: exactly one value.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The interval.</returns>
    public static Interval Exactly(decimal value) => new(value, true, value, true);

    /// <summary>Whether <paramref name="value"/> lies in the interval.</summary>
    /// <param name="value">The value.</param>
    /// <returns>True when inside.</returns>
    public bool Contains(decimal value) => IntervalRule.Contains(value, Lower ?? 0m, IntervalRule.SidesOf(this), Upper ?? 0m);

    /// <summary>Whether <paramref name="value"/> lies in the interval.</summary>
    /// <param name="value">The value; NaN is never inside.</param>
    /// <returns>True when inside.</returns>
    public bool Contains(double value)
    {
        if (double.IsNaN(value))
        {
            return false;
        }

        return IntervalRule.Contains(value, (double)(Lower ?? 0m), IntervalRule.SidesOf(this), (double)(Upper ?? 0m));
    }

    /// <summary>Mathematical notation, for example <c>[30, 50)</c> or <c>(-∞, 15)</c>.</summary>
    /// <returns>The interval in invariant-culture notation.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(LowerInclusive ? '[' : '(');
        text.Append(Lower is { } lo ? lo.ToString(CultureInfo.InvariantCulture) : "-∞");
        text.Append(", ");
        text.Append(Upper is { } hi ? hi.ToString(CultureInfo.InvariantCulture) : "∞");
        text.Append(UpperInclusive ? ']' : ')');
        return text.ToString();
    }

    /// <summary>The report's Korean wording, for example <c>30 이상 50 미만</c> or <c>15 미만</c>.</summary>
    /// <returns>The Korean description.</returns>
    public string ToKoreanString()
    {
        var parts = new List<string>(2);
        if (Lower is { } lo)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{lo} {(LowerInclusive ? "이상" : "초과")}"));
        }

        if (Upper is { } hi)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{hi} {(UpperInclusive ? "이하" : "미만")}"));
        }

        return parts.Count == 0 ? "전체" : string.Join(' ', parts);
    }
}
