using MuhanRubric.Analysis;
using MuhanRubric.Measures;
using MuhanRubric.Rubrics;
using MuhanRubric.Scoring;
using MuhanRubric.Units;

namespace MuhanRubric.Reporting.Text;

/// <summary>Every word a report prints, in the report's language: one place, so HTML, Markdown and XLSX say the same.</summary>
internal sealed class Localizer(ReportLanguage language)
{
    public ReportLanguage Language { get; } = language;

    public bool IsKorean => Language == ReportLanguage.Korean;

    /// <summary>The Korean or the English text.</summary>
    public string T(string korean, string english) => IsKorean ? korean : english;

    /// <summary>A unit's name in tables: the Korean name, or the romanized name in English.</summary>
    public string Unit(Municipality unit) => IsKorean ? unit.KoreanName : unit.RomanizedName;

    /// <summary>A unit's name in headings: the Korean name, or the romanized name with the Korean beside it.</summary>
    public string UnitHeading(Municipality unit) => IsKorean ? unit.KoreanName : $"{unit.RomanizedName} ({unit.KoreanName})";

    public string Indicator(Indicator indicator) => IsKorean ? indicator.KoreanName : indicator.EnglishName;

    public string Area(Area area) => IsKorean ? area.KoreanName : area.EnglishName;

    public string Measure(Measure measure) => IsKorean ? measure.KoreanLabel : measure.EnglishName;

    public string MeasureUnit(MeasureUnit unit) => IsKorean ? unit.KoreanLabel() : unit.EnglishLabel();

    public string Explanation(IndicatorScore score) => IsKorean ? score.KoreanExplanation : score.Explanation;

    public string Message(ScoringWarning warning) => IsKorean ? warning.KoreanMessage : warning.Message;

    public string Interval(MuhanRubric.Statistics.Interval interval) => IsKorean ? interval.ToKoreanString() : interval.ToString();

    // A scale may have no provenance when its rubric accepted that as a warning: say so rather than print nothing.
    public string Provenance(Provenance? provenance) =>
        provenance is null ? T("출처 없음", "no source given")
        : provenance.Assumption is { } reason ? T("가정: ", "assumption: ") + reason
        : provenance.ToString();

    public string Status(IndicatorStatus status) => status switch
    {
        IndicatorStatus.Scored => T("채점", "scored"),
        IndicatorStatus.Missing => T("결측", "missing"),
        IndicatorStatus.NotApplicable => T("해당없음", "not applicable"),
        IndicatorStatus.Unspecified => T("기준 없음", "unspecified"),
        _ => T("제외", "excluded"),
    };

    public string ScaleKind(ScaleKind kind) => kind switch
    {
        MuhanRubric.Rubrics.ScaleKind.Bands => T("구간", "bands"),
        MuhanRubric.Rubrics.ScaleKind.Ordinal => T("범주", "ordinal"),
        MuhanRubric.Rubrics.ScaleKind.Checklist => T("체크리스트", "checklist"),
        MuhanRubric.Rubrics.ScaleKind.Proportional => T("비례", "proportional"),
        MuhanRubric.Rubrics.ScaleKind.PopulationBands => T("분포 기준 구간", "population bands"),
        _ => T("기준 없음", "unspecified"),
    };

    public string WarningKind(ScoringWarningKind kind) => kind switch
    {
        ScoringWarningKind.ShareUnavailable => T("비율 없음", "share unavailable"),
        ScoringWarningKind.OutsideExpectedRange => T("예상 범위 밖", "outside expected range"),
        ScoringWarningKind.PartlyScored => T("일부 단위만 채점", "partly scored"),
        ScoringWarningKind.ScoredForNoUnit => T("채점된 단위 없음", "scored for no unit"),
        ScoringWarningKind.UnitsWithoutData => T("자료 없는 단위", "units without data"),
        _ => T("빈 집단", "empty group"),
    };

    public string CellAbsence(MuhanRubric.Measurements.CellStatus status) =>
        status == MuhanRubric.Measurements.CellStatus.NotApplicable ? T("해당없음", "n/a") : T("결측", "missing");

    public string Absence(UnitYearStatus status) =>
        status == UnitYearStatus.NotInTable ? T("자료에 없음", "not in the table") : T("자료 없음", "no data");

    /// <summary>
    /// The nearest better band as a short phrase: <c>+1.20 → [15, 20) 4.00점</c>; at full points "최고 구간" (top band);
    /// a dash where the scale has no bands to reach (proportional, checklist).
    /// </summary>
    public string NextBand(IndicatorScore score) => score.Next is { } next
        ? $"{(next.Upwards ? "+" : "−")}{Numbers.Value(next.Distance)} → {Interval(next.Interval)} {T($"{Numbers.Points(next.Points)}점", $"for {Numbers.Points(next.Points)}")}"
        : score.Points >= score.MaximumPoints ? T("최고 구간", "top band") : "–";

    /// <summary>A rank with its unit: <c>17위</c>, <c>rank 17</c>.</summary>
    public string RankOf(int rank) => IsKorean ? $"{rank}위" : $"rank {rank}";
}
