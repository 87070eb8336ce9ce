using System.Globalization;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using MuhanRubric.Measurements;

namespace MuhanRubric.Import;

/// <summary>
/// The rows of one worksheet of an XLSX workbook (DocumentFormat.OpenXml): shared, inline and formula strings as
/// text, booleans as TRUE/FALSE, numbers as numbers (shortest round-trip digits; × 100 when formatted as a
/// percentage), error values as errors, and a formula by its cached value.
/// </summary>
internal static class XlsxRows
{
    private const string DefaultSheet = "Data";

    /// <summary>Opens the workbook, picks the sheet, and feeds every row of it to <paramref name="read"/>.</summary>
    /// <exception cref="DatasetFormatException">The file is not a workbook, or has no such sheet.</exception>
    public static MeasurementTable Read(Stream stream, string fileName, string? sheetName, Func<ImportProblems, Action<Action<GridRow>>, MeasurementTable> read)
    {
        var opening = new ImportProblems(fileName);
        try
        {
            using var document = SpreadsheetDocument.Open(Seekable(stream), isEditable: false);
            var workbook = document.WorkbookPart ?? throw opening.Fatal(Place.None, "expected an XLSX workbook, found a package without a workbook part");
            var (name, worksheet) = PickSheet(workbook, sheetName, opening);
            var problems = new ImportProblems(fileName, name);
            var strings = SharedStrings(workbook);
            var percent = PercentStyles(workbook);
            return read(problems, accept => ReadRows(worksheet, strings, percent, accept));
        }
        // A broken package or part: the packaging layer and the typed attribute values throw these (a bad zip, a
        // missing part, an invalid enumeration or number in an attribute).
        catch (Exception ex) when (ex is OpenXmlPackageException or FormatException or InvalidDataException or XmlException or InvalidOperationException or ArgumentException)
        {
            throw opening.Fatal(Place.None, $"expected an XLSX workbook (Office Open XML), found a file that cannot be read as one: {ex.Message}", ex);
        }
    }

    private static Stream Seekable(Stream stream)
    {
        if (stream.CanSeek)
        {
            return stream;
        }

        var copy = new MemoryStream();
        stream.CopyTo(copy);
        copy.Position = 0;
        return copy;
    }

    private static (string Name, WorksheetPart Part) PickSheet(WorkbookPart workbook, string? wanted, ImportProblems problems)
    {
        var sheets = workbook.Workbook?.Sheets?.Elements<Sheet>()
            .Select(s => (Name: s.Name?.Value ?? string.Empty, Part: s.Id?.Value is { } id ? workbook.GetPartById(id) as WorksheetPart : null))
            .ToList() ?? [];
        var names = sheets.Count == 0 ? "no sheets" : "sheets " + string.Join(", ", sheets.Select(s => $"'{s.Name}'"));
        var chosen = wanted is not null
            ? sheets.FindIndex(s => string.Equals(s.Name, wanted, StringComparison.Ordinal))
            : sheets.FindIndex(s => string.Equals(s.Name, DefaultSheet, StringComparison.Ordinal) && s.Part is not null) is var data and >= 0
                ? data
                : sheets.FindIndex(s => s.Part is not null);
        if (chosen < 0)
        {
            throw problems.Fatal(Place.None, wanted is not null
                ? $"expected a sheet named '{wanted}', found {names}"
                : $"expected a worksheet, found {names}");
        }

        return sheets[chosen].Part is { } part
            ? (sheets[chosen].Name, part)
            : throw problems.Fatal(Place.None, $"expected '{sheets[chosen].Name}' to be a worksheet, found a chart sheet or other part");
    }

    private static string[] SharedStrings(WorkbookPart workbook) =>
        workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(TextOf).ToArray() ?? [];

    // A string item's own text and its rich-text runs; phonetic guides (rPh, furigana) are not part of the text.
    private static string TextOf(OpenXmlElement item) =>
        (item.GetFirstChild<Text>()?.Text ?? string.Empty) + string.Concat(item.Elements<Run>().Select(r => r.Text?.Text));

    private static bool[] PercentStyles(WorkbookPart workbook)
    {
        var stylesheet = workbook.WorkbookStylesPart?.Stylesheet;
        var custom = new Dictionary<uint, string>();
        foreach (var format in stylesheet?.NumberingFormats?.Elements<NumberingFormat>() ?? [])
        {
            if (format.NumberFormatId?.Value is { } id)
            {
                custom[id] = format.FormatCode?.Value ?? string.Empty;
            }
        }

        return stylesheet?.CellFormats?.Elements<CellFormat>()
            .Select(f => f.NumberFormatId?.Value ?? 0u)
            .Select(id => custom.TryGetValue(id, out var code) ? NumberFormats.HasPercent(code) : id is 9 or 10)
            .ToArray() ?? [];
    }

    private static void ReadRows(WorksheetPart worksheet, string[] strings, bool[] percent, Action<GridRow> accept)
    {
        var grid = new GridRow();
        var nextRow = 1;
        foreach (var row in worksheet.Worksheet?.GetFirstChild<SheetData>()?.Elements<Row>() ?? [])
        {
            var number = row.RowIndex?.Value is { } index ? (int)index : nextRow;
            nextRow = number + 1;
            grid.Reset(number);
            foreach (var cell in row.Elements<Cell>())
            {
                // Cells may omit their reference; then they follow the previous one.
                var column = A1.TryParse(cell.CellReference?.Value, out var c, out _) ? c : grid.Count;
                if (column < grid.Count)
                {
                    continue;
                }

                while (grid.Count < column)
                {
                    grid.AddText([]);
                }

                AddCell(grid, cell, strings, percent);
            }

            accept(grid);
        }
    }

    private static void AddCell(GridRow grid, Cell cell, string[] strings, bool[] percent)
    {
        var type = cell.DataType?.Value;
        var value = cell.CellValue?.Text;
        if (cell.CellFormula is { } formula && value is null)
        {
            grid.Add(formula.Text, GridCellKind.UncalculatedFormula);
        }
        else if (type == CellValues.SharedString)
        {
            var index = int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < strings.Length ? i : -1;
            if (index >= 0)
            {
                grid.AddText(strings[index]);
            }
            else
            {
                grid.Add($"#REF! (shared string {value})", GridCellKind.Error);
            }
        }
        else if (type == CellValues.InlineString)
        {
            grid.AddText(cell.InlineString is { } inline ? TextOf(inline) : value);
        }
        else if (type == CellValues.Boolean)
        {
            grid.AddText(value == "1" ? "TRUE" : "FALSE");
        }
        else if (type == CellValues.Error)
        {
            grid.Add(value, GridCellKind.Error);
        }
        else if (type is null || type == CellValues.Number)
        {
            AddNumber(grid, value, cell.StyleIndex?.Value is { } style && style < percent.Length && percent[style]);
        }
        else
        {
            grid.AddText(value);
        }
    }

    // Excel stores binary doubles: 0.692 is written 0.69199999999999995. The shortest round-trip digits are what was typed.
    private static void AddNumber(GridRow grid, string? stored, bool percentFormatted)
    {
        if (string.IsNullOrEmpty(stored)
            || !double.TryParse(stored, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            || !decimal.TryParse(number.ToString("R", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            grid.AddText(stored);
            return;
        }

        if (percentFormatted && CellText.FromSpreadsheetPercent(value) is { } shown)
        {
            grid.AddNumber(string.Create(CultureInfo.InvariantCulture, $"{shown}%"), shown, percentFormatted: true);
            return;
        }

        grid.AddNumber(value.ToString(CultureInfo.InvariantCulture), value, percentFormatted: false);
    }
}
