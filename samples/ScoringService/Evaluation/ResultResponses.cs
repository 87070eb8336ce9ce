using System.Text;
using MuhanRubric.Analysis;
using MuhanRubric.Measurements;
using MuhanRubric.Reporting;
using MuhanRubric.Reporting.Exports;
using MuhanRubric.Scoring;

namespace MuhanRubric.Samples.ScoringService.Evaluation;

/// <summary>Scores a table and answers with the result (JSON) or the report (HTML, XLSX), through MuhanRubric.Reporting.</summary>
internal static class ResultResponses
{
    /// <summary>
    /// The Monte Carlo of a report's uncertainty section: weights ×U(0.8, 1.2), band edges ×U(0.9, 1.1), seed 2016 —
    /// what <c>muhan-rubric report --samples</c> runs (the library has no named preset for it, so it is restated here),
    /// on one thread per request so that one request cannot take every core.
    /// </summary>
    public static SensitivityOptions Perturbations(int samples) => new()
    {
        Samples = samples,
        Weights = WeightPerturbation.Uniform(0.2m),
        BandEdges = EdgePerturbation.Uniform(0.1),
        MaxDegreeOfParallelism = 1,
    };

    /// <exception cref="ScoringException">The rubric cannot score the table (a measure it reads is not in the data).</exception>
    public static IResult Score(ScoreRequest request, MeasurementTable table, string downloadName, CancellationToken cancellationToken)
    {
        var result = request.Rubric.Score(table);
        if (request.Format == ResultFormat.Json)
        {
            return TypedResults.Text(ResultJson.Serialize(result), "application/json; charset=utf-8", Encoding.UTF8);
        }

        var options = new ReportOptions { Language = request.Language };
        if (request.Samples > 0)
        {
            options = options with { Sensitivity = SensitivityAnalysis.Run(request.Rubric, table, Perturbations(request.Samples), cancellationToken) };
        }

        var report = ScoringReport.Create(result, options);
        if (request.Format == ResultFormat.Html)
        {
            return TypedResults.Text(report.ToHtml(), "text/html; charset=utf-8", Encoding.UTF8);
        }

        using var workbook = new MemoryStream();
        report.WriteXlsx(workbook);
        return TypedResults.File(workbook.ToArray(), ScoreRequest.XlsxMediaType, downloadName + ".xlsx");
    }
}
