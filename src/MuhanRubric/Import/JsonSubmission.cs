using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using MuhanRubric.Measurements;
using MuhanRubric.Measures;
using MuhanRubric.Units;

namespace MuhanRubric.Import;

/// <summary>
/// Reads the JSON measurement format (<c>docs/measurement-format.md</c>): optional inline units and measures, and a
/// <c>values</c> array with an object per unit whose properties are measure ids (or <c>id%</c> shares). Every problem
/// names its JSON path and line.
/// </summary>
internal sealed class JsonSubmission
{
    private static readonly string[] _rootProperties = ["$schema", "schemaVersion", "name", "period", "units", "measures", "values"];
    private static readonly string[] _unitProperties = ["code", "koreanName", "romanizedName", "kind", "region", "groups", "aliases"];
    private static readonly string[] _measureProperties = ["id", "koreanLabel", "englishName", "unit", "wholeCount", "hasShare", "shareOf", "expectedRange"];
    private static readonly string[] _rangeProperties = ["minimum", "maximum"];

    private readonly ImportProblems _problems;

    private JsonSubmission(string fileName) => _problems = new ImportProblems(fileName);

    public static MeasurementTable Read(Stream stream, string fileName, ImportOptions options)
    {
        var reader = new JsonSubmission(fileName);
        var root = reader.Parse(StreamBytes.ReadAll(stream));
        return reader.ReadRoot(root, options);
    }

    private JsonItem Parse(ArraySegment<byte> bytes)
    {
        // JSON is UTF-8 (RFC 8259); System.Text.Json would otherwise fail on the first string it decodes.
        if (!Utf8.IsValid(bytes))
        {
            var offset = 0;
            for (var rest = (ReadOnlySpan<byte>)bytes; Rune.DecodeFromUtf8(rest, out _, out var length) == OperationStatus.Done; rest = rest[length..])
            {
                offset += length;
            }

            var line = ((ReadOnlySpan<byte>)bytes)[..offset].Count((byte)'\n') + 1;
            throw _problems.Fatal(new Place(line, null), string.Create(CultureInfo.InvariantCulture,
                $"expected UTF-8 JSON, found byte 0x{bytes[offset]:X2} at offset {offset}, which is not UTF-8"));
        }

        try
        {
            var root = JsonItem.Parse(bytes);
            return root.Kind == JsonKind.Object
                ? root
                : throw _problems.Fatal(new Place(root.Line, null), $"expected a JSON object ({{ \"schemaVersion\": 1, … }}), found {root.Describe()}");
        }
        catch (JsonException ex)
        {
            var line = ex.LineNumber is { } zeroBased ? (int)zeroBased + 1 : (int?)null;
            // System.Text.Json ends its message with the position, which the problem already names.
            var message = ex.Message.IndexOf(" LineNumber:", StringComparison.Ordinal) is var at and > 0 ? ex.Message[..at] : ex.Message;
            throw _problems.Fatal(new Place(line, null), "expected JSON (no comments, no trailing commas), found malformed JSON: " + message, ex);
        }
    }

    private MeasurementTable ReadRoot(JsonItem root, ImportOptions options)
    {
        CheckProperties(root, "$", _rootProperties);
        CheckSchemaVersion(root);
        var name = OptionalString(root, "name", "name");
        var period = ReadPeriod(root, options.Period);
        var units = root["units"] is { } unitsItem ? ReadUnits(unitsItem) : options.Units;
        var measures = root["measures"] is { } measuresItem ? ReadMeasures(measuresItem) : options.Measures;
        var values = root["values"];
        if (values is null)
        {
            _problems.Add(new Place(root.Line, null), null, null, "values", "expected the property 'values' (an array with an object per unit), found none");
        }
        else if (values.Kind != JsonKind.Array)
        {
            _problems.Add(new Place(values.Line, null), null, null, "values", $"expected an array with an object per unit, found {values.Describe()}");
        }

        // Values are read against the catalogues; when a declared catalogue is broken, its problems are what to fix first.
        if (units is null || measures is null || values is not { Kind: JsonKind.Array })
        {
            _problems.ThrowIfAny();
            throw _problems.Fatal(Place.None, "expected units, measures and values that can be read, found none");
        }

        var table = new PendingTable(units, measures, _problems);
        for (var i = 0; i < values.Items.Count; i++)
        {
            ReadEntry(values.Items[i], string.Create(CultureInfo.InvariantCulture, $"values[{i}]"), table);
        }

        return table.Build(options.Name ?? name ?? _problems.File, period, options.AllowAbsentUnits, reportAbsent: true, "an entry in values");
    }

