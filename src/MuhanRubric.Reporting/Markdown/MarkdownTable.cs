using System.Text;
using MuhanRubric.Reporting.Text;

namespace MuhanRubric.Reporting.Markdown;

/// <summary>
/// A Markdown pipe table whose columns line up in a monospaced editor: each cell is padded to its column's display
/// width (Hangul counts two cells), numbers to the right.
/// </summary>
internal sealed class MarkdownTable(IReadOnlyList<string> headers, IReadOnlySet<int> numeric)
{
    private readonly List<string[]> _rows = [];

    public MarkdownTable Add(params string[] cells)
    {
        _rows.Add(cells);
        return this;
    }

    public void WriteTo(StringBuilder output)
    {
        var all = _rows.Prepend([.. headers]).Select(r => r.Select(Escape.MarkdownCell).ToArray()).ToList();
        var widths = Enumerable.Range(0, headers.Count).Select(c => Math.Max(3, all.Max(r => c < r.Length ? DisplayWidth.Of(r[c]) : 0))).ToArray();
        for (var r = 0; r < all.Count; r++)
        {
            Line(output, all[r], widths);
            if (r == 0)
            {
                output.Append('|');
                for (var c = 0; c < widths.Length; c++)
                {
                    output.Append(' ').Append(numeric.Contains(c) ? new string('-', widths[c] - 1) + ":" : new string('-', widths[c])).Append(" |");
                }

                output.Append('\n');
            }
        }

        output.Append('\n');
    }

    private void Line(StringBuilder output, string[] cells, int[] widths)
    {
        output.Append('|');
        for (var c = 0; c < widths.Length; c++)
        {
            var cell = c < cells.Length ? cells[c] : string.Empty;
            output.Append(' ').Append(numeric.Contains(c) ? DisplayWidth.PadLeft(cell, widths[c]) : DisplayWidth.PadRight(cell, widths[c])).Append(" |");
        }

        output.Append('\n');
    }
}
