using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace MuhanRubric.Reporting.Xlsx;

/// <summary>How a number cell is shown (the workbook's cell formats).</summary>
internal enum NumberStyle : uint
{
    /// <summary>A whole number, <c>0</c>.</summary>
    Whole = 3,

    /// <summary>Points and values, <c>0.00</c>.</summary>
    TwoDecimals = 2,

    /// <summary>Probabilities, <c>0.000</c>.</summary>
    ThreeDecimals = 4,

    /// <summary>Rank statistics, <c>0.0</c>.</summary>
    OneDecimal = 5,
}

/// <summary>One worksheet being filled: a bold header row, then rows of text and numbers (numbers stay numbers).</summary>
internal sealed class XlsxSheet(string name)
{
    private readonly List<Row> _rows = [];
    private readonly List<int> _widths = [];

    public string Name { get; } = name;

    public IReadOnlyList<Row> Rows => _rows;

    public IReadOnlyList<int> Widths => _widths;

    public XlsxSheet Header(params string[] headers)
    {
        var row = NewRow();
        foreach (var header in headers)
        {
            Text(row, header, style: 1);
        }

        return this;
    }

    public Row NewRow()
    {
        var row = new Row { RowIndex = (uint)(_rows.Count + 1) };
        _rows.Add(row);
        return row;
    }

    public void Text(Row row, string? text, uint style = 0)
    {
        var cell = new Cell { CellReference = Reference(row), DataType = CellValues.InlineString, StyleIndex = style };
        cell.AppendChild(new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(text ?? string.Empty) { Space = SpaceProcessingModeValues.Preserve }));
        Fit(row, text ?? string.Empty);
        row.AppendChild(cell);
    }

    public void Number(Row row, decimal? value, NumberStyle style)
    {
        if (value is null)
        {
            Text(row, string.Empty);
            return;
        }

        var cell = new Cell
        {
            CellReference = Reference(row),
            DataType = CellValues.Number,
            StyleIndex = (uint)style,
            CellValue = new CellValue(value.Value.ToString(CultureInfo.InvariantCulture)),
        };
        Fit(row, value.Value.ToString("0.000", CultureInfo.InvariantCulture));
        row.AppendChild(cell);
    }

    public void Number(Row row, int? value, NumberStyle style) => Number(row, value is { } v ? (decimal)v : null, style);

    public void Number(Row row, double? value, NumberStyle style) =>
        Number(row, value is { } v && double.IsFinite(v) ? Math.Round((decimal)v, 6) : null, style);

    /// <summary>The A1 column letters of a 0-based column.</summary>
    public static string Column(int index)
    {
        var letters = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters;
    }

    private string Reference(Row row) => Column(row.ChildElements.Count) + row.RowIndex!.Value.ToString(CultureInfo.InvariantCulture);

    private void Fit(Row row, string text)
    {
        var column = row.ChildElements.Count;
        while (_widths.Count <= column)
        {
            _widths.Add(6);
        }

        // Wide characters take about two columns of the default font; long explanations are capped.
        var width = Math.Min(60, MuhanRubric.Reporting.Text.DisplayWidth.Of(text) + 2);
        _widths[column] = Math.Max(_widths[column], width);
    }
}
