using MuhanRubric.Measurements;
using MuhanRubric.Reading;
using MuhanRubric.Units;

namespace MuhanRubric.Editions.Y2016;

/// <summary>
/// Reads the report JSON and its discrepancy catalogue (<c>docs/dataset-format.md</c>) through the strict reading
/// pipeline (<see cref="StrictJson"/>), then maps the checked documents onto an <see cref="EvaluationReport"/>. A file
/// is loaded whole or not at all: every problem is a <see cref="DatasetProblem"/> with the file, the JSON path, the
/// line and column, and the municipality and measure where they apply.
/// </summary>
internal static class ReportReader
{
    public static EvaluationReport Read(Stream dataset, string datasetName, Stream? discrepancies, string? discrepanciesName)
    {
        var report = Read(dataset, datasetName, ReportJsonContext.Default.ReportDocument);
        var catalogue = discrepancies is null ? [] : ReadCatalogue(discrepancies, discrepanciesName ?? "discrepancies");
        return ToReport(report, datasetName, catalogue);
    }

    /// <summary>
    /// The report embedded in the library, read by the serializer alone (its contract still refuses unknown members and
    /// numbers in strings): the file is the library's own and locked by tests, one of which reads it through the strict
    /// pipeline and compares (<c>EmbeddedReport_ReadsTheSameAsThroughTheStrictPipeline</c>). Skipping the strict
    /// pipeline's parse with positions saves about a third of a fresh process's time to its first scored result.
    /// </summary>
    public static EvaluationReport ReadEmbedded(Stream dataset, string datasetName, Stream discrepancies, string discrepanciesName) =>
        ToReport(ReadDocument(dataset, datasetName, strict: false), datasetName, [.. ReadCatalogueDocument(discrepancies, discrepanciesName, strict: false).Discrepancies.Select(ToDiscrepancy)]);

    /// <summary>The report document, through the strict pipeline or (for the embedded file) the serializer alone.</summary>
    internal static ReportDocument ReadDocument(Stream dataset, string name, bool strict) =>
        strict ? Read(dataset, name, ReportJsonContext.Default.ReportDocument) : Trusted(dataset, name, ReportJsonContext.Default.ReportDocument);

    /// <summary>The catalogue document, through the strict pipeline or (for the embedded file) the serializer alone.</summary>
    internal static CatalogueDocument ReadCatalogueDocument(Stream discrepancies, string name, bool strict) =>
        strict ? Read(discrepancies, name, ReportJsonContext.Default.CatalogueDocument) : Trusted(discrepancies, name, ReportJsonContext.Default.CatalogueDocument);

    private static T Trusted<T>(Stream stream, string name, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> contract)
        where T : class =>
        System.Text.Json.JsonSerializer.Deserialize(stream, contract) ?? throw new InvalidOperationException($"{name} is empty.");

    /// <summary>Reads a discrepancy catalogue on its own.</summary>
    public static IReadOnlyList<Discrepancy> ReadCatalogue(Stream discrepancies, string name) =>
        [.. Read(discrepancies, name, ReportJsonContext.Default.CatalogueDocument).Discrepancies.Select(ToDiscrepancy)];

    private static T Read<T>(Stream stream, string name, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> contract)
        where T : class
    {
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        var problems = new JsonProblems();
        var document = StrictJson.Read(copy.GetBuffer().AsMemory(0, (int)copy.Length), contract, problems, (root, p) => StrictJson.SchemaVersion(root, p));
        return document ?? throw problems.ToDatasetException(name);
    }

    private static EvaluationReport ToReport(ReportDocument document, string datasetName, IReadOnlyList<Discrepancy> catalogue)
    {
        var info = document.Report;
        var report = new DatasetReport(info.Id, info.Title, info.EnglishTitle, info.Publisher, info.EvaluatedYear, info.StatisticsSoftware);

        // The municipality tables become the report's measurement table, in catalogue order.
        var tables = document.MunicipalityTables
            .Select(t => (Unit: ReportCatalogues.Units.Find(t.Municipality), Table: t, Source: new PrintedSource(t.Table, t.Page)))
            .OrderBy(t => ReportCatalogues.Units.IndexOf(t.Unit))
            .ToList();
        var builder = MeasurementTable.CreateBuilder(ReportCatalogues.Units, ReportCatalogues.Measures)
            .WithName(report.Id)
            .WithPeriod(EvaluationPeriod.Year(report.EvaluatedYear));
        foreach (var (unit, table, source) in tables)
        {
            foreach (var measure in ReportCatalogues.CellMeasures)
            {
                if (table.Cells[measure.Id] is { } cell)
                {
                    builder.Set(unit, measure, cell.Value, cell.Percent, cell.Printed, source);
                }
                else
                {
                    builder.SetMissing(unit, measure);
                }
            }
        }

        // The private-staff headcount is no municipality table's row: 표 Ⅱ-3 prints it (B8's denominator).
        List<PrintedTable> printed = [.. (document.Tables ?? []).Select(ToTable)];
        PrivateStaffHeadcounts.Set(builder, printed);
        var measurements = builder.Build();
        var municipalities = tables
            .Select(t => new MunicipalityTable(measurements[t.Unit], t.Table.PrintedName, t.Source, Average(t.Table.ProvinceAverage, t.Source)))
            .ToList();
        return new EvaluationReport(
            report,
            measurements,
            municipalities,
            printed,
            document.Rubric is { } rubric ? ToRubric(rubric) : null,
            [.. (document.Claims ?? []).Select(ToClaim)],
            catalogue);
    }