    private void ReadEntry(JsonItem entry, string path, PendingTable table)
    {
        if (entry.Kind != JsonKind.Object)
        {
            Problem(entry, path, null, null, $"expected an object with 'unit' and measure ids, found {entry.Describe()}");
            return;
        }

        CheckDuplicates(entry, path);
        var unitItem = entry["unit"];
        var unitText = unitItem?.Kind == JsonKind.String ? unitItem.Text! : null;
        var unit = -1;
        if (unitItem is null)
        {
            Problem(entry, path, null, null, "expected the property 'unit' (a unit code or name), found none");
        }
        else if (unitText is null)
        {
            Problem(unitItem, path + ".unit", null, null, $"expected a unit code or name, found {unitItem.Describe()}");
        }
        else
        {
            var place = new Place(unitItem.Line, null);
            unit = table.Units.Find(unitText.Trim(), place, path + ".unit");
            if (unit >= 0 && !table.Units.Claim(unit, unitText, place, path + ".unit"))
            {
                unit = -1;
            }
        }

        var seen = new HashSet<string>(StringComparer.Ordinal) { "unit" };
        foreach (var (name, value) in entry.Properties)
        {
            if (seen.Add(name))
            {
                ReadValue(name, value, $"{path}.{name}", unit, unitText, table);
            }
        }
    }

    private void ReadValue(string name, JsonItem value, string path, int unit, string? unitText, PendingTable table)
    {
        if (!MeasureHeader.TryFind(name, table.MeasureCatalog, out var position, out var role))
        {
            Problem(value, path, unitText, name, $"unknown measure '{name}': expected an id or Korean label of {MeasureHeader.Describe(table.MeasureCatalog)}, or a share (id%)");
            return;
        }

        var measure = table.MeasureCatalog[position];
        if (role == CellRole.Share && !measure.HasShare)
        {
            Problem(value, path, unitText, measure.Id, $"expected a share only for a measure with a share, found '{name}' ({measure.Id} has none)");
            return;
        }

        var (reading, text) = value.Kind switch
        {
            JsonKind.Null => (CellReading.Missing, string.Empty),
            JsonKind.String => (CellText.Parse(value.Text, measure, role), value.Text!.Trim()),
            JsonKind.Number when value.TryGetDecimal(out var number) => (CellText.FromNumber(number, false, value.Text, measure, role), value.Text!),
            JsonKind.Number => (CellReading.Error($"expected a number of at most 28 digits, found {value.Text}"), value.Text!),
            _ => (CellReading.Error($"expected a number, null or a string, found {value.Describe()}"), string.Empty),
        };
        if (reading.Kind == CellKind.Problem)
        {
            Problem(value, path, unitText, measure.Id, reading.Problem!);
        }

        if (unit >= 0)
        {
            var place = new Place(value.Line, null);
            table.Add(unit, position, role, new GivenCell(reading, text, place, unitText, path, new SubmittedSource(_problems.File, Line: value.Line)));
        }
    }

    private void CheckSchemaVersion(JsonItem root)
    {
        var version = root["schemaVersion"];
        if (version is null)
        {
            Problem(root, "schemaVersion", null, null, "expected the property 'schemaVersion' (1), found none");
        }
        else if (version.Kind != JsonKind.Number || version.Text != "1")
        {
            Problem(version, "schemaVersion", null, null, $"expected 1 (the only version this library reads), found {version.Describe()}");
        }
    }

