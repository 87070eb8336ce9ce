using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using MuhanRubric.Editions.Y2016;
using MuhanRubric.Rubrics;

namespace MuhanRubric.Cli.Tests;

public class ScoreCommandTests
{
    [Fact]
    public void Text_RanksThe31WithKoreanNamesAndWarnings()
    {
        var (code, output, error) = CliRunner.Run("score", "--data", "2016", "--rubric", "reference-2016", "--lang", "en");

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        var lines = output.Split('\n');
        Assert.StartsWith("2016 reference rubric (maximum 82.00) on GGWF Report 2017-15, 2016: 31 units", lines[0], StringComparison.Ordinal);
        Assert.Equal("   1  Gunpo           군포시          21.00    17.90    24.00    62.90   82.00       62.90", lines[3].TrimEnd('\r'));
        Assert.Contains("warning(s):", output, StringComparison.Ordinal);
        Assert.Contains("IntegratedCaseManagersRegular% (B7): Ansan 110 outside the expected range [0, 100]; capped by the rubric's minimum before scoring", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_InKorean_ByDefault_RanksWithKoreanHeadersAndWarnings()
    {
        var (code, output, error) = CliRunner.Run("score", "--data", "2016", "--rubric", "reference-2016");

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        var lines = output.ReplaceLineEndings("\n").Split('\n');
        Assert.Equal("2016 reference rubric (만점 82.00), GGWF Report 2017-15, 2016: 31개 단위", lines[0]);
        Assert.Equal("순위  코드            시군          A/26.00  B/30.00  C/26.00     총점    만점   환산 총점", lines[2]);
        Assert.Equal("   1  Gunpo           군포시          21.00    17.90    24.00    62.90   82.00       62.90", lines[3]);
        Assert.Contains(lines, l => l.StartsWith("경고 ", StringComparison.Ordinal) && l.EndsWith("건:", StringComparison.Ordinal));
    }

    [Fact]
    public void Text_Explain_PrintsEveryIndicatorInTheChosenLanguage()
    {
        var (code, output, _) = CliRunner.Run("score", "-d", "2016", "-r", "reference-2016", "--explain");

        Assert.Equal(0, code);
        Assert.Contains("## Suwon 수원시: 52.40 / 82.00 (환산 52.40, 17위)", output, StringComparison.Ordinal);
        Assert.Contains("C1 통합사례관리 실적: 13.8은(는)", output, StringComparison.Ordinal);

        var english = CliRunner.Run("score", "-d", "2016", "-r", "reference-2016", "--explain", "--lang", "en").Output;
        Assert.Contains("## Suwon 수원시: 52.40 / 82.00 (normalized 52.40, rank 17)", english, StringComparison.Ordinal);
        Assert.Contains("  A2 Perceived cooperation and division of work: 3.4 → 12 of 20 points", english, StringComparison.Ordinal);
        Assert.DoesNotContain("C1 통합사례관리 실적: 13.8은(는)", english, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_ValidatesAgainstTheDocumentedSchema()
    {
        var (code, output, _) = CliRunner.Run("score", "--data", "2016", "--rubric", "reference-2016", "--format", "json");

        Assert.Equal(0, code);
        var schema = JsonSchema.FromText(File.ReadAllText(Path.Combine(CliRunner.RepositoryRoot, "docs", "schema", "result.schema.json")));
        using var document = JsonDocument.Parse(output);
        var evaluation = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(evaluation.IsValid, string.Join("\n", (evaluation.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
    }

    [Fact]
    public void Json_HasTheDocumentedFieldsEnumsAsStringsAndKoreanUnescaped()
    {
        var (_, output, _) = CliRunner.Run("score", "--data", "2016", "--rubric", "reference-2016", "--format", "json");

        Assert.Contains("\"koreanName\": \"수원시\"", output, StringComparison.Ordinal);
        var root = JsonNode.Parse(output)!;
        Assert.Equal(1, root["schemaVersion"]!.GetValue<int>());
        var units = root["units"]!.AsArray();
        Assert.Equal(31, units.Count);
        var suwon = units.Single(u => u!["unit"]!.GetValue<string>() == "Suwon")!;
        Assert.Equal(52.40m, suwon["total"]!.GetValue<decimal>());
        Assert.Equal(82m, suwon["maximum"]!.GetValue<decimal>());
        Assert.Equal(17, suwon["rank"]!.GetValue<int>());
        var c1 = suwon["indicators"]!.AsArray().Single(i => i!["code"]!.GetValue<string>() == "C1")!;
        Assert.Equal("scored", c1["status"]!.GetValue<string>());
        Assert.Equal(2m, c1["points"]!.GetValue<decimal>());
        Assert.Equal(10m, c1["maximum"]!.GetValue<decimal>());
        Assert.Equal(13.8m, c1["value"]!.GetValue<decimal>());
        Assert.Equal("up", c1["nextBetterBand"]!["direction"]!.GetValue<string>());
        var gwacheonB5 = units.Single(u => u!["unit"]!.GetValue<string>() == "Gwacheon")!["indicators"]!.AsArray().Single(i => i!["code"]!.GetValue<string>() == "B5")!;
        Assert.Equal("notApplicable", gwacheonB5["status"]!.GetValue<string>());
        Assert.Contains(root["warnings"]!.AsArray(), w => w!["kind"]!.GetValue<string>() == "outsideExpectedRange");
    }

    [Fact]
    public void Csv_OneRowPerUnitInRankOrder()
    {
        var (code, output, _) = CliRunner.Run("score", "--data", "2016", "--rubric", "reference-2016", "--format", "csv");

        Assert.Equal(0, code);
        var lines = output.TrimEnd().Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        Assert.Equal(32, lines.Count);
        Assert.StartsWith("rank,unit,koreanName,total,maximum,normalizedTotal,A,B,C,A1,A2,", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("1,Gunpo,군포시,62.9,82,62.9,21,17.9,24,", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void RubricFile_ScoresLikeTheShippedRubric()
    {
        var path = Path.Combine(Path.GetTempPath(), $"muhan-cli-{Guid.NewGuid():N}.json");
        RubricJson.Save(Rubrics2016.Reference, path);
        try
        {
            var fromFile = CliRunner.Run("score", "--data", "2016", "--rubric", path, "--format", "csv");
            var shipped = CliRunner.Run("score", "--data", "2016", "--rubric", "reference-2016", "--format", "csv");
            Assert.Equal(0, fromFile.ExitCode);
            Assert.Equal(shipped.Output, fromFile.Output);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Out_WritesTheFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"muhan-cli-{Guid.NewGuid():N}.json");
        try
        {
            var (code, output, _) = CliRunner.Run("score", "--data", "2016", "--rubric", "published-2016", "--format", "json", "--out", path);
            Assert.Equal(0, code);
            Assert.Equal(string.Empty, output);
            Assert.Equal("2016 rubric as published (표 Ⅲ-3)", JsonNode.Parse(File.ReadAllText(path))!["rubric"]!["name"]!.GetValue<string>());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void UnknownRubric_ExitsWithInvalidInput()
    {
        var (code, output, error) = CliRunner.Run("score", "--data", "2016", "--rubric", "reference-2017");

        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Equal(
            "'reference-2017' is neither a shipped rubric (reference-2016, published-2016), a proposal of the 2016 report (proposal-without-training, proposal-public-expertise, " +
            "proposal-regional, proposal-treatment-gap, proposal-caseload-20-40, proposal-linkage-percentiles, proposal-linkage-mean-sd), nor a rubric file.",
            error.Trim());
    }

    [Fact]
    public void RubricReadingAMeasureTheDataLacks_ExitsWithInvalidInputNamingIt()
    {
        var rubric = Rubric.Create("follow-up")
            .AddArea("C", "통합사례관리", "Case management", a => a
                .AddIndicator("C4", "사후관리", "Follow-up", 5, i => i.Reads(Measures.MeasureExpression.Field("FollowUpRate"))
                    .Proportional(0, 100).WithProvenance(Provenance.FromAssumption("test"))))
            .Build();
        var path = Path.Combine(Path.GetTempPath(), $"muhan-cli-{Guid.NewGuid():N}.json");
        RubricJson.Save(rubric, path);
        try
        {
            var (code, _, error) = CliRunner.Run("score", "--data", "2016", "--rubric", path);
            Assert.Equal(2, code);
            Assert.Equal("'GGWF Report 2017-15' does not hold FollowUpRate, which rubric 'follow-up' reads (C4); add the measures to the data or drop the indicators.", error.Trim());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void MissingRequiredOption_IsAUsageError()
    {
        var (code, _, error) = CliRunner.Run("score", "--rubric", "reference-2016");

        Assert.Equal(1, code);
        Assert.Contains("Option '--data' is required.", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_ShowsAnExample()
    {
        var (code, output, _) = CliRunner.Run("score", "--help");

        Assert.Equal(0, code);
        Assert.Contains("Example: muhan-rubric score --data 2016 --rubric reference-2016 --format json", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunsFromTheRepositoryWithDotnetRun()
    {
        var (code, output, error) = await CliRunner.DotnetRunAsync("score", "--data", "2016", "--rubric", "reference-2016", "--format", "json");

        Assert.True(code == 0, $"exit {code}\n{error}");
        Assert.Equal(31, JsonNode.Parse(output)!["units"]!.AsArray().Count);
    }
}
