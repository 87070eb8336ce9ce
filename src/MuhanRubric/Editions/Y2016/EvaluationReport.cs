using System.Collections.Immutable;
using System.Globalization;
using Ardalis.GuardClauses;
using MuhanRubric.Domain;
using MuhanRubric.Measurements;
using MuhanRubric.Measures;
using MuhanRubric.Statistics;
using MuhanRubric.Units;

namespace MuhanRubric.Editions.Y2016;

/// <summary>Bibliographic facts about the report a dataset transcribes.</summary>
/// <param name="Id">The report number, for example <c>GGWF Report 2017-15</c>.</param>
/// <param name="Title">The Korean title.</param>
/// <param name="EnglishTitle">An English title.</param>
/// <param name="Publisher">The publisher.</param>
/// <param name="EvaluatedYear">The year whose operation is evaluated.</param>
/// <param name="StatisticsSoftware">The statistics software the report names, if any.</param>
[Immutable]
public sealed record DatasetReport(string Id, string Title, string EnglishTitle, string Publisher, int EvaluatedYear, string? StatisticsSoftware)
{
    internal static DatasetReport Unknown { get; } = new(string.Empty, string.Empty, string.Empty, string.Empty, 0, null);
}

/// <summary>
/// What the 2016 evaluation report published: its measurements (the municipality tables), the province-average
/// column printed beside them, the other tables, the printed rubric, the numeric claims of its prose, and the
/// catalogue of the report's self-contradictions. Reproduction reads it; scoring needs only <see cref="Measurements"/>.
/// </summary>
/// <remarks>
/// <para>Every value is exactly as printed and carries its table and page. Where the report contradicts itself the
/// value stays as printed and <see cref="Discrepancies"/> says so.</para>
/// <para>The embedded 2016 report is <see cref="Evaluation2016.Report"/>; load another file in the same format with
/// <see cref="LoadFile"/> or <see cref="Load"/>. Loading succeeds whole or throws <see cref="DatasetFormatException"/>
/// listing every problem. A report is immutable and safe to share between threads.</para>
/// </remarks>
[Immutable]
public sealed class EvaluationReport
{
    /// <summary>The manifest name of the embedded 2016 dataset.</summary>
    public const string Embedded2016ResourceName = "MuhanRubric.Data.evaluation-2016.json";

    /// <summary>The manifest name of the embedded 2016 discrepancy catalogue.</summary>
    public const string Embedded2016DiscrepanciesResourceName = "MuhanRubric.Data.discrepancies-2016.json";

    private readonly Dictionary<Municipality, MunicipalityTable> _byMunicipality;

    internal EvaluationReport(
        DatasetReport report,
        MeasurementTable measurements,
        IReadOnlyList<MunicipalityTable> municipalities,
        IReadOnlyList<PrintedTable> tables,
        PublishedRubric? rubric,
        IReadOnlyList<ProseClaim> claims,
        IReadOnlyList<Discrepancy> discrepancies)
    {
        Report = report;
        Measurements = measurements;
        Municipalities = municipalities.ToImmutableArray();
        Tables = tables.ToImmutableArray();
        Rubric = rubric;
        Claims = claims.ToImmutableArray();
        Discrepancies = discrepancies.ToImmutableArray();
        _byMunicipality = municipalities.ToDictionary(r => r.Municipality);
    }

    /// <summary>The report the dataset transcribes.</summary>
    public DatasetReport Report { get; }

    /// <summary>The report's measurements: the 31 municipalities × the 32 measures of its municipality tables and the
    /// private-staff headcount of <c>표 Ⅱ-3</c> (<see cref="Measure.PrivateCaseManagersInPost"/>), each value as
    /// printed with its table and page. What scoring reads.</summary>
    public MeasurementTable Measurements { get; }

    /// <summary>The municipality tables as printed (printed name, page, province-average column), in the report's order.</summary>
    public IReadOnlyList<MunicipalityTable> Municipalities { get; }

    /// <summary>The other printed tables (<c>표 Ⅱ-2</c> … <c>표 Ⅳ-15</c>), in number order.</summary>
    public IReadOnlyList<PrintedTable> Tables { get; }

    /// <summary>The rubric as printed (<c>표 Ⅲ-3</c> and the scales of p.31–32), if the file has one.</summary>
    public PublishedRubric? Rubric { get; }

    /// <summary>Numeric statements of the prose about the per-municipality measures.</summary>
    public IReadOnlyList<ProseClaim> Claims { get; }

    /// <summary>The catalogue of the report's self-contradictions.</summary>
    public IReadOnlyList<Discrepancy> Discrepancies { get; }

    /// <summary>Loads a dataset file, and optionally a discrepancy catalogue file.</summary>
    /// <param name="path">The dataset JSON file.</param>
    /// <param name="discrepanciesPath">The discrepancy catalogue JSON file, or null for none.</param>
    /// <returns>The dataset.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or empty, or <paramref name="discrepanciesPath"/> is empty.</exception>
    /// <exception cref="FileNotFoundException">A file does not exist.</exception>
    /// <exception cref="DirectoryNotFoundException">A file's folder does not exist.</exception>
    /// <exception cref="IOException">A file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">A file may not be read.</exception>
    /// <exception cref="DatasetFormatException">A file is not a valid dataset; every problem is listed.</exception>
    public static EvaluationReport LoadFile(string path, string? discrepanciesPath = null)
    {
        Guard.Against.NullOrEmpty(path);
        if (discrepanciesPath is not null)
        {
            Guard.Against.NullOrEmpty(discrepanciesPath);
        }

        using var dataset = File.OpenRead(path);
        using var discrepancies = discrepanciesPath is null ? null : File.OpenRead(discrepanciesPath);
        return ReportReader.Read(dataset, Path.GetFileName(path), discrepancies, discrepanciesPath is null ? null : Path.GetFileName(discrepanciesPath));
    }

