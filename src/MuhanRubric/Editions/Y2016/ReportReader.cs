using System.Globalization;
using System.Text.Json;
using MuhanRubric.Measurements;
using MuhanRubric.Measures;
using MuhanRubric.Statistics;
using MuhanRubric.Units;

namespace MuhanRubric.Editions.Y2016;

/// <summary>
/// Reads the dataset JSON (<c>docs/dataset-format.md</c>) into an <see cref="EvaluationReport"/>, collecting every
/// problem before failing so a file is either loaded whole or not at all.
/// </summary>
internal sealed class ReportReader
{
    /// <summary>Strict JSON: no comments, no trailing commas, no duplicate properties. Shared with the rubric reader.</summary>
    internal static readonly JsonDocumentOptions StrictOptions = new()
    {
        AllowTrailingCommas = false,
        CommentHandling = JsonCommentHandling.Disallow,
        AllowDuplicateProperties = false,
        MaxDepth = 64,
    };

    private readonly string _file;
    private readonly List<DatasetProblem> _problems = [];
    private string? _municipality;

    private ReportReader(string file) => _file = file;

    public static EvaluationReport Read(Stream dataset, string datasetName, Stream? discrepancies, string? discrepanciesName)
    {
        using var datasetDocument = Parse(dataset, datasetName);
        var reader = new ReportReader(datasetName);
        var content = reader.ReadDataset(datasetDocument.RootElement);
        if (reader._problems.Count > 0)
        {
            throw new DatasetFormatException(datasetName, reader._problems);
        }

        IReadOnlyList<Discrepancy> catalogue = [];
        if (discrepancies is not null)
        {
            var name = discrepanciesName ?? "discrepancies";
            using var catalogueDocument = Parse(discrepancies, name);
            var catalogueReader = new ReportReader(name);
            catalogue = catalogueReader.ReadCatalogue(catalogueDocument.RootElement);
            if (catalogueReader._problems.Count > 0)
            {
                throw new DatasetFormatException(name, catalogueReader._problems);
            }
        }

        // Everything parsed without a problem: the municipality tables become the report's measurement table.
        var builder = MeasurementTable.CreateBuilder(MunicipalityCatalog.Gyeonggi, MeasureCatalog.Gyeonggi2016)
            .WithName(content.Report.Id.Length > 0 ? content.Report.Id : datasetName)
            .WithPeriod(content.Report.EvaluatedYear > 0 ? EvaluationPeriod.Year(content.Report.EvaluatedYear) : null);
        foreach (var parsed in content.Municipalities)
        {
            foreach (var (measure, cell) in parsed.Cells)
            {
                if (cell is null)
                {
                    builder.SetMissing(parsed.Municipality, measure);
                }
                else
                {
                    builder.Set(parsed.Municipality, measure, cell.Value, cell.Percent, cell.Printed, cell.Source);
                }
            }
        }

        PrivateStaffHeadcounts.Set(builder, content.Tables);
        var measurements = builder.Build();
        var tables = content.Municipalities
            .Select(p => new MunicipalityTable(measurements[p.Municipality], p.PrintedName, p.Source, p.Average))
            .ToList();
        return new EvaluationReport(content.Report, measurements, tables, content.Tables, content.Rubric, content.Claims, catalogue);
    }

    private static JsonDocument Parse(Stream stream, string name)
    {
        try
        {
            return JsonDocument.Parse(stream, StrictOptions);
        }
        catch (JsonException ex)
        {
            var field = ex.LineNumber is { } line
                ? string.Create(CultureInfo.InvariantCulture, $"(line {line + 1}, byte {ex.BytePositionInLine + 1})")
                : "(document)";
            throw new DatasetFormatException(name, new DatasetProblem(name, null, field, "malformed JSON: " + ex.Message), ex);
        }
    }

    private sealed record ParsedTable(
        Municipality Municipality,
        string PrintedName,
        PrintedSource Source,
        Dictionary<Measure, PublishedValue?> Cells,
        Dictionary<Measure, PublishedValue?> Average);

    private sealed record Content(
        DatasetReport Report,
        IReadOnlyList<ParsedTable> Municipalities,
        IReadOnlyList<PrintedTable> Tables,
        PublishedRubric? Rubric,
        IReadOnlyList<ProseClaim> Claims);

    private Content ReadDataset(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            Problem("$", $"expected a JSON object, found {Describe(root)}");
            return new Content(DatasetReport.Unknown, [], [], null, []);
        }

