using MuhanRubric.Measurements;

namespace MuhanRubric.Import;

/// <summary>
/// The long layout: columns <c>unit</c>, <c>measure</c>, <c>value</c>, a row per cell; the measure may name a share
/// (<c>id%</c>). The table's measures are known only at the end, so cells are gathered first.
/// </summary>
internal sealed class LongLayout(GridContext context, GridHeader header) : IGridLayout
{
    private readonly PendingTable _table = new(context.Units, context.Measures, context.Problems);

    public void Accept(GridRow row)
    {
        var unitText = header.UnitColumn >= 0 ? row.TextString(header.UnitColumn) : string.Empty;
        var reported = unitText.Length > 0 ? unitText : null;
        GridCells.CheckStray(row, header, context, reported);
        var unit = -1;
        if (header.UnitColumn >= 0)
        {
            var place = context.At(row, header.UnitColumn);
            unit = _table.Units.Find(unitText, place, header.Columns[header.UnitColumn].Header);
            if (unit >= 0)
            {
                _table.Units.Mark(unit, place);
                if (header.NameColumn >= 0)
                {
                    _table.Units.CheckName(unit, unitText, row.TextString(header.NameColumn), context.At(row, header.NameColumn), header.Columns[header.NameColumn].Header);
                }
            }
        }

        var measureText = row.TextString(header.MeasureColumn);
        var measureField = header.Columns[header.MeasureColumn].Header;
        if (measureText.Length == 0)
        {
            context.Problem(row, header.MeasureColumn, reported, null, measureField, "expected a measure id or Korean label, found a blank cell");
            return;
        }

        if (!MeasureHeader.TryFind(measureText, context.Measures, out var position, out var role))
        {
            context.Problem(row, header.MeasureColumn, reported, measureText, measureField,
                $"unknown measure '{measureText}': expected an id or Korean label of {MeasureHeader.Describe(context.Measures)}, or a share (id% or label 비율(%))");
            return;
        }

        var measure = context.Measures[position];
        if (role == CellRole.Share && !measure.HasShare)
        {
            context.Problem(row, header.MeasureColumn, reported, measure.Id, measureField, $"expected a share only for a measure with a share, found '{measureText}' ({measure.Id} has none)");
            return;
        }

        var valueField = header.Columns[header.ValueColumn].Header;
        var reading = GridCells.Read(row, header.ValueColumn, measure, role);
        if (reading.Kind == CellKind.Problem)
        {
            context.Problem(row, header.ValueColumn, reported, measure.Id, valueField, reading.Problem!);
        }

        if (unit >= 0)
        {
            var given = new GivenCell(reading, row.TextString(header.ValueColumn), context.At(row, header.ValueColumn), reported, valueField, context.Source(row, header.ValueColumn));
            _table.Add(unit, position, role, given);
        }
    }

    public MeasurementTable Finish() =>
        _table.Build(context.TableName, context.Options.Period, context.Options.AllowAbsentUnits, reportAbsent: header.UnitColumn >= 0, "a row");
}
