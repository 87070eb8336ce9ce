using System.Globalization;
using MuhanRubric.Statistics;

namespace MuhanRubric.Rubrics;

/// <summary>
/// An interval as the DSL writes it, checked when the rubric is built (so a NaN bound or bounds in the wrong order
/// are reported with every other problem). <c>BandRange.From(30).To(50)</c> is the report's "30 이상~50 미만".
/// </summary>
/// <param name="Lower">The lower bound, or null when open below.</param>
/// <param name="LowerInclusive">Whether the lower bound belongs to the range.</param>
/// <param name="Upper">The upper bound, or null when open above.</param>
/// <param name="UpperInclusive">Whether the upper bound belongs to the range.</param>
[Immutable]
public readonly record struct BandRange(double? Lower, bool LowerInclusive, double? Upper, bool UpperInclusive)
{
    /// <summary>From <paramref name="lower"/> inclusive, open above until <see cref="To"/> or <see cref="Through"/>.</summary>
    /// <param name="lower">The inclusive lower bound ("이상").</param>
    /// <returns>The range.</returns>
    public static BandRange From(double lower) => new(lower, true, null, false);

    /// <summary>Above <paramref name="lower"/>, exclusive ("초과").</summary>
    /// <param name="lower">The exclusive lower bound.</param>
    /// <returns>The range.</returns>
    public static BandRange Above(double lower) => new(lower, false, null, false);

    /// <summary><paramref name="lower"/> and above: the same as <see cref="From"/>.</summary>
    /// <param name="lower">The inclusive lower bound.</param>
    /// <returns>The range.</returns>
    public static BandRange AtLeast(double lower) => From(lower);

    /// <summary>Below <paramref name="upper"/>, exclusive ("미만").</summary>
    /// <param name="upper">The exclusive upper bound.</param>
    /// <returns>The range.</returns>
    public static BandRange Below(double upper) => new(null, false, upper, false);

    /// <summary><paramref name="upper"/> and below ("이하").</summary>
    /// <param name="upper">The inclusive upper bound.</param>
    /// <returns>The range.</returns>
    public static BandRange AtMost(double upper) => new(null, false, upper, true);

    /// <summary>Exactly one value.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The range.</returns>
    public static BandRange Exactly(double value) => new(value, true, value, true);

    /// <summary>Every value.</summary>
    public static BandRange Any => new(null, false, null, false);

    /// <summary>Closes the range below <paramref name="upper"/>, exclusive ("미만").</summary>
    /// <param name="upper">The exclusive upper bound.</param>
    /// <returns>The range.</returns>
    public BandRange To(double upper) => this with { Upper = upper, UpperInclusive = false };

    /// <summary>Closes the range at <paramref name="upper"/>, inclusive ("이하").</summary>
    /// <param name="upper">The inclusive upper bound.</param>
    /// <returns>The range.</returns>
    public BandRange Through(double upper) => this with { Upper = upper, UpperInclusive = true };

    /// <summary>The range of a validated interval.</summary>
    /// <param name="interval">The interval.</param>
    /// <returns>The range.</returns>
    public static BandRange FromInterval(Interval interval)
    {
        ArgumentNullException.ThrowIfNull(interval);
        return new((double?)interval.Lower, interval.LowerInclusive, (double?)interval.Upper, interval.UpperInclusive);
    }

    /// <summary>Notation, for example <c>[30, 50)</c>; NaN prints as <c>NaN</c>.</summary>
    /// <returns>The range as text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{(LowerInclusive ? "[" : "(")}{(Lower is { } lo ? lo.ToString(CultureInfo.InvariantCulture) : "-∞")}, {(Upper is { } hi ? hi.ToString(CultureInfo.InvariantCulture) : "∞")}{(UpperInclusive ? "]" : ")")}");

    /// <summary>Converts to an <see cref="Interval"/>, or explains why it cannot.</summary>
    internal Interval? ToInterval(out RubricProblemKind? problem, out string? message)
    {
        problem = null;
        message = null;
        if (Lower is double.NaN || Upper is double.NaN)
        {
            problem = RubricProblemKind.NaNBound;
            message = $"range {this} has a NaN bound";
            return null;
        }

        if (Lower is { } lo && (double.IsInfinity(lo) || Math.Abs(lo) > 1e15) || Upper is { } hi && (double.IsInfinity(hi) || Math.Abs(hi) > 1e15))
        {
            problem = RubricProblemKind.BoundsOutOfOrder;
            message = $"range {this} has an infinite or out-of-range bound (leave the side open instead)";
            return null;
        }

        decimal? lower = Lower is { } l ? (decimal)l : null;
        decimal? upper = Upper is { } u ? (decimal)u : null;
        if (lower is { } a && upper is { } b && (a > b || (a == b && !(LowerInclusive && UpperInclusive))))
        {
            problem = RubricProblemKind.BoundsOutOfOrder;
            message = string.Create(CultureInfo.InvariantCulture, $"range {this}: lower bound {a} is not below upper bound {b}");
            return null;
        }

        return new Interval(lower, LowerInclusive, upper, UpperInclusive);
    }
}
