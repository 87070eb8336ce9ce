using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using MathNet.Numerics.Statistics;
using MuhanRubric.Measurements;
using MuhanRubric.Measures;
using MuhanRubric.Reading;

namespace MuhanRubric.Rubrics;

// The rubric format (docs/rubric-format.md, docs/schema/rubric.schema.json) as a System.Text.Json contract: the names,
// types, required fields and enum spellings of the file. RubricJsonReader maps a document onto the public DSL.

/// <summary>The source-generated contract of the rubric format.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    NumberHandling = JsonNumberHandling.Strict,
    RespectNullableAnnotations = true,
    AllowOutOfOrderMetadataProperties = true,
    AllowDuplicateProperties = false,
    Converters =
    [
        typeof(CamelCaseEnum<MissingDataPolicy>), typeof(CamelCaseEnum<ValuePart>), typeof(CamelCaseEnum<ExpressionOperator>),
        typeof(CamelCaseEnum<CutoffKind>), typeof(PascalCaseEnum<RubricProblemKind>), typeof(QuantileDefinitionText),
    ])]
[JsonSerializable(typeof(RubricDocument))]
internal sealed partial class RubricJsonContext : JsonSerializerContext;

/// <summary>A quantile definition as the format writes it: <c>R1</c> … <c>R9</c> (Hyndman–Fan).</summary>
internal sealed class QuantileDefinitionText : JsonConverter<QuantileDefinition>, IJsonLeaf
{
    public string Expected => "one of R1, R2, R3, R4, R5, R6, R7, R8, R9 (Hyndman–Fan definitions; SPSS is R6)";

    public IReadOnlyCollection<string>? Names { get; } = ["R1", "R2", "R3", "R4", "R5", "R6", "R7", "R8", "R9"];

    public static string Name(QuantileDefinition definition) => "R" + ((int)definition).ToString(CultureInfo.InvariantCulture);

    public string? Check(SourceNode node) => node.Kind == NodeKind.String && Parse(node.Text!) is not null ? null : $"expected {Expected}, found {node.Describe()}";

    public override QuantileDefinition Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String && Parse(reader.GetString()!) is { } definition ? definition : throw new JsonException($"Expected {Expected}.");

    public override void Write(Utf8JsonWriter writer, QuantileDefinition value, JsonSerializerOptions options) => writer.WriteStringValue(Name(value));

    private static QuantileDefinition? Parse(string text) =>
        text.Length == 2 && text[0] == 'R' && text[1] is >= '1' and <= '9' ? (QuantileDefinition)(text[1] - '0') : null;
}

/// <summary>A provenance as text (<c>표 Ⅲ-3 p.32</c>, <c>p.124</c>, <c>assumption: …</c>).</summary>
internal sealed class ProvenanceForm : ITextForm
{
    public string? Check(string text) => TryParse(text) is null
        ? $"expected a provenance ('표 Ⅲ-3 p.32', 'p.124' or 'assumption: <reason>'), found the text \"{text}\""
        : null;

    public static Provenance? TryParse(string text)
    {
        try
        {
            return Provenance.Parse(text);
        }
        catch (FormatException)
        {
            return null;
        }
    }
}

/// <summary>A declared group's name: not a kind of unit, which units answer to themselves.</summary>
internal sealed class GroupNameForm : ITextForm
{
    public string? Check(string text) => MunicipalityGroup.ReservedNames.Contains(text)
        ? $"'{text}' is a kind of unit (City, County, District), which units answer to themselves; declare a group under another name"
        : null;
}

/// <summary>A measure id: a letter, then letters, digits, <c>_</c>, <c>-</c> or <c>.</c>.</summary>
internal sealed class MeasureIdForm : ITextForm
{
    public string? Check(string text) => Measure.IsValidId(text) ? null : $"'{text}' is not a measure id (a letter, then letters, digits, '_', '-' or '.')";
}

