using MuhanRubric.Editions.Y2016;
using MuhanRubric.Measurements;
using MuhanRubric.Rubrics;

namespace MuhanRubric.Cli;

/// <summary>Turns the tool's arguments into library objects: a rubric by name or file, the data by file or <c>2016</c>.</summary>
internal static class Inputs
{
    /// <summary>The value of <c>--data</c> that names the embedded 2016 data.</summary>
    public const string Embedded2016 = "2016";

    /// <summary>A shipped rubric by name (<c>reference-2016</c>, <c>published-2016</c>), or a rubric JSON file.</summary>
    public static Rubric Rubric(string spec)
    {
        if (Rubrics2016.ByName.TryGetValue(spec, out var shipped))
        {
            return shipped;
        }

        if (!File.Exists(spec))
        {
            throw new InputError($"'{spec}' is neither a shipped rubric ({string.Join(", ", Rubrics2016.ByName.Keys)}) nor a rubric file.");
        }

        try
        {
            return RubricJson.LoadFile(spec);
        }
        catch (RubricFormatException ex)
        {
            throw new InputError($"The rubric file '{spec}' is not valid ({ex.Problems.Count} problem(s)):", [.. ex.Problems.Select(p => p.ToString())]);
        }
        catch (RubricValidationException ex)
        {
            throw new InputError($"The rubric in '{spec}' does not validate ({ex.Problems.Count} problem(s)):", [.. ex.Problems.Select(p => p.ToString())]);
        }
    }

    /// <summary>The measurements: <c>2016</c> for the embedded 2016 data, or a data file.</summary>
    public static MeasurementTable Data(string spec)
    {
        if (string.Equals(spec, Embedded2016, StringComparison.Ordinal))
        {
            return Evaluation2016.Measurements;
        }

        if (!File.Exists(spec))
        {
            throw new InputError($"The data file '{spec}' does not exist (use --data 2016 for the embedded 2016 data).");
        }

        try
        {
            return EvaluationReport.LoadFile(spec).Measurements;
        }
        catch (DatasetFormatException ex)
        {
            throw Invalid(spec, ex);
        }
    }

    /// <summary>Every problem of a data file as an input error.</summary>
    public static InputError Invalid(string file, DatasetFormatException ex) =>
        new($"The data in '{file}' is not valid ({ex.Problems.Count} problem(s)); nothing was loaded:", [.. ex.Problems.Select(p => p.ToString())]);
}
