using System.CommandLine;
using MuhanRubric.Analysis;
using MuhanRubric.Cli.Output;

namespace MuhanRubric.Cli;

/// <summary>
/// <c>compare</c>: scores one dataset under a baseline rubric and variants (rubric files, shipped rubrics, or the 2016
/// report's proposals) with <see cref="RubricComparison"/>: totals, ranks, shifts, grades, rank correlations, and the
/// change of each total attributed to indicators.
/// </summary>
internal static class CompareCommand
{
    public static Command Create(CliContext context)
    {
        var data = CliApp.DataOption();
        var dataOptions = new CliApp.DataOptionSet();
        var baseline = CliApp.RubricOption();
        baseline.Description = "The baseline rubric, against which shifts and contributions are counted: " + baseline.Description;
        var variants = new Option<string[]>("--with", "-w")
        {
            Description = $"One or more variants: shipped rubrics, rubric files, or proposals of the 2016 report ({Inputs.ProposalNames}; each varies the baseline).",
            AllowMultipleArgumentsPerToken = true,
        };
        var proposals = new Option<bool>("--proposals")
        {
            Description = "Add every proposal of the 2016 report (chapter Ⅴ, p.123–125) as a variant of the baseline, with its documented defaults.",
        };
        var lang = CliApp.LanguageOption();
        var command = new Command(
            "compare",
            CliApp.Describe(
                "Compare rubrics on one dataset: each variant's structural changes against the baseline, then per 시군 the normalized total, rank, rank shift and grade under every rubric, " +
                "the rank agreement (Spearman, Kendall tau-b) of each variant, the 시군 whose grade changes (A ≥ 80 %, B ≥ 70 %, C ≥ 60 % of the maximum, else D: an assumption, the report has no grades), " +
                "and which indicators moved each total (the parts add up to the change).",
                "muhan-rubric compare --data 2016 --rubric reference-2016 --proposals",
                "muhan-rubric compare --data 2016 --rubric reference-2016 --with proposal-caseload-20-40 my-variant.json --lang en"))
        {
            data, baseline, variants, proposals, lang,
        };
        dataOptions.AddTo(command);
        command.SetAction(parsed => CliApp.Guarded(context, () =>
        {
            var table = Inputs.Data(parsed.GetValue(data)!, dataOptions.Read(parsed));
            var baseRubric = Inputs.Rubric(parsed.GetValue(baseline)!);
            var others = (parsed.GetValue(variants) ?? []).Select(spec => Inputs.Rubric(spec, baseRubric)).ToList();
            if (parsed.GetValue(proposals))
            {
                others.AddRange(Inputs.Proposals.Select(p => Inputs.Rubric(p.Name, baseRubric)));
            }

            if (others.Count == 0)
            {
                throw new InputError("compare needs at least one variant: --with RUBRIC (a shipped rubric, a rubric file or a proposal), or --proposals.");
            }

            ComparisonText.Write(RubricComparison.Compare(table, baseRubric, [.. others]), context.Output, CliApp.Words(parsed, lang));
            return ExitCode.Success;
        }));
        return command;
    }
}
