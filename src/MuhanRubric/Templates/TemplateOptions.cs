using Ardalis.GuardClauses;
using MuhanRubric.Measurements;
using MuhanRubric.Measures;
using MuhanRubric.Units;

namespace MuhanRubric.Templates;

/// <summary>What a <see cref="SubmissionTemplate"/> is written for: its units, its measures, its period, and values to
/// pre-fill.</summary>
/// <remarks>Immutable; vary it with <c>with</c>. The defaults are the 31 Gyeonggi 시군 and the 33 measures of 2016.</remarks>
public sealed record TemplateOptions
{
    /// <summary>The units, one row each in catalogue order (default: <see cref="MunicipalityCatalog.Gyeonggi"/>).</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public MunicipalityCatalog Units { get; init => field = Guard.Against.Null(value); } = MunicipalityCatalog.Gyeonggi;

    /// <summary>
    /// The catalogue a rubric's measure ids are looked up in (default: <see cref="MeasureCatalog.Gyeonggi2016"/>).
    /// Templates written for an explicit list of measures do not use it.
    /// </summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public MeasureCatalog Measures { get; init => field = Guard.Against.Null(value); } = MeasureCatalog.Gyeonggi2016;

    /// <summary>The period the data is of, printed on the instructions sheet; when null, the period of
    /// <see cref="Values"/> if any.</summary>
    public EvaluationPeriod? Period { get; init; }

    /// <summary>
    /// Values to pre-fill (to export an existing year as a filled template), or null for a blank template. Cells are
    /// matched by unit code and measure id; a template measure the table does not hold stays blank.
    /// </summary>
    public MeasurementTable? Values { get; init; }
}
