namespace MuhanRubric.Cli;

/// <summary>Where the tool writes, whether its error stream is a terminal (for the progress bar), and what cancels it (Ctrl+C).</summary>
/// <param name="Output">The results.</param>
/// <param name="Error">Problems, messages and progress.</param>
/// <param name="ErrorIsTerminal">Whether <paramref name="Error"/> is a terminal: a progress bar is drawn there only then, unless asked for.</param>
/// <param name="Cancellation">Cancelled by Ctrl+C (SIGINT) or SIGTERM; long verbs stop with <see cref="ExitCode.Cancelled"/>.</param>
internal sealed record CliContext(TextWriter Output, TextWriter Error, bool ErrorIsTerminal = false, CancellationToken Cancellation = default);
