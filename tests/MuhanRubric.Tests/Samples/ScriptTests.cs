using System.Diagnostics;
using System.Text;

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
        var start = new ProcessStartInfo(DotnetHost())
        {
            WorkingDirectory = SamplePaths.RepositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("run");
        start.ArgumentList.Add(file);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        // The test host runs under `dotnet test`, whose MSBuild settings must not leak into the child build.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(_timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            Assert.Fail($"dotnet run {file} did not finish within {_timeout.TotalMinutes} minutes.\n--- stdout ---\n{await stdout}\n--- stderr ---\n{await stderr}");
        }

        return (process.ExitCode, $"--- stdout ---\n{await stdout}\n--- stderr ---\n{await stderr}");
    }

    /// <summary>The dotnet host running the tests (the SDK sets DOTNET_HOST_PATH), else the one on the PATH.</summary>
    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
}
