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

/// <summary>One problem of a rubric definition, with the code of the indicator (or area, or <c>rubric</c>) it is about.</summary>
/// <param name="Kind">The kind.</param>
/// <param name="Code">The indicator or area code, or <c>rubric</c>.</param>
/// <param name="Message">What is wrong, one line.</param>
[Immutable]
public sealed record RubricProblem(RubricProblemKind Kind, string Code, string Message)
{
    /// <summary>For example <c>C1: values in [50, 55) fall in no band</c>.</summary>
    /// <returns>The problem as one line.</returns>
    public override string ToString() => $"{Code}: {Message}";
}

/// <summary>A rubric definition has problems; every one is listed, one line each.</summary>
[Immutable]
public sealed class RubricValidationException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="rubricName">The rubric's name.</param>
    /// <param name="problems">The problems.</param>
    public RubricValidationException(string rubricName, IReadOnlyList<RubricProblem> problems)
        : base(Format(rubricName, problems))
    {
        RubricName = rubricName;
        Problems = problems.ToImmutableArray();
    }

    /// <summary>The rubric's name.</summary>
    public string RubricName { get; }

    /// <summary>Every problem, in definition order.</summary>
    public IReadOnlyList<RubricProblem> Problems { get; }

    private static string Format(string name, IReadOnlyList<RubricProblem> problems)
    {
        var text = new StringBuilder($"Rubric '{name}' is not valid: {problems.Count} problem(s).");
        foreach (var problem in problems)
        {
            text.Append("\n  ").Append(problem);
        }

        return text.ToString();
    }
}
