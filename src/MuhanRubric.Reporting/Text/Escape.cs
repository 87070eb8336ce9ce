using System.Text;

namespace MuhanRubric.Reporting.Text;

/// <summary>Escaping for HTML and Markdown that leaves every letter as it is (Hangul is never turned into entities).</summary>
internal static class Escape
{
    /// <summary>Escapes <c>&amp; &lt; &gt; " '</c> for HTML text and attribute values; nothing else.</summary>
    public static string Html(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }

    /// <summary>Escapes a Markdown table cell: a pipe, and line breaks become spaces.</summary>
    public static string MarkdownCell(string? text) =>
        string.IsNullOrEmpty(text) ? string.Empty : text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\r", string.Empty, StringComparison.Ordinal).Replace('\n', ' ');

    /// <summary>An HTML id from a code: letters, digits, '-' and '_' kept, anything else '-'.</summary>
    public static string Id(string prefix, string code)
    {
        var builder = new StringBuilder(prefix);
        foreach (var c in code)
        {
            builder.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '-');
        }

        return builder.ToString();
    }
}
