using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace MuhanRubric.Tests.Import;

/// <summary>A cell of a test workbook: what Excel would store for what a person typed.</summary>
public abstract record X
{
    public static implicit operator X(string text) => new Shared(text);

    public static implicit operator X(double number) => new Number(number);

    /// <summary>A shared string (what Excel writes for typed text).</summary>
    public sealed record Shared(string Text) : X;

    /// <summary>An inline string.</summary>
    public sealed record Inline(string Text) : X;

    /// <summary>A number, optionally styled: 1 = built-in 0% (id 9), 2 = built-in 0.00% (id 10), 3 = custom 0.0%, 4 = custom "%"0 (quoted, not a percentage).</summary>
    public sealed record Number(double Value, uint Style = 0) : X;

    /// <summary>A number exactly as the XML stores it (Excel writes 0.69199999999999995 for 0.692).</summary>
    public sealed record Stored(string Text, uint Style = 0) : X;

    /// <summary>A formula with its cached value (null: never calculated).</summary>
    public sealed record Formula(string Text, double? Cached) : X;

    public sealed record Error(string Text) : X;

    public sealed record Bool(bool Value) : X;

    /// <summary>No cell at all (the XML omits it).</summary>
    public sealed record None : X;
}

/// <summary>Writes XLSX workbooks with DocumentFormat.OpenXml, the way Excel stores what people type.</summary>
public static class TestWorkbook
{
    public static MemoryStream Create(params (string Name, X[][] Rows)[] sheets)
    {
        var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook(new Sheets());
            AddStyles(workbook);
            var strings = new List<string>();
            uint id = 1;
            foreach (var (name, rows) in sheets)
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                part.Worksheet = new Worksheet(SheetData(rows, strings));
                workbook.Workbook.Sheets!.Append(new Sheet { Name = name, SheetId = id++, Id = workbook.GetIdOfPart(part) });
            }

            var shared = workbook.AddNewPart<SharedStringTablePart>();
            shared.SharedStringTable = new SharedStringTable(strings.Select(s => new SharedStringItem(new Text(s) { Space = SpaceProcessingModeValues.Preserve })));
        }

        stream.Position = 0;
        return stream;
    }

    private static SheetData SheetData(X[][] rows, List<string> strings)
    {
        var data = new SheetData();
        for (var r = 0; r < rows.Length; r++)
        {
            var row = new Row { RowIndex = (uint)(r + 1) };
            for (var c = 0; c < rows[r].Length; c++)
            {
                if (Cell(rows[r][c], strings) is { } cell)
                {
                    cell.CellReference = MuhanRubric.Import.A1.Reference(c, r + 1);
                    row.Append(cell);
                }
            }

            data.Append(row);
        }

        return data;
    }

    private static Cell? Cell(X value, List<string> strings) => value switch
    {
        X.Shared s => new Cell { DataType = CellValues.SharedString, CellValue = new CellValue(Index(strings, s.Text)) },
        X.Inline s => new Cell(new InlineString(new Text(s.Text))) { DataType = CellValues.InlineString },
        X.Number n => new Cell { CellValue = new CellValue(n.Value.ToString("R", CultureInfo.InvariantCulture)), StyleIndex = n.Style == 0 ? null : n.Style },
        X.Stored s => new Cell { CellValue = new CellValue(s.Text), StyleIndex = s.Style == 0 ? null : s.Style },
        X.Formula f => new Cell(new CellFormula(f.Text)) { CellValue = f.Cached is { } v ? new CellValue(v.ToString("R", CultureInfo.InvariantCulture)) : null },
        X.Error e => new Cell { DataType = CellValues.Error, CellValue = new CellValue(e.Text) },
        X.Bool b => new Cell { DataType = CellValues.Boolean, CellValue = new CellValue(b.Value ? "1" : "0") },
        _ => null,
    };

    private static string Index(List<string> strings, string text)
    {
        var index = strings.IndexOf(text);
        if (index < 0)
        {
            strings.Add(text);
            index = strings.Count - 1;
        }

        return index.ToString(CultureInfo.InvariantCulture);
    }

    // Styles: 0 general, 1 built-in 9 (0%), 2 built-in 10 (0.00%), 3 custom 164 (0.0%), 4 custom 165 ("%"0: a literal %).
    private static void AddStyles(WorkbookPart workbook)
    {
        var styles = workbook.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = new Stylesheet(
            new NumberingFormats(
                new NumberingFormat { NumberFormatId = 164, FormatCode = "0.0%" },
                new NumberingFormat { NumberFormatId = 165, FormatCode = "\"%\"0" }),
            new Fonts(new Font()),
            new Fills(new Fill()),
            new Borders(new Border()),
            new CellFormats(
                new CellFormat { NumberFormatId = 0 },
                new CellFormat { NumberFormatId = 9, ApplyNumberFormat = true },
                new CellFormat { NumberFormatId = 10, ApplyNumberFormat = true },
                new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true },
                new CellFormat { NumberFormatId = 165, ApplyNumberFormat = true }));
    }
}
