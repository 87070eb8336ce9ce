using System.Text.Json;
using System.Text.Json.Serialization;
using MuhanRubric.Reading;

namespace MuhanRubric.Import;

// The JSON measurement format (docs/measurement-format.md, docs/schema/measurements.schema.json) as a System.Text.Json
// contract. JsonSubmission reads a checked document against the catalogues, as the CSV and XLSX readers read cells.

/// <summary>The source-generated contract of the JSON measurement format.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    NumberHandling = JsonNumberHandling.Strict,
    RespectNullableAnnotations = true,
    AllowDuplicateProperties = false,
    Converters = [typeof(SubmittedValueText)])]
[JsonSerializable(typeof(MeasurementDocument))]
internal sealed partial class MeasurementJsonContext : JsonSerializerContext;

/// <summary>A value of <c>values[]</c> as written: a number (its text), a string (a cell as typed); null is missing.</summary>
internal readonly record struct SubmittedValue(bool IsNumber, string Text);

/// <summary>Reads and checks a <see cref="SubmittedValue"/>: a number, null or a string.</summary>
internal sealed class SubmittedValueText : JsonConverter<SubmittedValue>, IJsonLeaf
{
    public string Expected => "a number, null or a string";

    public IReadOnlyCollection<string>? Names => null;

    public string? Check(SourceNode node) => node.Kind is NodeKind.Number or NodeKind.String ? null : $"expected {Expected}, found {node.Describe()}";

    public override SubmittedValue Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.Number
            ? new SubmittedValue(true, System.Text.Encoding.UTF8.GetString(reader.ValueSpan))
            : new SubmittedValue(false, reader.GetString()!);

    public override void Write(Utf8JsonWriter writer, SubmittedValue value, JsonSerializerOptions options)
    {
        if (value.IsNumber)
        {
            writer.WriteRawValue(value.Text);
        }
        else
        {
            writer.WriteStringValue(value.Text);
        }
    }
}

[JsonDescription("a JSON object ({ \"schemaVersion\": 1, … })")]
internal sealed class MeasurementDocument
{
    /// <summary>The schema's address, for editors; not read.</summary>
    [JsonPropertyName("$schema")]
    public string? Schema { get; init; }

    [JsonDescription("1")]
    public required int SchemaVersion { get; init; }

    [NonBlank]
    public string? Name { get; init; }

    public string? Period { get; init; }

    public List<UnitDocument>? Units { get; init; }

    public List<MeasureDocument>? Measures { get; init; }

    [JsonDescription("an array with an object per unit")]
    [MeasureKeys("unit")]
    public required List<ValuesDocument> Values { get; init; }
}

/// <summary>One unit's values: <c>"unit"</c>, then a property per measure id, Korean label or share (<c>id%</c>).</summary>
[JsonDescription("an object with 'unit' and measure ids")]
internal sealed class ValuesDocument : Dictionary<string, SubmittedValue?>;

/// <summary>A declared unit; its fields are checked by <see cref="CatalogueEntries"/>, as a units file's are.</summary>
[JsonDescription("a unit object ({ \"code\": …, \"koreanName\": … })")]
internal sealed class UnitDocument : IJsonValidated
{
    public required string Code { get; init; }

    public required string KoreanName { get; init; }

    public string? RomanizedName { get; init; }

    public string? Kind { get; init; }

    public string? Region { get; init; }

    public List<string>? Groups { get; init; }

    public List<string>? Aliases { get; init; }

    public UnitFields ToFields() => new(Code, KoreanName, RomanizedName, Kind, Region, Groups ?? [], Aliases ?? []);

    public void Validate(JsonProblems problems, string path) =>
        CatalogueEntries.ToUnit(ToFields(), (field, message) => problems.Add(path + "." + field, message, Code));
}

/// <summary>A declared measure; its fields are checked by <see cref="CatalogueEntries"/>, as a measures file's are.</summary>
[JsonDescription("a measure object ({ \"id\": …, \"koreanLabel\": …, … })")]
internal sealed class MeasureDocument : IJsonValidated
{
    public required string Id { get; init; }

    public required string KoreanLabel { get; init; }

    public required string EnglishName { get; init; }

    public required string Unit { get; init; }

    public bool? WholeCount { get; init; }

    public bool? HasShare { get; init; }

    public string? ShareOf { get; init; }

    public ExpectedRangeDocument? ExpectedRange { get; init; }

    public MeasureFields ToFields() =>
        new(Id, KoreanLabel, EnglishName, Unit, WholeCount ?? false, HasShare ?? false, ShareOf, ExpectedRange?.Minimum, ExpectedRange?.Maximum);

    /// <summary>The JSON path of a field a <see cref="CatalogueEntries.Report"/> names (a measures file's minimum is expectedRange.minimum).</summary>
    public static string FieldPath(string path, string field) => path + "." + (field is "minimum" or "maximum" ? "expectedRange." + field : field);

    public void Validate(JsonProblems problems, string path) =>
        CatalogueEntries.ToMeasure(ToFields(), (field, message) => problems.Add(FieldPath(path, field), message, measure: Id));
}

[JsonDescription("an object { \"minimum\": …, \"maximum\": … }")]
internal sealed class ExpectedRangeDocument
{
    public decimal? Minimum { get; init; }

    public decimal? Maximum { get; init; }
}
