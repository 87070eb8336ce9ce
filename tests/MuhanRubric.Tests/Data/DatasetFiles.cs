using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using MuhanRubric.Editions.Y2016;

namespace MuhanRubric.Tests.Data;

/// <summary>The embedded 2016 dataset as editable JSON, for bad-input tests.</summary>
internal static class DatasetFiles
{
    public static JsonObject Embedded2016()
    {
        using var stream = typeof(EvaluationReport).Assembly.GetManifestResourceStream(EvaluationReport.Embedded2016ResourceName)!;
        return JsonNode.Parse(stream)!.AsObject();
    }

    public static JsonObject Catalogue2016()
    {
        using var stream = typeof(EvaluationReport).Assembly.GetManifestResourceStream(EvaluationReport.Embedded2016DiscrepanciesResourceName)!;
        return JsonNode.Parse(stream)!.AsObject();
    }

    public static JsonObject Cells(JsonObject dataset, int municipalityIndex) =>
        dataset["municipalityTables"]![municipalityIndex]!["cells"]!.AsObject();

    /// <summary>Indented as a person would write it, so that problems name readable lines.</summary>
    public static JsonSerializerOptions Indented { get; } = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static EvaluationReport Load(JsonNode dataset, string name = "bad.json") => Load(dataset.ToJsonString(Indented), name);

    public static EvaluationReport Load(string json, string name = "bad.json")
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        return EvaluationReport.Load(stream, name);
    }
}
