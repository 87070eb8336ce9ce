namespace MuhanRubric.Cli.Tests;

public class CompareCommandTests
{
    [Fact]
    public void Proposal_InEnglish_ShowsChangesRanksAgreementAndAttribution()
    {
        var (code, output, error) = CliRunner.Run("compare", "--data", "2016", "--rubric", "reference-2016", "--with", "proposal-caseload-20-40", "--lang", "en");

        Assert.True(code == ExitCode.Success, error);
        var lines = Lines(output);
        Assert.Equal("[0] 2016 reference rubric (maximum 82.00), baseline", lines[0]);
        Assert.Equal("[1] proposal p.124: caseload optimum 20–40 (maximum 82.00)", lines[1]);
        Assert.Contains("[1] against [0], 7 change(s):", lines);
        Assert.Contains("  C1: band [30, 50) → [20, 40)", lines);
        // Suwon: 52.40, rank 17 under the reference rubric; 56.40, rank 10 under the proposal (C1 +4.00).
        Assert.Contains("Suwon              52.40  17      C       56.40  10  ↑7  C", lines);
        Assert.Contains(lines, l => l.StartsWith("proposal p.124: caseload optimum 20–40: Spearman 0.", StringComparison.Ordinal));
        Assert.Contains("Suwon under proposal p.124: caseload optimum 20–40: C1 +4.00", lines);
    }

    [Fact]
    public void Proposals_InKorean_AreAllComparedWithKoreanNames()
    {
        var (code, output, error) = CliRunner.Run("compare", "-d", "2016", "-r", "reference-2016", "--proposals");

        Assert.True(code == ExitCode.Success, error);
        Assert.Equal(7, Lines(output).Count(l => l.StartsWith("proposal p.12", StringComparison.Ordinal) && l.Contains("Spearman", StringComparison.Ordinal)));
        Assert.Contains("[0] 2016 reference rubric (만점 82.00), 기준", output, StringComparison.Ordinal);
        Assert.Contains("수원시             52.40  17      C", output, StringComparison.Ordinal);
        Assert.Contains("수원시 (proposal p.124: caseload optimum 20–40): C1 +4.00", output, StringComparison.Ordinal);
        Assert.Contains("등급 변화 (4개 등급): ", output, StringComparison.Ordinal);
    }

    [Fact]
    public void NoVariant_IsInvalidInput()
    {
        var (code, output, error) = CliRunner.Run("compare", "--data", "2016", "--rubric", "reference-2016");

        Assert.Equal(ExitCode.InvalidInput, code);
        Assert.Equal(string.Empty, output);
        Assert.Equal("compare needs at least one variant: --with RUBRIC (a shipped rubric, a rubric file or a proposal), or --proposals.", error.Trim());
    }

    [Fact]
    public void UnknownVariant_IsInvalidInput()
    {
        var (code, _, error) = CliRunner.Run("compare", "--data", "2016", "--rubric", "reference-2016", "--with", "no-such-rubric.json");

        Assert.Equal(ExitCode.InvalidInput, code);
        Assert.StartsWith("'no-such-rubric.json' is neither a shipped rubric (reference-2016, published-2016), a proposal of the 2016 report (proposal-without-training,", error, StringComparison.Ordinal);
    }

    internal static string[] Lines(string text) => text.ReplaceLineEndings("\n").Split('\n');
}
