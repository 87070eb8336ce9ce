using MuhanRubric.Editions.Y2016;
using MuhanRubric.Rubrics;

namespace MuhanRubric.Cli.Tests;

public class DiffCommandTests
{
    [Fact]
    public void TwoRubricFiles_ListEveryChangeWithItsTag()
    {
        using var folder = new TempFolder();
        var before = folder.File("before.json");
        var after = folder.File("after.json");
        RubricJson.Save(Rubrics2016.Reference, before);
        RubricJson.Save(Proposals2016.WithoutTrainingIndicators(), after);

        var (code, output, error) = CliRunner.Run("diff", before, after, "--lang", "en");

        Assert.True(code == ExitCode.Success, error);
        Assert.Equal(
            """
            '2016 reference rubric' → 'proposal p.123: training indicators removed': 3 change(s)
              [rubric]            rubric: name '2016 reference rubric' → 'proposal p.123: training indicators removed'
              [indicator removed] B4 removed
              [indicator removed] B10 removed
            """,
            output.Trim().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void InKorean_TagsAreKorean()
    {
        var (code, output, _) = CliRunner.Run("diff", "reference-2016", "proposal-caseload-20-40");

        Assert.Equal(ExitCode.Success, code);
        Assert.StartsWith("'2016 reference rubric' → 'proposal p.124: caseload optimum 20–40': 변경 7건", output, StringComparison.Ordinal);
        Assert.Contains("  [기준]     C1: band [30, 50) → [20, 40)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void ExitCode_Is3WhenTheRubricsDiffer_And0WhenEqual()
    {
        Assert.Equal(ExitCode.Differences, CliRunner.Run("diff", "reference-2016", "proposal-regional", "--exit-code").ExitCode);
        Assert.Equal(ExitCode.Success, CliRunner.Run("diff", "reference-2016", "proposal-regional").ExitCode);

        var (code, output, _) = CliRunner.Run("diff", "reference-2016", "reference-2016", "--exit-code", "--lang", "en");
        Assert.Equal(ExitCode.Success, code);
        Assert.Equal("'2016 reference rubric' → '2016 reference rubric': no structural difference.", output.Trim());
    }

    [Fact]
    public void MissingFile_IsInvalidInput_AndMissingArgument_AUsageError()
    {
        var (code, _, error) = CliRunner.Run("diff", "reference-2016", "missing.json");
        Assert.Equal(ExitCode.InvalidInput, code);
        Assert.Contains("'missing.json' is neither a shipped rubric", error, StringComparison.Ordinal);

        Assert.Equal(ExitCode.UsageError, CliRunner.Run("diff", "reference-2016").ExitCode);
    }
}
