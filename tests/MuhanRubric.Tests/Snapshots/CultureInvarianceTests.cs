using System.Globalization;
using MuhanRubric.Editions.Y2016;

namespace MuhanRubric.Tests.Snapshots;

/// <summary>Results never depend on the machine's culture (Korean, German and Turkish among them).</summary>
public class CultureInvarianceTests
{
    [Theory]
    [InlineData("ko-KR")]
    [InlineData("de-DE")]
    [InlineData("tr-TR")]
    public void LoadingStatisticsAndReproduction_AreTheSameInEveryCulture(string cultureName)
    {
        var baseline = Run(CultureInfo.InvariantCulture);
        Assert.Equal(baseline, Run(CultureInfo.GetCultureInfo(cultureName)));
    }

    private static string Run(CultureInfo culture)
    {
        var (previous, previousUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            using var stream = typeof(EvaluationReport).Assembly.GetManifestResourceStream(EvaluationReport.Embedded2016ResourceName)!;
            using var catalogue = typeof(EvaluationReport).Assembly.GetManifestResourceStream(EvaluationReport.Embedded2016DiscrepanciesResourceName)!;
            var dataset = EvaluationReport.Load(stream, "culture.json", catalogue);
            return SnapshotTexts.Dataset(dataset) + SnapshotTexts.Statistics(dataset) + Reproducer.Reproduce(dataset).ToText();
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
            CultureInfo.CurrentUICulture = previousUi;
        }
    }
}
