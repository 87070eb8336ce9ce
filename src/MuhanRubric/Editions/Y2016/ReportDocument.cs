using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using MuhanRubric.Measurements;
using MuhanRubric.Measures;
using MuhanRubric.Reading;
using MuhanRubric.Statistics;
using MuhanRubric.Units;

namespace MuhanRubric.Editions.Y2016;

// The report format (docs/dataset-format.md, docs/schema/evaluation.schema.json and discrepancies.schema.json) as a
// System.Text.Json contract. ReportReader maps a checked document onto the EvaluationReport.

/// <summary>The source-generated contract of the report and its discrepancy catalogue.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    NumberHandling = JsonNumberHandling.Strict,
    RespectNullableAnnotations = true,
    AllowDuplicateProperties = false,
    Converters = [typeof(CamelCaseEnum<ClaimStatistic>), typeof(CamelCaseEnum<ValuePart>), typeof(PascalCaseEnum<DiscrepancyKind>), typeof(PageText)])]
[JsonSerializable(typeof(ReportDocument))]
[JsonSerializable(typeof(CatalogueDocument))]
internal sealed partial class ReportJsonContext : JsonSerializerContext;

/// <summary>
/// The catalogues a report is checked against: the 31 Gyeonggi 시군, the 33 measures of 2016 (what claims and printed
/// rows may name), and the 32 rows of the municipality tables (what their cells hold).
/// </summary>
internal static class ReportCatalogues
{
    public static MunicipalityCatalog Units => MunicipalityCatalog.Gyeonggi;

    public static MeasureCatalog Measures => MeasureCatalog.Gyeonggi2016;

    public static MeasureCatalog CellMeasures => MeasureCatalog.MunicipalityTables2016;

    public const string MeasureList = "the 33 measure ids (ExternalSupportSessions, …, ServiceLinkagesPerCase)";

    public const string CellMeasureList = "the 32 measure ids of the municipality tables (ExternalSupportSessions, …, ServiceLinkagesPerCase)";

    public static Municipality? Unit(string? code, JsonProblems problems, string path)
    {
        if (code is null)
        {
            return null;
        }

        if (Units.TryFind(code, out var unit))
        {
            return unit;
        }

        problems.Add(path, Units.DescribeMiss(code), code);
        return null;
    }

    public static Measure? Measure(string? id, JsonProblems problems, string path)
    {
        if (id is null)
        {
            return null;
        }

        // Ids only, exactly: a Korean label or another spelling is reported, not looked up.
        if (Measures.Contains(id))
        {
            return Measures[id];
        }

        problems.Add(path, $"unknown measure '{id}'; expected one of {MeasureList}", measure: id);
        return null;
    }

    public static void UnitList(IReadOnlyList<string>? codes, JsonProblems problems, string path)
    {
        for (var i = 0; i < (codes?.Count ?? 0); i++)
        {
            Unit(codes![i], problems, SourceNode.Index(path, i));
        }
    }

    public static void Interval(ReportIntervalDocument? interval, JsonProblems problems, string path)
    {
        interval?.Validate(problems, path);
        if (interval is not null && interval.ToInterval() is null)
        {
            problems.Add(path, string.Create(CultureInfo.InvariantCulture,
                $"expected a lower bound below the upper bound (or equal with both ends included), found [{interval.Lower}, {interval.Upper}]"));
        }
    }
}

/// <summary>A page as printed: a number ≥ 1, or a front-matter label (<c>i</c> … <c>viii</c>).</summary>
internal readonly record struct PageDocument(int Number, string? Label)
{
    public static readonly string[] Labels = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii"];

    public PrintedSource ToSource() => Label is null ? new PrintedSource(null, Number) : new PrintedSource(null, 0) { PageLabel = Label };
}

/// <summary>Reads and checks a <see cref="PageDocument"/>.</summary>
internal sealed class PageText : JsonConverter<PageDocument>, IJsonLeaf
{
    public string Expected => "a page number ≥ 1 or a front-matter label (i … viii)";

    public IReadOnlyCollection<string>? Names => null;

