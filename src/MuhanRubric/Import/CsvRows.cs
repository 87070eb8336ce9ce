using System.Globalization;
using MuhanRubric.Measurements;
using nietras.SeparatedValues;

namespace MuhanRubric.Import;

/// <summary>
/// The rows of a CSV file (comma-separated, RFC 4180 quoting) with Sep, decoded by <see cref="TextDecoding"/>. Each
/// row's cells share one <see cref="SubmittedSource"/> naming the file and line.
/// </summary>
internal static class CsvRows
{
    private static readonly SepReaderOptions _options = Sep.New(',').Reader(o => o with
    {
        HasHeader = false,
        DisableColCountCheck = true,
        Unescape = true,
        CultureInfo = CultureInfo.InvariantCulture,
    });

    /// <summary>Feeds every row to <paramref name="accept"/>; a row with an unmatched quote is reported instead.</summary>
    public static void Read(Stream stream, ImportProblems problems, System.Text.Encoding? encoding, Action<GridRow> accept)
    {
        using var text = TextDecoding.Open(StreamBytes.ReadAll(stream), encoding, problems);
        using var reader = _options.From(text);
        var row = new GridRow();
        foreach (var csvRow in reader)
        {
            // Sep 0.17.1 reports the first row's line as its end; the first row starts on line 1.
            var line = csvRow.RowIndex == 0 ? 1 : csvRow.LineNumberFrom;

            // Before any cell is read (unescaping rewrites the row in place): quotes come in pairs in RFC 4180.
            if (csvRow.Span.Count('"') % 2 != 0)
            {
                problems.Add(new Place(line, null), null, null, null,
                    "expected quotes in pairs (RFC 4180: a quoted cell ends with \" and a quote inside one is written \"\"), found an unmatched \" in this row");
                continue;
            }

            row.Reset(line, new SubmittedSource(problems.File, Line: line));
            for (var c = 0; c < csvRow.ColCount; c++)
            {
                row.AddText(csvRow[c].Span);
            }

            accept(row);
        }
    }
}
