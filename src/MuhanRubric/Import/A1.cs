using System.Globalization;

namespace MuhanRubric.Import;

/// <summary>Spreadsheet cell references: column letters and A1 text.</summary>
internal static class A1
{
    /// <summary>The letters of a 0-based column: 0 → A, 25 → Z, 26 → AA.</summary>
    public static string Column(int column)
    {
        Span<char> letters = stackalloc char[8];
        var length = 0;
        for (var n = column + 1; n > 0; n = (n - 1) / 26)
        {
            letters[length++] = (char)('A' + ((n - 1) % 26));
        }

        letters[..length].Reverse();
        return new string(letters[..length]);
    }

    /// <summary>A cell's reference: 0-based column, 1-based row.</summary>
    public static string Reference(int column, int row) => Column(column) + row.ToString(CultureInfo.InvariantCulture);

    /// <summary>Reads a reference such as <c>C7</c> into a 0-based column and a 1-based row.</summary>
    public static bool TryParse(string? reference, out int column, out int row)
    {
        column = -1;
        row = 0;
        if (string.IsNullOrEmpty(reference))
        {
            return false;
        }

        var i = 0;
        var number = 0;
        while (i < reference.Length && char.IsAsciiLetterUpper(reference[i]))
        {
            number = (number * 26) + (reference[i] - 'A' + 1);
            i++;
            if (number > 16_384)
            {
                return false;
            }
        }

        column = number - 1;
        return i > 0 && int.TryParse(reference.AsSpan(i), NumberStyles.None, CultureInfo.InvariantCulture, out row) && row > 0;
    }
}
