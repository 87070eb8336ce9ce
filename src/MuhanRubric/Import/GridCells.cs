using MuhanRubric.Measures;

namespace MuhanRubric.Import;

/// <summary>Reads a CSV or worksheet cell through <see cref="CellText"/>, whatever the spreadsheet made of it.</summary>
internal static class GridCells
{
    public static CellReading Read(GridRow row, int column, Measure measure, CellRole role) => row.Kind(column) switch
    {
        GridCellKind.Number => CellText.FromNumber(row.NumberAt(column), row.IsPercentFormatted(column), row.Text(column), measure, role),
        GridCellKind.Error => CellReading.Error($"expected a number, found the spreadsheet error '{row.TextString(column)}'"),
        GridCellKind.UncalculatedFormula => CellReading.Error(
            $"expected a number, found a formula without a calculated value ('={row.TextString(column)}'); recalculate the workbook in a spreadsheet program and save it"),
        _ => CellText.Parse(row.Text(column), measure, role),
    };

    /// <summary>Reports cells with a value but no header above them: beyond the header's width, or under a blank header.</summary>
    public static void CheckStray(GridRow row, GridHeader header, GridContext context, string? unit)
    {
        for (var c = 0; c < row.Count; c++)
        {
            var outside = c >= header.Columns.Length;
            if ((outside || header.Columns[c].Role == ColumnRole.Blank) && !row.IsBlank(c))
            {
                var message = outside
                    ? FormattableString.Invariant($"expected at most {header.Columns.Length} cells (the header's columns), found '{row.TextString(c)}' in column {A1.Column(c)}")
                    : $"expected a header above every value, found '{row.TextString(c)}' in column {A1.Column(c)}, whose header is blank";
                context.Problem(row, c, unit, null, null, message);
            }
        }
    }
}