    public string? Check(SourceNode node) =>
        (node.Kind == NodeKind.Number && int.TryParse(node.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page >= 1)
        || (node.Kind == NodeKind.String && PageDocument.Labels.Contains(node.Text))
            ? null
            : $"expected {Expected}, found {node.Describe()}";

    public override PageDocument Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.Number ? new PageDocument(reader.GetInt32(), null) : new PageDocument(0, reader.GetString());

    public override void Write(Utf8JsonWriter writer, PageDocument value, JsonSerializerOptions options)
    {
        if (value.Label is null)
        {
            writer.WriteNumberValue(value.Number);
        }
        else
        {
            writer.WriteStringValue(value.Label);
        }
    }
}

/// <summary>A discrepancy id: lower-case letters, digits, <c>.</c>, <c>,</c> and <c>-</c>.</summary>
internal sealed class DiscrepancyIdForm : ITextForm
{
    public string? Check(string text) =>
        text.Length > 0 && (char.IsAsciiLetterLower(text[0]) || char.IsAsciiDigit(text[0])) && text.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '.' or ',' or '-')
            ? null
            : $"expected a kebab-case id (lower-case letters, digits, '.', ',' and '-'), found '{text}'";
}

/// <summary>A printed scale's kind, as the transcriber classified it.</summary>
internal sealed class PublishedScaleKindForm : ITextForm
{
    public static readonly string[] Kinds = ["checklist", "bands", "ordinal", "ratio", "survey", "unspecified"];

    public string? Check(string text) => Kinds.Contains(text) ? null : $"expected one of {string.Join(", ", Kinds)}, found the text \"{text}\"";
}

/// <summary>A number that cannot be negative in the report.</summary>
internal sealed class NonNegativeAttribute : JsonRuleAttribute
{
    public override string? CheckNumber(decimal value, string written) =>
        value < 0 ? $"expected a number ≥ 0 (counts, hours, scores and shares cannot be negative), found {written}" : null;
}

// ----- evaluation-2016.json -----

/// <summary>Every municipality of the catalogue has its table, once: checked on the file as written.</summary>
internal sealed class EveryMunicipalityOnce : IObjectRule
{
    public bool Check(SourceNode node, JsonProblems problems)
    {
        if (node["municipalityTables"] is not { Kind: NodeKind.Array } tables)
        {
            return true;
        }

        var count = problems.Count;
        var first = new Dictionary<Municipality, int>();
        for (var t = 0; t < tables.Items.Count; t++)
        {
            if (tables.Items[t]["municipality"] is not { Kind: NodeKind.String, Text: { } code } named)
            {
                continue;
            }

            if (!ReportCatalogues.Units.TryFind(code, out var unit))
            {
                problems.Add(named, ReportCatalogues.Units.DescribeMiss(code), code);
            }
            else if (!first.TryAdd(unit, t))
            {
                problems.Add(named, string.Create(CultureInfo.InvariantCulture, $"duplicate municipality '{code}'; it already appears at municipalityTables[{first[unit]}]"), code);
            }
        }

        // A missing municipality is never silently left out of the year.
        foreach (var absent in ReportCatalogues.Units.Where(m => !first.ContainsKey(m)))
        {
            problems.Add(tables, $"no table for {absent.Code} ({absent.KoreanName}); every municipality of the catalogue needs its table (write null for blank cells)", absent.Code);
        }

        return problems.Count == count;
    }
}

[JsonDescription("a JSON object")]
[ObjectRule(typeof(EveryMunicipalityOnce))]
internal sealed class ReportDocument : IJsonValidated
{
    [JsonDescription("1")]
    public required int SchemaVersion { get; init; }

    public required ReportInfoDocument Report { get; init; }

    public required List<MunicipalityTableDocument> MunicipalityTables { get; init; }

    public List<PrintedTableDocument>? Tables { get; init; }

    public PublishedRubricDocument? Rubric { get; init; }

    public List<ClaimDocument>? Claims { get; init; }

    public void Validate(JsonProblems problems, string path)
    {
        for (var t = 0; t < MunicipalityTables.Count; t++)
        {
            MunicipalityTables[t].Validate(problems, SourceNode.Index("municipalityTables", t));
        }

        for (var t = 0; t < (Tables?.Count ?? 0); t++)
        {
            Tables![t].Validate(problems, SourceNode.Index("tables", t));
        }

        Rubric?.Validate(problems, "rubric");
        for (var c = 0; c < (Claims?.Count ?? 0); c++)
        {
            Claims![c].Validate(problems, SourceNode.Index("claims", c));
        }
    }
}

