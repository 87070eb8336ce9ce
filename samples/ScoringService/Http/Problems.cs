using System.Globalization;
using MuhanRubric.Measurements;
using MuhanRubric.Rubrics;

namespace MuhanRubric.Samples.ScoringService;

/// <summary>
/// One problem of an input, as the problem details' <c>problems</c> list gives it: the file, where in it (sheet and
/// cell, line, or field), the 시군 and the measure, what is wrong, and the whole as one line (<c>text</c>).
/// </summary>
public sealed record ProblemEntry(
    string File, string? Sheet, string? Cell, int? Line, string? Unit, string? Measure, string? Field, string Message, string Text)
{
    /// <summary>A problem of a data file, as the importer found it.</summary>
    public static ProblemEntry From(DatasetProblem problem) =>
        new(problem.File, problem.Sheet, problem.Cell, problem.Line, problem.Municipality, problem.Measure, problem.Field, problem.Message, problem.ToString());

    /// <summary>A problem of a rubric file.</summary>
    public static ProblemEntry From(RubricFormatProblem problem) =>
        new(problem.Source, null, null, null, null, null, problem.Path, problem.Message, problem.ToString());

    /// <summary>A problem of a rubric's definition.</summary>
    public static ProblemEntry From(string file, RubricProblem problem) =>
        new(file, null, null, null, null, null, problem.Code, problem.Message, $"{file}: {problem}");

    /// <summary>A problem the service finds in a file (not the importer).</summary>
    public static ProblemEntry About(string file, string message, string? unit = null) =>
        new(file, null, null, null, unit, null, null, message, unit is null ? $"{file}: {message}" : $"{file}: 시군 {unit}: {message}");
}

/// <summary>RFC 7807 problem details the endpoints answer with; never an exception's message or stack trace.</summary>
internal static class Problems
{
    public const string ContentType = "application/problem+json";

    public static IResult BadInput(string title, string detail, IReadOnlyList<ProblemEntry>? problems = null) =>
        Problem(StatusCodes.Status400BadRequest, title, detail, problems);

    public static IResult Forbidden(string detail) =>
        Problem(StatusCodes.Status403Forbidden, "Forbidden", detail);

    public static IResult NotFound(string detail) =>
        Problem(StatusCodes.Status404NotFound, "Not found", detail);

    public static IResult Conflict(string title, string detail, IDictionary<string, object?>? extensions = null) =>
        Problem(StatusCodes.Status409Conflict, title, detail, null, extensions);

    public static IResult TooLarge(long limit) =>
        Problem(StatusCodes.Status413PayloadTooLarge, "Upload too large", string.Create(CultureInfo.InvariantCulture,
            $"A request body may have at most {limit} bytes ({limit / 1024.0 / 1024.0:0.##} MiB); this one has more. Nothing was read or stored."));

    public static IResult NotForm() =>
        Problem(StatusCodes.Status415UnsupportedMediaType, "Expected a form", "Send a multipart/form-data form (the submission in the part 'file').");

    /// <summary>A data file the importer refused: every problem with its file, sheet and cell or line, 시군 and measure.</summary>
    public static IResult InvalidData(DatasetFormatException exception, IDictionary<string, object?>? extensions = null) =>
        Problem(StatusCodes.Status400BadRequest, "Invalid submission",
            string.Create(CultureInfo.InvariantCulture, $"'{exception.File}' has {exception.Problems.Count} problem(s); nothing was loaded."),
            [.. exception.Problems.Select(ProblemEntry.From)], extensions);

    public static IResult Problem(int status, string title, string detail, IReadOnlyList<ProblemEntry>? problems = null, IDictionary<string, object?>? extensions = null)
    {
        var all = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (problems is { Count: > 0 })
        {
            all["problems"] = problems;
        }

        foreach (var (key, value) in extensions ?? new Dictionary<string, object?>())
        {
            all[key] = value;
        }

        return TypedResults.Problem(detail: detail, statusCode: status, title: title, extensions: all);
    }
}