    /// <summary>Loads a dataset from streams.</summary>
    /// <param name="dataset">The dataset JSON.</param>
    /// <param name="sourceName">The name used in error messages, for example the file name.</param>
    /// <param name="discrepancies">The discrepancy catalogue JSON, or null for none.</param>
    /// <returns>The dataset.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> or <paramref name="sourceName"/> is null.</exception>
    /// <exception cref="DatasetFormatException">The JSON is not a valid dataset; every problem is listed.</exception>
    public static EvaluationReport Load(Stream dataset, string sourceName, Stream? discrepancies = null)
    {
        Guard.Against.Null(dataset);
        Guard.Against.Null(sourceName);
        return ReportReader.Read(dataset, sourceName, discrepancies, discrepancies is null ? null : sourceName + " (discrepancies)");
    }

    /// <summary>The municipality table of one municipality.</summary>
    /// <param name="municipality">The municipality.</param>
    /// <returns>Its record.</returns>
    /// <exception cref="KeyNotFoundException">The dataset has no table for it.</exception>
    public MunicipalityTable this[Municipality municipality] =>
        _byMunicipality.TryGetValue(Guard.Against.Null(municipality), out var record)
            ? record
            : throw new KeyNotFoundException($"The dataset has no table for {municipality}.");

    /// <summary>A printed table by number.</summary>
    /// <param name="id">The number as printed, for example <c>Ⅳ-12</c>.</param>
    /// <returns>The table.</returns>
    /// <exception cref="KeyNotFoundException">The dataset has no such table.</exception>
    public PrintedTable Table(string id)
    {
        Guard.Against.Null(id);
        return Tables.FirstOrDefault(t => string.Equals(t.Id, id, StringComparison.Ordinal))
            ?? throw new KeyNotFoundException($"The dataset has no table 표 {id}.");
    }

    /// <summary>
    /// A measure across the municipalities, in the report's order; blank cells are kept as missing. The same as
    /// <see cref="Measurements"/>' <see cref="MeasurementTable.Series"/>.
    /// </summary>
    /// <param name="measure">The measure.</param>
    /// <param name="part">The value, or for <c>n(p%)</c> cells the percentage (a zero count printed without one reads as 0 %).</param>
    /// <returns>The series, ready for <see cref="Descriptives"/> and the other statistics.</returns>
    public MeasureSeries Series(Measure measure, ValuePart part = ValuePart.Value) => Measurements.Series(measure, part);

    /// <summary>
    /// The province average printed for a measure in the first municipality table (<c>표 Ⅳ-16</c>). The same
    /// column is reprinted in every municipality table; see <see cref="MunicipalityTable.ProvinceAverage"/>.
    /// </summary>
    /// <param name="measure">The measure.</param>
    /// <returns>The printed average, or null when blank or when the dataset has no municipality tables.</returns>
    public PublishedValue? ProvinceAverage(Measure measure) => Municipalities.Count == 0 ? null : Municipalities[0].ProvinceAverage(measure);

    /// <summary>The care-center status of <c>표 Ⅱ-3</c> for one year, one snapshot per printed row.</summary>
    /// <param name="year">2010 or 2016.</param>
    /// <returns>The snapshots, the printed total row (municipality null) first.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is not 2010 or 2016.</exception>
    /// <exception cref="KeyNotFoundException">The dataset has no <c>표 Ⅱ-3</c>.</exception>
    public IReadOnlyList<CareCenterSnapshot> CareCenterStatus(int year)
    {
        if (year is not (2010 or 2016))
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, "표 Ⅱ-3 prints 2010 and 2016 only.");
        }

        var suffix = year.ToString(CultureInfo.InvariantCulture);
        var snapshots = new List<CareCenterSnapshot>();
        foreach (var row in Table("Ⅱ-3").Sections.SelectMany(s => s.Rows))
        {
            snapshots.Add(new CareCenterSnapshot(
                row.Municipality,
                year,
                Whole(row["centers" + suffix]),
                new NetworkTeamCounts(Whole(row["teams" + suffix]), Whole(row["basicTeams" + suffix]), Whole(row["expandedTeams" + suffix])),
                Whole(row["staff" + suffix])));
        }

        return snapshots.ToImmutableArray();
    }

    private static int? Whole(PublishedValue? value) => value is null ? null : (int)value.Value;

    internal static EvaluationReport LoadEmbedded2016()
    {
        var assembly = typeof(EvaluationReport).Assembly;
        using var dataset = assembly.GetManifestResourceStream(Embedded2016ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {Embedded2016ResourceName} is missing from {assembly.GetName().Name}.");
        using var discrepancies = assembly.GetManifestResourceStream(Embedded2016DiscrepanciesResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {Embedded2016DiscrepanciesResourceName} is missing from {assembly.GetName().Name}.");
        return ReportReader.ReadEmbedded(dataset, "evaluation-2016.json (embedded)", discrepancies, "discrepancies-2016.json (embedded)");
    }
}
