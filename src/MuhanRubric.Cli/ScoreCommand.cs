using System.CommandLine;
using MuhanRubric.Cli.Output;
using MuhanRubric.Reporting.Exports;
using MuhanRubric.Scoring;

namespace MuhanRubric.Cli;

/// <summary><c>score</c>: scores data with a rubric, as text (Korean or English), JSON or CSV.</summary>
internal static class ScoreCommand
{
    public static Command Create(CliContext context)
    {
        var data = CliApp.DataOption();
        var dataOptions = new CliApp.DataOptionSet();
        var rubric = CliApp.RubricOption();
        var format = new Option<string>("--format", "-f")
        {
            Description = "text (ranking, cut-offs, warnings; in the --lang language), json (the documented result, docs/result-format.md) or csv (a row per unit).",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json", "csv");
        var outFile = new Option<FileInfo?>("--out", "-o") { Description = "Write to this file instead of the standard output." };
        var explain = new Option<bool>("--explain") { Description = "With --format text: every indicator's explanation, in the --lang language." };
        var lang = CliApp.LanguageOption();
        var command = new Command(
            "score",
            CliApp.Describe(
                "Score data with a rubric: the ranking with area subtotals (points with two decimals), the population cut-offs used, and the warnings.",
                "muhan-rubric score --data 2016 --rubric reference-2016 --format json",
                "muhan-rubric score --data 2017-filled.xlsx --period 2017 --rubric reference-2016 --lang en"))
        {
            data, rubric, format, outFile, explain, lang,
        };
        dataOptions.AddTo(command);
        command.SetAction(parsed => CliApp.Guarded(context, () =>
        {
            var result = Inputs.Rubric(parsed.GetValue(rubric)!).Score(Inputs.Data(parsed.GetValue(data)!, dataOptions.Read(parsed)));
            CliApp.WriteTo(parsed.GetValue(outFile), context.Output, writer =>
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
                        ResultText.Write(result, writer, CliApp.Words(parsed, lang), parsed.GetValue(explain));
                        break;
                }
            });
            return ExitCode.Success;
        }));
        return command;
    }
}
