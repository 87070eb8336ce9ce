using MuhanRubric.Measurements;
using MuhanRubric.Measures;

namespace MuhanRubric.Import;

/// <summary>
/// The wide layout (what the template is): a row per unit, a column per measure, optional share columns. Rows stream
/// straight into the table's builder, so memory stays proportional to the table.
/// </summary>
internal sealed class WideLayout : IGridLayout
{
    private readonly GridContext _context;
    private readonly GridHeader _header;
    private readonly UnitRows _units;
    private readonly MeasureCatalog _present;
    private readonly int[] _valueColumns;
    private readonly int[] _shareColumns;
    private readonly int[] _inColumnOrder;
    private readonly MeasurementTable.Builder _builder;

    public WideLayout(GridContext context, GridHeader header)
    {
        _context = context;
        _header = header;
        _units = new UnitRows(context.Units, context.Problems);
        var columns = header.Columns;
        _present = context.Measures.Select(columns.Where(c => c.Role == ColumnRole.Measure).Select(c => c.Measure));
        _valueColumns = new int[_present.Count];
        _shareColumns = new int[_present.Count];
        Array.Fill(_shareColumns, -1);
        for (var c = 0; c < columns.Length; c++)
        {
            if (columns[c].Role is ColumnRole.Measure or ColumnRole.Share)
            {
                // A share column without its measure's column was reported by the header; it reads nothing.
                if (_present.IndexOf(context.Measures[columns[c].Measure].Id) is var m and >= 0)
                {
                    (columns[c].Role == ColumnRole.Measure ? _valueColumns : _shareColumns)[m] = c;
                }
            }
        }

        // Problems are reported in file order: by row, then by column.
        _inColumnOrder = [.. Enumerable.Range(0, _present.Count).OrderBy(m => _valueColumns[m])];
        _builder = context.CreateBuilder(_present);
    }

    public void Accept(GridRow row)
    {
        var unitColumn = _header.UnitColumn;
        var unitText = unitColumn >= 0 ? row.TextString(unitColumn) : string.Empty;
        var unitField = unitColumn >= 0 ? _header.Columns[unitColumn].Header : null;
        var unit = -1;
        if (unitColumn >= 0)
        {
            var place = _context.At(row, unitColumn);
            unit = _units.Find(unitText, place, unitField);
            if (unit >= 0 && !_units.Claim(unit, unitText, place, unitField))
            {
                unit = -1;
            }

            if (unit >= 0 && _header.NameColumn >= 0)
            {
                _units.CheckName(unit, unitText, row.TextString(_header.NameColumn), _context.At(row, _header.NameColumn), _header.Columns[_header.NameColumn].Header);
            }
        }

        var reported = unitText.Length > 0 ? unitText : null;
        foreach (var m in _inColumnOrder)
        {
            var measure = _present[m];
            var column = _valueColumns[m];
            var reading = GridCells.Read(row, column, measure, CellRole.Value);
            if (reading.Kind == CellKind.Problem)
            {
                _context.Problem(row, column, reported, measure.Id, _header.Columns[column].Header, reading.Problem!);
            }
            else if (_shareColumns[m] is var shareColumn and >= 0)
            {
                var share = GridCells.Read(row, shareColumn, measure, CellRole.Share);
                var found = share.Kind == CellKind.Problem ? share.Problem : null;
                if (found is null)
                {
                    reading = ShareColumn.Join(measure, reading, "a blank cell", row.TextString(column), share, row.TextString(shareColumn), out found);
                }

                if (found is not null)
                {
                    _context.Problem(row, shareColumn, reported, measure.Id, _header.Columns[shareColumn].Header, found);
                    reading = CellReading.Error(found);
                }
            }

            if (unit >= 0 && reading.Kind != CellKind.Problem && !_context.Problems.Any)
            {
                Set(unit, measure, reading, row, column);
            }
        }

        GridCells.CheckStray(row, _header, _context, reported);
    }

    public MeasurementTable Finish()
    {
        // Without a unit column no unit could be named; that problem is reported once, by the header.
        _units.ReportAbsent(_context.Options.AllowAbsentUnits || _header.UnitColumn < 0, Place.None);
        _context.Problems.ThrowIfAny();
        return _builder.Build(_context.Options.AllowAbsentUnits);
    }

    private void Set(int unit, Measure measure, CellReading reading, GridRow row, int column)
    {
        var municipality = _context.Units[unit];
        switch (reading.Kind)
        {
            case CellKind.Number:
                _builder.Set(municipality, measure, reading.Value, reading.Percent, reading.IsCanonical ? null : row.TextString(column), _context.Source(row, column));
                break;
            case CellKind.NotApplicable:
                _builder.SetNotApplicable(municipality, measure, _context.Source(row, column));
                break;
            default:
                _builder.SetMissing(municipality, measure);
                break;
        }
    }
}
