using System.CommandLine;
using MuhanRubric.Cli.Output;
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
            "muhan-rubric: score the Gyeonggi 무한돌봄센터 evaluation. Make a submission template from a rubric, validate a year's filled data, score it.\n" +
            "Exit codes: 0 done (valid), 1 wrong command line, 2 invalid input (every problem is printed).");
        root.Subcommands.Add(TemplateCommand(output, error));
        root.Subcommands.Add(ScoreCommand(output, error));
        return root.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
    }

    private static Command ScoreCommand(TextWriter output, TextWriter error)
    {
        var data = DataOption();
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
        command.SetAction(parsed => Guarded(error, () =>
        {
            var result = Inputs.Rubric(parsed.GetValue(rubric)!).Score(Inputs.Data(parsed.GetValue(data)!));
            WriteTo(parsed.GetValue(outFile), output, writer =>
            {
                switch (parsed.GetValue(format))
                {
                    case "json":
                        ResultDocument.From(result).WriteTo(writer);
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

    private static Option<string> DataOption() => new("--data", "-d")
    {
        Description = "The data: a filled template or data file (.csv, .xlsx, .json), or 2016 for the embedded 2016 data.",
        Required = true,
    };

    private static Option<string> RubricOption() => new("--rubric", "-r")
    {
        Description = "A shipped rubric (reference-2016, published-2016) or a rubric JSON file (docs/rubric-format.md).",
        Required = true,
    };

    // Known input problems become exit code 2 with every problem printed; anything else is a bug and propagates.
    private static int Guarded(TextWriter error, Func<int> action)
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
