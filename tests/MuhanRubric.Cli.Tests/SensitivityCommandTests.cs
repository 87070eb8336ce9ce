using System.Diagnostics;
using System.Text;
using MuhanRubric.Tests.Shared;

namespace MuhanRubric.Cli.Tests;

public class SensitivityCommandTests
{
    [Fact]
    public void Run_InEnglish_PrintsRankIntervalsAndIndices_AndNoProgressWhenNotATerminal()
    {
        var (code, output, error) = CliRunner.Run("sensitivity", "--data", "2016", "--rubric", "reference-2016", "--samples", "500", "--lang", "en", "--matrix");

        Assert.True(code == ExitCode.Success, error);
        Assert.Equal(string.Empty, error);
        var lines = CompareCommandTests.Lines(output);
        Assert.Equal("Uncertainty and sensitivity of the ranks: 2016 reference rubric (maximum 82.00), 31 units", lines[0]);
        Assert.Equal("samples 500, seed 2016", lines[1]);
        Assert.Equal("weights: uniform ×U(0.8, 1.2), renormalised", lines[2]);
        Assert.StartsWith("band edges: uniform ×U(0.9, 1.1)", lines[3], StringComparison.Ordinal);
        Assert.Equal("rank  unit             median  [P5, P95]        mean  P(top 5)    total     sd", lines[7]);
        Assert.StartsWith("   1  Gunpo               1.0  [1.0, ", lines[8], StringComparison.Ordinal);
        Assert.Contains("first-order sensitivity of the rank, S_i = Var(E[rank | X_i]) / Var(rank), largest first", lines);
        Assert.Contains(lines, l => l.StartsWith("  band edges C2 ", StringComparison.Ordinal));
        Assert.Contains("rank-acceptability matrix: P(rank = k), - where never taken", lines);
    }

    [Fact]
    public void SameSeed_SameResult_InKorean()
    {
        string[] args = ["sensitivity", "-d", "2016", "-r", "reference-2016", "-n", "300", "--seed", "7", "--inclusion", "drop-one", "--weights", "dirichlet:700", "--threads", "1"];
        var once = CliRunner.Run(args);
        var again = CliRunner.Run([.. args[..^2], "--threads", "2"]);

        Assert.Equal(ExitCode.Success, once.ExitCode);
        Assert.Equal(once.Output, again.Output);
        Assert.Contains("표본 300개, 시드 7", once.Output, StringComparison.Ordinal);
        Assert.Contains("   1  군포시 ", once.Output, StringComparison.Ordinal);
        Assert.Contains("  dropped indicator ", once.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void ProgressAlways_DrawsTheBarOnTheErrorStreamToTheEnd()
    {
        var (code, output, error) = CliRunner.Run("sensitivity", "-d", "2016", "-r", "reference-2016", "-n", "3000", "--progress", "always", "--lang", "en");

        Assert.Equal(ExitCode.Success, code);
        Assert.DoesNotContain("samples [", output, StringComparison.Ordinal);
        Assert.EndsWith("samples [##############################] 100% 3000/3000" + Environment.NewLine, error, StringComparison.Ordinal);
        Assert.StartsWith("\rsamples [", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--weights", "uniform:1.5", "A sensitivity option is out of range: A uniform weight perturbation needs a fraction above 0 and below 1 (weights are multiplied by U(1 − fraction, 1 + fraction)); got 1.5. Use WeightPerturbation.None for no perturbation.")]
    [InlineData("--weights", "gaussian:0.2", "--weights must be none, uniform:X or dirichlet:A (for example uniform:0.2); got 'gaussian:0.2'.")]
    [InlineData("--band-edges", "uniform:x", "--band-edges must be none or uniform:X; 'x' in 'uniform:x' is not a number.")]
    [InlineData("--inclusion", "bernoulli", "--inclusion must be none, drop-one, drop-one:P or bernoulli:P (for example bernoulli:0.9); got 'bernoulli'.")]
    [InlineData("--samples", "0", "A sensitivity option is out of range: Samples must be from 1 to 10000000; got 0.")]
    public void BadOption_IsInvalidInput(string option, string value, string message)
    {
        var (code, output, error) = CliRunner.Run("sensitivity", "-d", "2016", "-r", "reference-2016", option, value);

        Assert.Equal(ExitCode.InvalidInput, code);
        Assert.Equal(string.Empty, output);
        Assert.Equal(message, error.Trim());
    }

    [Fact]
    public void Cancelled_StopsWithAMessageAndExitCode130()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = CliApp.Run(["sensitivity", "-d", "2016", "-r", "reference-2016"], new CliContext(output, error, ErrorIsTerminal: false, cancellation.Token));

        Assert.Equal(ExitCode.Cancelled, code);
        Assert.Equal(string.Empty, output.ToString());
        Assert.Equal("Cancelled (Ctrl+C): stopped before the end; no result was printed or written.", error.ToString().Trim());
    }

    [Fact]
    public async Task CtrlC_OnTheRunningTool_StopsItWithExitCode130()
    {
        if (OperatingSystem.IsWindows())
        {
            return;   // SIGINT is sent with kill(1); Windows has no such signal to send to another process.
        }

        // The built tool (muhan-rubric.dll beside the tests), run as a user runs it; a SIGINT once the bar shows progress.
        var start = new ProcessStartInfo(DotnetProcess.DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "muhan-rubric.dll"), "sensitivity", "-d", "2016", "-r", "reference-2016", "-n", "10000000", "--progress", "always", "--lang", "en" })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var error = new StringBuilder();
        var buffer = new char[256];
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            while (!error.ToString().Contains("% ", StringComparison.Ordinal))
            {
                var read = await process.StandardError.ReadAsync(buffer, timeout.Token);
                Assert.True(read > 0, $"the tool ended before showing progress: {error}");
                error.Append(buffer, 0, read);
            }

            using (var kill = Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync(timeout.Token);
            }

            error.Append(await process.StandardError.ReadToEndAsync(timeout.Token));
            await process.WaitForExitAsync(timeout.Token);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }

        Assert.True(process.ExitCode == ExitCode.Cancelled, $"exit {process.ExitCode}\n{error}");
        Assert.Equal(string.Empty, await stdout);
        Assert.EndsWith("Cancelled (Ctrl+C): stopped before the end; no result was printed or written.", error.ToString().Trim(), StringComparison.Ordinal);
    }
}
