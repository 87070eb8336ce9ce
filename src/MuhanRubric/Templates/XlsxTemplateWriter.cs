using System.Collections.Immutable;
using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace MuhanRubric.Templates;

/// <summary>
/// Writes a <see cref="TemplateLayout"/> and its instructions as an XLSX workbook with DocumentFormat.OpenXml, then
/// repacks it with <see cref="StoredZip"/> so the bytes depend on the content only.
/// </summary>
internal static class XlsxTemplateWriter
{
    private const string WorkbookContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
    private const double LineHeight = 15;

    // Excel shows at most 255 characters of an error message; a test checks these.
    private const string WholeMessage = "0 이상의 정수를 입력하세요. 해당되지 않으면 해당없음, 모르면 빈칸(0 아님). / Enter a whole number ≥ 0; 해당없음 if it does not apply; leave blank if unknown (not 0).";
    private const string NumberMessage = "0 이상의 숫자를 입력하세요. 해당되지 않으면 해당없음, 모르면 빈칸(0 아님). / Enter a number ≥ 0; 해당없음 if it does not apply; leave blank if unknown (not 0).";
    private const string ShareMessage = "비율은 0–100의 숫자입니다(69.2%는 69.2). 100을 넘는 값은 경고와 함께 읽힙니다. / A share is a number from 0 to 100 (69.2 % is 69.2); above 100 loads with a warning. 해당없음 if it does not apply; blank if unknown.";

    public static void Write(Stream output, TemplateLayout layout, ImmutableArray<InstructionRow> instructions)
    {
        using var package = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(package, SpreadsheetDocumentType.Workbook))
        {
            // Explicit relationship ids: the SDK would otherwise draw random ones.
            var workbook = document.AddNewPart<WorkbookPart>(WorkbookContentType, "rId1");
            var strings = new SharedStrings();
            var data = workbook.AddNewPart<WorksheetPart>("rId1");
            data.Worksheet = DataSheet(layout, strings);
            var guide = workbook.AddNewPart<WorksheetPart>("rId2");
            guide.Worksheet = InstructionsSheet(instructions, strings);
            workbook.AddNewPart<WorkbookStylesPart>("rId3").Stylesheet = XlsxStyles.Stylesheet();
            workbook.AddNewPart<SharedStringTablePart>("rId4").SharedStringTable = strings.ToTable();
            workbook.Workbook = new Workbook(
                new BookViews(new WorkbookView { ActiveTab = 0U }),
                new Sheets(
                    new Sheet { Name = SubmissionTemplate.DataSheetName, SheetId = 1U, Id = "rId1" },
                    new Sheet { Name = SubmissionTemplate.InstructionsSheetName, SheetId = 2U, Id = "rId2" }));
        }

