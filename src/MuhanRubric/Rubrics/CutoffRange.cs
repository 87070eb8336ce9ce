using System.Globalization;

namespace MuhanRubric.Rubrics;

/// <summary>
/// A range between population cut-offs, in the vocabulary of <see cref="BandRange"/>:
/// <c>CutoffRange.From(Cutoff.Percentile(25)).Through(Cutoff.Percentile(75))</c> is [P25, P75],
/// <c>CutoffRange.Below(Cutoff.MeanTimes(0.5m))</c> is below half the mean. Checked when the rubric is built.
/// </summary>
/// <param name="Lower">The lower cut-off, or null when open below.</param>
/// <param name="LowerInclusive">Whether the lower cut-off belongs to the range.</param>
/// <param name="Upper">The upper cut-off, or null when open above.</param>
/// <param name="UpperInclusive">Whether the upper cut-off belongs to the range.</param>
public readonly record struct CutoffRange(Cutoff? Lower, bool LowerInclusive, Cutoff? Upper, bool UpperInclusive)
{
    /// <summary>From <paramref name="lower"/> inclusive, open above until <see cref="To"/> or <see cref="Through"/> ("이상").</summary>
    /// <param name="lower">The inclusive lower cut-off.</param>
    /// <returns>The range.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="lower"/> is null.</exception>
    public static CutoffRange From(Cutoff lower) => new(Required(lower, nameof(lower)), true, null, false);

    /// <summary>Above <paramref name="lower"/>, exclusive ("초과").</summary>
    /// <param name="lower">The exclusive lower cut-off.</param>
    /// <returns>The range.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="lower"/> is null.</exception>
    public static CutoffRange Above(Cutoff lower) => new(Required(lower, nameof(lower)), false, null, false);

    /// <summary><paramref name="lower"/> and above: the same as <see cref="From"/>.</summary>
    /// <param name="lower">The inclusive lower cut-off.</param>
    /// <returns>The range.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="lower"/> is null.</exception>
    public static CutoffRange AtLeast(Cutoff lower) => From(lower);

    /// <summary>Below <paramref name="upper"/>, exclusive ("미만").</summary>
    /// <param name="upper">The exclusive upper cut-off.</param>
    /// <returns>The range.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="upper"/> is null.</exception>
    public static CutoffRange Below(Cutoff upper) => new(null, false, Required(upper, nameof(upper)), false);

    /// <summary><paramref name="upper"/> and below ("이하").</summary>
    /// <param name="upper">The inclusive upper cut-off.</param>
    /// <returns>The range.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="upper"/> is null.</exception>
    public static CutoffRange AtMost(Cutoff upper) => new(null, false, Required(upper, nameof(upper)), true);

    /// <summary>Every value.</summary>
    public static CutoffRange Any => new(null, false, null, false);

    /// <summary>Closes the range below <paramref name="upper"/>, exclusive ("미만").</summary>
    /// <param name="upper">The exclusive upper cut-off.</param>
    /// <returns>The range.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="upper"/> is null.</exception>
    public CutoffRange To(Cutoff upper) => this with { Upper = Required(upper, nameof(upper)), UpperInclusive = false };

    /// <summary>Closes the range at <paramref name="upper"/>, inclusive ("이하").</summary>
    /// <param name="upper">The inclusive upper cut-off.</param>
    /// <returns>The range.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="upper"/> is null.</exception>
    public CutoffRange Through(Cutoff upper) => this with { Upper = Required(upper, nameof(upper)), UpperInclusive = true };

    /// <summary>Notation, for example <c>[P25, P75]</c> or <c>(-∞, 0.5×mean)</c>.</summary>
    /// <returns>The range as text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{(LowerInclusive && Lower is not null ? "[" : "(")}{Lower?.ToString() ?? "-∞"}, {Upper?.ToString() ?? "∞"}{(UpperInclusive && Upper is not null ? "]" : ")")}");

    private static Cutoff Required(Cutoff cutoff, string name) => cutoff ?? throw new ArgumentNullException(name, "A cut-off is required here; leave the side open with Below, AtMost, From or Above instead.");
}
