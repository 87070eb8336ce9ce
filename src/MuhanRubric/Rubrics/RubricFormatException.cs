using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace MuhanRubric.Rubrics;

/// <summary>One problem found while reading a rubric file (<see cref="RubricJson"/>).</summary>
/// <param name="Source">The file (or stream name) being read.</param>
/// <param name="Path">The JSON path of the field, for example <c>areas[0].indicators[2].measure.field</c>; <c>$</c> for
/// the document itself.</param>
/// <param name="Message">What was expected and what was found.</param>
[Immutable]
public sealed record RubricFormatProblem(string Source, string Path, string Message)
{
    /// <summary>The 1-based line of the field (or of the object that lacks it), when known.</summary>
    public int? Line { get; init; }

    /// <summary>The 1-based column (in UTF-16 code units, as editors count them), when known.</summary>
    public int? Column { get; init; }

    /// <summary>
    /// One line: source, line and column, field and message; for example
    /// <c>variant.json: line 12, column 22, field 'missingData': expected one of excludeAndRescale, scoreZero, fail, found the text "sometimes"</c>.
    /// </summary>
    /// <returns>The problem as text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Source}: {RubricProblem.Place(Line, Column)}field '{Path}': {Message}");
}

/// <summary>
/// A rubric file is not in the rubric format: malformed JSON, a missing required field, an unknown measure,
/// municipality or enum value. Every problem found is listed in <see cref="Problems"/>; nothing was built. (A file in
/// the right format whose definition is inconsistent fails with <see cref="RubricValidationException"/> instead.)
/// </summary>
[Immutable]
public sealed class RubricFormatException : Exception
{
    /// <summary>Creates the exception from the problems found.</summary>
    /// <param name="source">The file or stream name.</param>
    /// <param name="problems">At least one problem.</param>
    public RubricFormatException(string source, IReadOnlyList<RubricFormatProblem> problems)
        : base(Format(source, problems))
    {
        SourceName = source;
        Problems = problems.ToImmutableArray();
    }

    /// <summary>Creates the exception for one problem.</summary>
    /// <param name="source">The file or stream name.</param>
    /// <param name="problem">The problem.</param>
    /// <param name="innerException">The underlying parser exception, if any.</param>
    public RubricFormatException(string source, RubricFormatProblem problem, Exception? innerException)
        : base(Format(source, [problem]), innerException)
    {
        SourceName = source;
        Problems = [problem];
    }

    /// <summary>The file or stream name.</summary>
    public string SourceName { get; }

    /// <summary>Every problem found, in file order.</summary>
    public IReadOnlyList<RubricFormatProblem> Problems { get; }

    private static string Format(string source, IReadOnlyList<RubricFormatProblem> problems)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Cannot load rubric '{source}': {problems.Count} problem(s); nothing was loaded.");
        foreach (var problem in problems)
        {
            text.Append('\n').Append(" - ").Append(problem);
        }

        return text.ToString();
    }
}
