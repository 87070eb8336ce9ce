using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace MuhanRubric.Reporting.Tests.Reports;

public sealed class XlsxReportTests
{
    private static (List<string> Sheets, Dictionary<string, List<Row>> Rows) Open(ReportLanguage language)
    {
        using var stream = new MemoryStream();
        Reports2016.Report(language).WriteXlsx(stream);
        stream.Position = 0;
        using var document = SpreadsheetDocument.Open(stream, isEditable: false);
        var workbook = document.WorkbookPart!;
        var sheets = workbook.Workbook.Sheets!.Elements<Sheet>().ToList();
        var rows = sheets.ToDictionary(
            s => s.Name!.Value!,
            s => ((WorksheetPart)workbook.GetPartById(s.Id!.Value!)).Worksheet.Descendants<Row>().Select(r => (Row)r.CloneNode(true)).ToList());
        return ([.. sheets.Select(s => s.Name!.Value!)], rows);
    }

    private static string Text(Cell cell) => cell.InlineString?.Text?.Text ?? cell.CellValue?.Text ?? string.Empty;

    [Fact]
    public void WriteXlsx_Korean_SheetsWithKoreanNamesAndText()
    {
        var (sheets, rows) = Open(ReportLanguage.Korean);

        Assert.Equal(["순위", "점수카드", "지표별 점수", "측정항목", "평가기준", "경고", "순위 불확실성"], sheets);
        var ranking = rows["순위"];
        Assert.Equal(32, ranking.Count); // header + 31 units
        Assert.Contains(ranking.Skip(1).SelectMany(r => r.Elements<Cell>()), c => Text(c) == "군포시");
    }

    [Fact]
    public void WriteXlsx_NumbersAreNumericCells()
    {
        var (_, rows) = Open(ReportLanguage.English);

        var first = rows["Ranking"][1].Elements<Cell>().ToList();
        Assert.Equal(CellValues.Number, first[0].DataType!.Value);
        Assert.Equal("1", first[0].CellValue!.Text);
        var total = first[^1];
        Assert.Equal(CellValues.Number, total.DataType!.Value);
        Assert.Equal(62.9m, decimal.Parse(total.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(31 * Reports2016.Result.Rubric.Indicators.Count(), rows["Score cards"].Count - 1);
    }
}
