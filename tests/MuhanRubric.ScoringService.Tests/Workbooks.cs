using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace MuhanRubric.ScoringService.Tests;

/// <summary>Changes a cell of a workbook, as a person typing into it would.</summary>
public static class Workbooks
{
    /// <summary>The workbook with the text typed into the given cell of the given sheet.</summary>
    public static byte[] WithText(byte[] workbook, string sheetName, string reference, string text)
    {
        using var stream = new MemoryStream();
        stream.Write(workbook);
        using (var document = SpreadsheetDocument.Open(stream, isEditable: true))
        {
            var book = document.WorkbookPart!;
            var sheet = book.Workbook.Descendants<Sheet>().Single(s => s.Name == sheetName);
            var part = (WorksheetPart)book.GetPartById(sheet.Id!);
            var cell = part.Worksheet.Descendants<Cell>().Single(c => c.CellReference == reference);
            cell.RemoveAllChildren();
            cell.DataType = CellValues.InlineString;
            cell.AppendChild(new InlineString(new Text(text)));
            part.Worksheet.Save();
        }

        return stream.ToArray();
    }
}
