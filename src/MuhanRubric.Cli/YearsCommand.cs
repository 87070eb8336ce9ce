using System.CommandLine;
using MuhanRubric.Analysis;
using MuhanRubric.Cli.Output;
using MuhanRubric.Measurements;

namespace MuhanRubric.Cli;

/// <summary><c>years</c>: one rubric across several years' data (YearComparison), with the change attributed to indicators.</summary>
internal static class YearsCommand
{
    public static Command Create(CliContext context)
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
        var rubric = CliApp.RubricOption();
        var lang = CliApp.LanguageOption();
        var dataOptions = new CliApp.DataOptionSet(withPeriod: false);
        var command = new Command(
            "years",
            CliApp.Describe(
                "Score one rubric across several years: each 시군's total and rank per year, the change, and which indicators caused it.",
                "muhan-rubric years --rubric reference-2016 --data 2016 2017-filled.xlsx --period 2016 2017"))
        {
            data, periods, freeze, rubric, lang,
        };
        dataOptions.AddTo(command);
        command.SetAction(parsed => CliApp.Guarded(context, () =>
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

            YearComparisonResult comparison;
            try
            {
                comparison = YearComparison.Compare(
                    Inputs.Rubric(parsed.GetValue(rubric)!), tables,
                    basePeriod is null ? CutoffPolicy.RecomputeEachYear : CutoffPolicy.FreezeFromBaseYear, basePeriod);
            }
            catch (ArgumentException ex)
            {
                throw new InputError(ex.Message);
            }

            YearsText.Write(comparison, context.Output, CliApp.Words(parsed, lang));
            return ExitCode.Success;
        }));
        return command;
    }
}
