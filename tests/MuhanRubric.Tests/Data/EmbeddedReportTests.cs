using System.Text.Json;
using MuhanRubric.Editions.Y2016;

namespace MuhanRubric.Tests.Data;

/// <summary>
/// The embedded 2016 report is read by the serializer alone, for cold start (<c>ReportReader.ReadEmbedded</c>); these
/// tests hold it to the strict pipeline every other file goes through.
/// </summary>
public class EmbeddedReportTests
{
    [Fact]
    public void EmbeddedReport_ReadsTheSameAsThroughTheStrictPipeline()
    {
        var strict = ReportReader.ReadDocument(Resource(EvaluationReport.Embedded2016ResourceName), "evaluation-2016.json", strict: true);
        var trusted = ReportReader.ReadDocument(Resource(EvaluationReport.Embedded2016ResourceName), "evaluation-2016.json", strict: false);
        Assert.Equal(
            JsonSerializer.Serialize(strict, ReportJsonContext.Default.ReportDocument),
            JsonSerializer.Serialize(trusted, ReportJsonContext.Default.ReportDocument));

        var strictCatalogue = ReportReader.ReadCatalogueDocument(Resource(EvaluationReport.Embedded2016DiscrepanciesResourceName), "discrepancies-2016.json", strict: true);
        var trustedCatalogue = ReportReader.ReadCatalogueDocument(Resource(EvaluationReport.Embedded2016DiscrepanciesResourceName), "discrepancies-2016.json", strict: false);
        Assert.Equal(
            JsonSerializer.Serialize(strictCatalogue, ReportJsonContext.Default.CatalogueDocument),
            JsonSerializer.Serialize(trustedCatalogue, ReportJsonContext.Default.CatalogueDocument));
    }

    [Fact]
    public void EmbeddedReport_ThroughTheStrictPipeline_IsTheLoadedReport()
    {
        var strict = ReportReader.Read(
            Resource(EvaluationReport.Embedded2016ResourceName), "evaluation-2016.json", Resource(EvaluationReport.Embedded2016DiscrepanciesResourceName), "discrepancies-2016.json");
        var loaded = Evaluation2016.Report;

        Assert.Equal(loaded.Measurements.Units.Select(u => u.Code), strict.Measurements.Units.Select(u => u.Code));
        foreach (var unit in loaded.Measurements.Units)
        {
            foreach (var measure in loaded.Measurements.Measures)
            {
                Assert.Equal(loaded.Measurements.StatusOf(unit, measure), strict.Measurements.StatusOf(unit, measure));
                Assert.Equal(loaded.Measurements[unit, measure], strict.Measurements[unit, measure]);
            }
        }

        Assert.Equal(loaded.Tables.Count, strict.Tables.Count);
        Assert.Equal(loaded.Claims.Count, strict.Claims.Count);
        Assert.Equal(loaded.Discrepancies.Select(d => d.Id), strict.Discrepancies.Select(d => d.Id));
    }

    private static Stream Resource(string name) => typeof(EvaluationReport).Assembly.GetManifestResourceStream(name)!;
}
