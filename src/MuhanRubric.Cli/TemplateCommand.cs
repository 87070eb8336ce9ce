using System.CommandLine;
using MuhanRubric.Templates;

namespace MuhanRubric.Cli;

/// <summary><c>template</c>: writes the submission template a rubric needs (XLSX or CSV), blank or pre-filled.</summary>
internal static class TemplateCommand
{
    public static Command Create(CliContext context)
    {
        var rubric = CliApp.RubricOption();
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
            CliApp.Describe(
                "Write the submission template a rubric needs: one row per 시군, one column per measure it reads (docs/submission-format.md).",
                "muhan-rubric template --rubric reference-2016 --out 2017-template.xlsx"))
        {
            rubric, outFile, values,
        };
        command.SetAction(parsed => CliApp.Guarded(context, () =>
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
            context.Output.WriteLine($"Wrote {file.Name}: {options.Units.Count} units × {measures.Count} measures read by '{theRubric.Name}'{(prefill is null ? string.Empty : $", filled with {prefill.Name}")}.");
            return ExitCode.Success;
        }));
        return command;
    }
}
