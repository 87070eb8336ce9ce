using System.Globalization;
using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using MuhanRubric.Rubrics;
using MuhanRubric.Templates;
using nietras.SeparatedValues;

namespace MuhanRubric.Tests.Templates;

/// <summary>Writes templates to bytes and reads them back as grids of text, independently of the writers.</summary>
internal static class TemplateFiles
{
    public static byte[] Xlsx(Rubric rubric, TemplateOptions? options = null) => Bytes(s => SubmissionTemplate.WriteXlsx(s, rubric, options));

    public static byte[] Csv(Rubric rubric, TemplateOptions? options = null) => Bytes(s => SubmissionTemplate.WriteCsv(s, rubric, options));

    public static byte[] Bytes(Action<Stream> write)
    {
        using var stream = new MemoryStream();
        write(stream);
        return stream.ToArray();
    }

    /// <summary>
    /// A sheet as rows of cells (1-based row → column letter → text): shared strings as text, numbers in invariant
    /// digits, so XLSX and CSV grids compare alike.
    /// </summary>
    public static SheetGrid ReadSheet(byte[] xlsx, string sheetName)
    {
        using var stream = new MemoryStream(xlsx);
        using var document = SpreadsheetDocument.Open(stream, false);
        var part = SheetPart(document, sheetName);
        var strings = document.WorkbookPart!.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
        var grid = new SheetGrid();
        foreach (var row in part.Worksheet.Descendants<Row>())
        {
            foreach (var cell in row.Elements<Cell>())
            {
                var text = cell.CellValue?.Text;
                if (text is null)
                {
                    continue;
                }

                grid.Set(cell.CellReference!.Value!, cell.DataType?.Value == CellValues.SharedString ? strings[int.Parse(text, CultureInfo.InvariantCulture)] : text);
            }
        }

        return grid;
    }

    public static WorksheetPart SheetPart(SpreadsheetDocument document, string sheetName)
    {
        var sheet = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheetName);
        return (WorksheetPart)document.WorkbookPart.GetPartById(sheet.Id!.Value!);
    }

    /// <summary>A CSV file (after its byte-order mark) as the same kind of grid, read with Sep as RFC 4180.</summary>
    public static SheetGrid ReadCsv(byte[] csv)
    {
        var text = new UTF8Encoding(false, true).GetString(csv.AsSpan(3));
        var grid = new SheetGrid();
        using var reader = Sep.New(',').Reader(o => o with { HasHeader = false, Unescape = true }).FromText(text);
        var r = 0;
        foreach (var row in reader)
        {
            r++;
            for (var c = 0; c < row.ColCount; c++)
            {
                var value = row[c].ToString();
                if (value.Length > 0)
                {
                    grid.Set($"{Column(c)}{r}", value);
                }
            }
        }

        return grid;
    }

    /// <summary>The text of a ZIP entry of a package, decoded as UTF-8.</summary>
    public static string Entry(byte[] xlsx, string name)
    {
        using var archive = new ZipArchive(new MemoryStream(xlsx), ZipArchiveMode.Read);
        using var reader = new StreamReader(archive.GetEntry(name)!.Open(), new UTF8Encoding(false, true));
        return reader.ReadToEnd();
    }

    public static string Column(int index) =>
        index < 26 ? ((char)('A' + index)).ToString() : $"{(char)('A' + (index / 26) - 1)}{(char)('A' + (index % 26))}";
}

/// <summary>Non-empty cells by A1 reference.</summary>
internal sealed class SheetGrid
{
    private readonly Dictionary<string, string> _cells = new(StringComparer.Ordinal);

    public int RowCount { get; private set; }

    public string? this[string reference] => _cells.GetValueOrDefault(reference);

    public void Set(string reference, string text)
    {
        _cells[reference] = text;
        RowCount = Math.Max(RowCount, int.Parse(reference.AsSpan(reference.IndexOfAny("0123456789".ToCharArray())), CultureInfo.InvariantCulture));
    }

    /// <summary>Row <paramref name="row"/>'s cells from column A up to <paramref name="count"/> columns, null where empty.</summary>
    public IReadOnlyList<string?> Row(int row, int count) => [.. Enumerable.Range(0, count).Select(c => this[$"{TemplateFiles.Column(c)}{row}"])];
}
