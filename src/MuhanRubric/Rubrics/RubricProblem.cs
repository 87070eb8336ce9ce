using System.Collections.Immutable;
using System.Text;

namespace MuhanRubric.Rubrics;

/// <summary>The kinds of problem <see cref="RubricBuilder.Build"/> finds.</summary>
public enum RubricProblemKind
{
    /// <summary>Two areas or two indicators share a code.</summary>
    DuplicateCode,

    /// <summary>Values between two bands fall in no band.</summary>
    BandGap,

    /// <summary>Two bands share values.</summary>
    BandOverlap,

    /// <summary>A band's lower bound is above its upper bound (or equal without both ends included).</summary>
    BoundsOutOfOrder,

    /// <summary>A bound is NaN.</summary>
    NaNBound,

    /// <summary>A scale gives more points than the indicator's maximum.</summary>
    PointsAboveMaximum,

    /// <summary>Points are negative.</summary>
    NegativePoints,

    /// <summary>The indicator reads a measure the dataset does not have.</summary>
    UnknownMeasure,

    /// <summary>The indicator's scale needs a measure and none is set, or a scale is empty or inconsistent.</summary>
    InvalidScale,

    /// <summary>An area's indicators do not add up to the subtotal it declares.</summary>
    AreaTotalMismatch,

    /// <summary>The indicators do not add up to the total the rubric declares.</summary>
    RubricTotalMismatch,

    /// <summary>The scale is unspecified: the indicator cannot be scored.</summary>
    UnspecifiedScale,

    /// <summary>A scale does not say where it comes from (a table and page, a page, or an assumption and its reason).</summary>
    MissingProvenance,

    /// <summary>
    /// No band (or count of criteria met) gives the indicator's maximum, so no value can earn full points. Always a
    /// warning: the rubric builds and keeps it in <see cref="Rubric.Warnings"/>.
    /// </summary>
    MaximumUnreachable,
}

/// <summary>
/// One problem of a rubric definition, with the code of the indicator (or area, or <c>rubric</c>) it is about; for a
/// rubric read from a file (<see cref="RubricJson"/>), also the file and the JSON path of the field it is about.
/// </summary>
/// <param name="Kind">The kind.</param>
/// <param name="Code">The indicator or area code, or <c>rubric</c>.</param>
/// <param name="Message">What is wrong, one line.</param>
[Immutable]
public sealed record RubricProblem(RubricProblemKind Kind, string Code, string Message)
{
    /// <summary>The file the rubric was read from, or null for a rubric built in code.</summary>
    public string? Source { get; init; }

    /// <summary>The JSON path of the field the problem is about (<c>areas[1].indicators[0].scale</c>), or null.</summary>
    public string? Path { get; init; }

    /// <summary>The 1-based line of that field in the file, or null.</summary>
    public int? Line { get; init; }

    /// <summary>The 1-based column of that field in the file, or null.</summary>
    public int? Column { get; init; }

    /// <summary>
    /// For example <c>C1: values in [50, 55) fall in no band</c>; read from a file,
    /// <c>variant.json: line 40, column 20, field 'areas[1].indicators[0].scale': C1: values in [50, 55) fall in no band</c>.
    /// </summary>
    /// <returns>The problem as one line.</returns>
    public override string ToString() => Source is null ? $"{Code}: {Message}" : $"{Source}: {Place(Line, Column)}field '{Path}': {Code}: {Message}";

    /// <summary>The problem without its place in a file: the same problem of a rubric built in code.</summary>
    internal RubricProblem Unplaced => this with { Source = null, Path = null, Line = null, Column = null };

    /// <summary><c>line 3, column 5, </c>, or nothing when the position is unknown.</summary>
    internal static string Place(int? line, int? column) =>
        line is null ? string.Empty
        : column is null ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"line {line}, ")
        : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"line {line}, column {column}, ");
}

/// <summary>
/// A rubric definition has problems; every one is listed, one line each. For a rubric read from a file, the exception
/// and each problem name the file, and each problem the JSON path, line and column of the field it is about.
/// </summary>
[Immutable]
public sealed class RubricValidationException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="rubricName">The rubric's name.</param>
    /// <param name="problems">The problems.</param>
    public RubricValidationException(string rubricName, IReadOnlyList<RubricProblem> problems)
        : base(Format(rubricName, null, problems))
    {
        RubricName = rubricName;
        Problems = problems.ToImmutableArray();
    }

    /// <summary>Creates the exception for a rubric read from a file.</summary>
    /// <param name="rubricName">The rubric's name.</param>
    /// <param name="problems">The problems, each with its <see cref="RubricProblem.Path"/> in the file.</param>
    /// <param name="sourceName">The file or stream name.</param>
    /// <param name="innerException">The exception of the build, if any.</param>
    public RubricValidationException(string rubricName, IReadOnlyList<RubricProblem> problems, string sourceName, Exception? innerException)
        : base(Format(rubricName, sourceName, problems), innerException)
    {
        RubricName = rubricName;
        Problems = problems.ToImmutableArray();
        SourceName = sourceName;
    }

    /// <summary>The rubric's name.</summary>
    public string RubricName { get; }

    /// <summary>The file the rubric was read from, or null for a rubric built in code.</summary>
    public string? SourceName { get; }

    /// <summary>Every problem, in definition order.</summary>
    public IReadOnlyList<RubricProblem> Problems { get; }

    private static string Format(string name, string? source, IReadOnlyList<RubricProblem> problems)
    {
        var text = new StringBuilder(source is null
            ? $"Rubric '{name}' is not valid: {problems.Count} problem(s)."
            : $"Rubric '{name}' read from '{source}' is not valid: {problems.Count} problem(s).");
        foreach (var problem in problems)
        {
            text.Append("\n  ").Append(problem);
        }

        return text.ToString();
    }
}
