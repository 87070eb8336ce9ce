using MuhanRubric.Measurements;

namespace MuhanRubric.Import;

/// <summary>
/// Reads the rows of a CSV file or a worksheet: skips blank and comment rows (first cell starting with <c>#</c>), takes
/// the first other row as the header, and hands the rest to the layout the header calls for (long or wide).
/// </summary>
internal sealed class GridImporter(GridContext context)
{
    private IGridLayout? _layout;
    private bool _sawRow;

    public void Accept(GridRow row)
    {
        if (row.Count == 0 || row.IsBlankRow())
        {
            return;
        }

        _sawRow = true;
        if (row.IsComment())
        {
            return;
        }

        if (_layout is null)
        {
            var header = GridHeader.Read(row, context);
            _layout = header.IsLong ? new LongLayout(context, header) : new WideLayout(context, header);
            return;
        }

        _layout.Accept(row);
    }

    public MeasurementTable Finish()
    {
        if (_layout is null)
        {
            var found = _sawRow ? "only comment rows" : "an empty file";
            throw context.Problems.Fatal(Place.None, $"expected a header row (unit, then measure ids or Korean labels) and a row per unit, found {found}");
        }

        return _layout.Finish();
    }
}