[JsonDescription("an object {\"id\", \"title\", \"englishTitle\", \"publisher\", \"evaluatedYear\", \"statisticsSoftware\"}")]
internal sealed class ReportInfoDocument
{
    /// <summary>The report number; it names the measurement table, so it may not be blank.</summary>
    [NonBlank]
    public required string Id { get; init; }

    public required string Title { get; init; }

    public required string EnglishTitle { get; init; }

    public required string Publisher { get; init; }

    [Range(1900, 9999, "a year")]
    public required int EvaluatedYear { get; init; }

    public string? StatisticsSoftware { get; init; }
}

/// <summary>A printed number: <c>{ "value": 9, "percent": 69.2, "printed": "9(69.2%)" }</c>; in the report never negative.</summary>
[JsonDescription("a cell object {\"value\", \"printed\"} or null")]
internal readonly record struct CellDocument
{
    [NonNegative]
    public required decimal Value { get; init; }

    [NonNegative]
    public decimal? Percent { get; init; }

    public required string Printed { get; init; }

    public PublishedValue ToValue(PrintedSource source) => new(Value, Percent, Printed, source);
}

/// <summary>A printed number of a printed table, which may be negative (changes, <c>표 Ⅱ-3</c> 인원증감).</summary>
[JsonDescription("a cell object {\"value\", \"printed\"} or null")]
internal readonly record struct SignedCellDocument
{
    public required decimal Value { get; init; }

    [NonNegative]
    public decimal? Percent { get; init; }

    public required string Printed { get; init; }

    public PublishedValue ToValue(PrintedSource source) => new(Value, Percent, Printed, source);
}

[JsonDescription("a municipality table {\"municipality\", \"table\", \"page\", \"printedName\", \"cells\", \"provinceAverage\"}")]
internal sealed class MunicipalityTableDocument : IJsonValidated
{
    [UnitKey]
    public required string Municipality { get; init; }

    public required string Table { get; init; }

    [Minimum(1)]
    public required int Page { get; init; }

    public required string PrintedName { get; init; }

    [MeasureKeys]
    public required Dictionary<string, CellDocument?> Cells { get; init; }

    [MeasureKeys]
    public required Dictionary<string, CellDocument?> ProvinceAverage { get; init; }

    public void Validate(JsonProblems problems, string path)
    {
        Measures(Cells, problems, path + ".cells", checkValues: true);
        Measures(ProvinceAverage, problems, path + ".provinceAverage", checkValues: false);
    }

    private void Measures(Dictionary<string, CellDocument?> cells, JsonProblems problems, string path, bool checkValues)
    {
        foreach (var (id, cell) in cells)
        {
            var cellPath = path + "." + id;
            if (!ReportCatalogues.CellMeasures.Contains(id))
            {
                problems.Add(cellPath, $"unknown measure '{id}'; expected one of {ReportCatalogues.CellMeasureList}", Municipality, id);
            }
            else if (checkValues && cell is { } value && MeasurementTable.Builder.Check(ReportCatalogues.CellMeasures[id], value.Value, value.Percent) is { } problem)
            {
                // The measurement table's one rule for a value (whole counts, shares only where a measure has one).
                problems.Add(cellPath + ".value", problem, Municipality, id);
            }
        }

        foreach (var missing in ReportCatalogues.CellMeasures.Where(m => !cells.ContainsKey(m.Id)))
        {
            problems.Add(path + "." + missing.Id, "required field is missing (write null for a blank cell; a missing value is never taken as zero)", Municipality, missing.Id);
        }
    }
}

[JsonDescription("a printed table {\"id\", \"page\", \"title\", \"sections\", …}")]
internal sealed class PrintedTableDocument : IJsonValidated
{
    public required string Id { get; init; }

    [Minimum(1)]
    public required int Page { get; init; }

    public required string Title { get; init; }

    public string? Unit { get; init; }

    public List<string>? Notes { get; init; }

    public required List<SectionDocument> Sections { get; init; }

    public void Validate(JsonProblems problems, string path)
    {
        for (var s = 0; s < Sections.Count; s++)
        {
            Sections[s].Validate(problems, SourceNode.Index(path + ".sections", s));
        }

        if (Id == PrivateStaffHeadcounts.Table)
        {
            PrivateStaffHeadcounts.Validate(Sections, problems, path);
        }
    }
}

[JsonDescription("a section {\"id\", \"columns\", \"rows\", …}")]
internal sealed class SectionDocument : IJsonValidated
{
    public required string Id { get; init; }