[JsonDescription("a JSON object")]
internal sealed class RubricDocument
{
    [JsonDescription("\"muhanrubric-rubric\"")]
    public required string Format { get; init; }

    [JsonDescription("1")]
    public required int Version { get; init; }

    [NonBlank]
    public required string Name { get; init; }

    public string? Description { get; init; }

    [Points]
    public decimal? DeclaredTotal { get; init; }

    public MissingDataPolicy? MissingData { get; init; }

    [Range(0, 6, "a whole number")]
    public int? PointsDecimals { get; init; }

    [Unique("group", "name")]
    public List<RubricGroupDocument>? Groups { get; init; }

    public List<RubricProblemKind>? AcceptedWarnings { get; init; }

    public required List<RubricAreaDocument> Areas { get; init; }
}

[JsonDescription("a group {\"name\", \"members\"}")]
internal sealed class RubricGroupDocument
{
    [NonBlank]
    [TextForm(typeof(GroupNameForm))]
    public required string Name { get; init; }

    [Code("a unit code")]
    [Unique("unit")]
    public required List<string> Members { get; init; }
}

[JsonDescription("an area {\"code\", \"koreanName\", \"englishName\", \"indicators\", …}")]
internal sealed class RubricAreaDocument
{
    [NonBlank]
    public required string Code { get; init; }

    public required string KoreanName { get; init; }

    public required string EnglishName { get; init; }

    [Points]
    public decimal? DeclaredPoints { get; init; }

    public required List<RubricIndicatorDocument> Indicators { get; init; }
}

[JsonDescription("an indicator {\"code\", \"koreanName\", \"englishName\", \"maximumPoints\", …}")]
internal sealed class RubricIndicatorDocument
{
    [NonBlank]
    public required string Code { get; init; }

    public required string KoreanName { get; init; }

    public required string EnglishName { get; init; }

    [Points]
    public required decimal MaximumPoints { get; init; }

    [TextForm(typeof(ProvenanceForm))]
    public string? PointsProvenance { get; init; }

    public ExpressionDocument? Measure { get; init; }

    public MissingDataPolicy? MissingData { get; init; }

    public NotApplicableDocument? NotApplicable { get; init; }

    [NonBlank]
    public string? Excluded { get; init; }

    public ScaleDocument? Scale { get; init; }

    [Unique("override for group", "group")]
    public List<GroupOverrideDocument>? GroupOverrides { get; init; }
}

[JsonDescription("an object {\"reason\", \"municipalities\"}")]
internal sealed class NotApplicableDocument
{
    [NonBlank]
    public required string Reason { get; init; }

    [Code("a unit code")]
    [Unique("unit")]
    public required List<string> Municipalities { get; init; }
}

[JsonDescription("a group override {\"group\", \"maximumPoints\", \"scale\"}")]
internal sealed class GroupOverrideDocument
{
    [NonBlank]
    public required string Group { get; init; }

    [Points]
    public decimal? MaximumPoints { get; init; }

    public ScaleDocument? Scale { get; init; }
}

/// <summary>A scale: its <c>kind</c> chooses the fields it has.</summary>
[JsonDescription("a scale {\"kind\", \"provenance\", …}")]
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(BandScaleDocument), "bands")]
[JsonDerivedType(typeof(OrdinalScaleDocument), "ordinal")]
[JsonDerivedType(typeof(ChecklistScaleDocument), "checklist")]
[JsonDerivedType(typeof(ProportionalScaleDocument), "proportional")]
[JsonDerivedType(typeof(PopulationScaleDocument), "populationBands")]
[JsonDerivedType(typeof(UnspecifiedScaleDocument), "unspecified")]
internal abstract class ScaleDocument
{
    [TextForm(typeof(ProvenanceForm))]
    [JsonPropertyOrder(-1)]
    public string? Provenance { get; init; }
}

