using MuhanRubric.Measurements;
using MuhanRubric.Measures;
using MuhanRubric.Units;

namespace MuhanRubric.Import;

/// <summary>
/// Cells gathered before the measures of a file are known (long layout, JSON): each unit's count and share of each
/// measure, given once; built into a table of the measures present once the whole file is read.
/// </summary>
internal sealed class PendingTable(MunicipalityCatalog units, MeasureCatalog measures, ImportProblems problems)
{
    private readonly Dictionary<long, Pending> _cells = [];
    private readonly List<Pending> _inOrder = [];

    public UnitRows Units { get; } = new(units, problems);

    public MunicipalityCatalog UnitCatalog { get; } = units;

    public MeasureCatalog MeasureCatalog { get; } = measures;

    /// <summary>Records one given cell, reporting a second one for the same unit, measure and part.</summary>
    public void Add(int unit, int measure, CellRole role, in GivenCell given)
    {
        var key = ((long)unit * MeasureCatalog.Count) + measure;
        if (!_cells.TryGetValue(key, out var pending))
        {
            pending = new Pending(measure);
            _cells.Add(key, pending);
            _inOrder.Add(pending);
        }

        ref var slot = ref role == CellRole.Value ? ref pending.Count : ref pending.Share;
        if (slot is { } first)
        {
            var what = role == CellRole.Value ? MeasureCatalog[measure].Id : MeasureCatalog[measure].Id + "%";
            problems.Add(given.Place, given.UnitText, MeasureCatalog[measure].Id, given.Field,
                $"expected one value per unit and measure, found {UnitCatalog[unit].Code}, {what} again (first on {first.Place})");
            return;
        }

        slot = given;
    }

    /// <summary>Joins counts and shares, reports absent units, and builds the table of the measures present, or throws every problem.</summary>
    public MeasurementTable Build(string name, EvaluationPeriod? period, bool allowAbsentUnits, bool reportAbsent, string entry)
    {
        foreach (var pending in _inOrder)
        {
            if (pending.Share is { } share && share.Reading.Kind != CellKind.Problem)
            {
                var count = pending.Count ?? new GivenCell(CellReading.Missing, string.Empty, share.Place, share.UnitText, share.Field, share.Source);
                var found = pending.Count is null ? "none" : count.Reading.Kind == CellKind.Missing ? "a blank cell" : count.Text;
                if (count.Reading.Kind != CellKind.Problem)
                {
                    var joined = ShareColumn.Join(MeasureCatalog[pending.Measure], count.Reading, found, count.Text, share.Reading, share.Text, out var problem);
                    if (problem is not null)
                    {
                        problems.Add(share.Place, share.UnitText, MeasureCatalog[pending.Measure].Id, share.Field, problem);
                    }

                    pending.Count = count with { Reading = joined };
                }
            }
        }

        Units.ReportAbsent(allowAbsentUnits || !reportAbsent, Place.None, entry);
        problems.ThrowIfAny();
        var present = MeasureCatalog.Select(_inOrder.Select(p => p.Measure));
        var builder = MeasurementTable.CreateBuilder(UnitCatalog, present).WithName(name).WithPeriod(period);
        foreach (var unit in Units.SeenUnits())
        {
            foreach (var measure in present)
            {
                var position = MeasureCatalog.IndexOf(measure.Id);
                var cell = _cells.GetValueOrDefault(((long)unit * MeasureCatalog.Count) + position)?.Count;
                var municipality = UnitCatalog[unit];
                switch (cell?.Reading.Kind)
                {
                    case CellKind.Number:
                        var reading = cell.Value.Reading;
                        builder.Set(municipality, measure, reading.Value, reading.Percent, reading.IsCanonical ? null : cell.Value.Text, cell.Value.Source);
                        break;
                    case CellKind.NotApplicable:
                        builder.SetNotApplicable(municipality, measure, cell.Value.Source);
                        break;
                    default:
                        builder.SetMissing(municipality, measure);
                        break;
                }
            }
        }

        return builder.Build(allowAbsentUnits);
    }

    // Fields, so that Add can take either slot by reference.
    private sealed class Pending(int measure)
    {
        public GivenCell? Count;
        public GivenCell? Share;

        public int Measure { get; } = measure;
    }
}

/// <summary>A cell as given: its reading, its text, where it is, the unit as written, its field, its source.</summary>
internal readonly record struct GivenCell(CellReading Reading, string Text, Place Place, string? UnitText, string? Field, ValueSource Source);