    [Minimum(1)]
    public int? Page { get; init; }

    public string? Measure { get; init; }

    public ReportIntervalDocument? Band { get; init; }

    public required List<string> Columns { get; init; }

    public List<string>? ColumnLabels { get; init; }

    public required List<RowDocument> Rows { get; init; }

    /// <summary>Transcription: the printed label of the section (not loaded).</summary>
    public string? Label { get; init; }

    /// <summary>Transcription: printed groups of rows (not loaded).</summary>
    public List<RowGroupDocument>? RowGroups { get; init; }

    /// <summary>Transcription: the printed heading of the row groups (not loaded).</summary>
    public string? RowGroupLabel { get; init; }

    public void Validate(JsonProblems problems, string path)
    {
        ReportCatalogues.Measure(Measure, problems, path + ".measure");
        ReportCatalogues.Interval(Band, problems, path + ".band");
        for (var r = 0; r < Rows.Count; r++)
        {
            var row = Rows[r];
            var rowPath = SourceNode.Index(path + ".rows", r);
            ReportCatalogues.Measure(row.Measure, problems, rowPath + ".measure");
            ReportCatalogues.Unit(row.Municipality, problems, rowPath + ".municipality");
            ReportCatalogues.UnitList(row.Municipalities, problems, rowPath + ".municipalities");
            if (row.Cells.Count != Columns.Count)
            {
                problems.Add(rowPath + ".cells", string.Create(CultureInfo.InvariantCulture, $"expected {Columns.Count} cells (one per column), found {row.Cells.Count}"));
            }
        }
    }
}

[JsonDescription("a row {\"label\", \"cells\", …}")]
internal sealed class RowDocument
{
    public required string Label { get; init; }

    public string? Measure { get; init; }

    public string? Municipality { get; init; }

    public List<string>? Municipalities { get; init; }

    public string? Printed { get; init; }

    public required List<SignedCellDocument?> Cells { get; init; }

    /// <summary>Transcription: the task a row of a workload table is about (not loaded).</summary>
    public string? Task { get; init; }

    /// <summary>Transcription: how a garbled printed row was read (not loaded).</summary>
    public string? Reconstruction { get; init; }

    /// <summary>Transcription: columns printed as a dash (not loaded).</summary>
    public List<string>? PrintedDashes { get; init; }

    /// <summary>Transcription: the staff group of the row (not loaded).</summary>
    public string? Group { get; init; }

    /// <summary>Transcription: the indicator of the row (not loaded).</summary>
    public string? Indicator { get; init; }

    /// <summary>Transcription: the printed area of the row (not loaded).</summary>
    public string? Area { get; init; }

    /// <summary>Transcription: the printed domain of the row (not loaded).</summary>
    public string? Domain { get; init; }
}

[JsonDescription("a row group {\"printed\", \"indicators\"}")]
internal sealed class RowGroupDocument
{
    public required string Printed { get; init; }

    public required List<string> Indicators { get; init; }
}

/// <summary>An interval: a bound left out or null is open; the lower bound is included unless said otherwise, the upper not.</summary>
[JsonDescription("an interval {\"lower\", \"lowerInclusive\", \"upper\", \"upperInclusive\"}")]
internal sealed class ReportIntervalDocument : IJsonValidated
{
    public decimal? Lower { get; init; }

    public bool? LowerInclusive { get; init; }

    public decimal? Upper { get; init; }

    public bool? UpperInclusive { get; init; }

    public void Validate(JsonProblems problems, string path) => OpenSides.Check(Lower, LowerInclusive, Upper, UpperInclusive, problems, path);

    public Interval? ToInterval() =>
        Lower is { } lo && Upper is { } hi && (lo > hi || (lo == hi && !((LowerInclusive ?? true) && (UpperInclusive ?? false))))
            ? null
            : new Interval(Lower, LowerInclusive ?? true, Upper, UpperInclusive ?? false);
}

[JsonDescription("the printed rubric {\"id\", \"page\", \"printedTotal\", \"areas\", …}")]
internal sealed class PublishedRubricDocument : IJsonValidated
{
    public required string Id { get; init; }

    [Minimum(1)]
    public required int Page { get; init; }

    public required CellDocument PrintedTotal { get; init; }

    public required List<PublishedAreaDocument> Areas { get; init; }

