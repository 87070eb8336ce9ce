using System.CommandLine;
using MuhanRubric.Scoring;

namespace MuhanRubric.Cli;

/// <summary><c>validate</c>: checks a filled template or data file, every problem at once, and optionally against a rubric.</summary>
internal static class ValidateCommand
{
    public static Command Create(CliContext context)
    {
        var data = CliApp.DataOption();
        var dataOptions = new CliApp.DataOptionSet();
        var rubric = new Option<string?>("--rubric", "-r")
        {
            Description = "Also check the data against this rubric (a shipped name or a rubric file): the measures it reads are there, and what scoring would warn about.",
        };
        var lang = CliApp.LanguageOption();
        var command = new Command(
            "validate",
            CliApp.Describe(
                "Check a filled template or data file: every problem at once (file, sheet and cell or line, 시군, measure, what was expected). Exit code 0 when valid, 2 when not.",
                "muhan-rubric validate --data 2017-filled.xlsx --rubric reference-2016"))
        {
            data, rubric, lang,
        };
        dataOptions.AddTo(command);
        command.SetAction(parsed => CliApp.Guarded(context, () =>
        {
            var words = CliApp.Words(parsed, lang);
            var output = context.Output;
            var table = Inputs.Data(parsed.GetValue(data)!, dataOptions.Read(parsed));
            var units = table.Units.Count;
            var measures = table.Measures.Count;
            output.WriteLine(table.Period is { } p
                ? words.T($"유효: {table.Name}, 기간 {p.Label}: {units}개 단위 × {measures}개 측정값.", $"Valid: {table.Name}, period {p.Label}: {units} units × {measures} measures.")
                : words.T($"유효: {table.Name}: {units}개 단위 × {measures}개 측정값.", $"Valid: {table.Name}: {units} units × {measures} measures."));
            if (table.UnitsWithoutData.Length > 0)
            {
                var absent = string.Join(", ", table.UnitsWithoutData.Select(u => u.Code));
                output.WriteLine(words.T(
                    $"자료 없는 단위 {table.UnitsWithoutData.Length}개(허용됨): {string.Join(", ", table.UnitsWithoutData.Select(u => u.KoreanName))}.",
                    $"No data for {table.UnitsWithoutData.Length} unit(s), allowed: {absent}."));
            }

            if (parsed.GetValue(rubric) is { } spec)
            {
                var theRubric = Inputs.Rubric(spec);
                var result = theRubric.Score(table);
                var count = result.Warnings.Count;
                output.WriteLine(words.T(
                    $"'{theRubric.Name}'이(가) 읽는 측정값이 모두 있습니다. 채점 경고 {count}건{(count == 0 ? "." : ":")}",
                    $"It holds every measure '{theRubric.Name}' reads; scoring it gives {count} warning(s){(count == 0 ? "." : ":")}"));
                foreach (var warning in result.Warnings)
                {
                    output.WriteLine($"  - {words.T(warning.KoreanMessage, warning.Message)}");
                }
            }

            return ExitCode.Success;
        }));
        return command;
    }
}
