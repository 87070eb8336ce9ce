using System.Text;
using MuhanRubric.Reporting.Model;
using MuhanRubric.Reporting.Text;
using MuhanRubric.Scoring;

namespace MuhanRubric.Reporting.Markdown;

/// <summary>The Markdown report: the HTML report's sections and tables, without charts.</summary>
internal sealed class MarkdownReportWriter(ReportModel model)
{
    private readonly Localizer _l = model.L;
    private readonly StringBuilder _md = new();

    public string Write()
    {
        var rubric = model.Rubric;
        _md.Append("# ").Append(model.Title).Append("\n\n");
        _md.Append(_l.T(
            $"평가 기준: {rubric.Name} (만점 {Numbers.Points(rubric.MaximumPoints)}점) · 자료: {model.DataLabel} · {model.Result.Cards.Count}개 단위 · 측정항목 {model.Table.Measures.Count}개",
            $"Rubric: {rubric.Name} (maximum {Numbers.Points(rubric.MaximumPoints)}) · data: {model.DataLabel} · {model.Result.Cards.Count} units · {model.Table.Measures.Count} measures")).Append("\n\n");
        Ranking();
        Distribution();
        if (model.Sensitivity is not null)
        {
            Uncertainty();
        }

        if (model.Years is not null)
        {
            Years();
        }

        Units();
        Rubric();
        Warnings();
        return _md.ToString().TrimEnd('\n') + "\n";
    }

    private static MarkdownTable Table(IReadOnlyList<string> headers, params int[] numeric) => new(headers, numeric.ToHashSet());

    private static int[] Range(int from, int count) => [.. Enumerable.Range(from, count)];

    private void Heading(int level, string text) => _md.Append(new string('#', level)).Append(' ').Append(text).Append("\n\n");

    private void Paragraph(string text) => _md.Append(text).Append("\n\n");

    private void Ranking()
    {
        Heading(2, _l.T("순위와 영역별 소계", "Ranking and area subtotals"));
        Paragraph(_l.T("순위는 환산 총점의 경쟁 순위(1224 방식)입니다.", "Ranks are competition ranks (\"1224\") of the normalized total."));
        var headers = new List<string> { _l.T("순위", "Rank"), _l.T("시군", "Unit") };
        headers.AddRange(model.ScoredAreas.Select(a => $"{a.Code} ({Numbers.Points(a.MaximumPoints)})"));
        headers.AddRange([_l.T("총점", "Total"), _l.T("만점", "Maximum"), _l.T("환산 총점", "Normalized")]);
        var table = Table(headers, [0, .. Range(2, headers.Count - 2)]);
        foreach (var card in model.Ranked)
        {
            table.Add([Numbers.Whole(card.Rank), _l.Unit(card.Municipality), .. model.ScoredAreas.Select(a => Numbers.Points(card.Areas.First(s => s.Code == a.Code).Points)),
                Numbers.Points(card.Total), Numbers.Points(card.MaximumPoints), Numbers.Points(card.NormalizedTotal)]);
        }

        table.WriteTo(_md);
    }

    private void Distribution()
    {
        Heading(2, _l.T("총점의 분포", "Distribution of totals"));
        if (model.Totals is { } t)
        {
            Table([_l.T("단위 수", "Units"), _l.T("평균", "Mean"), _l.T("표준편차", "SD"), _l.T("중앙값", "Median"), _l.T("최솟값", "Minimum"), _l.T("최댓값", "Maximum")], Range(0, 6))
                .Add(Numbers.Whole(t.Count), Numbers.Points(t.Mean), Numbers.Points(t.StandardDeviation), Numbers.Points(t.Median), Numbers.Points(t.Minimum), Numbers.Points(t.Maximum))
                .WriteTo(_md);
        }
    }