internal sealed class BandScaleDocument : ScaleDocument
{
    public required List<BandDocument> Bands { get; init; }

    [Points]
    public decimal? Otherwise { get; init; }
}

/// <summary>Labelled categories (<c>WithCategories</c>): written in <c>bands</c>, as the writer writes every band scale.</summary>
internal sealed class OrdinalScaleDocument : ScaleDocument
{
    public required List<CategoryDocument> Bands { get; init; }

    [Points]
    public decimal? Otherwise { get; init; }
}

internal sealed class ChecklistScaleDocument : ScaleDocument
{
    public required List<CriterionDocument> Criteria { get; init; }

    [Points]
    public required List<decimal> PointsByCount { get; init; }
}

internal sealed class ProportionalScaleDocument : ScaleDocument
{
    public required decimal ZeroAt { get; init; }

    public required decimal FullAt { get; init; }
}

internal sealed class PopulationScaleDocument : ScaleDocument
{
    public QuantileDefinition? QuantileDefinition { get; init; }

    public required List<PopulationBandDocument> Bands { get; init; }

    [Points]
    public decimal? Otherwise { get; init; }
}

internal sealed class UnspecifiedScaleDocument : ScaleDocument
{
    public required string Printed { get; init; }
}

/// <summary>
/// A band of a <c>bands</c> scale: points for a union of intervals. The DSL labels categories, not bands, so its
/// <c>label</c> (which the writer writes, as for every band) is null or left out.
/// </summary>
[JsonDescription("a band {\"points\", \"label\", \"intervals\"}")]
internal sealed class BandDocument : IJsonValidated
{
    [Points]
    public required decimal Points { get; init; }

    public string? Label { get; init; }

    public required List<IntervalDocument> Intervals { get; init; }

    public void Validate(JsonProblems problems, string path)
    {
        if (Label is not null)
        {
            problems.Add(path + ".label", $"expected null or nothing (a band is not labelled; a scale of labelled categories is kind \"ordinal\", one interval each), found the text \"{Label}\"");
        }

        IntervalDocument.ValidateAll(Intervals, problems, path);
    }
}

/// <summary>A category of an <c>ordinal</c> scale: its label as printed, its points, and one interval.</summary>
[JsonDescription("a category {\"points\", \"label\", \"intervals\"}")]
internal sealed class CategoryDocument : IJsonValidated
{
    [Points]
    public required decimal Points { get; init; }

    [NonBlank]
    public required string Label { get; init; }

    public required List<IntervalDocument> Intervals { get; init; }

    public void Validate(JsonProblems problems, string path)
    {
        if (Intervals.Count != 1)
        {
            problems.Add(path + ".intervals", string.Create(CultureInfo.InvariantCulture,
                $"expected one interval (a category is one range of values; a union of ranges is a band of kind \"bands\"), found {Intervals.Count}"));
        }

        IntervalDocument.ValidateAll(Intervals, problems, path);
    }
}

/// <summary>An interval; its bounds go to the DSL's <see cref="BandRange"/>, a double, so they keep 15 digits.</summary>
[JsonDescription("an interval {\"lower\", \"lowerInclusive\", \"upper\", \"upperInclusive\"}")]
internal sealed class IntervalDocument : IJsonValidated
{
    private const string Reason = "interval bounds are kept as doubles";

    [SignificantDigits(15, Reason)]
    public decimal? Lower { get; init; }

    public bool? LowerInclusive { get; init; }

    [SignificantDigits(15, Reason)]
    public decimal? Upper { get; init; }

    public bool? UpperInclusive { get; init; }

    // An open side includes no bound: a flag that says otherwise would be dropped without a word.
    public void Validate(JsonProblems problems, string path) => OpenSides.Check(Lower, LowerInclusive, Upper, UpperInclusive, problems, path);

