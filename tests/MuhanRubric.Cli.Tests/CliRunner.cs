using MuhanRubric.Tests.Shared;

namespace MuhanRubric.Cli.Tests;

/// <summary>Runs the tool in process (fast) or as a process from the repository (as a user does).</summary>
internal static class CliRunner
{
    public static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = CliApp.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>The repository root: the folder holding MuhanRubric.sln.</summary>
    public static string RepositoryRoot => DotnetProcess.RepositoryRoot;

    /// <summary><c>dotnet run --project src/MuhanRubric.Cli -- args</c> from the repository root.</summary>
    public static async Task<(int ExitCode, string Output, string Error)> DotnetRunAsync(params string[] args)
    {
        var run = await DotnetProcess.RunAsync(TimeSpan.FromMinutes(5), ["run", "--project", "src/MuhanRubric.Cli", "--", .. args]);
        return (run.ExitCode, run.StandardOutput, run.StandardError);
    }
}
