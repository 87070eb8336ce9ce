using System.Diagnostics;
using System.Text;

namespace MuhanRubric.Tests.Shared;

/// <summary>
/// Runs <c>dotnet</c> from the repository root as a user would, and collects what it prints. Shared (linked) by the test
/// projects that run samples and the command-line tool.
/// </summary>
internal static class DotnetProcess
{
    /// <summary>The repository root: the folder holding <c>MuhanRubric.sln</c>, found from this source file.</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>Runs <c>dotnet args…</c> and collects its exit code, standard output and standard error.</summary>
    public static Task<DotnetRun> RunAsync(TimeSpan timeout, params string[] args) => RunProgramAsync(DotnetHost(), RepositoryRoot, null, timeout, args);

    /// <summary>
    /// Runs a program (<c>dotnet</c>, or an installed tool) in a folder, with extra environment variables, and collects its
    /// exit code, standard output and standard error.
    /// </summary>
    public static async Task<DotnetRun> RunProgramAsync(string program, string workingDirectory, IReadOnlyDictionary<string, string>? environment, TimeSpan timeout, params string[] args)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        // The test host runs under `dotnet test`, whose MSBuild settings must not leak into the child build.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cancellation = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancellation.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            Assert.Fail($"{Path.GetFileName(program)} {string.Join(' ', args)} did not finish within {timeout.TotalMinutes} minutes.\n--- stdout ---\n{await stdout}\n--- stderr ---\n{await stderr}");
        }

        return new DotnetRun(process.ExitCode, await stdout, await stderr);
    }

    /// <summary>The dotnet host running the tests (the SDK sets DOTNET_HOST_PATH), else the one on the PATH.</summary>
    public static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    private static string FindRoot([System.Runtime.CompilerServices.CallerFilePath] string path = "")
    {
        for (var directory = Path.GetDirectoryName(path); directory is not null; directory = Path.GetDirectoryName(directory))
        {
            if (File.Exists(Path.Combine(directory, "MuhanRubric.sln")))
            {
                return directory;
            }
        }

        throw new InvalidOperationException($"MuhanRubric.sln not found above {path}.");
    }
}

/// <summary>What a <c>dotnet</c> run gave.</summary>
/// <param name="ExitCode">The exit code.</param>
/// <param name="StandardOutput">What it printed on standard output.</param>
/// <param name="StandardError">What it printed on standard error.</param>
internal sealed record DotnetRun(int ExitCode, string StandardOutput, string StandardError)
{
    /// <summary>Both streams, labelled, for assertion messages.</summary>
    public string Output => $"--- stdout ---\n{StandardOutput}\n--- stderr ---\n{StandardError}";
}
