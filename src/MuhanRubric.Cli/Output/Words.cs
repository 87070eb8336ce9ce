using System.Globalization;
using System.Text;
using MuhanRubric.Reporting;
using MuhanRubric.Units;

namespace MuhanRubric.Cli.Output;

/// <summary>
/// The words and numbers of the tool's text output in the chosen language (<see cref="ReportLanguage"/>, as the
/// reports use): Korean or English words, the unit's Korean name or its code, numbers in the invariant culture with a
/// fixed number of decimals per kind (points 2, probabilities 3, rank statistics 1), columns padded by display width
/// (Hangul takes two cells).
/// </summary>
internal sealed class Words(ReportLanguage language)
{
    public ReportLanguage Language { get; } = language;

    public bool IsKorean => Language == ReportLanguage.Korean;

    /// <summary>The Korean or the English text.</summary>
    public string T(string korean, string english) => IsKorean ? korean : english;

    /// <summary>A unit in tables: its Korean name, or its code in English.</summary>
    public string Unit(Municipality unit) => IsKorean ? unit.KoreanName : unit.Code;

    /// <summary>Points, subtotals, totals and maxima: always two decimals (<c>22.00</c> beside <c>30.50</c>).</summary>
    public static string Points(decimal points) => points.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>A change of points, signed, two decimals: <c>+1.50</c>, <c>-0.25</c>, <c>0.00</c>.</summary>
    public static string Change(decimal change) => change.ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture);

    /// <summary>A points value computed in doubles (a mean or a standard deviation of totals): two decimals.</summary>
    public static string Points(double points) => points.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>A probability or a sensitivity index: three or four decimals, fixed.</summary>
    public static string Fixed(double value, int decimals) => value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    /// <summary>A rank statistic (median, percentile, mean of ranks): one decimal.</summary>
    public static string Rank(double rank) => rank.ToString("0.0", CultureInfo.InvariantCulture);

    /// <summary>A whole number.</summary>
    public static string Whole(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A rank shift: <c>↑2</c>, <c>↓1</c>, or nothing.</summary>
    public static string Shift(int? places) => places switch
    {
        null or 0 => string.Empty,
        > 0 => "↑" + Whole(places.Value),
        _ => "↓" + Whole(-places.Value),
    };

    /// <summary>Pads on the right to a display width, at least one space after the text.</summary>
    public static string Left(string text, int width) => text + new string(' ', Math.Max(1, width - DisplayWidth(text)));

    /// <summary>Pads on the left to a display width (numbers).</summary>
    public static string Right(string text, int width) => new string(' ', Math.Max(0, width - DisplayWidth(text))) + text;

    /// <summary>The width of a text in a terminal: East Asian wide characters (Hangul, CJK, full-width forms) take two cells.</summary>
    public static int DisplayWidth(string text)
    {
        var width = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            var c = rune.Value;
            width += Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format ? 0
                : c is >= 0x1100 and <= 0x115F or >= 0x2E80 and <= 0x303E or >= 0x3041 and <= 0x33FF or >= 0x3400 and <= 0x4DBF
                    or >= 0x4E00 and <= 0x9FFF or >= 0xA960 and <= 0xA97F or >= 0xAC00 and <= 0xD7A3 or >= 0xF900 and <= 0xFAFF
                    or >= 0xFE30 and <= 0xFE4F or >= 0xFF00 and <= 0xFF60 or >= 0xFFE0 and <= 0xFFE6 or >= 0x20000 and <= 0x3FFFD ? 2 : 1;
        }

        return width;
    }
}
