using System.Globalization;
using System.Text;
using MuhanRubric.Measurements;
using MuhanRubric.Measures;

namespace MuhanRubric.Import;

/// <summary>
/// The one reading of a submitted cell, shared by the CSV, XLSX and JSON readers: the table "Cells, as people type
/// them" of <c>docs/submission-format.md</c>. Value rules (≥ 0, whole counts, shares) are
/// <see cref="MeasurementTable.Builder.Check"/>'s, so a builder call and an import agree.
/// </summary>
internal static class CellText
{
    private const int MaxNumberLength = 64;

    private enum Form
    {
        Plain,
        Percent,
        CountWithShare,
    }

    private enum Scan
    {
        Ok,
        NotANumber,
        BadGrouping,
        TooLarge,
    }

    /// <summary>Reads a cell as typed (CSV, a spreadsheet text cell, a JSON string).</summary>
    public static CellReading Parse(ReadOnlySpan<char> typed, Measure measure, CellRole role)
    {
        var text = typed.Trim();
        if (text.IsEmpty)
        {
            return CellReading.Missing;
        }

        // Numbers compare after NFKC (full-width digits, signs, ％ and ，); ASCII needs no normalization.
        if (!Ascii.IsValid(text))
        {
            text = CollapseSpaces(text.ToString().Normalize(NormalizationForm.FormKC)).AsSpan();
        }

        if (text is "-" or "\u2013" or "\u2014" or "\uFF0D")
        {
            return CellReading.Missing;
        }

        if (text is "해당없음" or "해당 없음" or "N/A" or "n/a")
        {
            return CellReading.NotApplicable;
        }

        if (text.Equals("NA", StringComparison.OrdinalIgnoreCase))
        {
            return CellReading.Error($"expected a number, N/A, 해당없음 or a blank cell, found '{typed.Trim()}': write N/A or 해당없음 for not applicable, or leave the cell blank for missing");
        }

        var (scan, form, value, percent) = ReadNumber(text);
        return scan switch
        {
            Scan.BadGrouping => CellReading.Error($"expected ',' only between groups of three digits (1,234 or 1,234.5), found '{typed.Trim()}'"),
            Scan.TooLarge => CellReading.Error($"expected a number of at most 28 digits, found '{typed.Trim()}'"),
            Scan.NotANumber => CellReading.Error($"expected a number, found '{typed.Trim()}'"),
            _ => Apply(measure, role, form, value, percent, typed.Trim(), quote: true, typed),
        };
    }

    /// <summary>Reads a typed number: a spreadsheet number cell or a JSON number.</summary>
    /// <param name="value">The number; for a cell formatted as a percentage, already × 100 (see <see cref="FromSpreadsheetPercent"/>).</param>
    /// <param name="percentFormatted">Whether the spreadsheet showed it as a percentage.</param>
    /// <param name="typed">The number as the file holds it, for messages and the canonical check.</param>
    /// <param name="measure">The measure of the column.</param>
    /// <param name="role">The measure's column or its share column.</param>
    public static CellReading FromNumber(decimal value, bool percentFormatted, ReadOnlySpan<char> typed, Measure measure, CellRole role) =>
        Apply(measure, role, percentFormatted ? Form.Percent : Form.Plain, value, null, typed, quote: !percentFormatted, typed);

    /// <summary>
    /// A spreadsheet number shown as a percentage: 0.692 shown as 69.2% reads as 69.2, keeping the digits given; null
    /// beyond the decimal range.
    /// </summary>
    public static decimal? FromSpreadsheetPercent(decimal fraction) =>
        Math.Abs(fraction) > decimal.MaxValue / 100m ? null : decimal.Round(fraction * 100m, Math.Max(0, fraction.Scale - 2));

    // found: the cell as a message shows it (only formatted when there is a problem, so reading allocates nothing).
    private static CellReading Apply(Measure measure, CellRole role, Form form, decimal value, decimal? percent, ReadOnlySpan<char> found, bool quote, ReadOnlySpan<char> typed)
    {
        if (role == CellRole.Share)
        {
            if (form == Form.CountWithShare)
            {
                return CellReading.Error($"expected a share such as 69.2 or 69.2%, found {Found(found, quote)}");
            }

            // The share column holds the percentage itself; the one rule checks it as a count's share.
            return MeasurementTable.Builder.Check(measure, 0m, value) is { } shareProblem
                ? CellReading.Error(shareProblem)
                : new CellReading(CellKind.Number, value, null, false, null);
        }

        if (form == Form.Percent && measure.Unit != MeasureUnit.Percent)
        {
            var unit = measure.Unit.EnglishLabel();
            var what = unit.Length == 0 ? $"{measure.Id} is not a percentage" : $"{measure.Id} is in {unit}, not a percentage";
            var hint = measure.HasShare ? $"; a count's share goes beside it, 9(69.2%), or in the column {measure.Id}%" : string.Empty;
            return CellReading.Error($"expected a number without '%' ({what}), found {Found(found, quote)}{hint}");
        }

        if (MeasurementTable.Builder.Check(measure, value, percent) is { } problem)
        {
            return CellReading.Error(problem);
        }

        return new CellReading(CellKind.Number, value, percent, form != Form.Percent && IsCanonical(typed, value, percent), null);
    }

