using System.CommandLine;
using System.Globalization;
using MuhanRubric.Analysis;
using MuhanRubric.Editions.Y2016;
using MuhanRubric.Reporting;
using MuhanRubric.Scoring;

namespace MuhanRubric.Cli;

/// <summary>
/// <c>report</c>: scores the data and writes the report people read (HTML, Markdown or XLSX), in Korean or English.
/// Thin: it reads the arguments, scores, optionally runs the Monte Carlo, and hands everything to MuhanRubric.Reporting.
/// </summary>
internal static class ReportCommand
{
    /// <summary>How the Monte Carlo of <c>--samples</c> perturbs the rubric: weights ×U(0.8, 1.2), band edges ×U(0.9, 1.1).</summary>
    internal static SensitivityOptions Perturbations(int samples) => new()
    {
        Samples = samples,
        Weights = WeightPerturbation.Uniform(0.2m),
        BandEdges = EdgePerturbation.Uniform(0.1),
    };

    public static Command Create(CliContext context)
    {
        var data = CliApp.DataOption();
        var dataOptions = new CliApp.DataOptionSet();
        var rubric = CliApp.RubricOption();
        var format = new Option<string>("--format", "-f")
        {
            Description = "html (one self-contained page with charts), md (Markdown, the same content without charts) or xlsx (a workbook: ranking, score cards, indicator × unit points, measures, rubric, warnings).",
            DefaultValueFactory = _ => "html",
        };
        format.AcceptOnlyFromAmong("html", "md", "xlsx");
        var outFile = new Option<FileInfo>("--out", "-o") { Description = "The file to write.", Required = true };
        var lang = CliApp.LanguageOption();
        lang.Description = "ko (Korean, the default) or en (English, with romanized names).";
        var samples = new Option<int>("--samples")
        {
            Description = "Add the uncertainty of the ranks: a Monte Carlo run of this many samples (weights ×U(0.8, 1.2), band edges ×U(0.9, 1.1), seed 2016). 0, the default, for none.",
            DefaultValueFactory = _ => 0,
        };
        var previous = new Option<string[]>("--previous")
        {
            Description = "Add the year-over-year changes: earlier years' data files (or 2016), each with its own period or one --previous-period per file.",
            AllowMultipleArgumentsPerToken = true,
        };
        var previousPeriods = new Option<string[]>("--previous-period")
        {
            Description = "The period of each --previous, in the same order, when the files do not state one.",
            AllowMultipleArgumentsPerToken = true,
        };
        var command = new Command(
            "report",
            CliApp.Describe(
                "Score the data and write the report people read: the ranking with area subtotals, the distribution of totals, one page per 시군 (its measures beside the province average, its points per indicator with the explanation and the distance to the next band), the rubric with its sources and assumptions, the warnings.",
                "muhan-rubric report --data 2016 --rubric reference-2016 --format html --out report.html --lang ko"))
        {
            data, rubric, format, outFile, lang, samples, previous, previousPeriods,
        };
        dataOptions.AddTo(command);
        command.SetAction(parsed => CliApp.Guarded(context, () =>
        {
            var spec = parsed.GetValue(data)!;
            var table = Inputs.Data(spec, dataOptions.Read(parsed));
            var theRubric = Inputs.Rubric(parsed.GetValue(rubric)!);
            var result = theRubric.Score(table);
            var language = CliApp.Language(parsed, lang);
            var options = new ReportOptions { Language = language };
            if (string.Equals(spec, Inputs.Embedded2016, StringComparison.Ordinal))
            {
                // The report prints the province average beside each 시군's table: show those, not a recomputed mean.
                options = options.WithPrintedAverages(Evaluation2016.Report);
            }

            var sampleCount = parsed.GetValue(samples);
            if (sampleCount < 0 || sampleCount > SensitivityOptions.MaximumSamples)
            {
                throw new InputError(string.Create(CultureInfo.InvariantCulture, $"--samples must be from 0 to {SensitivityOptions.MaximumSamples}; got {sampleCount}."));
            }

            if (sampleCount > 0)
            {
                options = options with { Sensitivity = SensitivityAnalysis.Run(theRubric, table, Perturbations(sampleCount), context.Cancellation) };
            }

            var earlier = parsed.GetValue(previous) ?? [];
            if (earlier.Length > 0)
            {
                options = options with { Years = Years(theRubric, table, earlier, parsed.GetValue(previousPeriods) ?? [], dataOptions.Read(parsed)) };
            }

            var file = parsed.GetValue(outFile)!;
            var report = ScoringReport.Create(result, options);
            var kind = parsed.GetValue(format);
            using (var stream = File.Create(file.FullName))
            {
                if (kind == "xlsx")
                {
                    report.WriteXlsx(stream);
                }
                else
                {
                    using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
                    writer.Write(kind == "md" ? report.ToMarkdown() : report.ToHtml());
                }
            }

            context.Output.WriteLine($"Wrote {file.Name}: {kind} report of '{theRubric.Name}' on {table.Name}, {result.Cards.Count} units, {language.Code()}{(sampleCount > 0 ? string.Create(CultureInfo.InvariantCulture, $", {sampleCount} Monte Carlo samples") : string.Empty)}{(earlier.Length > 0 ? $", {earlier.Length + 1} years" : string.Empty)}.");
            return ExitCode.Success;
        }));
        return command;
    }

    private static YearComparisonResult Years(MuhanRubric.Rubrics.Rubric rubric, MuhanRubric.Measurements.MeasurementTable table, string[] files, string[] periods, DataOptions options)
    {
        if (periods.Length != 0 && periods.Length != files.Length)
        {
            throw new InputError($"--previous-period gives {periods.Length} period(s) for {files.Length} --previous; give one per file, in the same order, or none.");
        }

        if (table.Period is null)
        {
            throw new InputError("--previous needs the scored data's period: give --period (for example --period 2017).");
        }

        var tables = files.Select((file, i) => Inputs.Data(file, options with { Period = periods.Length == 0 ? null : periods[i] })).ToList();
        foreach (var earlier in tables.Where(t => t.Period is null))
        {
            throw new InputError($"'{earlier.Name}' has no period; give each --previous its --previous-period.");
        }

        try
        {
            return YearComparison.Compare(rubric, [.. tables, table]);
        }
        catch (ArgumentException ex)
        {
            throw new InputError(ex.Message);
        }
    }
}
