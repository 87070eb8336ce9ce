using MuhanRubric.Tests.Shared;

namespace MuhanRubric.Tests.Samples;

/// <summary>
/// Runs every file-based app in <c>samples/Scripts</c> as a researcher would, <c>dotnet run samples/Scripts/&lt;name&gt;.cs</c>
/// from the repository root, and checks it succeeds and prints the comparison table.
/// </summary>
/// <remarks>Each run builds the script and, when needed, the library project; the collection keeps the runs sequential.</remarks>
[Collection(SamplesCollection.Name)]
public class ScriptTests
{
    private const string ComparisonHeader = "[0] 2016 reference rubric";

    private static readonly TimeSpan _timeout = TimeSpan.FromMinutes(5);

    public static TheoryData<string> Scripts => SamplePaths.FileNames(SamplePaths.Scripts, ".cs");

    [Fact]
    public void ScriptFolder_IsNotEmpty() => Assert.NotEmpty(Scripts);

    [Theory]
    [MemberData(nameof(Scripts))]
    public async Task Script_RunsAndPrintsTheComparison(string script)
    {
        var (exitCode, output) = await DotnetRun($"samples/Scripts/{script}");

        Assert.True(exitCode == 0, $"dotnet run samples/Scripts/{script} exited with {exitCode}.\n{output}");
        Assert.True(output.Contains(ComparisonHeader, StringComparison.Ordinal), $"samples/Scripts/{script} did not print \"{ComparisonHeader}\".\n{output}");
    }

    private static async Task<(int ExitCode, string Output)> DotnetRun(string file)
    {
        var run = await DotnetProcess.RunAsync(_timeout, "run", file);
        return (run.ExitCode, run.Output);
    }
}