        if (Int(root, "schemaVersion", "schemaVersion", 1) is { } version && version != 1)
        {
            Problem("schemaVersion", string.Create(CultureInfo.InvariantCulture, $"expected 1 (the only version this library reads), found {version}"));
        }

        var report = ReadReport(root);
        var municipalities = ReadMunicipalities(root);
        var tables = ReadArray(root, "tables", "tables", required: false, ReadTable);
        var rubric = root.TryGetProperty("rubric", out var rubricElement) && rubricElement.ValueKind != JsonValueKind.Null
            ? PublishedRubricReader.Read(rubricElement, "rubric", this)
            : null;
        var claims = ReadArray(root, "claims", "claims", required: false, ReadClaim);
        return new Content(report, municipalities, tables, rubric, claims);
    }

    private DatasetReport ReadReport(JsonElement root)
    {
        if (Object(root, "report", "report") is not { } report)
        {
            return DatasetReport.Unknown;
        }

        return new DatasetReport(
            String(report, "id", "report.id") ?? string.Empty,
            String(report, "title", "report.title") ?? string.Empty,
            String(report, "englishTitle", "report.englishTitle") ?? string.Empty,
            String(report, "publisher", "report.publisher") ?? string.Empty,
            Int(report, "evaluatedYear", "report.evaluatedYear", 1900) ?? 0,
            OptionalString(report, "statisticsSoftware", "report.statisticsSoftware"));
    }

    private List<ParsedTable> ReadMunicipalities(JsonElement root)
    {
        var records = new List<ParsedTable>();
        if (Array(root, "municipalityTables", "municipalityTables") is not { } tables)
        {
            return records;
        }

        var seen = new Dictionary<Municipality, int>();
        var index = 0;
        foreach (var element in tables.EnumerateArray())
        {
            var path = string.Create(CultureInfo.InvariantCulture, $"municipalityTables[{index}]");
            index++;
            if (element.ValueKind != JsonValueKind.Object)
            {
                Problem(path, $"expected an object, found {Describe(element)}");
                continue;
            }

            var code = String(element, "municipality", path + ".municipality");
            Municipality? municipality = null;
            if (code is not null && !MunicipalityCatalog.Gyeonggi.TryFind(code, out municipality))
            {
                _municipality = code;
                Problem(path + ".municipality", MunicipalityCatalog.Gyeonggi.DescribeMiss(code));
            }

            _municipality = code;
            if (municipality is not null)
            {
                if (seen.TryGetValue(municipality, out var first))
                {
                    Problem(path + ".municipality", string.Create(CultureInfo.InvariantCulture, $"duplicate municipality '{code}'; it already appears at municipalityTables[{first}]"));
                }
                else
                {
                    seen[municipality] = index - 1;
                }
            }

            var table = String(element, "table", path + ".table");
            var page = Int(element, "page", path + ".page", 1);
            var printedName = String(element, "printedName", path + ".printedName");
            var source = new PrintedSource(table, page ?? 0);
            var cells = ReadCells(element, "cells", path, source);
            var average = ReadCells(element, "provinceAverage", path, source);
            _municipality = null;
            if (municipality is not null && printedName is not null && cells is not null && average is not null && table is not null && page is not null)
            {
                records.Add(new ParsedTable(municipality, printedName, source, cells, average));
            }
        }

        // A missing municipality is never silently left out of the year.
        foreach (var absent in MunicipalityCatalog.Gyeonggi.Where(m => !seen.ContainsKey(m)))
        {
            _municipality = absent.Code;
            Problem("municipalityTables", $"no table for {absent.Code} ({absent.KoreanName}); every municipality of the catalogue needs its table (write null for blank cells)");
        }

        _municipality = null;
        records.Sort((a, b) => MunicipalityCatalog.Gyeonggi.IndexOf(a.Municipality).CompareTo(MunicipalityCatalog.Gyeonggi.IndexOf(b.Municipality)));
        return records;
    }

    private Dictionary<Measure, PublishedValue?>? ReadCells(JsonElement parent, string name, string path, PrintedSource source)
    {
        var cellsPath = path + "." + name;
        if (Object(parent, name, cellsPath) is not { } cells)
        {
            return null;
        }

        var values = new Dictionary<Measure, PublishedValue?>();
        foreach (var property in cells.EnumerateObject())
        {
            if (!MeasureCatalog.MunicipalityTables2016.Contains(property.Name))
            {
                Problem(cellsPath + "." + property.Name, $"unknown measure '{property.Name}'; expected one of the 32 measure ids (ExternalSupportSessions, …, ServiceLinkagesPerCase)");
                continue;
            }

            var measure = MeasureCatalog.MunicipalityTables2016[property.Name];

            values[measure] = Cell(property.Value, cellsPath + "." + property.Name, source);
        }

        foreach (var measure in MeasureCatalog.MunicipalityTables2016.Where(m => !values.ContainsKey(m)))
        {
            Problem(cellsPath + "." + measure.Id, "required field is missing (write null for a blank cell; a missing value is never taken as zero)");
        }

        return values;
    }

    internal PublishedValue? Cell(JsonElement element, string path, PrintedSource source, bool allowNegative = false)
    {
        if (element.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            Problem(path, $"expected a cell object {{\"value\", \"printed\"}} or null, found {Describe(element)}");
            return null;
        }

        var value = Number(element, "value", path + ".value", required: true, allowNegative);
        var percent = Number(element, "percent", path + ".percent", required: false, allowNegative: false);
        var printed = String(element, "printed", path + ".printed");
        return value is { } v && printed is not null ? new PublishedValue(v, percent, printed, source) : null;
    }

    private decimal? Number(JsonElement parent, string name, string path, bool required, bool allowNegative)
    {
        if (!parent.TryGetProperty(name, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                Problem(path, "required number is missing (a missing value is never taken as zero)");
            }

            return null;
        }

        if (element.ValueKind == JsonValueKind.String)
        {
            Problem(path, $"expected a number, found the string \"{element.GetString()}\" (NaN and Infinity are not values the report prints)");
            return null;
        }

        if (element.ValueKind != JsonValueKind.Number)
        {
            Problem(path, $"expected a number, found {Describe(element)}");
            return null;
        }

        if (!element.TryGetDecimal(out var number))
        {
            Problem(path, $"expected a finite number within decimal range, found {element.GetRawText()}");
            return null;
        }

        if (number < 0 && !allowNegative)
        {
            Problem(path, string.Create(CultureInfo.InvariantCulture, $"expected a number ≥ 0 (counts, hours, scores and shares cannot be negative), found {number}"));
            return null;
        }

        return number;
    }

    private PrintedTable? ReadTable(JsonElement element, string path)
    {
        var id = String(element, "id", path + ".id");
        var page = Int(element, "page", path + ".page", 1);
        var title = String(element, "title", path + ".title");
        var unit = OptionalString(element, "unit", path + ".unit");
        var notes = element.TryGetProperty("notes", out var notesElement) && notesElement.ValueKind == JsonValueKind.Array
            ? notesElement.EnumerateArray().Select(n => n.GetString() ?? string.Empty).ToList()
            : [];
        var sections = ReadArray(element, "sections", path + ".sections", required: true,
            (s, p) => ReadSection(s, p, id ?? "?", page ?? 0));
        return id is null || page is null || title is null ? null : new PrintedTable(id, page.Value, title, unit, notes, sections);
    }

    private PrintedSection? ReadSection(JsonElement element, string path, string tableId, int tablePage)
    {
        var id = String(element, "id", path + ".id");
        var page = element.TryGetProperty("page", out _) ? Int(element, "page", path + ".page", 1) : tablePage;
        var measure = OptionalMeasure(element, "measure", path + ".measure");
        var band = element.TryGetProperty("band", out var bandElement) && bandElement.ValueKind == JsonValueKind.Object
            ? ReadInterval(bandElement, path + ".band")
            : null;
        var columns = StringList(element, "columns", path + ".columns", required: true);
        var labels = StringList(element, "columnLabels", path + ".columnLabels", required: false);
        var source = new PrintedSource(tableId, page ?? tablePage);
        var rows = ReadArray(element, "rows", path + ".rows", required: true, (r, p) => ReadRow(r, p, columns, source));
        return id is null ? null : new PrintedSection(id, page ?? tablePage, measure, band, columns, labels, rows);
    }

    private PrintedRow? ReadRow(JsonElement element, string path, IReadOnlyList<string> columns, PrintedSource source)
    {
        var label = String(element, "label", path + ".label");
        var measure = OptionalMeasure(element, "measure", path + ".measure");
        var municipality = OptionalMunicipality(element, "municipality", path + ".municipality");
        var municipalities = MunicipalityList(element, "municipalities", path + ".municipalities");
        var printed = OptionalString(element, "printed", path + ".printed");
        var cells = new List<PublishedValue?>();
        if (Array(element, "cells", path + ".cells") is { } cellArray)
        {
            var i = 0;
            foreach (var cell in cellArray.EnumerateArray())
            {
                // Printed tables may hold changes (표 Ⅱ-3 인원증감), which can be negative.
                cells.Add(Cell(cell, string.Create(CultureInfo.InvariantCulture, $"{path}.cells[{i}]"), source, allowNegative: true));
                i++;
            }

            if (cells.Count != columns.Count)
            {
                Problem(path + ".cells", string.Create(CultureInfo.InvariantCulture, $"expected {columns.Count} cells (one per column), found {cells.Count}"));
            }
        }

        return label is null ? null : new PrintedRow(label, measure, municipality, municipalities, printed, columns, cells);
    }

    private ProseClaim? ReadClaim(JsonElement element, string path)
    {
        var id = String(element, "id", path + ".id");
        var source = Page(element, path + ".page");
        var quote = String(element, "quote", path + ".quote");
        var measureId = String(element, "measure", path + ".measure");
        Measure? measure = null;
        if (measureId is not null && !MeasureCatalog.Gyeonggi2016.TryFind(measureId, out measure))
        {
            Problem(path + ".measure", $"unknown measure '{measureId}'");
        }

        var statistic = Enum<ClaimStatistic>(element, "statistic", path + ".statistic", required: true);
        var target = Enum<ValuePart>(element, "on", path + ".on", required: false) ?? ValuePart.Value;
        var band = element.TryGetProperty("band", out var bandElement) && bandElement.ValueKind == JsonValueKind.Object
            ? ReadInterval(bandElement, path + ".band")
            : null;
        var equalTo = element.TryGetProperty("equals", out var equalsElement) && equalsElement.ValueKind == JsonValueKind.Number
            ? equalsElement.GetDecimal()
            : (decimal?)null;
        var percentile = element.TryGetProperty("percentile", out var pe) && pe.ValueKind == JsonValueKind.Number ? pe.GetDouble() : (double?)null;
        var municipality = OptionalMunicipality(element, "municipality", path + ".municipality");
        var published = element.TryGetProperty("value", out var valueElement)
            ? Cell(valueElement, path + ".value", source ?? new PrintedSource(null, 0))
            : null;
        var municipalities = MunicipalityList(element, "municipalities", path + ".municipalities");
        if (id is null || source is null || quote is null || measure is null || statistic is null)
        {
            return null;
        }

        var needsBand = statistic is ClaimStatistic.CountInBand or ClaimStatistic.MunicipalitiesInBand;
        if (needsBand && band is null)
        {
            Problem(path + ".band", $"statistic {statistic} needs a band");
        }

        var needsEquals = statistic is ClaimStatistic.CountEqual or ClaimStatistic.MunicipalitiesEqual;
        if (needsEquals && equalTo is null)
        {
            Problem(path + ".equals", $"statistic {statistic} needs a value to compare with");
        }

        if (statistic == ClaimStatistic.Percentile && percentile is null)
        {
            Problem(path + ".percentile", "statistic Percentile needs a percentile");
        }

        if (statistic == ClaimStatistic.Value && municipality is null)
        {
            Problem(path + ".municipality", "statistic Value needs a municipality");
        }

        var isList = statistic is ClaimStatistic.MunicipalitiesEqual or ClaimStatistic.MunicipalitiesInBand;
        if (!isList && published is null)
        {
            Problem(path + ".value", $"statistic {statistic} needs the published number");
        }

        return new ProseClaim(id, source, quote, measure, statistic.Value, target, band, equalTo, percentile, municipality, published, municipalities);
    }

    // A page is a printed number, or a roman front-matter label ("iii").
    private PrintedSource? Page(JsonElement parent, string path)
    {
        if (parent.TryGetProperty("page", out var element) && element.ValueKind == JsonValueKind.String)
        {
            var label = element.GetString();
            if (label is "i" or "ii" or "iii" or "iv" or "v" or "vi" or "vii" or "viii")
            {
                return new PrintedSource(null, 0) { PageLabel = label };
            }

            Problem(path, $"expected a page number or a front-matter label (i … viii), found the text \"{label}\"");
            return null;
        }

        return Int(parent, "page", path, 1) is { } page ? new PrintedSource(null, page) : null;
    }

    internal Interval? ReadInterval(JsonElement element, string path)
    {
        var lower = element.TryGetProperty("lower", out var lo) && lo.ValueKind == JsonValueKind.Number ? lo.GetDecimal() : (decimal?)null;
        var upper = element.TryGetProperty("upper", out var hi) && hi.ValueKind == JsonValueKind.Number ? hi.GetDecimal() : (decimal?)null;
        var lowerInclusive = !element.TryGetProperty("lowerInclusive", out var li) || li.ValueKind != JsonValueKind.False;
        var upperInclusive = element.TryGetProperty("upperInclusive", out var ui) && ui.ValueKind == JsonValueKind.True;
        try
        {
            return new Interval(lower, lowerInclusive, upper, upperInclusive);
        }
        catch (ArgumentException ex)
        {
            Problem(path, ex.Message);
            return null;
        }
    }

    private List<Discrepancy> ReadCatalogue(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            Problem("$", $"expected a JSON object, found {Describe(root)}");
            return [];
        }

        var list = ReadArray(root, "discrepancies", "discrepancies", required: true, ReadDiscrepancy);
        foreach (var duplicate in list.GroupBy(d => d.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            Problem("discrepancies", $"duplicate discrepancy id '{duplicate.Key}'");
        }

        return list;
    }

    private Discrepancy? ReadDiscrepancy(JsonElement element, string path)
    {
        var id = String(element, "id", path + ".id");
        var kind = Enum<DiscrepancyKind>(element, "kind", path + ".kind", required: true);
        var where = String(element, "where", path + ".where");
        var sides = ReadArray(element, "sides", path + ".sides", required: true, (s, p) =>
        {
            var source = String(s, "source", p + ".source");
            var says = String(s, "says", p + ".says");
            return source is null || says is null ? null : new DiscrepancySide(source, says);
        });
        var pages = new List<int>();
        if (Array(element, "pages", path + ".pages") is { } pageArray)
        {
            pages.AddRange(pageArray.EnumerateArray().Where(p => p.ValueKind == JsonValueKind.Number).Select(p => p.GetInt32()));
        }

        var cause = String(element, "likelyCause", path + ".likelyCause");
        var checks = StringList(element, "reproductionChecks", path + ".reproductionChecks", required: false);
        var cells = ReadArray(element, "cells", path + ".cells", required: false, (c, p) =>
        {
            var municipality = OptionalMunicipality(c, "municipality", p + ".municipality");
            var measure = OptionalMeasure(c, "measure", p + ".measure");
            if (measure is null)
            {
                Problem(p + ".measure", "required measure is missing");
                return null;
            }

            return new DiscrepancyCell(municipality, measure);
        });
        return id is null || kind is null || where is null || cause is null
            ? null
            : new Discrepancy(id, kind.Value, where, sides, pages, cause, checks, cells);
    }

    // ----- field helpers: each reports a problem and returns null when the field is unusable -----

    internal void Problem(string field, string message) => _problems.Add(new DatasetProblem(_file, _municipality, field, message));

    internal List<T> ReadArray<T>(JsonElement parent, string name, string path, bool required, Func<JsonElement, string, T?> read)
        where T : class
    {
        var items = new List<T>();
        if (!parent.TryGetProperty(name, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                Problem(path, "required array is missing");
            }

            return items;
        }

        if (element.ValueKind != JsonValueKind.Array)
        {
            Problem(path, $"expected an array, found {Describe(element)}");
            return items;
        }

        var index = 0;
        foreach (var item in element.EnumerateArray())
        {
            var itemPath = string.Create(CultureInfo.InvariantCulture, $"{path}[{index}]");
            index++;
            if (item.ValueKind != JsonValueKind.Object)
            {
                Problem(itemPath, $"expected an object, found {Describe(item)}");
                continue;
            }

            if (read(item, itemPath) is { } value)
            {
                items.Add(value);
            }
        }

        return items;
    }

    internal JsonElement? Object(JsonElement parent, string name, string path) => Required(parent, name, path, JsonValueKind.Object, "an object");

    internal JsonElement? Array(JsonElement parent, string name, string path) => Required(parent, name, path, JsonValueKind.Array, "an array");

    private JsonElement? Required(JsonElement parent, string name, string path, JsonValueKind kind, string expected)
    {
        if (!parent.TryGetProperty(name, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            Problem(path, $"required field is missing (expected {expected})");
            return null;
        }

        if (element.ValueKind != kind)
        {
            Problem(path, $"expected {expected}, found {Describe(element)}");
            return null;
        }

        return element;
    }

    internal string? String(JsonElement parent, string name, string path)
    {
        if (!parent.TryGetProperty(name, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            Problem(path, "required text is missing");
            return null;
        }

        if (element.ValueKind != JsonValueKind.String)
        {
            Problem(path, $"expected text, found {Describe(element)}");
            return null;
        }

        return element.GetString();
    }

    internal string? OptionalString(JsonElement parent, string name, string path) =>
        parent.TryGetProperty(name, out var element) && element.ValueKind != JsonValueKind.Null ? String(parent, name, path) : null;

    internal int? Int(JsonElement parent, string name, string path, int minimum)
    {
        if (!parent.TryGetProperty(name, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            Problem(path, "required whole number is missing");
            return null;
        }

        if (element.ValueKind != JsonValueKind.Number || !element.TryGetInt32(out var value))
        {
            Problem(path, $"expected a whole number, found {Describe(element)}");
            return null;
        }

        if (value < minimum)
        {
            Problem(path, string.Create(CultureInfo.InvariantCulture, $"expected a whole number ≥ {minimum}, found {value}"));
            return null;
        }

        return value;
    }

    internal List<string> StringList(JsonElement parent, string name, string path, bool required)
    {
        var list = new List<string>();
        if (!parent.TryGetProperty(name, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                Problem(path, "required array of text is missing");
            }

            return list;
        }

        if (element.ValueKind != JsonValueKind.Array)
        {
            Problem(path, $"expected an array of text, found {Describe(element)}");
            return list;
        }

        foreach (var item in element.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.String)
            {
                list.Add(item.GetString()!);
            }
            else
            {
                Problem(path, $"expected text, found {Describe(item)}");
            }
        }

        return list;
    }

    internal Measure? OptionalMeasure(JsonElement parent, string name, string path)
    {
        if (OptionalString(parent, name, path) is not { } id)
        {
            return null;
        }

        if (MeasureCatalog.Gyeonggi2016.TryFind(id, out var measure))
        {
            return measure;
        }

        Problem(path, $"unknown measure '{id}'");
        return null;
    }

    internal Municipality? OptionalMunicipality(JsonElement parent, string name, string path)
    {
        if (OptionalString(parent, name, path) is not { } code)
        {
            return null;
        }

        if (MunicipalityCatalog.Gyeonggi.TryFind(code, out var municipality))
        {
            return municipality;
        }

        Problem(path, $"unknown municipality '{code}'; expected one of the 31 codes (Suwon, Seongnam, …, Yeoncheon)");
        return null;
    }

    private List<Municipality> MunicipalityList(JsonElement parent, string name, string path)
    {
        var list = new List<Municipality>();
        foreach (var code in StringList(parent, name, path, required: false))
        {
            if (MunicipalityCatalog.Gyeonggi.TryFind(code, out var municipality))
            {
                list.Add(municipality);
            }
            else
            {
                Problem(path, $"unknown municipality '{code}'");
            }
        }

        return list;
    }

    internal TEnum? Enum<TEnum>(JsonElement parent, string name, string path, bool required)
        where TEnum : struct, Enum
    {
        if (!parent.TryGetProperty(name, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                Problem(path, $"required field is missing (expected one of {string.Join(", ", System.Enum.GetNames<TEnum>())})");
            }

            return null;
        }

        var text = element.ValueKind == JsonValueKind.String ? element.GetString() : null;
        if (text is not null && System.Enum.TryParse<TEnum>(text, ignoreCase: true, out var value) && System.Enum.IsDefined(value) && !int.TryParse(text, out _))
        {
            return value;
        }

        Problem(path, $"expected one of {string.Join(", ", System.Enum.GetNames<TEnum>())}, found {Describe(element)}");
        return null;
    }

    /// <summary>What a JSON element is, for error messages (shared with the rubric reader).</summary>
    internal static string Describe(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => $"the text \"{element.GetString()}\"",
        JsonValueKind.Number => "the number " + element.GetRawText(),
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.True or JsonValueKind.False => element.GetRawText(),
        JsonValueKind.Null => "null",
        _ => element.ValueKind.ToString(),
    };
}
