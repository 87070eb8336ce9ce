using System.Globalization;

namespace MuhanRubric.Reading;

/// <summary>
/// The numbers a file may hold: what the library can compute with. Every number read from a file is a
/// <see cref="decimal"/> taken exactly as written (never rounded: <c>1e-30</c> is not silently 0), below 10^14 in
/// magnitude and, unless it is 0, not below 10^-14, so that sums, the product of two values and the ratio of two
/// values stay within the decimal range (about 7.9·10^28) and a value converted to <see cref="double"/> for
/// statistics keeps its digits.
/// </summary>
internal static class ComputableNumber
{
    /// <summary>Every number read from a file is below this in magnitude.</summary>
    public const decimal Limit = 100_000_000_000_000m;

    /// <summary>Every number read from a file other than 0 is at least this in magnitude.</summary>
    public const decimal Smallest = 0.00000000000001m;

    /// <summary>What a message says a number must be.</summary>
    public const string Expected = "a number below 10^14 in magnitude, and 0 or at least 10^-14";

    /// <summary>Whether a value is within what the library computes with.</summary>
    public static bool Contains(decimal value) => value == 0 || (Math.Abs(value) < Limit && Math.Abs(value) >= Smallest);

    /// <summary>Reads a JSON number exactly as a decimal the library computes with.</summary>
    /// <param name="text">The number as written in the file (JSON number syntax).</param>
    /// <param name="value">The value.</param>
    /// <returns>Whether the number is exactly a decimal within the limits.</returns>
    public static bool TryRead(string text, out decimal value)
    {
        if (!decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) || !Contains(value))
        {
            return false;
        }

        // decimal.TryParse rounds digits beyond its precision (and 1e-30 to 0): only an exact reading is a reading. A
        // plain number of at most 28 digits (no exponent) is always exact.
        if (text.Length <= 29 && text.AsSpan().IndexOfAnyExcept("-.0123456789") < 0)
        {
            return true;
        }

        return Canonical(text) is { } written && Canonical(value.ToString(CultureInfo.InvariantCulture)) is { } read && written == read;
    }

    /// <summary>The significant digits of a number as written (<c>30.50</c> has 3), or null when it is not a number.</summary>
    public static int? SignificantDigits(string text) => Canonical(text) is { } canonical ? Math.Max(1, canonical.Digits.Length) : null;

    /// <summary>A number as sign, digits without leading or trailing zeros, and the power of ten of the last digit.</summary>
    private static (bool Negative, string Digits, long Exponent)? Canonical(string text)
    {
        var i = 0;
        var negative = i < text.Length && text[i] == '-';
        if (negative)
        {
            i++;
        }

        var digits = new System.Text.StringBuilder();
        long exponent = 0;
        var point = false;
        for (; i < text.Length && (char.IsAsciiDigit(text[i]) || text[i] == '.'); i++)
        {
            if (text[i] == '.')
            {
                point = true;
                continue;
            }

            digits.Append(text[i]);
            if (point)
            {
                exponent--;
            }
        }

        if (i < text.Length)
        {
            if (text[i] is not ('e' or 'E'))
            {
                return null;
            }

            var exponentText = text.AsSpan(i + 1);
            if (exponentText.TrimStart("+-").Length > 9 || !long.TryParse(exponentText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var written))
            {
                // An exponent of ten or more digits: zero when the digits are, else far beyond any decimal.
                return digits.ToString().Trim('0').Length == 0 ? (false, string.Empty, 0) : null;
            }

            exponent += written;
        }

        var all = digits.ToString();
        var trimmed = all.TrimStart('0');
        var withoutTrailing = trimmed.TrimEnd('0');
        exponent += trimmed.Length - withoutTrailing.Length;
        return withoutTrailing.Length == 0 ? (false, string.Empty, 0) : (negative, withoutTrailing, exponent);
    }
}
