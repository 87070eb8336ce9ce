using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Json.Schema;
using MuhanRubric.Editions.Y2016;
using MuhanRubric.Import;
using MuhanRubric.Reading;
using MuhanRubric.Rubrics;

namespace MuhanRubric.Tests.Reading;

/// <summary>
/// Each documented JSON Schema (docs/schema) agrees with what its reader accepts: the same properties on every object,
/// the same required ones, no others allowed, the same enum values; and the files the library ships (or writes)
/// validate against it.
/// </summary>
public class SchemaContractTests
{
    public static TheoryData<string, string> Schemas() => new()
    {
        { "rubric.schema.json", "rubric" },
        { "evaluation.schema.json", "report" },
        { "discrepancies.schema.json", "catalogue" },
        { "measurements.schema.json", "measurements" },
    };

    private static JsonTypeInfo Contract(string reader) => reader switch
    {
        "rubric" => RubricJsonContext.Default.RubricDocument,
        "report" => ReportJsonContext.Default.ReportDocument,
        "catalogue" => ReportJsonContext.Default.CatalogueDocument,
        _ => MeasurementJsonContext.Default.MeasurementDocument,
    };

    [Theory]
    [MemberData(nameof(Schemas))]
    public void Schema_NamesTheReadersPropertiesRequiredFieldsAndEnums(string schema, string reader)
    {
        var root = SchemaDocument(schema);
        var disagreements = new List<string>();

        new Comparer(root, Contract(reader).Options, disagreements).Compare(root, Contract(reader), "$");

        Assert.True(disagreements.Count == 0, $"{schema} and the {reader} reader disagree:\n" + string.Join("\n", disagreements));
    }

    [Fact]
    public void Comparer_FindsADisagreement()
    {
        // The comparison is not vacuous: a schema that forgets a field, allows others and drops an enum value is caught.
        var schema = JsonDocument.Parse("""
            { "type": "object", "required": ["schemaVersion"], "properties": { "schemaVersion": {}, "discrepancies": { "type": "array",
              "items": { "type": "object", "properties": { "id": {}, "kind": { "enum": ["Typo"] } } } } } }
            """).RootElement;
        var disagreements = new List<string>();

        new Comparer(schema, ReportJsonContext.Default.Options, disagreements).Compare(schema, ReportJsonContext.Default.CatalogueDocument, "$");

        Assert.Equal(
            [
                "$: additionalProperties is not false (the reader rejects unknown properties)",
                "$: the reader requires discrepancies, the schema does not",
                "$.discrepancies[]: additionalProperties is not false (the reader rejects unknown properties)",
                "$.discrepancies[]: the reader reads where, sides, pages, likelyCause, reproductionChecks, cells, which the schema does not list",
                "$.discrepancies[]: the reader requires id, kind, where, sides, pages, likelyCause, the schema does not",
                "$.discrepancies[].kind: the reader accepts ProseVsTable, TableVsTable, TableVsPerMunicipality, SumDoesNotAddUp, ImpossibleValue, Typo, Numbering, Ambiguity, AggregateNotReproduced; the schema lists Typo",
            ],
            disagreements);
    }

    [Fact]
    public void ShippedFiles_ValidateAgainstTheirSchemas()
    {
        var data = Path.Combine(Root(), "src", "MuhanRubric", "Editions", "Y2016", "Data");
        AssertValid("evaluation.schema.json", JsonNode.Parse(File.ReadAllText(Path.Combine(data, "evaluation-2016.json")))!);
        AssertValid("discrepancies.schema.json", JsonNode.Parse(File.ReadAllText(Path.Combine(data, "discrepancies-2016.json")))!);
        foreach (var rubric in new[] { Rubrics2016.AsPublished, Rubrics2016.Reference }.Concat(Proposals2016.All()))
        {
            AssertValid("rubric.schema.json", JsonNode.Parse(RubricJson.Serialize(rubric))!);
        }
    }

