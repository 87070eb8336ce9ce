using System.CommandLine;
using MuhanRubric.Cli.Output;
using MuhanRubric.Reporting;
using MuhanRubric.Scoring;

namespace MuhanRubric.Cli;

/// <summary>The <c>muhan-rubric</c> command line: its verbs, the options they share, help and exit codes.</summary>
internal static class CliApp
{
    /// <summary>Runs the tool with the given arguments, writing to the given output and error writers.</summary>
    /// <returns>The exit code (<see cref="ExitCode"/>).</returns>
    public static int Run(string[] args, TextWriter output, TextWriter error) => Run(args, new CliContext(output, error));

    /// <summary>Runs the tool with the given arguments in a context (writers, terminal, cancellation).</summary>
    /// <returns>The exit code (<see cref="ExitCode"/>).</returns>
    public static int Run(string[] args, CliContext context)
    {
        var root = new RootCommand(
            "muhan-rubric: score the Gyeonggi 무한돌봄센터 evaluation. Make a submission template from a rubric, validate a year's filled data, " +
            "score it, report it, compare it across years, compare rubrics and the 2016 report's proposals, diff two rubrics, and measure how " +
            "certain the ranks are. Every verb has --help with an example; results print in Korean (--lang ko, the default) or English (--lang en).\n" +
            ExitCode.Summary);
        root.Subcommands.Add(TemplateCommand.Create(context));
        root.Subcommands.Add(ValidateCommand.Create(context));
        root.Subcommands.Add(ScoreCommand.Create(context));
        root.Subcommands.Add(ReportCommand.Create(context));
        root.Subcommands.Add(YearsCommand.Create(context));
        root.Subcommands.Add(CompareCommand.Create(context));
        root.Subcommands.Add(DiffCommand.Create(context));
        root.Subcommands.Add(SensitivityCommand.Create(context));
        try
        {
            // Ctrl+C is handled by Program (it cancels context.Cancellation), so System.CommandLine's own handler is off;
            // an unexpected exception is reported below with its own exit code, not as a command-line error.
            return root.Parse(args).Invoke(new InvocationConfiguration
            {
                Output = context.Output,
                Error = context.Error,
                EnableDefaultExceptionHandler = false,
                ProcessTerminationTimeout = null,
            });
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            context.Error.WriteLine($"Unexpected error (a bug in muhan-rubric; please report it with the command line): {ex}");
            return ExitCode.InternalError;
        }
    }

    /// <summary>A verb's help text: what it does, an example, and the exit codes.</summary>
    internal static string Describe(string what, params string[] examples) =>
        what + "\n" + string.Join("\n", examples.Select(e => "Example: " + e)) + "\n" + ExitCode.Summary;

    /// <summary>The data option every verb that reads one data file shares.</summary>
    internal static Option<string> DataOption() => new("--data", "-d")
    {
        Description = "The data: a filled template or data file (.csv, .xlsx, .json), or 2016 for the embedded 2016 data.",
        Required = true,
    };

    /// <summary>The rubric option every verb that scores shares.</summary>
    internal static Option<string> RubricOption() => new("--rubric", "-r")
    {
        Description = $"A shipped rubric ({Inputs.ShippedRubricNames}), one of the 2016 report's proposals ({Inputs.ProposalNames}), or a rubric JSON file (docs/rubric-format.md).",
        Required = true,
    };

    /// <summary>The language option of every verb that prints results.</summary>
    internal static Option<string> LanguageOption()
    {
        var lang = new Option<string>("--lang")
        {
            Description = "ko (Korean, the default: Korean names, labels, explanations and warnings) or en (English, with unit codes).",
            DefaultValueFactory = _ => "ko",
        };
        lang.AcceptOnlyFromAmong("ko", "en");
        return lang;
    }

    /// <summary>The language a parsed <see cref="LanguageOption"/> names.</summary>
    internal static ReportLanguage Language(ParseResult parsed, Option<string> lang)
    {
        _ = ReportLanguageCodes.TryParse(parsed.GetValue(lang), out var language);
        return language;
    }

    /// <summary>The words of a parsed <see cref="LanguageOption"/>.</summary>
    internal static Words Words(ParseResult parsed, Option<string> lang) => new(Language(parsed, lang));

    /// <summary>The options that say how a data file is read, shared by every verb that reads one.</summary>
    internal sealed class DataOptionSet
    {
        private readonly Option<string?> _units = new("--units")
        {
            Description = "A units file (CSV: code,koreanName,romanizedName,kind,region,groups) when the data covers units other than the 31 Gyeonggi 시군.",
        };

        private readonly Option<string?> _measures = new("--measures")
        {
            Description = "A measures file (CSV: id,koreanLabel,englishName,unit,wholeCount,hasShare,shareOf,minimum,maximum) when the data holds measures other than the 2016 ones.",
        };

        private readonly Option<bool> _allowAbsent = new("--allow-absent-units")
        {
            Description = "Accept data that lacks some units: their cells are missing, and every result warns about them (by default an absent unit is an error).",
        };

        private readonly Option<string?> _period = new("--period")
        {
            Description = "The period the data measures: a year (2017) or two ISO dates (2017-01-01..2017-12-31).",
        };

        private readonly bool _withPeriod;

        public DataOptionSet(bool withPeriod = true) => _withPeriod = withPeriod;

        public void AddTo(Command command)
        {
            command.Options.Add(_units);
            command.Options.Add(_measures);
            command.Options.Add(_allowAbsent);
            if (_withPeriod)
            {
                command.Options.Add(_period);
            }
        }

        public DataOptions Read(ParseResult parsed) =>
            new(parsed.GetValue(_units), parsed.GetValue(_measures), parsed.GetValue(_allowAbsent), _withPeriod ? parsed.GetValue(_period) : null);
    }

    /// <summary>
    /// Runs a verb's work: known input problems become exit code 2 with every problem printed, a cancellation (Ctrl+C)
    /// exit code 130 with a message; anything else is a bug and propagates.
    /// </summary>
    internal static int Guarded(CliContext context, Func<int> action)
    {
        try
        {
            return action();
        }
        catch (InputError ex)
        {
            context.Error.WriteLine(ex.Message);
            foreach (var problem in ex.Problems)
            {
                context.Error.WriteLine($"  - {problem}");
            }

            return ExitCode.InvalidInput;
        }
        catch (ScoringException ex)
        {
            context.Error.WriteLine(ex.Message);
            return ExitCode.InvalidInput;
        }
        catch (OperationCanceledException) when (context.Cancellation.IsCancellationRequested)
        {
            context.Error.WriteLine("Cancelled (Ctrl+C): stopped before the end; no result was printed or written.");
            return ExitCode.Cancelled;
        }
    }

    /// <summary>Writes to a file (UTF-8 without a byte-order mark) when one is given, else to the output.</summary>
    internal static void WriteTo(FileInfo? file, TextWriter output, Action<TextWriter> write)
    {
        if (file is null)
        {
            write(output);
            return;
        }

        using var writer = new StreamWriter(file.FullName, append: false, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        write(writer);
    }
}