    private void Uncertainty()
    {
        var sensitivity = model.Sensitivity!;
        Heading(2, _l.T("순위의 불확실성", "Uncertainty of the ranks"));
        Paragraph(_l.T(
            $"몬테카를로 {Numbers.Whole(sensitivity.Options.Samples)}회 (시드 {sensitivity.Options.Seed}): 가중치 {sensitivity.Options.Weights}, 구간 경계 {sensitivity.Options.BandEdges}, 지표 포함 {sensitivity.Options.Inclusion}.",
            $"Monte Carlo, {Numbers.Whole(sensitivity.Options.Samples)} samples (seed {sensitivity.Options.Seed}): weights {sensitivity.Options.Weights}, band edges {sensitivity.Options.BandEdges}, inclusion {sensitivity.Options.Inclusion}."));
        var units = sensitivity.Municipalities.OrderBy(m => m.NominalRank).ToList();
        var table = Table([_l.T("발표 순위", "Published rank"), _l.T("시군", "Unit"), _l.T("중앙값", "Median"), "P5", "P95", _l.T("평균 순위", "Mean rank"), _l.T($"상위 {sensitivity.Options.TopCount}위 확률", $"P(top {sensitivity.Options.TopCount})")], [0, .. Range(2, 5)]);
        foreach (var m in units)
        {
            table.Add(Numbers.Whole(m.NominalRank), _l.Unit(m.Municipality), Numbers.Rank(m.MedianRank), Numbers.Rank(m.Percentile5Rank), Numbers.Rank(m.Percentile95Rank), Numbers.Rank(m.MeanRank), Numbers.Probability(m.TopProbability));
        }

        table.WriteTo(_md);
        Heading(3, _l.T("순위 수용 행렬", "Rank-acceptability matrix"));
        Paragraph(_l.T("각 칸은 P(순위 = k)입니다 (–: 한 번도 없음).", "Each cell is P(rank = k) (–: never)."));
        var n = units.Count;
        var ram = Table([_l.T("시군", "Unit"), .. Enumerable.Range(1, n).Select(k => Numbers.Whole(k))], Range(1, n));
        foreach (var m in units)
        {
            ram.Add([_l.Unit(m.Municipality), .. Enumerable.Range(1, n).Select(k => m.RankProbability(k) is var p && p > 0 ? Numbers.Probability(p) : "–")]);
        }

        ram.WriteTo(_md);
    }

    private void Years()
    {
        var years = model.Years!;
        Heading(2, _l.T("연도별 변화", "Year-over-year changes"));
        var headers = new List<string> { _l.T("시군", "Unit") };
        foreach (var period in years.Periods)
        {
            headers.Add(_l.T($"{period.Label} 환산", $"{period.Label} normalized"));
            headers.Add(_l.T($"{period.Label} 순위", $"{period.Label} rank"));
        }

        headers.AddRange([_l.T("총점 변화", "Change (points)"), _l.T("순위 변화", "Rank change"), _l.T("주요 기여 지표", "Main contributions")]);
        var table = Table(headers, Range(1, headers.Count - 2));
        foreach (var unit in years.Units)
        {
            var cells = new List<string> { _l.Unit(unit.Unit) };
            foreach (var year in unit.Years)
            {
                cells.Add(year.Card is { } card ? Numbers.Points(card.NormalizedTotal) : _l.Absence(year.Status));
                cells.Add(year.Card is { } c ? Numbers.Whole(c.Rank) : "–");
            }

            cells.Add(unit.Overall.TotalChange is { } tc ? Numbers.Change(tc) : "–");
            cells.Add(unit.Overall.RankChange is { } rc ? (rc > 0 ? "+" : string.Empty) + Numbers.Whole(rc) : "–");
            cells.Add(string.Join(", ", unit.Overall.Contributions.Where(c => c.Change != 0).OrderByDescending(c => Math.Abs(c.Change)).Take(4).Select(c => $"{c.Code} {Numbers.Change(c.Change)}")));
            table.Add([.. cells]);
        }

        table.WriteTo(_md);
    }

    private void Units()
    {
        Heading(2, _l.T("시군별 결과", "Results by unit"));
        Paragraph(model.Options.PrintedProvinceAverages is null
            ? _l.T("도 평균은 자료에 있는 단위 값의 산술평균입니다(결측 제외).", "The province average is the mean of the units' values in the data (missing cells left out).")
            : _l.T($"도 평균은 보고서에 인쇄된 값입니다 ({model.Options.PrintedProvinceAveragesSource}).", $"The province average is the one printed in the report ({model.Options.PrintedProvinceAveragesSource})."));
        foreach (var card in model.Result.Cards)
        {
            Unit(card);
        }
    }