    /// <summary>Validates the <c>intervals</c> of a band or category at <paramref name="path"/>.</summary>
    public static void ValidateAll(List<IntervalDocument> intervals, JsonProblems problems, string path)
    {
        for (var i = 0; i < intervals.Count; i++)
        {
            intervals[i].Validate(problems, SourceNode.Index(path + ".intervals", i));
        }
    }
}

[JsonDescription("a criterion {\"label\", \"expression\", \"condition\"}")]
internal sealed class CriterionDocument
{
    public required string Label { get; init; }

    public required ExpressionDocument Expression { get; init; }

    public required IntervalDocument Condition { get; init; }
}

/// <summary>A band between population cut-offs (the DSL's <see cref="CutoffRange"/>); unlabelled, as the DSL's are.</summary>
[JsonDescription("a population band {\"points\", \"lower\", \"lowerInclusive\", \"upper\", \"upperInclusive\", \"label\"}")]
internal sealed class PopulationBandDocument : IJsonValidated
{
    [Points]
    public required decimal Points { get; init; }

    public CutoffDocument? Lower { get; init; }

    public bool? LowerInclusive { get; init; }

    public CutoffDocument? Upper { get; init; }

    public bool? UpperInclusive { get; init; }

    public string? Label { get; init; }

    public void Validate(JsonProblems problems, string path)
    {
        if (Label is not null)
        {
            problems.Add(path + ".label", $"expected null or nothing (population bands are not labelled), found the text \"{Label}\"");
        }

        OpenSides.Check(Lower, LowerInclusive, Upper, UpperInclusive, problems, path);
    }
}

[JsonDescription("a cut-off {\"kind\", \"parameter\"}")]
internal sealed class CutoffDocument
{
    public required CutoffKind Kind { get; init; }

    public required decimal Parameter { get; init; }
}

/// <summary>An expression: exactly one of <c>field</c>, <c>constant</c> and <c>op</c> says which.</summary>
[JsonDescription("an expression ({\"field\": …}, {\"constant\": …} or {\"op\": …, \"terms\": […]})")]
internal sealed class ExpressionDocument : IJsonValidated
{
    [TextForm(typeof(MeasureIdForm))]
    public string? Field { get; init; }

    public ValuePart? Target { get; init; }

    public decimal? Constant { get; init; }

    public ExpressionOperator? Op { get; init; }

    public List<ExpressionDocument>? Terms { get; init; }

    public void Validate(JsonProblems problems, string path)
    {
        var shapes = new[] { ("field", Field is not null), ("constant", Constant is not null), ("op", Op is not null) }.Where(s => s.Item2).Select(s => s.Item1).ToList();
        if (shapes.Count != 1)
        {
            problems.Add(path, shapes.Count == 0
                ? "expected an expression ({\"field\": …}, {\"constant\": …} or {\"op\": …, \"terms\": […]}), found an object with none of field, constant, op"
                : $"expected an expression with exactly one of field, constant, op, found {string.Join(" and ", shapes)}");
            return;
        }

        if (Target is not null && Field is null)
        {
            problems.Add(path + ".target", "expected a target only beside a field");
        }

        if (Op is not { } op)
        {
            if (Terms is not null)
            {
                problems.Add(path + ".terms", "expected terms only beside an op");
            }

            return;
        }

        if (Terms is null)
        {
            problems.Add(path + ".terms", "required field is missing (expected an array)");
            return;
        }

        for (var t = 0; t < Terms.Count; t++)
        {
            Terms[t].Validate(problems, SourceNode.Index(path + ".terms", t));
        }

        var binary = op is ExpressionOperator.Ratio or ExpressionOperator.Difference;
        if (binary ? Terms.Count != 2 : Terms.Count == 0)
        {
            problems.Add(path + ".terms", string.Create(CultureInfo.InvariantCulture,
                $"{CamelCaseEnum<ExpressionOperator>.CamelCase(op)} takes {(binary ? "exactly two terms" : "at least one term")}, found {Terms.Count}"));
        }
    }
}
