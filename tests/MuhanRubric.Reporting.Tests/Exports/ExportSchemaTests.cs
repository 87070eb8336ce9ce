using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using MuhanRubric.Editions.Y2016;
using MuhanRubric.Reporting.Exports;
using MuhanRubric.Scoring;
using nietras.SeparatedValues;

namespace MuhanRubric.Reporting.Tests.Exports;

public sealed class ExportSchemaTests
{
    // A schema registers its $id globally, so each is built once per test run.
    private static readonly Lazy<JsonSchema> _resultSchema = new(() => Load("result.schema.json"));
    private static readonly Lazy<JsonSchema> _csvSchema = new(() => Load("result-csv.schema.json"));

    private static JsonSchema Load(string file) => JsonSchema.FromText(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "schema", file)));

    private static JsonSchema Schema(string file) => file == "result.schema.json" ? _resultSchema.Value : _csvSchema.Value;

    private static string Errors(EvaluationResults evaluation) =>
        string.Join("\n", (evaluation.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")));

    [Theory]
    [InlineData("reference-2016")]
    [InlineData("published-2016")]
    public void Json_ShippedRubricOn2016_ValidatesAgainstSchema(string rubric)
    {
        var json = ResultJson.Serialize(Rubrics2016.ByName[rubric].Score(Evaluation2016.Measurements));

        using var document = JsonDocument.Parse(json);
        var evaluation = Schema("result.schema.json").Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });

        Assert.True(evaluation.IsValid, Errors(evaluation));
    }

    [Fact]
    public void Json_Reference2016_KoreanUnescapedEnumsAsStrings()
    {
        var json = ResultJson.Serialize(Rubrics2016.Reference.Score(Evaluation2016.Measurements));

        Assert.Contains("\"koreanName\": \"수원시\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u", json, StringComparison.Ordinal);
        Assert.Contains("\"status\": \"scored\"", json, StringComparison.Ordinal);
        Assert.Contains($"\"schemaVersion\": {ResultJson.SchemaVersion}", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("reference-2016")]
    [InlineData("published-2016")]
    public void Csv_ShippedRubricOn2016_EveryRowValidatesAgainstSchema(string rubric)
    {
        var result = Rubrics2016.ByName[rubric].Score(Evaluation2016.Measurements);
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        ResultCsv.Write(result, text);
        var schema = Schema("result-csv.schema.json");

        using var reader = Sep.Reader(o => o with { Unescape = true }).FromText(text.ToString());
        var rows = 0;
        foreach (var row in reader)
        {
            var item = new JsonObject();
            for (var c = 0; c < reader.Header.ColNames.Count; c++)
            {
                var cell = row[c].ToString();
                item[reader.Header.ColNames[c]] = cell.Length == 0 ? null
                    : decimal.TryParse(cell, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number) ? JsonValue.Create(number)
                    : JsonValue.Create(cell);
            }

            using var document = JsonDocument.Parse(item.ToJsonString());
            var evaluation = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
            Assert.True(evaluation.IsValid, $"row {rows + 1}: {item.ToJsonString()}\n{Errors(evaluation)}");
            rows++;
        }

        Assert.Equal(result.Cards.Count, rows);
        Assert.Contains("수원시", text.ToString(), StringComparison.Ordinal);
    }
}