    /// <summary>Transcription: the pages of the detailed scales (not loaded).</summary>
    [Minimum(1)]
    public List<int>? ScalesPage { get; init; }

    /// <summary>Transcription: the table of the detailed scales (not loaded).</summary>
    public TableReferenceDocument? ScalesTable { get; init; }

    /// <summary>Transcription: the sum of the printed points (not loaded; the library adds them up itself).</summary>
    public decimal? SumOfPoints { get; init; }

    public void Validate(JsonProblems problems, string path)
    {
        for (var a = 0; a < Areas.Count; a++)
        {
            for (var d = 0; d < Areas[a].Domains.Count; d++)
            {
                var indicators = Areas[a].Domains[d].Indicators;
                for (var i = 0; i < indicators.Count; i++)
                {
                    var scalePath = $"{SourceNode.Index(SourceNode.Index(SourceNode.Index(path + ".areas", a) + ".domains", d) + ".indicators", i)}.scale";
                    var items = indicators[i].Scale.ItemIntervals ?? [];
                    for (var n = 0; n < items.Count; n++)
                    {
                        ReportCatalogues.Interval(items[n], problems, SourceNode.Index(scalePath + ".itemIntervals", n));
                    }

                    var bands = indicators[i].Scale.Bands ?? [];
                    var bandsPath = scalePath + ".bands";
                    for (var b = 0; b < bands.Count; b++)
                    {
                        for (var n = 0; n < bands[b].Intervals.Count; n++)
                        {
                            ReportCatalogues.Interval(bands[b].Intervals[n], problems, SourceNode.Index(SourceNode.Index(bandsPath, b) + ".intervals", n));
                        }
                    }
                }
            }
        }
    }
}

[JsonDescription("a table reference {\"id\", \"page\"}")]
internal sealed class TableReferenceDocument
{
    public required string Id { get; init; }

    [Minimum(1)]
    public required int Page { get; init; }
}

[JsonDescription("an area {\"code\", \"name\", \"englishName\", \"domains\", …}")]
internal sealed class PublishedAreaDocument
{
    public required string Code { get; init; }

    public required string Name { get; init; }

    public required string EnglishName { get; init; }

    public required List<PublishedDomainDocument> Domains { get; init; }

    /// <summary>Transcription: the area's name as printed with its letter (not loaded).</summary>
    public string? PrintedName { get; init; }

    /// <summary>Transcription: the sum of the area's printed points (not loaded).</summary>
    public decimal? SumOfPoints { get; init; }
}

[JsonDescription("a domain {\"name\", \"indicators\", …}")]
internal sealed class PublishedDomainDocument
{
    public required string Name { get; init; }

    public required List<PublishedIndicatorDocument> Indicators { get; init; }

    /// <summary>Transcription: an English name (not loaded).</summary>
    public string? EnglishName { get; init; }
}

[JsonDescription("an indicator {\"code\", \"name\", \"englishName\", \"points\", \"scale\"}")]
internal sealed class PublishedIndicatorDocument
{
    public required string Code { get; init; }

    public required string Name { get; init; }

    public required string EnglishName { get; init; }

    public required CellDocument Points { get; init; }

    public required PublishedScaleDocument Scale { get; init; }
}

[JsonDescription("a printed scale {\"page\", \"printed\", \"kind\", …}")]
internal sealed class PublishedScaleDocument
{
    [Minimum(1)]
    public required int Page { get; init; }

    public required string Printed { get; init; }

    [TextForm(typeof(PublishedScaleKindForm))]
    public required string Kind { get; init; }

    public List<string>? Items { get; init; }

    public List<PublishedBandDocument>? Bands { get; init; }

    public bool? PointsPrinted { get; init; }

    /// <summary>Transcription: the indicator as printed beside the scale (not loaded).</summary>
    public string? PrintedIndicator { get; init; }

    /// <summary>Transcription: the measures the scale reads (not loaded).</summary>
    public List<string>? Measures { get; init; }

    /// <summary>Transcription: a note on the scale (not loaded).</summary>
    public string? Note { get; init; }

    /// <summary>Transcription: the intervals of the printed items (not loaded).</summary>
    public List<ReportIntervalDocument>? ItemIntervals { get; init; }
}

[JsonDescription("a printed band {\"points\", \"intervals\", \"printed\"}")]
internal sealed class PublishedBandDocument
{
    public required decimal Points { get; init; }

