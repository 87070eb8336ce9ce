using System.CommandLine;
using MuhanRubric.Analysis;
using MuhanRubric.Cli.Output;
using MuhanRubric.Measurements;
using MuhanRubric.Reporting.Exports;
using MuhanRubric.Scoring;
using MuhanRubric.Templates;

namespace MuhanRubric.Cli;

/// <summary>The <c>muhan-rubric</c> command line: its verbs, options, help and exit codes.</summary>
internal static class CliApp
{
    /// <summary>Runs the tool with the given arguments, writing to the given output and error writers.</summary>
    /// <returns>The exit code (<see cref="ExitCode"/>).</returns>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand(
            "muhan-rubric: score the Gyeonggi 무한돌봄센터 evaluation. Make a submission template from a rubric, validate a year's filled data, score it, and report it.\n" +
            "Exit codes: 0 done (valid), 1 wrong command line, 2 invalid input (every problem is printed).");
        root.Subcommands.Add(TemplateCommand(output, error));
        root.Subcommands.Add(ValidateCommand(output, error));
        root.Subcommands.Add(ScoreCommand(output, error));
        root.Subcommands.Add(YearsCommand(output, error));
        root.Subcommands.Add(ReportCommand.Create(output, error));
        return root.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
    }

    /// <summary>The data option every verb that reads one data file shares.</summary>
    internal static Option<string> DataOption() => new("--data", "-d")
    {
        Description = "The data: a filled template or data file (.csv, .xlsx, .json), or 2016 for the embedded 2016 data.",
        Required = true,
    };

    /// <summary>The rubric option every verb that scores shares.</summary>
    internal static Option<string> RubricOption() => new("--rubric", "-r")
    {
        Description = "A shipped rubric (reference-2016, published-2016) or a rubric JSON file (docs/rubric-format.md).",
        Required = true,
    };

    private static Command ValidateCommand(TextWriter output, TextWriter error)
    {
        var data = DataOption();
        var dataOptions = new DataOptionSet();
        var rubric = new Option<string?>("--rubric", "-r")
        {
            Description = "Also check the data against this rubric (a shipped name or a rubric file): the measures it reads are there, and what scoring would warn about.",
        };
        var command = new Command(
            "validate",
            "Check a filled template or data file: every problem at once (file, sheet and cell or line, 시군, measure, what was expected). Exit code 0 when valid, 2 when not.\n" +
            "Example: muhan-rubric validate --data 2017-filled.xlsx --rubric reference-2016")
        {
            data, rubric,
        };
        dataOptions.AddTo(command);
        command.SetAction(parsed => Guarded(error, () =>
        {
            var table = Inputs.Data(parsed.GetValue(data)!, dataOptions.Read(parsed));
            var period = table.Period is { } p ? $", period {p.Label}" : string.Empty;
            output.WriteLine($"Valid: {table.Name}{period}: {table.Units.Count} units × {table.Measures.Count} measures.");
            if (table.UnitsWithoutData.Length > 0)
            {
                output.WriteLine($"No data for {table.UnitsWithoutData.Length} unit(s), allowed: {string.Join(", ", table.UnitsWithoutData.Select(u => u.Code))}.");
            }

            if (parsed.GetValue(rubric) is { } spec)
            {
                var theRubric = Inputs.Rubric(spec);
                var result = theRubric.Score(table);
                output.WriteLine($"It holds every measure '{theRubric.Name}' reads; scoring it gives {result.Warnings.Count} warning(s){(result.Warnings.Count == 0 ? "." : ":")}");
                foreach (var warning in result.Warnings)
                {
                    output.WriteLine($"  - {warning.Message}");
                }
            }

            return ExitCode.Success;
        }));
        return command;
    }

    private static Command ScoreCommand(TextWriter output, TextWriter error)
    {
        var data = DataOption();
        var dataOptions = new DataOptionSet();
        var rubric = RubricOption();
        var format = new Option<string>("--format", "-f")
        {
            Description = "text (ranking, cut-offs, warnings), json (the documented result, docs/result-format.md) or csv (a row per unit).",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json", "csv");
        var outFile = new Option<FileInfo?>("--out", "-o") { Description = "Write to this file instead of the standard output." };
        var explain = new Option<bool>("--explain") { Description = "With --format text: every indicator's explanation, in English and Korean." };
        var command = new Command("score", "Score data with a rubric.\nExample: muhan-rubric score --data 2016 --rubric reference-2016 --format json")
        {
            data, rubric, format, outFile, explain,
        };
        dataOptions.AddTo(command);
        command.SetAction(parsed => Guarded(error, () =>
        {
            var result = Inputs.Rubric(parsed.GetValue(rubric)!).Score(Inputs.Data(parsed.GetValue(data)!, dataOptions.Read(parsed)));
            WriteTo(parsed.GetValue(outFile), output, writer =>
            {
                switch (parsed.GetValue(format))
                {
                    case "json":
                        ResultJson.Write(result, writer);
                        break;
                    case "csv":
                        ResultCsv.Write(result, writer);
                        break;
                    default:
                        ResultText.Write(result, writer, parsed.GetValue(explain));
                        break;
                }
            });
            return ExitCode.Success;
        }));
        return command;
    }

    private static Command TemplateCommand(TextWriter output, TextWriter error)
    {
        var rubric = RubricOption();
        var outFile = new Option<FileInfo>("--out", "-o")
        {
            Description = "The template to write: .xlsx (a Data sheet with validation, and an Instructions sheet written from the rubric) or .csv (UTF-8 with a byte-order mark).",
            Required = true,
        };
        var values = new Option<string?>("--values")
        {
            Description = "Pre-fill the template with this data (a data file, or 2016): for example, to see a filled template or to edit last year's data.",
        };
        var command = new Command(
            "template",
            "Write the submission template a rubric needs: one row per 시군, one column per measure it reads (docs/submission-format.md).\n" +
            "Example: muhan-rubric template --rubric reference-2016 --out 2017-template.xlsx")
        {
            rubric, outFile, values,
        };
        command.SetAction(parsed => Guarded(error, () =>
        {
            var theRubric = Inputs.Rubric(parsed.GetValue(rubric)!);
            var file = parsed.GetValue(outFile)!;
            var prefill = parsed.GetValue(values) is { } spec ? Inputs.Data(spec) : null;
            var options = new TemplateOptions { Values = prefill, Period = prefill?.Period };
            var extension = file.Extension.ToUpperInvariant();
            if (extension is not (".XLSX" or ".CSV"))
            {
                throw new InputError($"--out must end in .xlsx or .csv; got '{file.Name}'.");
            }

            using (var stream = File.Create(file.FullName))
            {
                if (extension == ".XLSX")
                {
                    SubmissionTemplate.WriteXlsx(stream, theRubric, options);
                }
                else
                {
                    SubmissionTemplate.WriteCsv(stream, theRubric, options);
                }
            }

            var measures = SubmissionTemplate.MeasuresFor(theRubric, options.Measures);
            output.WriteLine($"Wrote {file.Name}: {options.Units.Count} units × {measures.Count} measures read by '{theRubric.Name}'{(prefill is null ? string.Empty : $", filled with {prefill.Name}")}.");
            return ExitCode.Success;
        }));
        return command;
    }

    private static Command YearsCommand(TextWriter output, TextWriter error)
    {
        var data = new Option<string[]>("--data", "-d")
        {
            Description = "Two or more years: data files (.csv, .xlsx, .json) or 2016. Each needs its period: a file's own, or --period in the same order.",
            Required = true,
            AllowMultipleArgumentsPerToken = true,
        };
        var periods = new Option<string[]>("--period")
        {
            Description = "The period of each --data, in the same order (a year such as 2017); give one for each, or none when every file states its own (2016 does).",
            AllowMultipleArgumentsPerToken = true,
        };
        var freeze = new Option<string?>("--freeze-cutoffs-from")
        {
            Description = "Freeze population cut-offs (quartiles, means) from this year's data instead of recomputing them every year.",
        };
        var rubric = RubricOption();
        var dataOptions = new DataOptionSet(withPeriod: false);
        var command = new Command(
            "years",
            "Score one rubric across several years: each 시군's total and rank per year, the change, and which indicators caused it.\n" +
            "Example: muhan-rubric years --rubric reference-2016 --data 2016 2017-filled.xlsx --period 2016 2017")
        {
            data, periods, freeze, rubric,
        };
        dataOptions.AddTo(command);
        command.SetAction(parsed => Guarded(error, () =>
        {
            var files = parsed.GetValue(data) ?? [];
            var given = parsed.GetValue(periods) ?? [];
            if (files.Length < 2)
            {
                throw new InputError("years needs at least two --data (for example --data 2016 2017-filled.xlsx).");
            }

            if (given.Length != 0 && given.Length != files.Length)
            {
                throw new InputError($"--period gives {given.Length} period(s) for {files.Length} --data; give one per --data, in the same order, or none.");
            }

            var baseOptions = dataOptions.Read(parsed);
            var tables = files.Select((file, i) => Inputs.Data(file, baseOptions with { Period = given.Length == 0 ? null : given[i] })).ToList();
            foreach (var table in tables.Where(t => t.Period is null))
            {
                throw new InputError($"'{table.Name}' has no period; give each --data its --period (for example --period 2016 2017).");
            }

            var freezeFrom = parsed.GetValue(freeze);
            EvaluationPeriod? basePeriod = null;
            if (freezeFrom is not null && !EvaluationPeriod.TryParse(freezeFrom, out basePeriod))
            {
                throw new InputError($"--freeze-cutoffs-from must be a period (a year such as 2016); got '{freezeFrom}'.");
            }

            var comparison = YearComparison.Compare(
                Inputs.Rubric(parsed.GetValue(rubric)!), tables,
                basePeriod is null ? CutoffPolicy.RecomputeEachYear : CutoffPolicy.FreezeFromBaseYear, basePeriod);
            output.Write(comparison.ToText());
            return ExitCode.Success;
        }));
        return command;
    }

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

    // Known input problems become exit code 2 with every problem printed; anything else is a bug and propagates.
    internal static int Guarded(TextWriter error, Func<int> action)
    {
        try
        {
            return action();
        }
        catch (InputError ex)
        {
            error.WriteLine(ex.Message);
            foreach (var problem in ex.Problems)
            {
                error.WriteLine($"  - {problem}");
            }

            return ExitCode.InvalidInput;
        }
        catch (ScoringException ex)
        {
            error.WriteLine(ex.Message);
            return ExitCode.InvalidInput;
        }
    }

    private static void WriteTo(FileInfo? file, TextWriter output, Action<TextWriter> write)
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
