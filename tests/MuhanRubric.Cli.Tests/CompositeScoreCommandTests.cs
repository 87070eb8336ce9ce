using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace MuhanRubric.Cli.Tests;

public class CompositeScoreCommandTests
{
    private static string Sample(string file) => Path.Combine(CliRunner.RepositoryRoot, "samples", "CompositeIndicators", file);

    [Fact]
    public void Json_CoinrExample_PrintsEachUnitsIndexRankAndAggregates()
    {
        var (code, output, error) = CliRunner.Run(
            "score", "--data", Sample("iData.csv"), "--meta", Sample("iMeta.csv"), "--rubric", Sample("asem-example.json"), "--format", "json");

        Assert.Equal(string.Empty, error);
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var units = json.RootElement.GetProperty("units").EnumerateArray().ToList();
        Assert.Equal(51, units.Count);

        // COINr's results article (gh-pages articles/results.html line 108): CHE rank 1, Index 68.38, Conn 62.79, Social 87.85.
        var che = units[0];
        Assert.Equal("CHE", che.GetProperty("unit").GetString());
        Assert.Equal(1, che.GetProperty("rank").GetInt32());
        Assert.Equal(68.38, Math.Round(che.GetProperty("total").GetDouble(), 2));
        Assert.Equal(62.79, Math.Round(che.GetProperty("aggregates").GetProperty("Conn").GetProperty("score").GetDouble(), 2));
        Assert.Equal(87.85, Math.Round(che.GetProperty("aggregates").GetProperty("Social").GetProperty("score").GetDouble(), 2));
        Assert.Equal(51, units[^1].GetProperty("rank").GetInt32());
        Assert.Equal("RUS", units[^1].GetProperty("unit").GetString());
        Assert.Equal(5, json.RootElement.GetProperty("steps").GetArrayLength());
        Assert.Equal(
            "4. treat outliers: 15 winsorised (Flights, Bord, Gas, Services, FDI, ForPort, CostImpEx, Tariff, StMob, CultServ, Forest, Poverty, NGOs, FemLab, PubDebt), 0 log-transformed",
            json.RootElement.GetProperty("steps")[3].GetString());
    }

    [Fact]
    public void Json_ValidatesAgainstTheDocumentedSchema_WhichRefusesAnUndocumentedField()
    {
        var (code, output, _) = CliRunner.Run(
            "score", "--data", Sample("iData.csv"), "--meta", Sample("iMeta.csv"), "--rubric", Sample("asem-example.json"), "--format", "json");

        Assert.Equal(0, code);
        var schema = JsonSchema.FromText(File.ReadAllText(Path.Combine(CliRunner.RepositoryRoot, "docs", "schema", "composite-result.schema.json")));
        var document = JsonNode.Parse(output)!;
        Assert.Equal(1, document["schemaVersion"]!.GetValue<int>());
        Assert.True(Validate(schema, document), Errors(schema, document));

        // The schema is strict: a field it does not document, or a rank of 0, fails.
        var extra = document.DeepClone();
        extra["units"]![0]!["score"] = 1;
        Assert.False(Validate(schema, extra));
        var badRank = document.DeepClone();
        badRank["units"]![0]!["aggregates"]!["Conn"]!["rank"] = 0;
        Assert.False(Validate(schema, badRank));
    }

    private static bool Validate(JsonSchema schema, JsonNode document)
    {
        using var parsed = JsonDocument.Parse(document.ToJsonString());
        return schema.Evaluate(parsed.RootElement).IsValid;
    }

    private static string Errors(JsonSchema schema, JsonNode document)
    {
        using var parsed = JsonDocument.Parse(document.ToJsonString());
        var evaluation = schema.Evaluate(parsed.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        return string.Join("\n", (evaluation.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")));
    }

    [Fact]
    public void Text_CoinrExample_RanksAndListsTheSteps()
    {
        var (code, output, _) = CliRunner.Run("score", "-d", Sample("iData.csv"), "--meta", Sample("iMeta.csv"), "-r", Sample("asem-example.json"));

        Assert.Equal(0, code);
        Assert.Contains("  2. impute (Mean within EurAsia_group): 65 cells filled, 0 left missing", output, StringComparison.Ordinal);
        Assert.Contains("   1  CHE         68.38", output, StringComparison.Ordinal);
    }

    [Fact]
    public void BadData_NamesFileLineAndColumn()
    {
        using var folder = new TempFolder();
        var lines = File.ReadAllLines(Sample("iData.csv"));
        lines[3] = lines[3].Replace(",2018,", ",2018,abc", StringComparison.Ordinal);
        var bad = folder.File("iData.csv");
        File.WriteAllLines(bad, lines);

        var (code, _, error) = CliRunner.Run("score", "-d", bad, "--meta", Sample("iMeta.csv"), "-r", Sample("asem-example.json"));

        Assert.Equal(2, code);
        Assert.Contains("iData.csv: line 4, 시군 BGR, measure Area: expected a number or NA, found 'abc110879'", error, StringComparison.Ordinal);
    }
}