    private EvaluationPeriod? ReadPeriod(JsonItem root, EvaluationPeriod? given)
    {
        var text = OptionalString(root, "period", "period");
        if (text is null)
        {
            return given;
        }

        var item = root["period"]!;
        if (!EvaluationPeriod.TryParse(text, out var period))
        {
            Problem(item, "period", null, null, $"expected a year (\"2017\") or two ISO dates (\"2017-01-01..2017-12-31\"), found '{text}'");
            return given;
        }

        if (given is not null && given.Interval != period!.Interval)
        {
            Problem(item, "period", null, null, $"expected the period the import was asked for ({given}), found '{text}'");
        }

        return given ?? period;
    }

    private MunicipalityCatalog? ReadUnits(JsonItem units)
    {
        if (units.Kind != JsonKind.Array)
        {
            Problem(units, "units", null, null, $"expected an array of units, found {units.Describe()}");
            return null;
        }

        var entries = new List<(Municipality?, string?, Place, CatalogueEntries.Report)>();
        for (var i = 0; i < units.Items.Count; i++)
        {
            var item = units.Items[i];
            var path = string.Create(CultureInfo.InvariantCulture, $"units[{i}]");
            if (item.Kind != JsonKind.Object)
            {
                Problem(item, path, null, null, $"expected a unit object ({{ \"code\": …, \"koreanName\": … }}), found {item.Describe()}");
                continue;
            }

            CheckProperties(item, path, _unitProperties);
            CheckDuplicates(item, path);
            var code = OptionalString(item, "code", path + ".code");
            CatalogueEntries.Report report = (field, message) => Problem(item[field] ?? item, $"{path}.{field}", code, null, message);
            var fields = new UnitFields(
                code,
                OptionalString(item, "koreanName", path + ".koreanName"),
                OptionalString(item, "romanizedName", path + ".romanizedName"),
                OptionalString(item, "kind", path + ".kind"),
                OptionalString(item, "region", path + ".region"),
                Strings(item, "groups", path + ".groups"),
                Strings(item, "aliases", path + ".aliases"));
            entries.Add((CatalogueEntries.ToUnit(fields, report), code, new Place(item.Line, null), report));
        }

        return CatalogueEntries.ToUnitCatalogue(entries, units.Items.Count);
    }

    private MeasureCatalog? ReadMeasures(JsonItem measures)
    {
        if (measures.Kind != JsonKind.Array)
        {
            Problem(measures, "measures", null, null, $"expected an array of measures, found {measures.Describe()}");
            return null;
        }

        var entries = new List<(Measure?, MeasureFields, Place, CatalogueEntries.Report)>();
        for (var i = 0; i < measures.Items.Count; i++)
        {
            var item = measures.Items[i];
            var path = string.Create(CultureInfo.InvariantCulture, $"measures[{i}]");
            if (item.Kind != JsonKind.Object)
            {
                Problem(item, path, null, null, $"expected a measure object ({{ \"id\": …, \"koreanLabel\": …, … }}), found {item.Describe()}");
                continue;
            }

            CheckProperties(item, path, _measureProperties);
            CheckDuplicates(item, path);
            var id = OptionalString(item, "id", path + ".id");
            CatalogueEntries.Report report = (field, message) =>
            {
                // The measures file's minimum and maximum are the JSON's expectedRange.minimum and .maximum.
                var name = field is "minimum" or "maximum" ? "expectedRange." + field : field;
                Problem(item[field] ?? item["expectedRange"] ?? item, $"{path}.{name}", null, id, message);
            };
            var (minimum, maximum) = ReadRange(item, path + ".expectedRange");
            var fields = new MeasureFields(
                id,
                OptionalString(item, "koreanLabel", path + ".koreanLabel"),
                OptionalString(item, "englishName", path + ".englishName"),
                OptionalString(item, "unit", path + ".unit"),
                OptionalBool(item, "wholeCount", path + ".wholeCount"),
                OptionalBool(item, "hasShare", path + ".hasShare"),
                OptionalString(item, "shareOf", path + ".shareOf"),
                minimum,
                maximum);
            entries.Add((CatalogueEntries.ToMeasure(fields, report), fields, new Place(item.Line, null), report));
        }

        return CatalogueEntries.ToMeasureCatalogue(entries, measures.Items.Count);
    }

