using System.CommandLine;
using MuhanRubric.Cli.Output;
using MuhanRubric.Rubrics;

namespace MuhanRubric.Cli;

/// <summary><c>diff</c>: every structural difference between two rubrics (<see cref="RubricDiff"/>), one line each.</summary>
internal static class DiffCommand
{
    public static Command Create(CliContext context)
    {
        var before = new Argument<string>("before") { Description = "The first rubric: a rubric JSON file, a shipped rubric or a proposal name." };
        var after = new Argument<string>("after") { Description = "The second rubric, compared with the first." };
        var exitCode = new Option<bool>("--exit-code")
        {
            Description = "Exit with 3 when the rubrics differ and 0 when they are structurally equal (by default 0 either way), as git diff --exit-code.",
        };
        var lang = CliApp.LanguageOption();
        lang.Description = "ko (Korean heading and tags, the default) or en (English); the change lines are in the library's notation either way.";
        var command = new Command(
            "diff",
            CliApp.Describe(
                "List every structural difference between two rubrics, one line each with the indicator or area code and a tag saying what changed: " +
                "points, bands, cut-offs, measures, provenance, missing-data policy, group overrides, added or removed indicators and areas. " +
                "The change lines use the library's notation (RubricDiff), in English in both languages.",
                "muhan-rubric diff rubric-2016.json rubric-2017.json",
                "muhan-rubric diff reference-2016 proposal-caseload-20-40 --lang en --exit-code"))
        {
            before, after, exitCode, lang,
        };
        command.SetAction(parsed => CliApp.Guarded(context, () =>
        {
            var first = Inputs.Rubric(parsed.GetValue(before)!);
            var second = Inputs.Rubric(parsed.GetValue(after)!);
            var changes = RubricDiff.Compare(first, second);
            DiffText.Write(first, second, changes, context.Output, CliApp.Words(parsed, lang));
            return changes.Count > 0 && parsed.GetValue(exitCode) ? ExitCode.Differences : ExitCode.Success;
        }));
        return command;
    }
}