    private static string Found(ReadOnlySpan<char> found, bool typedText) =>
        typedText ? $"'{found}'" : $"'{found}' (a number formatted as a percentage)";

    private static (Scan Scan, Form Form, decimal Value, decimal? Percent) ReadNumber(ReadOnlySpan<char> text)
    {
        var position = 0;
        var scan = ScanNumber(text, ref position, out var value);
        if (scan != Scan.Ok)
        {
            return (scan, Form.Plain, 0m, null);
        }

        SkipSpaces(text, ref position);
        if (position == text.Length)
        {
            return (Scan.Ok, Form.Plain, value, null);
        }

        if (text[position] == '%')
        {
            position++;
            SkipSpaces(text, ref position);
            return (position == text.Length ? Scan.Ok : Scan.NotANumber, Form.Percent, value, null);
        }

        if (text[position] != '(')
        {
            return (Scan.NotANumber, Form.Plain, 0m, null);
        }

        position++;
        SkipSpaces(text, ref position);
        scan = ScanNumber(text, ref position, out var share);
        if (scan != Scan.Ok)
        {
            return (scan, Form.Plain, 0m, null);
        }

        SkipSpaces(text, ref position);
        if (!Expect(text, ref position, '%') || !Expect(text, ref position, ')') || position != text.Length)
        {
            return (Scan.NotANumber, Form.Plain, 0m, null);
        }

        return (Scan.Ok, Form.CountWithShare, value, share);
    }

    // An optional sign, digits with ',' only between groups of three, an optional '.' and decimals.
    private static Scan ScanNumber(ReadOnlySpan<char> text, ref int position, out decimal value)
    {
        value = 0m;
        Span<char> digits = stackalloc char[MaxNumberLength + 2];
        var length = 0;
        var start = position;
        if (position < text.Length && text[position] is '-' or '+' or '\u2212')
        {
            digits[length++] = text[position] == '+' ? '+' : '-';
            position++;
        }

        var integerDigits = 0;
        var groupDigits = 0;
        var grouped = false;
        var badGrouping = false;
        while (position < text.Length && (char.IsAsciiDigit(text[position]) || text[position] == ','))
        {
            if (text[position] == ',')
            {
                badGrouping |= groupDigits == 0 || groupDigits > 3 || (grouped && groupDigits != 3);
                grouped = true;
                groupDigits = 0;
            }
            else
            {
                if (length > MaxNumberLength)
                {
                    return Scan.TooLarge;
                }

                digits[length++] = text[position];
                integerDigits++;
                groupDigits++;
            }

            position++;
        }

        badGrouping |= grouped && groupDigits != 3;
        var fractionDigits = 0;
        var point = position < text.Length && text[position] == '.';
        if (point)
        {
            digits[length++] = '.';
            position++;
            while (position < text.Length && char.IsAsciiDigit(text[position]))
            {
                if (length > MaxNumberLength)
                {
                    return Scan.TooLarge;
                }

                digits[length++] = text[position++];
                fractionDigits++;
            }

            // 1.234,5: a comma after the decimal point groups nothing.
            badGrouping |= position < text.Length && text[position] == ',';
        }

        if (badGrouping)
        {
            return Scan.BadGrouping;
        }

        if (integerDigits + fractionDigits == 0 || (point && fractionDigits == 0))
        {
            position = start;
            return Scan.NotANumber;
        }

        return decimal.TryParse(digits[..length], NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value)
            ? Scan.Ok
            : Scan.TooLarge;
    }

    private static bool Expect(ReadOnlySpan<char> text, ref int position, char expected)
    {
        if (position >= text.Length || text[position] != expected)
        {
            return false;
        }

        position++;
        SkipSpaces(text, ref position);
        return true;
    }

    private static void SkipSpaces(ReadOnlySpan<char> text, ref int position)
    {
        while (position < text.Length && char.IsWhiteSpace(text[position]))
        {
            position++;
        }
    }

    // Whether the text renders back from the number exactly (MeasurementTable.Format), so it need not be kept.
    private static bool IsCanonical(ReadOnlySpan<char> typed, decimal value, decimal? percent)
    {
        Span<char> buffer = stackalloc char[2 * MaxNumberLength];
        if (!value.TryFormat(buffer, out var written, default, CultureInfo.InvariantCulture))
        {
            return false;
        }

        if (percent is { } share)
        {
            buffer[written++] = '(';
            if (!share.TryFormat(buffer[written..], out var shareWritten, default, CultureInfo.InvariantCulture) || written + shareWritten + 2 > buffer.Length)
            {
                return false;
            }

            written += shareWritten;
            buffer[written++] = '%';
            buffer[written++] = ')';
        }

        return typed.SequenceEqual(buffer[..written]);
    }

    private static string CollapseSpaces(string text)
    {
        var result = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.AsSpan().Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space)
            {
                result.Append(' ');
                space = false;
            }

            result.Append(c);
        }

        return result.ToString();
    }
}
