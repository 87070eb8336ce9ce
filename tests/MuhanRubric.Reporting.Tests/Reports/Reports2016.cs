using MuhanRubric.Analysis;
using MuhanRubric.Editions.Y2016;
using MuhanRubric.Scoring;

namespace MuhanRubric.Reporting.Tests.Reports;

/// <summary>The reports every test reads: the 2016 data under the reference rubric, with a small Monte Carlo, made once.</summary>
internal static class Reports2016
{
    private static readonly Lazy<ScoringResult> _result = new(() => Rubrics2016.Reference.Score(Evaluation2016.Measurements));

    private static readonly Lazy<SensitivityResult> _sensitivity = new(() => SensitivityAnalysis.Run(Rubrics2016.Reference, Evaluation2016.Measurements, new SensitivityOptions
    {
        Samples = 500,
        Weights = WeightPerturbation.Uniform(0.2m),
        BandEdges = EdgePerturbation.Uniform(0.1),
    }));

    private static readonly Lazy<string> _koreanHtml = new(() => Report(ReportLanguage.Korean).ToHtml());

    private static readonly Lazy<string> _englishHtml = new(() => Report(ReportLanguage.English).ToHtml());

    public static ScoringResult Result => _result.Value;

    public static SensitivityResult Sensitivity => _sensitivity.Value;

    public static string KoreanHtml => _koreanHtml.Value;

    public static string EnglishHtml => _englishHtml.Value;

    public static ScoringReport Report(ReportLanguage language) =>
        ScoringReport.Create(Result, new ReportOptions { Language = language, Sensitivity = Sensitivity }.WithPrintedAverages(Evaluation2016.Report));
}
