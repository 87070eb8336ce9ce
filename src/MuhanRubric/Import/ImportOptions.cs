using System.Text;
using MuhanRubric.Measurements;
using MuhanRubric.Measures;
using MuhanRubric.Units;

namespace MuhanRubric.Import;

/// <summary>
/// How <see cref="MeasurementImport"/> reads a submission file: the catalogues it is read against, the period, whether
/// units may be absent, the text encoding and the sheet.
/// </summary>
/// <remarks>
/// Immutable; change a copy with <c>with</c>: <c>ImportOptions.Default with { AllowAbsentUnits = true }</c>. Thread-safe.
/// See <c>docs/submission-format.md</c> for the contract the readers follow.
/// </remarks>
public sealed record ImportOptions
{
    /// <summary>The defaults: the 31 Gyeonggi 시군, the 33 measures of 2016, every unit required, encoding detected.</summary>
    public static ImportOptions Default { get; } = new();

    /// <summary>
    /// The units a file is read against; every one must appear in the file unless <see cref="AllowAbsentUnits"/>.
    /// Default <see cref="MunicipalityCatalog.Gyeonggi"/>. A JSON file that declares <c>units</c> uses its own.
    /// </summary>
    public MunicipalityCatalog Units { get; init; } = MunicipalityCatalog.Gyeonggi;

    /// <summary>
    /// The measures a file's columns may name; the table holds those the file gives, in this order. Default
    /// <see cref="MeasureCatalog.Gyeonggi2016"/>. A JSON file that declares <c>measures</c> uses its own.
    /// </summary>
    public MeasureCatalog Measures { get; init; } = MeasureCatalog.Gyeonggi2016;

    /// <summary>
    /// The period the measurements are of. Default null: none, or the period a JSON file states (when both are given
    /// they must agree).
    /// </summary>
    public EvaluationPeriod? Period { get; init; }

    /// <summary>
    /// Whether a unit of the catalogue may be absent from the file. Default false: an absent unit is an error naming
    /// it. When true its cells are missing, it is listed in <see cref="MeasurementTable.UnitsWithoutData"/>, and every
    /// scoring result warns about it.
    /// </summary>
    public bool AllowAbsentUnits { get; init; }

    /// <summary>
    /// The encoding of a CSV file. Default null: detected (a byte-order mark; else UTF-8 when the bytes are valid UTF-8;
    /// else CP949, what Korean Excel writes). Bytes the encoding cannot decode are an error, never replaced. JSON is
    /// always UTF-8.
    /// </summary>
    public Encoding? Encoding { get; init; }

    /// <summary>The worksheet of an XLSX file to read. Default null: the sheet named <c>Data</c> if there is one, else the first.</summary>
    public string? Sheet { get; init; }

    /// <summary>The table's name (<see cref="MeasurementTable.Name"/>). Default null: a JSON file's <c>name</c>, else the file name.</summary>
    public string? Name { get; init; }
}