        package.Position = 0;
        StoredZip.Repack(package, output);
    }

    /// <summary>The column name of a 0-based index: A, B, …, Z, AA, ….</summary>
    public static string ColumnName(int index)
    {
        var name = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }

    private static Worksheet DataSheet(TemplateLayout layout, SharedStrings strings)
    {
        var header = layout.HeaderRows();
        var widths = new double[layout.Columns.Length + 2];
        widths[0] = Math.Clamp(layout.Units.Select(u => DisplayWidth(u.Code)).DefaultIfEmpty(0).Max() + 3, 14, 30);
        widths[1] = Math.Clamp(layout.Units.Select(u => DisplayWidth(u.KoreanName)).DefaultIfEmpty(0).Max() + 3, 12, 30);
        for (var c = 2; c < widths.Length; c++)
        {
            widths[c] = Math.Clamp(Math.Max(DisplayWidth(header[0][c].ToText()), DisplayWidth(header[3][c].ToText())) + 3, 14, 42);
        }

        var sheetData = new SheetData();
        uint[] headerFormats = [XlsxStyles.HeaderFormat, XlsxStyles.CommentFormat, XlsxStyles.CommentFormat, XlsxStyles.CommentFormat];
        for (var r = 0; r < header.Length; r++)
        {
            // The label rows wrap; explicit heights show every label whatever the reader does on open.
            var height = r is 1 or 2 ? HeightOf(header[r], widths) : (double?)null;
            sheetData.Append(Row(r + 1, header[r], _ => headerFormats[r], strings, height));
        }

        var rowIndex = TemplateLayout.HeaderRowCount;
        foreach (var cells in layout.UnitRows())
        {
            rowIndex++;
            sheetData.Append(Row(rowIndex, cells, c => c < 2 ? XlsxStyles.KeyFormat : XlsxStyles.DefaultFormat, strings, null));
        }

        var worksheet = new Worksheet(
            new SheetViews(new SheetView(
                new Pane
                {
                    HorizontalSplit = 2D,
                    VerticalSplit = TemplateLayout.HeaderRowCount,
                    TopLeftCell = "C5",
                    ActivePane = PaneValues.BottomRight,
                    State = PaneStateValues.Frozen,
                },
                new Selection { Pane = PaneValues.BottomRight, ActiveCell = "C5", SequenceOfReferences = new ListValue<StringValue> { InnerText = "C5" } })
            {
                TabSelected = true,
                WorkbookViewId = 0U,
            }),
            Columns(widths),
            sheetData);
        if (layout.Units.Count > 0 && layout.Columns.Length > 0)
        {
            worksheet.Append(Validations(layout));
        }

        return worksheet;
    }

    /// <summary>
    /// One custom rule per value column. IF, not OR/AND, because Excel evaluates every argument of OR and AND: INT of
    /// the text 해당없음 is #VALUE!, which would make the whole OR an error and reject the text.
    /// </summary>
    private static DataValidations Validations(TemplateLayout layout)
    {
        var first = TemplateLayout.HeaderRowCount + 1;
        var last = TemplateLayout.HeaderRowCount + layout.Units.Count;
        var validations = new DataValidations();
        for (var i = 0; i < layout.Columns.Length; i++)
        {
            var column = layout.Columns[i];
            var name = ColumnName(i + 2);
            var cell = string.Create(CultureInfo.InvariantCulture, $"{name}{first}");
            var na = $"{cell}=\"{TemplateLayout.NotApplicableText}\"";
            var (formula, style, title, message) = column.IsShare
                ? ($"IF(ISNUMBER({cell}),AND({cell}>=0,{cell}<=100),{na})", DataValidationErrorStyleValues.Warning, "비율 확인 / Check the share", ShareMessage)
                : column.Measure.IsWholeCount
                    ? ($"IF(ISNUMBER({cell}),AND({cell}>=0,{cell}=INT({cell})),{na})", DataValidationErrorStyleValues.Stop, "입력 오류 / Invalid entry", WholeMessage)
                    : ($"IF(ISNUMBER({cell}),{cell}>=0,{na})", DataValidationErrorStyleValues.Stop, "입력 오류 / Invalid entry", NumberMessage);
            validations.Append(new DataValidation(new Formula1(formula))
            {
                Type = DataValidationValues.Custom,
                AllowBlank = true,
                ShowErrorMessage = true,
                ErrorStyle = style,
                ErrorTitle = title,
                Error = message,
                SequenceOfReferences = new ListValue<StringValue> { InnerText = string.Create(CultureInfo.InvariantCulture, $"{name}{first}:{name}{last}") },
            });
        }

        validations.Count = (uint)layout.Columns.Length;
        return validations;
    }

    private static Worksheet InstructionsSheet(ImmutableArray<InstructionRow> rows, SharedStrings strings)
    {
        var widths = TemplateInstructions.ColumnWidths.ToArray();
        var sheetData = new SheetData();
        for (var r = 0; r < rows.Length; r++)
        {
            var (style, cells) = (rows[r].Style, rows[r].Cells);
            var format = style switch
            {
                RowStyle.Title => XlsxStyles.TitleFormat,
                RowStyle.Heading => XlsxStyles.HeadingFormat,
                RowStyle.TableHeader => XlsxStyles.TableHeaderFormat,
                RowStyle.Body => XlsxStyles.BodyFormat,
                _ => XlsxStyles.DefaultFormat,
            };
            var height = style is RowStyle.Body or RowStyle.TableHeader ? HeightOf(cells, widths) : (double?)null;
            sheetData.Append(Row(r + 1, cells, _ => format, strings, height));
        }

        return new Worksheet(
            new SheetViews(new SheetView { WorkbookViewId = 0U }),
            Columns(widths),
            sheetData);
    }

    private static Row Row(int index, ImmutableArray<TemplateCell> cells, Func<int, uint> format, SharedStrings strings, double? height)
    {
        var row = new Row { RowIndex = (uint)index };
        if (height is { } h)
        {
            row.Height = h;
            row.CustomHeight = true;
        }

        for (var c = 0; c < cells.Length; c++)
        {
            var style = format(c);
            var value = cells[c];
            if (value.IsEmpty && style == XlsxStyles.DefaultFormat)
            {
                continue;
            }

            var cell = new Cell { CellReference = string.Create(CultureInfo.InvariantCulture, $"{ColumnName(c)}{index}") };
            if (style != XlsxStyles.DefaultFormat)
            {
                cell.StyleIndex = style;
            }

            if (value.Number is { } number)
            {
                cell.CellValue = new CellValue(number.ToString(CultureInfo.InvariantCulture));
            }
            else if (value.Text is { } text)
            {
                cell.DataType = CellValues.SharedString;
                cell.CellValue = new CellValue(strings.IndexOf(text).ToString(CultureInfo.InvariantCulture));
            }

            row.Append(cell);
        }

        return row;
    }

    private static Columns Columns(double[] widths) =>
        new(widths.Select((w, i) => new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = w, CustomWidth = true }));

    /// <summary>The height that shows every line of a row's wrapped cells, at most 409 points (Excel's limit).</summary>
    private static double HeightOf(ImmutableArray<TemplateCell> cells, IReadOnlyList<double> widths)
    {
        var lines = 1;
        for (var c = 0; c < cells.Length && c < widths.Count; c++)
        {
            var perLine = Math.Max(1, widths[c] - 2);
            lines = Math.Max(lines, (int)Math.Ceiling(DisplayWidth(cells[c].ToText()) / perLine));
        }

        return Math.Min(409, lines * LineHeight);
    }

    /// <summary>Width in character cells: Hangul and other wide characters take two.</summary>
    private static int DisplayWidth(string text) =>
        text.Sum(c => c is >= '\u1100' and <= '\u11FF' or >= '\u2E80' and <= '\uA4CF' or >= '\uAC00' and <= '\uD7A3' or >= '\uFF00' and <= '\uFF60' ? 2 : 1);

    /// <summary>The shared-string table, in order of first use (so the same workbook gives the same table).</summary>
    private sealed class SharedStrings
    {
        private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
        private readonly List<string> _strings = [];

        private int _references;

        public int IndexOf(string text)
        {
            // The SDK writes a line break as the platform's newline, which would make the bytes depend on the OS.
            text = text.ReplaceLineEndings(" ");
            _references++;
            if (!_index.TryGetValue(text, out var index))
            {
                index = _strings.Count;
                _index[text] = index;
                _strings.Add(text);
            }

            return index;
        }

        public SharedStringTable ToTable() =>
            new(_strings.Select(s => new SharedStringItem(new Text(s)
            {
                // Leading or trailing spaces and line breaks survive only when marked.
                Space = s.Length > 0 && (char.IsWhiteSpace(s[0]) || char.IsWhiteSpace(s[^1])) ? SpaceProcessingModeValues.Preserve : null,
            })))
            {
                Count = (uint)_references,
                UniqueCount = (uint)_strings.Count,
            };
    }
}
