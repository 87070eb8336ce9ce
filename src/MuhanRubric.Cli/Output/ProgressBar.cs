using System.Diagnostics;
using MuhanRubric.Analysis;

namespace MuhanRubric.Cli.Output;

/// <summary>When the progress bar of a long run is drawn.</summary>
internal enum ProgressMode
{
    /// <summary>Only when the error stream is a terminal, and only once the run has taken half a second.</summary>
    Auto,

    /// <summary>Always, from the first report, even when the error stream is redirected.</summary>
    Always,

    /// <summary>Never.</summary>
    Never,
}

/// <summary>
/// A one-line progress bar on the error stream, fed by <see cref="SensitivityOptions.Progress"/> (reports come one at
/// a time from worker threads): redrawn in place with a carriage return at most ten times a second, and always at 100 %.
/// </summary>
internal sealed class ProgressBar(TextWriter error, ProgressMode mode, string label) : IProgress<SensitivityProgress>
{
    private const int Width = 30;
    private static readonly TimeSpan Delay = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan? _last;

    /// <summary>Whether anything was drawn, so the line must be ended.</summary>
    public bool Drawn { get; private set; }

    public void Report(SensitivityProgress value)
    {
        var now = _clock.Elapsed;
        var final = value.SamplesDone >= value.TotalSamples;
        if (mode == ProgressMode.Never || (mode == ProgressMode.Auto && now < Delay) || (!final && _last is { } last && now - last < Interval))
        {
            return;
        }

        _last = now;
        var filled = (int)Math.Round(value.Fraction * Width);
        error.Write($"\r{label} [{new string('#', filled)}{new string('.', Width - filled)}] {Words.Whole((long)Math.Floor(value.Fraction * 100)),3}% {Words.Whole(value.SamplesDone)}/{Words.Whole(value.TotalSamples)}");
        error.Flush();
        Drawn = true;
    }

    /// <summary>Ends the bar's line, when one was drawn.</summary>
    public void End()
    {
        if (Drawn)
        {
            error.WriteLine();
            error.Flush();
            Drawn = false;
        }
    }
}
