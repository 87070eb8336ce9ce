using System.Text.Json;
using MuhanRubric.Editions.Y2016;
using MuhanRubric.Measures;
using MuhanRubric.Units;

namespace MuhanRubric.Tests.Data;

/// <summary>The documented JSON Schemas (docs/schema) name exactly the library's measures, municipalities and kinds.</summary>
public class DatasetSchemaTests
{
    private static JsonElement Schema(string name, [System.Runtime.CompilerServices.CallerFilePath] string path = "")
    {
        var root = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, "..", "..", ".."));
        return JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "docs", "schema", name))).RootElement;
    }

    private static string[] Enum(JsonElement element) => [.. element.GetProperty("enum").EnumerateArray().Select(e => e.GetString()!)];

    [Fact]
    public void EvaluationSchema_ListsEveryMeasureAndMunicipality()
    {
        var defs = Schema("evaluation.schema.json").GetProperty("$defs");
        Assert.Equal(MeasureCatalog.MunicipalityTables2016.Select(m => m.Id), Enum(defs.GetProperty("measureCells").GetProperty("propertyNames")));
        Assert.Equal(MunicipalityCatalog.Gyeonggi.Select(m => m.Code), Enum(defs.GetProperty("municipality")));
    }

    [Fact]
    public void DiscrepancySchema_ListsEveryKind()
    {
        var kind = Schema("discrepancies.schema.json").GetProperty("properties").GetProperty("discrepancies").GetProperty("items").GetProperty("properties").GetProperty("kind");
        Assert.Equal(System.Enum.GetNames<DiscrepancyKind>(), Enum(kind));
    }
}
