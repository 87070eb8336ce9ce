namespace MuhanRubric.Cli;

/// <summary>The tool's exit codes (documented in the README and in <c>--help</c>).</summary>
internal static class ExitCode
{
    /// <summary>Done; for <c>validate</c>, the data is valid.</summary>
    public const int Success = 0;

    /// <summary>The command line itself is wrong (an unknown option, a missing required option).</summary>
    public const int UsageError = 1;

    /// <summary>The input is invalid: a data, units, measures or rubric file has problems (all are printed), a file is
    /// missing, or the rubric reads measures the data lacks.</summary>
    public const int InvalidInput = 2;
}