    private static Dictionary<Measures.Measure, PublishedValue?> Average(Dictionary<string, CellDocument?> cells, PrintedSource source) =>
        ReportCatalogues.CellMeasures.ToDictionary(m => m, m => cells[m.Id]?.ToValue(source));

    private static PrintedTable ToTable(PrintedTableDocument table) => new(
        table.Id,
        table.Page,
        table.Title,
        table.Unit,
        table.Notes ?? [],
        [.. table.Sections.Select(section =>
        {
            var page = section.Page ?? table.Page;
            var source = new PrintedSource(table.Id, page);
            return new PrintedSection(
                section.Id,
                page,
                Measure(section.Measure),
                section.Band?.ToInterval(),
                section.Columns,
                section.ColumnLabels ?? [],
                [.. section.Rows.Select(row => new PrintedRow(
                    row.Label,
                    Measure(row.Measure),
                    Unit(row.Municipality),
                    [.. (row.Municipalities ?? []).Select(ReportCatalogues.Units.Find)],
                    row.Printed,
                    section.Columns,
                    [.. row.Cells.Select(c => c?.ToValue(source))]))]);
        })]);

    private static PublishedRubric ToRubric(PublishedRubricDocument rubric)
    {
        var source = new PrintedSource(rubric.Id, rubric.Page);
        return new PublishedRubric(
            rubric.Id,
            rubric.Page,
            rubric.PrintedTotal.ToValue(source),
            [.. rubric.Areas.Select(area => new PublishedArea(
                area.Code,
                area.Name,
                area.EnglishName,
                [.. area.Domains.Select(domain => new PublishedDomain(
                    domain.Name,
                    [.. domain.Indicators.Select(indicator => new PublishedIndicator(
                        indicator.Code,
                        indicator.Name,
                        indicator.EnglishName,
                        indicator.Points.ToValue(source),
                        new PublishedScale(
                            indicator.Scale.Page,
                            indicator.Scale.Printed,
                            indicator.Scale.Kind,
                            indicator.Scale.Items ?? [],
                            [.. (indicator.Scale.Bands ?? []).Select(b => new PublishedBand(b.Points, [.. b.Intervals.Select(i => i.ToInterval()!)], b.Printed))],
                            indicator.Scale.PointsPrinted ?? true)))]))]))]);
    }

    private static ProseClaim ToClaim(ClaimDocument claim)
    {
        var source = claim.Page.ToSource();
        return new ProseClaim(
            claim.Id,
            source,
            claim.Quote,
            ReportCatalogues.Measures[claim.Measure],
            claim.Statistic,
            claim.On ?? ValuePart.Value,
            claim.Band?.ToInterval(),
            claim.EqualTo,
            claim.Percentile,
            Unit(claim.Municipality),
            claim.Value?.ToValue(source),
            [.. (claim.Municipalities ?? []).Select(ReportCatalogues.Units.Find)]);
    }

    private static Discrepancy ToDiscrepancy(DiscrepancyDocument discrepancy) => new(
        discrepancy.Id,
        discrepancy.Kind,
        discrepancy.Where,
        [.. discrepancy.Sides.Select(s => new DiscrepancySide(s.Source, s.Says))],
        discrepancy.Pages,
        discrepancy.LikelyCause,
        discrepancy.ReproductionChecks ?? [],
        [.. (discrepancy.Cells ?? []).Select(c => new DiscrepancyCell(Unit(c.Municipality), ReportCatalogues.Measures[c.Measure]))]);

    private static Measures.Measure? Measure(string? id) => id is null ? null : ReportCatalogues.Measures[id];

    private static Municipality? Unit(string? code) => code is null ? null : ReportCatalogues.Units.Find(code);
}