    private (decimal? Minimum, decimal? Maximum) ReadRange(JsonItem measure, string path)
    {
        if (measure["expectedRange"] is not { } range || range.Kind == JsonKind.Null)
        {
            return (null, null);
        }

        if (range.Kind != JsonKind.Object)
        {
            Problem(range, path, null, null, $"expected an object {{ \"minimum\": …, \"maximum\": … }}, found {range.Describe()}");
            return (null, null);
        }

        CheckProperties(range, path, _rangeProperties);
        return (OptionalNumber(range, "minimum", path + ".minimum"), OptionalNumber(range, "maximum", path + ".maximum"));
    }

    private void CheckProperties(JsonItem item, string path, string[] known)
    {
        foreach (var (name, value) in item.Properties.Where(p => !known.Contains(p.Name, StringComparer.Ordinal)))
        {
            var where = path == "$" ? name : $"{path}.{name}";
            Problem(value, where, null, null, $"unknown property '{name}'; expected {string.Join(", ", known[..^1])} or {known[^1]}");
        }

        if (path == "$")
        {
            CheckDuplicates(item, path);
        }
    }

    private void CheckDuplicates(JsonItem item, string path)
    {
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (name, value) in item.Properties)
        {
            if (!first.TryAdd(name, value.Line))
            {
                var where = path == "$" ? name : $"{path}.{name}";
                Problem(value, where, null, null, string.Create(CultureInfo.InvariantCulture, $"expected each property once, found '{name}' again (first on line {first[name]})"));
            }
        }
    }

    private string? OptionalString(JsonItem item, string name, string path)
    {
        var value = item[name];
        if (value is null || value.Kind == JsonKind.Null)
        {
            return null;
        }

        if (value.Kind != JsonKind.String)
        {
            Problem(value, path, null, null, $"expected a string, found {value.Describe()}");
            return null;
        }

        return value.Text;
    }

    private bool OptionalBool(JsonItem item, string name, string path)
    {
        var value = item[name];
        if (value is null || value.Kind is JsonKind.Null or JsonKind.False)
        {
            return false;
        }

        if (value.Kind != JsonKind.True)
        {
            Problem(value, path, null, null, $"expected true or false, found {value.Describe()}");
            return false;
        }

        return true;
    }

    private decimal? OptionalNumber(JsonItem item, string name, string path)
    {
        var value = item[name];
        if (value is null || value.Kind == JsonKind.Null)
        {
            return null;
        }

        if (value.Kind != JsonKind.Number || !value.TryGetDecimal(out var number))
        {
            Problem(value, path, null, null, $"expected a number, found {value.Describe()}");
            return null;
        }

        return number;
    }

    private IReadOnlyList<string> Strings(JsonItem item, string name, string path)
    {
        var value = item[name];
        if (value is null || value.Kind == JsonKind.Null)
        {
            return [];
        }

        if (value.Kind != JsonKind.Array || value.Items.Any(i => i.Kind != JsonKind.String))
        {
            Problem(value, path, null, null, $"expected an array of strings, found {value.Describe()}");
            return [];
        }

        return [.. value.Items.Select(i => i.Text!)];
    }

    private void Problem(JsonItem at, string path, string? unit, string? measure, string message) =>
        _problems.Add(new Place(at.Line, null), unit, measure, path, message);
}
