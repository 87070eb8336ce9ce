using System.CommandLine;
using System.Globalization;
using MuhanRubric.Analysis;
using MuhanRubric.Cli.Output;

namespace MuhanRubric.Cli;

/// <summary>
/// <c>sensitivity</c>: a seeded Monte Carlo uncertainty and sensitivity analysis of the ranks
/// (<see cref="SensitivityAnalysis"/>), with a progress bar on long runs and Ctrl+C to stop.
/// </summary>
internal static class SensitivityCommand
{
    public static Command Create(CliContext context)
    {
        var data = CliApp.DataOption();
        var dataOptions = new CliApp.DataOptionSet();
        var rubric = CliApp.RubricOption();
        var samples = new Option<int>("--samples", "-n")
        {
            Description = string.Create(CultureInfo.InvariantCulture, $"How many Monte Carlo samples, from 1 to {SensitivityOptions.MaximumSamples} (10000 by default)."),
            DefaultValueFactory = _ => SensitivityOptions.Default.Samples,
        };
        var seed = new Option<ulong>("--seed")
        {
            Description = "The seed: the same seed gives the same result whatever the number of threads (2016 by default).",
            DefaultValueFactory = _ => SensitivityOptions.Default.Seed,
        };
        var weights = new Option<string>("--weights")
        {
            Description = "How the indicator weights vary: none, uniform:X (each weight ×U(1−X, 1+X), renormalised; X in (0, 1)) or dirichlet:A (Dirichlet around the nominal shares, concentration A > 0). Default uniform:0.2.",
            DefaultValueFactory = _ => "uniform:0.2",
        };
        var edges = new Option<string>("--band-edges")
        {
            Description = "How the band edges vary: none or uniform:X (one factor ×U(1−X, 1+X) per band indicator; X in (0, 1)). Default uniform:0.1.",
            DefaultValueFactory = _ => "uniform:0.1",
        };
        var inclusion = new Option<string>("--inclusion")
        {
            Description = "Which indicators count in a sample: none (all, the default), drop-one (one left out, or none, uniformly), drop-one:P (none left out with probability P) or bernoulli:P (each kept with probability P).",
            DefaultValueFactory = _ => "none",
        };
        var topCount = new Option<int>("--top")
        {
            Description = "The cut-off of the top-places probability, P(rank ≤ N) (5 by default).",
            DefaultValueFactory = _ => SensitivityOptions.Default.TopCount,
        };
        var threads = new Option<int?>("--threads")
        {
            Description = "How many threads at most (every processor by default); results do not depend on it.",
        };
        var matrix = new Option<bool>("--matrix") { Description = "Also print the rank-acceptability matrix, P(rank = k) for every unit and rank." };
        var progress = new Option<string>("--progress")
        {
            Description = "The progress bar on the error stream: auto (the default: only when it is a terminal, once a run has taken half a second), always, or never.",
            DefaultValueFactory = _ => "auto",
        };
        progress.AcceptOnlyFromAmong("auto", "always", "never");
        var lang = CliApp.LanguageOption();
        var command = new Command(
            "sensitivity",
            CliApp.Describe(
                "How certain are the ranks? A seeded Monte Carlo run varies the rubric's uncertain choices (weights, band edges, which indicators count) " +
                "and gives per 시군 the median rank and its 90 % interval, the probability of the top places and the spread of its total, and per uncertain input " +
                "the first-order sensitivity index (the share of the rank variance it explains). Long runs show a progress bar on a terminal; Ctrl+C stops a run (exit code 130).",
                "muhan-rubric sensitivity --data 2016 --rubric reference-2016 --samples 100000 --weights uniform:0.2 --band-edges uniform:0.1",
                "muhan-rubric sensitivity --data 2016 --rubric reference-2016 --inclusion drop-one --matrix --lang en"))
        {
            data, rubric, samples, seed, weights, edges, inclusion, topCount, threads, matrix, progress, lang,
        };
        dataOptions.AddTo(command);
        command.SetAction(parsed => CliApp.Guarded(context, () =>
        {
            var words = CliApp.Words(parsed, lang);
            var table = Inputs.Data(parsed.GetValue(data)!, dataOptions.Read(parsed));
            var theRubric = Inputs.Rubric(parsed.GetValue(rubric)!);
            var mode = parsed.GetValue(progress) switch
            {
                "always" => ProgressMode.Always,
                "never" => ProgressMode.Never,
                _ => context.ErrorIsTerminal ? ProgressMode.Auto : ProgressMode.Never,
            };
            var bar = new ProgressBar(context.Error, mode, words.T("표본", "samples"));
            var options = Options(parsed, samples, seed, weights, edges, inclusion, topCount, threads) with { Progress = bar };
            SensitivityResult result;
            try
            {
                result = SensitivityAnalysis.Run(theRubric, table, options, context.Cancellation);
            }
            finally
            {
                bar.End();
            }

            SensitivityText.Write(result, context.Output, words, parsed.GetValue(matrix));
            return ExitCode.Success;
        }));
        return command;
    }

