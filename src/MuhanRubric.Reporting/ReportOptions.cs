using System.Collections.Frozen;
using MuhanRubric.Analysis;
using MuhanRubric.Editions.Y2016;

namespace MuhanRubric.Reporting;

/// <summary>What a report shows besides the scoring result, and in which language.</summary>
/// <remarks>Immutable; build one with an object initializer, or start from <see cref="Default"/> with <c>with</c>.</remarks>
public sealed record ReportOptions
{
    /// <summary>Korean, no analyses, province averages computed from the scored units.</summary>
    public static ReportOptions Default { get; } = new();

    /// <summary>The language (Korean by default).</summary>
    public ReportLanguage Language { get; init; } = ReportLanguage.Korean;

    /// <summary>The report's title; null for one made from the rubric and the data.</summary>
    public string? Title { get; init; }

    /// <summary>
    /// A Monte Carlo run of the same rubric on the same units (<see cref="SensitivityAnalysis.Run"/>): adds the rank
    /// intervals and the rank-acceptability matrix, and each unit's interval on its page. Null for none.
    /// </summary>
    public SensitivityResult? Sensitivity { get; init; }

    /// <summary>
    /// The same rubric over several years (<see cref="YearComparison.Compare"/>), the scored year among them: adds the
    /// year-over-year changes and each unit's change on its page. Null for none.
    /// </summary>
    public YearComparisonResult? Years { get; init; }

    /// <summary>
    /// Province averages as printed by a source, by measure id, shown beside each unit's measures instead of the mean of
    /// the scored units. Null (the default) for the mean of the scored units (missing cells left out).
    /// </summary>
    public IReadOnlyDictionary<string, decimal>? PrintedProvinceAverages { get; init; }

    /// <summary>Where <see cref="PrintedProvinceAverages"/> come from, for the report's note (for example <c>표 Ⅳ-16 – Ⅳ-46</c>).</summary>
    public string? PrintedProvinceAveragesSource { get; init; }

    /// <summary>
    /// A TrueType font file with Hangul for the charts. Null (the default) looks for NanumBarunGothic (Debian's
    /// <c>fonts-nanum</c>), Malgun Gothic (Windows) and Apple SD Gothic Neo (macOS); where none is found, chart labels
    /// fall back to romanized names and English, and the report says so.
    /// </summary>
    public string? ChartFontFile { get; init; }

    /// <summary>Options whose province averages are the ones a 2016 report prints beside each unit's table.</summary>
    /// <param name="report">The report (for example <see cref="Evaluation2016.Report"/>).</param>
    /// <returns>A copy of these options with <see cref="PrintedProvinceAverages"/> and their source set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public ReportOptions WithPrintedAverages(EvaluationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var averages = report.Measurements.Measures
            .Select(m => (m.Id, Value: report.ProvinceAverage(m)))
            .Where(x => x.Value is not null)
            .ToFrozenDictionary(x => x.Id, x => x.Value!.Value, StringComparer.Ordinal);
        var first = report.Municipalities.Count > 0 ? report.Municipalities[0].Source.ToString() : report.Report.Title;
        var last = report.Municipalities.Count > 0 ? report.Municipalities[^1].Source.ToString() : null;
        return this with
        {
            PrintedProvinceAverages = averages,
            PrintedProvinceAveragesSource = last is null || last == first ? first : $"{first} – {last}",
        };
    }
}