    [Theory]
    [InlineData("rubrics/unknown-root-field.json", "rubric.schema.json")]
    [InlineData("rubrics/inclusive-as-text.json", "rubric.schema.json")]
    [InlineData("rubrics/enum-case.json", "rubric.schema.json")]
    [InlineData("rubrics/field-of-another-scale-kind.json", "rubric.schema.json")]
    [InlineData("discrepancies/unknown-fields.json", "discrepancies.schema.json")]
    [InlineData("discrepancies/no-schema-version.json", "discrepancies.schema.json")]
    [InlineData("submissions/json-unknown-property.json", "measurements.schema.json")]
    public void CorpusFile_TheReaderRejects_TheSchemaRejectsToo(string file, string schema)
    {
        var node = JsonNode.Parse(File.ReadAllText(Path.Combine(Root(), "tests", "MuhanRubric.Tests", "Corpus", file)))!;

        Assert.False(Evaluate(schema, node).IsValid);
    }

    private static void AssertValid(string schema, JsonNode document)
    {
        var evaluation = Evaluate(schema, document);
        Assert.True(evaluation.IsValid, schema + ":\n" + string.Join("\n", (evaluation.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")).Take(20)));
    }

    // JsonSchema.Net registers a schema by its $id once per process.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, JsonSchema> _schemas = new();

    private static EvaluationResults Evaluate(string schema, JsonNode document) =>
        _schemas.GetOrAdd(schema, s => JsonSchema.FromText(File.ReadAllText(Path.Combine(Root(), "docs", "schema", s))))
            .Evaluate(JsonSerializer.SerializeToElement(document), new EvaluationOptions { OutputFormat = OutputFormat.List });

    private static JsonElement SchemaDocument(string name) => JsonDocument.Parse(File.ReadAllText(Path.Combine(Root(), "docs", "schema", name))).RootElement;

    private static string Root([CallerFilePath] string path = "") => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, "..", "..", ".."));

    /// <summary>Walks a schema beside a reader's contract and notes where they disagree.</summary>
    private sealed class Comparer(JsonElement root, JsonSerializerOptions options, List<string> disagreements)
    {
        // Types already compared: a recursive contract (an expression's terms) is compared once.
        private readonly HashSet<Type> _seen = [];

        public void Compare(JsonElement schema, JsonTypeInfo type, string path)
        {
            if (type.Kind == JsonTypeInfoKind.Object && !_seen.Add(type.Type))
            {
                return;
            }

            schema = Resolve(schema);
            if (type.PolymorphismOptions is { } polymorphism)
            {
                ComparePolymorphic(schema, type, polymorphism, path);
                return;
            }

            switch (type.Kind)
            {
                case JsonTypeInfoKind.Object:
                    CompareObject(schema, type, path, discriminator: null);
                    break;
                case JsonTypeInfoKind.Enumerable when schema.TryGetProperty("items", out var items):
                    Compare(items, Info(type.ElementType!), path + "[]");
                    break;
                case JsonTypeInfoKind.Dictionary when schema.TryGetProperty("additionalProperties", out var values) && values.ValueKind == JsonValueKind.Object:
                    Compare(values, Info(type.ElementType!), path + ".*");
                    break;
                case JsonTypeInfoKind.Enumerable or JsonTypeInfoKind.Dictionary:
                    disagreements.Add($"{path}: the schema does not describe the items");
                    break;
                default:
                    CompareLeaf(schema, type, path);
                    break;
            }
        }

        private JsonTypeInfo Info(Type type) => options.GetTypeInfo(Nullable.GetUnderlyingType(type) ?? type);

        private void CompareObject(JsonElement schema, JsonTypeInfo type, string path, string? discriminator)
        {
            if (!schema.TryGetProperty("additionalProperties", out var additional) || additional.ValueKind != JsonValueKind.False)
            {
                disagreements.Add($"{path}: additionalProperties is not false (the reader rejects unknown properties)");
            }

            var listed = schema.TryGetProperty("properties", out var properties) ? properties.EnumerateObject().Select(p => p.Name).ToList() : [];
            var members = type.Properties.Where(p => p.Set is not null).ToList();
            var read = members.Select(p => p.Name).Concat(discriminator is null ? [] : [discriminator]).ToList();
            Differ(path, "reads", read.Except(listed, StringComparer.Ordinal), "which the schema does not list");
            Differ(path, "does not read", listed.Except(read, StringComparer.Ordinal), "which the schema lists");
            var required = schema.TryGetProperty("required", out var r) ? r.EnumerateArray().Select(e => e.GetString()!).ToList() : [];
            var requiredByReader = members.Where(p => p.IsRequired).Select(p => p.Name).Concat(discriminator is null ? [] : [discriminator]).ToList();
            Differ(path, "requires", requiredByReader.Except(required, StringComparer.Ordinal), "the schema does not");
            Differ(path, "does not require", required.Except(requiredByReader, StringComparer.Ordinal), "the schema does");
            foreach (var member in members.Where(m => listed.Contains(m.Name)))
            {
                Compare(properties.GetProperty(member.Name), Info(member.PropertyType), $"{path}.{member.Name}");
            }
        }

        private void ComparePolymorphic(JsonElement schema, JsonTypeInfo type, JsonPolymorphismOptions polymorphism, string path)
        {
            var branches = schema.TryGetProperty("oneOf", out var oneOf)
                ? oneOf.EnumerateArray().Select(Resolve).ToList()
                : [];
            var discriminator = polymorphism.TypeDiscriminatorPropertyName;
            string? KindOf(JsonElement branch) =>
                branch.TryGetProperty("properties", out var p) && p.TryGetProperty(discriminator, out var k) && k.TryGetProperty("const", out var c) ? c.GetString() : null;
            var kinds = polymorphism.DerivedTypes.Select(d => (string)d.TypeDiscriminator!).ToList();
            Differ(path, "reads the kinds", kinds.Except(branches.Select(KindOf).OfType<string>(), StringComparer.Ordinal), "which the schema does not list");
            Differ(path, "does not read the kinds", branches.Select(KindOf).OfType<string>().Except(kinds, StringComparer.Ordinal), "which the schema lists");
            foreach (var derived in polymorphism.DerivedTypes)
            {
                if (branches.FirstOrDefault(b => KindOf(b) == (string)derived.TypeDiscriminator!) is { ValueKind: JsonValueKind.Object } branch)
                {
                    CompareObject(branch, type.Options.GetTypeInfo(derived.DerivedType), $"{path}({derived.TypeDiscriminator})", discriminator);
                }
            }
        }

        private void CompareLeaf(JsonElement schema, JsonTypeInfo type, string path)
        {
            if (type.Converter is not IJsonLeaf { Names: { } names })
            {
                return;
            }

            var listed = schema.TryGetProperty("enum", out var values)
                ? values.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!).ToList()
                : [];
            if (!names.SequenceEqual(listed))
            {
                disagreements.Add($"{path}: the reader accepts {string.Join(", ", names)}; the schema lists {(listed.Count == 0 ? "no enum" : string.Join(", ", listed))}");
            }
        }

        private void Differ(string path, string verb, IEnumerable<string> names, string tail)
        {
            var list = names.ToList();
            if (list.Count > 0)
            {
                disagreements.Add($"{path}: the reader {verb} {string.Join(", ", list)}, {tail}");
            }
        }

        // A $ref, or the one branch of a oneOf/anyOf that is not null, or the object part of an allOf.
        private JsonElement Resolve(JsonElement schema)
        {
            for (var i = 0; i < 10; i++)
            {
                if (schema.TryGetProperty("$ref", out var reference))
                {
                    schema = reference.GetString()!.Split('/').Skip(1).Aggregate(root, (node, part) => node.GetProperty(part));
                }
                else if ((schema.TryGetProperty("oneOf", out var branches) || schema.TryGetProperty("anyOf", out branches))
                    && branches.EnumerateArray().Where(b => !IsNull(b)).ToList() is [var single])
                {
                    schema = single;
                }
                else
                {
                    return schema;
                }
            }

            return schema;
        }

        private static bool IsNull(JsonElement branch) => branch.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String && t.GetString() == "null";
    }
}