    public required List<ReportIntervalDocument> Intervals { get; init; }

    public required string Printed { get; init; }
}

[JsonDescription("a claim {\"id\", \"page\", \"quote\", \"measure\", \"statistic\", …}")]
internal sealed class ClaimDocument : IJsonValidated
{
    public required string Id { get; init; }

    public required PageDocument Page { get; init; }

    public required string Quote { get; init; }

    public required string Measure { get; init; }

    public required ClaimStatistic Statistic { get; init; }

    public ValuePart? On { get; init; }

    public ReportIntervalDocument? Band { get; init; }

    [JsonPropertyName("equals")]
    public decimal? EqualTo { get; init; }

    [Range(0, 100)]
    [SignificantDigits(15, "a percentile is kept as a double")]
    public double? Percentile { get; init; }

    public string? Municipality { get; init; }

    public CellDocument? Value { get; init; }

    public List<string>? Municipalities { get; init; }

    public void Validate(JsonProblems problems, string path)
    {
        ReportCatalogues.Measure(Measure, problems, path + ".measure");
        ReportCatalogues.Interval(Band, problems, path + ".band");
        ReportCatalogues.Unit(Municipality, problems, path + ".municipality");
        ReportCatalogues.UnitList(Municipalities, problems, path + ".municipalities");
        if (Statistic is ClaimStatistic.CountInBand or ClaimStatistic.MunicipalitiesInBand && Band is null)
        {
            problems.Add(path + ".band", $"statistic {Statistic} needs a band");
        }

        if (Statistic is ClaimStatistic.CountEqual or ClaimStatistic.MunicipalitiesEqual && EqualTo is null)
        {
            problems.Add(path + ".equals", $"statistic {Statistic} needs a value to compare with");
        }

        if (Statistic == ClaimStatistic.Percentile && Percentile is null)
        {
            problems.Add(path + ".percentile", "statistic Percentile needs a percentile");
        }

        if (Statistic == ClaimStatistic.Value && Municipality is null)
        {
            problems.Add(path + ".municipality", "statistic Value needs a municipality");
        }

        if (Statistic is not (ClaimStatistic.MunicipalitiesEqual or ClaimStatistic.MunicipalitiesInBand) && Value is null)
        {
            problems.Add(path + ".value", $"statistic {Statistic} needs the published number");
        }
    }
}

// ----- discrepancies-2016.json -----

[JsonDescription("a JSON object")]
internal sealed class CatalogueDocument : IJsonValidated
{
    [JsonDescription("1")]
    public required int SchemaVersion { get; init; }

    [Unique("discrepancy id", "id")]
    public required List<DiscrepancyDocument> Discrepancies { get; init; }

    public void Validate(JsonProblems problems, string path)
    {
        for (var d = 0; d < Discrepancies.Count; d++)
        {
            var cells = Discrepancies[d].Cells ?? [];
            for (var c = 0; c < cells.Count; c++)
            {
                cells[c].Validate(problems, SourceNode.Index(SourceNode.Index("discrepancies", d) + ".cells", c));
            }
        }
    }
}

[JsonDescription("a discrepancy {\"id\", \"kind\", \"where\", \"sides\", \"pages\", \"likelyCause\", …}")]
internal sealed class DiscrepancyDocument
{
    [TextForm(typeof(DiscrepancyIdForm))]
    public required string Id { get; init; }

    public required DiscrepancyKind Kind { get; init; }

    public required string Where { get; init; }

    public required List<DiscrepancySideDocument> Sides { get; init; }

    [Minimum(1)]
    public required List<int> Pages { get; init; }

    public required string LikelyCause { get; init; }

    public List<string>? ReproductionChecks { get; init; }

    public List<DiscrepancyCellDocument>? Cells { get; init; }
}

[JsonDescription("a side {\"source\", \"says\"}")]
internal sealed class DiscrepancySideDocument
{
    public required string Source { get; init; }

    public required string Says { get; init; }
}

[JsonDescription("a cell {\"municipality\", \"measure\"}")]
internal sealed class DiscrepancyCellDocument : IJsonValidated
{
    public string? Municipality { get; init; }

    public required string Measure { get; init; }

    public void Validate(JsonProblems problems, string path)
    {
        ReportCatalogues.Unit(Municipality, problems, path + ".municipality");
        ReportCatalogues.Measure(Measure, problems, path + ".measure");
    }
}
