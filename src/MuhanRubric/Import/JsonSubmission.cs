using MuhanRubric.Measurements;
using MuhanRubric.Measures;
using MuhanRubric.Reading;
using MuhanRubric.Units;

namespace MuhanRubric.Import;

/// <summary>
/// Reads the JSON measurement format (<c>docs/measurement-format.md</c>) through the strict reading pipeline
/// (<see cref="StrictJson"/>): the document's shape and its declared units and measures are checked first, every
/// problem with its JSON path, line and column; a document without such problems is then read against its catalogues
/// exactly as the CSV and XLSX readers read cells.
/// </summary>
internal sealed class JsonSubmission
{
    private readonly ImportProblems _problems;
    private readonly JsonProblems _shape = new();

    private JsonSubmission(string fileName) => _problems = new ImportProblems(fileName) { InFileOrder = true };

    public static MeasurementTable Read(Stream stream, string fileName, ImportOptions options)
    {
        var reader = new JsonSubmission(fileName);
        var root = StrictJson.Check(StreamBytes.ReadAll(stream), MeasurementJsonContext.Default.MeasurementDocument, reader._shape, (node, p) => StrictJson.SchemaVersion(node, p));
        if (root is null)
        {
            throw reader._shape.ToDatasetException(fileName);
        }

        // Problems of shape are reported with the problems of meaning the rest of the file has.
        foreach (var problem in reader._shape.InFileOrder())
        {
            reader._problems.Add(new Place(problem.Position.Line, null, problem.Position.Column), problem.Unit, problem.Measure, problem.Path, problem.Message);
        }

        return reader.ReadDocument(root, options);
    }

    private Place PlaceOf(SourceNode node)
    {
        var position = node.Position;
        return new Place(position.Line, null, position.Column);
    }

    private static string? Text(SourceNode root, string name) => root[name] is { Kind: NodeKind.String, Clean: true } text ? text.Text : null;

    private MeasurementTable ReadDocument(SourceNode root, ImportOptions options)
    {
        var period = root["period"] is { Kind: NodeKind.String, Clean: true } periodNode ? ReadPeriod(periodNode, options.Period) : options.Period;
        var units = root["units"] is { Kind: not NodeKind.Null } unitsNode ? ReadUnits(unitsNode) : options.Units;
        var measures = root["measures"] is { Kind: not NodeKind.Null } measuresNode ? ReadMeasures(measuresNode) : options.Measures;

        // Values are read against the catalogues; when a declared catalogue is broken, its problems are what to fix first.
        if (units is null || measures is null || root["values"] is not { Kind: NodeKind.Array } values)
        {
            _problems.ThrowIfAny();
            throw _problems.Fatal(Place.None, "expected units, measures and values that can be read, found none");
        }

        // values[] is the open part of the format (its property names are the catalogue's measures): each value the
        // contract accepted (a number, null or a string) is read as a cell, as the CSV and XLSX readers read cells.
        var table = new PendingTable(units, measures, _problems);
        foreach (var entry in values.Items.Where(e => e.Kind == NodeKind.Object))
        {
            ReadEntry(entry, table);
        }

        return table.Build(options.Name ?? Text(root, "name") ?? _problems.File, period, options.AllowAbsentUnits, reportAbsent: true, "an entry in values");
    }

    private void ReadEntry(SourceNode entry, PendingTable table)
    {
        var unit = -1;
        string? unitText = null;
        var unitNode = entry["unit"];
        if (unitNode is null)
        {
            _problems.Add(PlaceOf(entry), null, null, entry.Path, "expected the property 'unit' (a unit code or name), found none");
        }
        else if (unitNode.Kind != NodeKind.String)
        {
            _problems.Add(PlaceOf(unitNode), null, null, unitNode.Path, $"expected a unit code or name, found {unitNode.Describe()}");
        }
        else
        {
            unitText = unitNode.Text!;
            var place = PlaceOf(unitNode);
            unit = table.Units.Find(unitText.Trim(), place, unitNode.Path);
            if (unit >= 0 && !table.Units.Claim(unit, unitText, place, unitNode.Path))
            {
                unit = -1;
            }
        }

        foreach (var (name, value) in entry.Properties)
        {
            if (!string.Equals(name, "unit", StringComparison.Ordinal) && value.Clean)
            {
                ReadValue(name, value, unit, unitText, table);
            }
        }
    }