    private void Unit(ScoreCard card)
    {
        var unit = card.Municipality;
        Heading(3, _l.UnitHeading(unit));
        Paragraph(_l.T(
            $"총점 {Numbers.Points(card.Total)}점 / 만점 {Numbers.Points(card.MaximumPoints)}점, 환산 총점 {Numbers.Points(card.NormalizedTotal)}점, {model.Result.Cards.Count}개 단위 중 {card.Rank}위."
                + (model.Uncertainty(unit) is { } u ? $" 90% 순위 구간 [{Numbers.Rank(u.Percentile5Rank)}, {Numbers.Rank(u.Percentile95Rank)}]." : string.Empty),
            $"Total {Numbers.Points(card.Total)} of {Numbers.Points(card.MaximumPoints)}, normalized {Numbers.Points(card.NormalizedTotal)}: rank {card.Rank} of {model.Result.Cards.Count}."
                + (model.Uncertainty(unit) is { } u2 ? $" 90 % rank interval [{Numbers.Rank(u2.Percentile5Rank)}, {Numbers.Rank(u2.Percentile95Rank)}]." : string.Empty)));
        Heading(4, _l.T("측정항목과 도 평균", "Measures beside the province average"));
        var measures = Table([_l.T("측정항목", "Measure"), _l.T("단위", "Unit of measure"), _l.Unit(unit), _l.T("도 평균", "Province average"), _l.T("지표", "Indicators")], 2, 3);
        foreach (var row in model.Measures)
        {
            measures.Add(_l.Measure(row.Measure), _l.MeasureUnit(row.Measure.Unit), model.Value(unit, row), model.Average(row), string.Join(", ", row.Readers));
        }

        measures.WriteTo(_md);
        Heading(4, _l.T("지표별 점수", "Points per indicator"));
        var points = Table([_l.T("지표", "Indicator"), _l.T("값", "Value"), _l.T("득점", "Points"), _l.T("배점", "Maximum"), _l.T("도 평균", "Province mean"), _l.T("다음 구간까지", "To the next band")], 1, 2, 3, 4);
        for (var j = 0; j < model.Indicators.Count; j++)
        {
            var score = card.Indicators[j];
            points.Add($"{score.Code} {_l.Indicator(model.Indicators[j])}", score.RawValue is { } v ? Numbers.Value(v) : _l.Status(score.Status), Numbers.Points(score.Points),
                Numbers.Points(score.MaximumPoints), Numbers.Points(model.IndicatorMeans[score.Code]), score.Status == IndicatorStatus.Scored ? _l.NextBand(score) : _l.Status(score.Status));
        }

        points.WriteTo(_md);
        foreach (var score in card.Indicators)
        {
            _md.Append("- ").Append(_l.Explanation(score)).Append('\n');
        }

        _md.Append('\n');
    }

    private void Rubric()
    {
        var rubric = model.Rubric;
        Heading(2, _l.T("평가 기준", "The rubric"));
        Paragraph(_l.T($"{rubric.Name}: 만점 {Numbers.Points(rubric.MaximumPoints)}점, 지표 {model.Indicators.Count}개.", $"{rubric.Name}: maximum {Numbers.Points(rubric.MaximumPoints)}, {model.Indicators.Count} indicators."));
        var table = Table([_l.T("지표", "Indicator"), _l.T("배점", "Points"), _l.T("척도", "Scale"), _l.T("기준", "Rule"), _l.T("출처", "Source")], 1);
        foreach (var area in rubric.Areas)
        {
            foreach (var indicator in area.Indicators)
            {
                table.Add($"{indicator.Code} {_l.Indicator(indicator)}", Numbers.Points(indicator.MaximumPoints), indicator.IsExcluded ? _l.T("제외", "excluded") : _l.ScaleKind(indicator.Scale.Kind),
                    indicator.ExclusionReason ?? indicator.Scale.Describe(), _l.Provenance(indicator.Scale.Provenance));
            }
        }

        table.WriteTo(_md);
        Heading(3, _l.T("가정", "Assumptions"));
        var assumptions = model.Assumptions().ToList();
        if (assumptions.Count == 0)
        {
            Paragraph(_l.T("모든 규칙이 출처에 인쇄되어 있습니다.", "Every rule is printed in a source."));
        }
        else
        {
            foreach (var (indicator, what, provenance) in assumptions)
            {
                _md.Append("- ").Append(indicator.Code).Append(" (").Append(what).Append("): ").Append(provenance?.Assumption ?? _l.Provenance(provenance)).Append('\n');
            }

            _md.Append('\n');
        }
    }

    private void Warnings()
    {
        Heading(2, _l.T("경고", "Warnings"));
        if (model.Result.Warnings.Count == 0)
        {
            Paragraph(_l.T("이번 채점에는 경고가 없습니다.", "This run has no warnings."));
            return;
        }

        foreach (var warning in model.Result.Warnings)
        {
            _md.Append("- **").Append(_l.WarningKind(warning.Kind)).Append("**: ").Append(_l.Message(warning)).Append('\n');
        }

        _md.Append('\n');
    }
}
