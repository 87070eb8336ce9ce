using MuhanRubric.Measurements;

namespace MuhanRubric.Editions.Y2016;

/// <summary>
/// The 2016 evaluation (GGWF Report 2017-15, <c>2016년 경기도 무한돌봄센터 운영 평가 연구</c>), embedded in the package:
/// its measurements, which score like any other year's, and the report's own material, which reproduction reads.
/// </summary>
/// <remarks>Each is loaded once, on first use, and shared; both are immutable.</remarks>
public static class Evaluation2016
{
    private static readonly Lazy<EvaluationReport> _report = new(EvaluationReport.LoadEmbedded2016, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The 2016 measurements: the 31 municipalities × the 32 measures of the municipality tables (p.53–113) and
    /// the private-staff headcount of <c>표 Ⅱ-3</c> (p.17–18), each value as printed with its table and page, for the
    /// period of calendar year 2016.</summary>
    public static MeasurementTable Measurements => Report.Measurements;

    /// <summary>The report as published: measurements, printed tables, the printed rubric, prose claims and the
    /// discrepancy catalogue.</summary>
    public static EvaluationReport Report => _report.Value;
}
