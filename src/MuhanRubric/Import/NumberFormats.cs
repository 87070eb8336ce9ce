namespace MuhanRubric.Import;

/// <summary>Spreadsheet number formats: whether a format shows a number as a percentage.</summary>
internal static class NumberFormats
{
    /// <summary>
    /// Whether a format code has a <c>%</c> outside quotes (<c>"%"</c>), escapes (<c>\%</c>) and brackets
    /// (<c>[Red]</c>): Excel then shows the number × 100, as <c>0.0%</c> does.
    /// </summary>
    public static bool HasPercent(string formatCode)
    {
        var quoted = false;
        var bracket = false;
        for (var i = 0; i < formatCode.Length; i++)
        {
            var c = formatCode[i];
            if (quoted)
            {
                quoted = c != '"';
            }
            else if (bracket)
            {
                bracket = c != ']';
            }
            else if (c == '\\' || c == '_' || c == '*')
            {
                i++; // the next character is literal (\%), a space of its width (_%) or a fill (*%)
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == '[')
            {
                bracket = true;
            }
            else if (c == '%')
            {
                return true;
            }
        }

        return false;
    }
}
