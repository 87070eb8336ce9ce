namespace MuhanRubric.Cli.Tests;

/// <summary>Every verb has help with an example and the exit codes; the README documents the same exit codes.</summary>
public class HelpAndExitCodeTests
{
    private static readonly string[] VerbNames = ["template", "validate", "score", "report", "years", "compare", "diff", "sensitivity"];

    public static TheoryData<string> Verbs => [.. VerbNames];

    [Theory]
    [MemberData(nameof(Verbs))]
    public void Help_OfEveryVerb_HasAnExampleAndTheExitCodes(string verb)
    {
        var (code, output, _) = CliRunner.Run(verb, "--help");

        Assert.Equal(ExitCode.Success, code);
        Assert.Contains($"Example: muhan-rubric {verb} ", output, StringComparison.Ordinal);
        Assert.Contains(ExitCode.Summary, output.ReplaceLineEndings(" "), StringComparison.Ordinal);
    }

    [Fact]
    public void Help_OfTheTool_ListsEveryVerbAndTheExitCodes()
    {
        var (code, output, _) = CliRunner.Run("--help");

        Assert.Equal(ExitCode.Success, code);
        Assert.All(VerbNames, verb => Assert.Contains($"  {verb} ", output, StringComparison.Ordinal));
        Assert.Contains(ExitCode.Summary, output.ReplaceLineEndings(" "), StringComparison.Ordinal);
    }

    [Fact]
    public void Readme_DocumentsTheExitCodes()
    {
        var readme = File.ReadAllText(Path.Combine(CliRunner.RepositoryRoot, "README.md")).ReplaceLineEndings(" ");

        Assert.Contains(ExitCode.Summary, readme, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Verbs))]
    public void UnknownOption_IsAUsageError(string verb)
    {
        var (code, output, error) = CliRunner.Run(verb == "diff" ? ["diff", "reference-2016", "published-2016", "--no-such-option"] : [verb, "--no-such-option"]);

        Assert.Equal(ExitCode.UsageError, code);
        Assert.Contains("--no-such-option", error, StringComparison.Ordinal);
        Assert.DoesNotContain("'2016 reference rubric' →", output, StringComparison.Ordinal);
    }
}
