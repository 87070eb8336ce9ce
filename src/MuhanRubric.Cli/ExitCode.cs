namespace MuhanRubric.Cli;

/// <summary>The tool's exit codes (documented in the README and in every verb's <c>--help</c>).</summary>
internal static class ExitCode
{
    /// <summary>Done; for <c>validate</c>, the data is valid; for <c>diff</c>, the comparison was printed.</summary>
    public const int Success = 0;

    /// <summary>The command line itself is wrong (an unknown verb or option, a missing required option, a value not among those allowed).</summary>
    public const int UsageError = 1;

    /// <summary>The input is invalid: a data, units, measures or rubric file has problems (all are printed), a file is
    /// missing, or the rubric reads measures the data lacks.</summary>
    public const int InvalidInput = 2;

    /// <summary><c>diff --exit-code</c> only: the two rubrics differ (the changes are printed).</summary>
    public const int Differences = 3;

    /// <summary>An unexpected error: a bug in the tool or the library (the exception is printed; please report it).</summary>
    public const int InternalError = 70;

    /// <summary>Stopped by Ctrl+C (SIGINT) or SIGTERM before it finished; nothing but a message was printed (128 + SIGINT's 2, as shells report it).</summary>
    public const int Cancelled = 130;

    /// <summary>The exit codes as the help and the README print them.</summary>
    public const string Summary =
        "Exit codes: 0 done (validate: valid), 1 wrong command line, 2 invalid input (every problem is printed), " +
        "3 the rubrics differ (diff --exit-code only), 70 unexpected error (a bug: please report it), 130 cancelled (Ctrl+C).";
}