    private void ReadValue(string name, SourceNode value, int unit, string? unitText, PendingTable table)
    {
        var place = PlaceOf(value);
        if (!MeasureHeader.TryFind(name, table.MeasureCatalog, out var position, out var role))
        {
            _problems.Add(place, unitText, name, value.Path, $"unknown measure '{name}': expected an id or Korean label of {MeasureHeader.Describe(table.MeasureCatalog)}, or a share (id%)");
            return;
        }

        var measure = table.MeasureCatalog[position];
        if (role == CellRole.Share && !measure.HasShare)
        {
            _problems.Add(place, unitText, measure.Id, value.Path, $"expected a share only for a measure with a share, found '{name}' ({measure.Id} has none)");
            return;
        }

        var (reading, text) = value.Kind switch
        {
            NodeKind.Null => (CellReading.Missing, string.Empty),
            NodeKind.String => (CellText.Parse(value.Text, measure, role), value.Text!.Trim()),
            _ when ComputableNumber.TryRead(value.Text!, out var exact) => (CellText.FromNumber(exact, false, value.Text, measure, role), value.Text!),
            _ => (CellReading.Error($"expected {ComputableNumber.Expected}, found {value.Text}"), value.Text!),
        };
        if (reading.Kind == CellKind.Problem)
        {
            _problems.Add(place, unitText, measure.Id, value.Path, reading.Problem!);
        }

        if (unit >= 0)
        {
            table.Add(unit, position, role, new GivenCell(reading, text, place, unitText, value.Path, new SubmittedSource(_problems.File, Line: place.Line)));
        }
    }

    private EvaluationPeriod? ReadPeriod(SourceNode node, EvaluationPeriod? given)
    {
        var text = node.Text!;
        if (!EvaluationPeriod.TryParse(text, out var period))
        {
            _problems.Add(PlaceOf(node), null, null, "period", $"expected a year (\"2017\") or two ISO dates (\"2017-01-01..2017-12-31\"), found '{text}'");
            return given;
        }

        if (given is not null && given.Interval != period!.Interval)
        {
            _problems.Add(PlaceOf(node), null, null, "period", $"expected the period the import was asked for ({given}), found '{text}'");
        }

        return given ?? period;
    }

    // Each entry was checked on its own with the shape (UnitDocument.Validate); here the catalogue as a whole. An entry
    // with problems still takes part by its code, so a repeated code is reported with them; the catalogue is not built.
    private MunicipalityCatalog? ReadUnits(SourceNode units)
    {
        if (units.Kind != NodeKind.Array)
        {
            return null;
        }

        var entries = new List<(Municipality?, string?, Place, CatalogueEntries.Report)>();
        foreach (var item in units.Items.Where(i => i.Kind == NodeKind.Object))
        {
            var unit = item.Clean ? StrictJson.Deserialize(item, MeasurementJsonContext.Default.UnitDocument) : null;
            var code = unit?.Code ?? Text(item, "code");
            CatalogueEntries.Report report = (field, message) => _problems.Add(PlaceOf(item[field] ?? item), code, null, $"{item.Path}.{field}", message);
            entries.Add((unit is null ? null : CatalogueEntries.ToUnit(unit.ToFields(), (_, _) => { }), code, PlaceOf(item), report));
        }

        return CatalogueEntries.ToUnitCatalogue(entries, units.Items.Count);
    }

    private MeasureCatalog? ReadMeasures(SourceNode measures)
    {
        if (measures.Kind != NodeKind.Array)
        {
            return null;
        }

        var entries = new List<(Measure?, MeasureFields, Place, CatalogueEntries.Report)>();
        foreach (var item in measures.Items.Where(i => i.Kind == NodeKind.Object))
        {
            var measure = item.Clean ? StrictJson.Deserialize(item, MeasurementJsonContext.Default.MeasureDocument) : null;
            var fields = measure?.ToFields() ?? new MeasureFields(Text(item, "id"), Text(item, "koreanLabel"), null, null, false, false, null, null, null);
            CatalogueEntries.Report report = (field, message) =>
            {
                var fieldPath = MeasureDocument.FieldPath(item.Path, field);
                _problems.Add(PlaceOf(item[field] ?? item["expectedRange"] ?? item), null, fields.Id, fieldPath, message);
            };
            entries.Add((measure is null ? null : CatalogueEntries.ToMeasure(fields, (_, _) => { }), fields, PlaceOf(item), report));
        }

        return CatalogueEntries.ToMeasureCatalogue(entries, measures.Items.Count);
    }
}