    private static SensitivityOptions Options(
        ParseResult parsed, Option<int> samples, Option<ulong> seed, Option<string> weights, Option<string> edges, Option<string> inclusion, Option<int> top, Option<int?> threads)
    {
        try
        {
            var options = new SensitivityOptions
            {
                Samples = parsed.GetValue(samples),
                Seed = parsed.GetValue(seed),
                Weights = Weights(parsed.GetValue(weights)!),
                BandEdges = Edges(parsed.GetValue(edges)!),
                Inclusion = Inclusion(parsed.GetValue(inclusion)!),
                TopCount = parsed.GetValue(top),
            };
            return parsed.GetValue(threads) is { } count ? options with { MaxDegreeOfParallelism = count } : options;
        }
        catch (OverflowException)
        {
            throw new InputError("A sensitivity option is out of range: a fraction must be above 0 and below 1.");
        }
        catch (ArgumentOutOfRangeException ex)
        {
            // The library checks every setting with its rule and the value; say it in the option's terms.
            var message = ex.Message.Split(Environment.NewLine)[0];
            var parameter = message.LastIndexOf(" (Parameter '", StringComparison.Ordinal);
            throw new InputError($"A sensitivity option is out of range: {(parameter < 0 ? message : message[..parameter])}");
        }
    }

    private static WeightPerturbation Weights(string text) => Parse(text, "--weights", "none, uniform:X or dirichlet:A") switch
    {
        ("none", null) => WeightPerturbation.None,
        ("uniform", { } x) => WeightPerturbation.Uniform((decimal)x),
        ("dirichlet", { } a) => WeightPerturbation.Dirichlet(a),
        _ => throw new InputError($"--weights must be none, uniform:X or dirichlet:A (for example uniform:0.2); got '{text}'."),
    };

    private static EdgePerturbation Edges(string text) => Parse(text, "--band-edges", "none or uniform:X") switch
    {
        ("none", null) => EdgePerturbation.None,
        ("uniform", { } x) => EdgePerturbation.Uniform(x),
        _ => throw new InputError($"--band-edges must be none or uniform:X (for example uniform:0.1); got '{text}'."),
    };

    private static InclusionPerturbation Inclusion(string text) => Parse(text, "--inclusion", "none, drop-one, drop-one:P or bernoulli:P") switch
    {
        ("none", null) => InclusionPerturbation.None,
        ("drop-one", var p) => InclusionPerturbation.DropOne(p),
        ("bernoulli", { } p) => InclusionPerturbation.Bernoulli(p),
        _ => throw new InputError($"--inclusion must be none, drop-one, drop-one:P or bernoulli:P (for example bernoulli:0.9); got '{text}'."),
    };

    /// <summary>Splits <c>kind:number</c> (the number in the invariant culture) or a bare <c>kind</c>.</summary>
    private static (string Kind, double? Number) Parse(string text, string option, string expected)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return (text.Trim().ToLowerInvariant(), null);
        }

        var number = text[(colon + 1)..].Trim();
        return double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? (text[..colon].Trim().ToLowerInvariant(), value)
            : throw new InputError($"{option} must be {expected}; '{number}' in '{text}' is not a number.");
    }
}
