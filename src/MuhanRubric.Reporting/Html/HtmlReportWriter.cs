using System.Text;
using MuhanRubric.Reporting.Charts;
using MuhanRubric.Reporting.Model;
using MuhanRubric.Reporting.Text;
using MuhanRubric.Scoring;

namespace MuhanRubric.Reporting.Html;

/// <summary>
/// The self-contained HTML report: one file, no script, no network; charts as inline SVG drawn by ScottPlot; every
/// table with a caption and header cells; one page (an <c>article</c> that starts a printed page) per unit.
/// </summary>
internal sealed class HtmlReportWriter
{
    private const string Style = """
        :root { color-scheme: light; --ink: #1b1f24; --muted: #5b6570; --line: #d5dbe1; --head: #eef2f6; --accent: #1f5f99; }
        * { box-sizing: border-box; }
        body { margin: 0 auto; max-width: 1100px; padding: 24px 32px 64px; color: var(--ink); background: #fff;
          font-family: 'NanumBarunGothic', '나눔바른고딕', 'Malgun Gothic', '맑은 고딕', 'Apple SD Gothic Neo', 'Noto Sans KR', 'Noto Sans CJK KR', sans-serif;
          font-size: 15px; line-height: 1.55; word-break: keep-all; }
        h1 { font-size: 26px; margin: 0 0 4px; } h2 { font-size: 21px; border-bottom: 2px solid var(--accent); padding-bottom: 4px; margin-top: 40px; }
        h3 { font-size: 18px; margin: 28px 0 8px; } h4 { font-size: 16px; margin: 20px 0 6px; }
        .meta { color: var(--muted); margin: 0 0 16px; } .note { color: var(--muted); font-size: 13px; }
        nav ol { columns: 2; margin: 8px 0 0; padding-left: 20px; }
        table { border-collapse: collapse; margin: 8px 0 16px; font-size: 13.5px; width: 100%; }
        caption { text-align: left; font-weight: bold; padding: 4px 0; }
        th, td { border: 1px solid var(--line); padding: 3px 7px; vertical-align: top; }
        thead th { background: var(--head); text-align: center; }
        tbody th { text-align: left; font-weight: normal; white-space: nowrap; }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        td.text { font-size: 12.5px; }
        figure.chart { margin: 12px 0 20px; } figure.chart svg { max-width: 100%; height: auto; display: block; }
        figcaption { color: var(--muted); font-size: 13px; }
        .summary { font-size: 16px; margin: 6px 0 10px; }
        .unit-page { break-before: page; border-top: 1px solid var(--line); margin-top: 36px; }
        .ram td { text-align: center; padding: 2px 3px; font-size: 11px; }
        .ram td.p0 { color: #b8c0c8; }
        ul.warnings li { margin-bottom: 4px; }
        @media print { body { max-width: none; padding: 0; } nav { display: none; } }
        """;

    private readonly ReportModel _model;
    private readonly ChartFactory _charts;
    private readonly Localizer _l;
    private readonly StringBuilder _html = new();

    public HtmlReportWriter(ReportModel model)
    {
        _model = model;
        _charts = new ChartFactory(model);
        _l = model.L;
    }

    public string Write()
    {
        var title = Escape.Html(_model.Title);
        _html.Append("<!DOCTYPE html>\n<html lang=\"").Append(_l.Language.Code()).Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<meta name=\"generator\" content=\"MuhanRubric.Reporting\">\n")
            .Append("<title>").Append(title).Append("</title>\n<style>\n").Append(Style).Append("\n</style>\n</head>\n<body>\n");
        Header(title);
        _html.Append("<main>\n");
        Ranking();
        Distribution();
        if (_model.Sensitivity is not null)
        {
            Uncertainty();
        }

        if (_model.Years is not null)
        {
            Years();
        }

        Units();
        Rubric();
        Warnings();
        _html.Append("</main>\n</body>\n</html>\n");
        return _html.ToString();
    }

    private void Header(string title)
    {
        var rubric = _model.Rubric;
        _html.Append("<header>\n<h1>").Append(title).Append("</h1>\n<p class=\"meta\">")
            .Append(Escape.Html(_l.T(
                $"평가 기준: {rubric.Name} (만점 {Numbers.Points(rubric.MaximumPoints)}점) · 자료: {_model.DataLabel} · {_model.Result.Cards.Count}개 단위 · 측정항목 {_model.Table.Measures.Count}개",
                $"Rubric: {rubric.Name} (maximum {Numbers.Points(rubric.MaximumPoints)}) · data: {_model.DataLabel} · {_model.Result.Cards.Count} units · {_model.Table.Measures.Count} measures")))
            .Append("</p>\n");
        if (!_charts.HasKoreanFont && _l.IsKorean)
        {
            _html.Append("<p class=\"note\">").Append(Escape.Html("한글 글꼴을 찾지 못해 그래프의 이름은 로마자로 표시합니다 (fonts-nanum 설치 권장).")).Append("</p>\n");
        }

        _html.Append("<nav aria-label=\"").Append(_l.T("목차", "Contents")).Append("\"><strong>").Append(_l.T("목차", "Contents")).Append("</strong>\n<ol>\n");
        foreach (var (id, name) in Sections())
        {
            _html.Append("<li><a href=\"#").Append(id).Append("\">").Append(Escape.Html(name)).Append("</a></li>\n");
        }

        _html.Append("</ol>\n</nav>\n</header>\n");
    }

    private IEnumerable<(string Id, string Name)> Sections()
    {
        yield return ("ranking", _l.T("순위와 영역별 소계", "Ranking and area subtotals"));
        yield return ("distribution", _l.T("총점의 분포", "Distribution of totals"));
        if (_model.Sensitivity is not null)
        {
            yield return ("uncertainty", _l.T("순위의 불확실성", "Uncertainty of the ranks"));
        }

        if (_model.Years is not null)
        {
            yield return ("years", _l.T("연도별 변화", "Year-over-year changes"));
        }

        yield return ("units", _l.T("시군별 결과", "Results by unit"));
        yield return ("rubric", _l.T("평가 기준", "The rubric"));
        yield return ("warnings", _l.T("경고", "Warnings"));
    }

    private void SectionStart(string id, string heading) =>
        _html.Append("<section id=\"").Append(id).Append("\" aria-labelledby=\"").Append(id).Append("-h\">\n<h2 id=\"").Append(id).Append("-h\">")
            .Append(Escape.Html(heading)).Append("</h2>\n");

    private void Chart(SvgChart chart) =>
        _html.Append("<figure class=\"chart\" data-chart=\"").Append(chart.Id).Append("\">\n").Append(chart.Svg).Append("\n<figcaption>")
            .Append(Escape.Html(chart.Description)).Append("</figcaption>\n</figure>\n");

    private void Ranking()
    {
        SectionStart("ranking", _l.T("순위와 영역별 소계", "Ranking and area subtotals"));
        _html.Append("<p>").Append(Escape.Html(_l.T(
            "순위는 환산 총점(총점 × 만점 ÷ 해당 단위의 만점)의 경쟁 순위(1224 방식)입니다. 일부 지표가 제외된 단위는 만점이 낮아지고 총점이 환산됩니다.",
            "Ranks are competition ranks (\"1224\") of the normalized total (total × rubric maximum ÷ the unit's maximum); a unit for which indicators were left out has a lower maximum and its total is rescaled.")))
            .Append("</p>\n");
        Chart(_charts.Ranking());
        var headers = new List<string> { _l.T("순위", "Rank"), _l.T("시군", "Unit") };
        headers.AddRange(_model.ScoredAreas.Select(a => $"{a.Code} {_l.Area(a)} ({Numbers.Points(a.MaximumPoints)})"));
        headers.AddRange([_l.T("총점", "Total"), _l.T("만점", "Maximum"), _l.T("환산 총점", "Normalized")]);
        TableStart(_l.T("순위표", "Ranking"), headers, numericFrom: 2, firstNumeric: true);
        foreach (var card in _model.Ranked)
        {
            _html.Append("<tr><td class=\"num\">").Append(card.Rank).Append("</td><th scope=\"row\"><a href=\"#").Append(Escape.Id("unit-", card.Municipality.Code)).Append("\">")
                .Append(Escape.Html(_l.Unit(card.Municipality))).Append("</a></th>");
            foreach (var area in _model.ScoredAreas)
            {
                Num(Numbers.Points(card.Areas.First(a => a.Code == area.Code).Points));
            }

            Num(Numbers.Points(card.Total));
            Num(Numbers.Points(card.MaximumPoints));
            Num(Numbers.Points(card.NormalizedTotal));
            _html.Append("</tr>\n");
        }

        _html.Append("</tbody>\n<tfoot><tr><td></td><th scope=\"row\">").Append(_l.T("평균", "Mean")).Append("</th>");
        foreach (var area in _model.ScoredAreas)
        {
            Num(Numbers.Points(_model.AreaMeans[area.Code]));
        }

        Num(Numbers.Points(_model.Result.Cards.Count == 0 ? 0d : _model.Result.Cards.Average(c => (double)c.Total)));
        Num(string.Empty);
        Num(_model.Totals is { } t ? Numbers.Points(t.Mean) : string.Empty);
        _html.Append("</tr></tfoot>\n</table>\n</section>\n");
    }

    private void Distribution()
    {
        SectionStart("distribution", _l.T("총점의 분포", "Distribution of totals"));
        Chart(_charts.Distribution());
        if (_model.Totals is { } t)
        {
            TableStart(_l.T("환산 총점 요약", "Normalized totals, summary"), [_l.T("단위 수", "Units"), _l.T("평균", "Mean"), _l.T("표준편차", "SD"), _l.T("중앙값", "Median"), _l.T("최솟값", "Minimum"), _l.T("최댓값", "Maximum")], numericFrom: 0);
            _html.Append("<tr>");
            Num(Numbers.Whole(t.Count));
            Num(Numbers.Points(t.Mean));
            Num(Numbers.Points(t.StandardDeviation));
            Num(Numbers.Points(t.Median));
            Num(Numbers.Points(t.Minimum));
            Num(Numbers.Points(t.Maximum));
            _html.Append("</tr>\n</tbody>\n</table>\n<p class=\"note\">").Append(Escape.Html(_l.T("표준편차는 표본 표준편차(n − 1)입니다.", "SD is the sample standard deviation (n − 1)."))).Append("</p>\n");
        }

        _html.Append("</section>\n");
    }

    private void Uncertainty()
    {
        var sensitivity = _model.Sensitivity!;
        SectionStart("uncertainty", _l.T("순위의 불확실성", "Uncertainty of the ranks"));
        _html.Append("<p>").Append(Escape.Html(_l.T(
            $"몬테카를로 {Numbers.Whole(sensitivity.Options.Samples)}회 (시드 {sensitivity.Options.Seed}): 가중치 {sensitivity.Options.Weights}, 구간 경계 {sensitivity.Options.BandEdges}, 지표 포함 {sensitivity.Options.Inclusion}. 구간은 표본 순위의 5–95 백분위수(R6, SPSS 방식)입니다.",
            $"Monte Carlo, {Numbers.Whole(sensitivity.Options.Samples)} samples (seed {sensitivity.Options.Seed}): weights {sensitivity.Options.Weights}, band edges {sensitivity.Options.BandEdges}, inclusion {sensitivity.Options.Inclusion}. Intervals are the 5th–95th percentiles of the sampled ranks (R6, SPSS's definition).")))
            .Append("</p>\n");
        Chart(_charts.RankIntervals());
        var units = sensitivity.Municipalities.OrderBy(m => m.NominalRank).ToList();
        TableStart(_l.T("순위 구간", "Rank intervals"),
            [_l.T("발표 순위", "Published rank"), _l.T("시군", "Unit"), _l.T("중앙값", "Median"), "P5", "P95", _l.T("평균 순위", "Mean rank"), _l.T($"상위 {sensitivity.Options.TopCount}위 확률", $"P(top {sensitivity.Options.TopCount})"), _l.T("환산 총점 평균", "Mean total"), _l.T("표준편차", "SD")],
            numericFrom: 2, firstNumeric: true);
        foreach (var m in units)
        {
            _html.Append("<tr><td class=\"num\">").Append(m.NominalRank).Append("</td><th scope=\"row\">").Append(Escape.Html(_l.Unit(m.Municipality))).Append("</th>");
            Num(Numbers.Rank(m.MedianRank));
            Num(Numbers.Rank(m.Percentile5Rank));
            Num(Numbers.Rank(m.Percentile95Rank));
            Num(Numbers.Rank(m.MeanRank));
            Num(Numbers.Probability(m.TopProbability));
            Num(Numbers.Points(m.MeanNormalizedTotal));
            Num(Numbers.Points(m.NormalizedTotalStandardDeviation));
            _html.Append("</tr>\n");
        }

        _html.Append("</tbody>\n</table>\n");
        var n = units.Count;
        _html.Append("<h3>").Append(Escape.Html(_l.T("순위 수용 행렬", "Rank-acceptability matrix"))).Append("</h3>\n<p>")
            .Append(Escape.Html(_l.T("각 칸은 해당 단위가 그 순위를 차지한 표본의 비율 P(순위 = k)입니다 (–: 한 번도 없음).", "Each cell is the share of samples in which the unit took that rank, P(rank = k) (–: never).")))
            .Append("</p>\n<div style=\"overflow-x:auto\">\n<table class=\"ram\">\n<caption>").Append(Escape.Html(_l.T("순위 수용 행렬", "Rank-acceptability matrix"))).Append("</caption>\n<thead><tr><th scope=\"col\">")
            .Append(Escape.Html(_l.T("시군", "Unit"))).Append("</th>");
        for (var k = 1; k <= n; k++)
        {
            _html.Append("<th scope=\"col\">").Append(k).Append("</th>");
        }

        _html.Append("</tr></thead>\n<tbody>\n");
        foreach (var m in units)
        {
            _html.Append("<tr><th scope=\"row\">").Append(Escape.Html(_l.Unit(m.Municipality))).Append("</th>");
            for (var k = 1; k <= n; k++)
            {
                var p = m.RankProbability(k);
                if (p <= 0)
                {
                    _html.Append("<td class=\"p0\">–</td>");
                    continue;
                }

                var alpha = Math.Round(0.12 + (0.88 * Math.Sqrt(p)), 2);
                _html.Append("<td style=\"background: rgba(31, 95, 153, ").Append(alpha.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)).Append(");")
                    .Append(alpha > 0.55 ? " color: #fff;" : string.Empty).Append("\">").Append(Numbers.Probability(p)[1..]).Append("</td>");
            }

            _html.Append("</tr>\n");
        }

        _html.Append("</tbody>\n</table>\n</div>\n");
        if (sensitivity.Indices.Count > 0)
        {
            TableStart(_l.T("1차 민감도 지수 (순위 분산 중 설명 비율)", "First-order sensitivity indices (share of rank variance explained)"), [_l.T("불확실 입력", "Uncertain input"), "S"], numericFrom: 1);
            foreach (var index in sensitivity.Indices)
            {
                _html.Append("<tr><th scope=\"row\">").Append(Escape.Html(index.Input.Name)).Append("</th>");
                Num(Numbers.Probability(index.Value));
                _html.Append("</tr>\n");
            }

            _html.Append("</tbody>\n</table>\n");
        }

        _html.Append("</section>\n");
    }

    private void Years()
    {
        var years = _model.Years!;
        SectionStart("years", _l.T("연도별 변화", "Year-over-year changes"));
        _html.Append("<p>").Append(Escape.Html(_l.T(
            $"같은 평가 기준({years.Rubric.Name})으로 {string.Join(", ", years.Periods.Select(p => p.Label))}년을 채점했습니다. {(years.BasePeriod is { } b ? $"분포 기준 경계는 {b.Label}년 값으로 고정했습니다." : "분포 기준 경계는 해마다 다시 계산했습니다.")} 점수 변화는 지표별 기여의 합입니다.",
            $"The same rubric ({years.Rubric.Name}) scored {string.Join(", ", years.Periods.Select(p => p.Label))}. {(years.BasePeriod is { } b2 ? $"Population cut-offs frozen from {b2.Label}." : "Population cut-offs recomputed each year.")} A change of points is the sum of the indicators' contributions.")))
            .Append("</p>\n");
        Chart(_charts.YearChanges());
        var headers = new List<string> { _l.T("시군", "Unit") };
        foreach (var period in years.Periods)
        {
            headers.Add(_l.T($"{period.Label} 환산 총점", $"{period.Label} normalized"));
            headers.Add(_l.T($"{period.Label} 순위", $"{period.Label} rank"));
        }

        headers.AddRange([_l.T("총점 변화", "Change (points)"), _l.T("환산 총점 변화", "Change (normalized)"), _l.T("순위 변화", "Rank change"), _l.T("주요 기여 지표", "Main contributions")]);
        TableStart(_l.T("연도별 환산 총점과 순위", "Normalized totals and ranks by year"), headers, numericFrom: 1);
        foreach (var unit in years.Units)
        {
            _html.Append("<tr><th scope=\"row\">").Append(Escape.Html(_l.Unit(unit.Unit))).Append("</th>");
            foreach (var year in unit.Years)
            {
                if (year.Card is { } card)
                {
                    Num(Numbers.Points(card.NormalizedTotal));
                    Num(Numbers.Whole(card.Rank));
                }
                else
                {
                    _html.Append("<td class=\"num\" colspan=\"2\">").Append(Escape.Html(_l.Absence(year.Status))).Append("</td>");
                }
            }

            var overall = unit.Overall;
            Num(overall.TotalChange is { } tc ? Numbers.Change(tc) : "–");
            Num(overall.NormalizedTotalChange is { } nc ? Numbers.Change(nc) : "–");
            Num(overall.RankChange is { } rc ? (rc > 0 ? "▲" + rc : rc < 0 ? "▼" + (-rc) : "–") : "–");
            _html.Append("<td class=\"text\">").Append(Escape.Html(Contributions(overall))).Append("</td></tr>\n");
        }

        _html.Append("</tbody>\n</table>\n</section>\n");
    }

    private static string Contributions(MuhanRubric.Analysis.YearChange change) =>
        string.Join(", ", change.Contributions.Where(c => c.Change != 0).OrderByDescending(c => Math.Abs(c.Change)).Take(4).Select(c => $"{c.Code} {Numbers.Change(c.Change)}"));

    private void Units()
    {
        SectionStart("units", _l.T("시군별 결과", "Results by unit"));
        var averageNote = _model.Options.PrintedProvinceAverages is null
            ? _l.T($"도 평균은 자료에 있는 {_model.Result.Cards.Count}개 단위 값의 산술평균입니다(결측 제외).", $"The province average is the mean of the {_model.Result.Cards.Count} units' values in the data (missing cells left out).")
            : _l.T($"도 평균은 보고서에 인쇄된 값입니다 ({_model.Options.PrintedProvinceAveragesSource}); 인쇄되지 않은 항목은 단위 값의 평균입니다.", $"The province average is the one printed in the report ({_model.Options.PrintedProvinceAveragesSource}); where none is printed, the mean of the units' values.");
        _html.Append("<p class=\"note\">").Append(Escape.Html(averageNote)).Append("</p>\n");
        foreach (var card in _model.Result.Cards)
        {
            UnitPage(card);
        }

        _html.Append("</section>\n");
    }

    private void UnitPage(ScoreCard card)
    {
        var unit = card.Municipality;
        var id = Escape.Id("unit-", unit.Code);
        _html.Append("<article class=\"unit-page\" id=\"").Append(id).Append("\" aria-labelledby=\"").Append(id).Append("-h\">\n<h3 id=\"").Append(id).Append("-h\">")
            .Append(Escape.Html(_l.UnitHeading(unit))).Append("</h3>\n<p class=\"summary\">")
            .Append(Escape.Html(Summary(card))).Append("</p>\n");
        Chart(_charts.UnitProfile(card));
        _html.Append("<h4>").Append(Escape.Html(_l.T("측정항목과 도 평균", "Measures beside the province average"))).Append("</h4>\n");
        TableStart(_l.T($"{_l.Unit(unit)}의 측정항목", $"Measures of {_l.Unit(unit)}"), [_l.T("측정항목", "Measure"), _l.T("단위", "Unit of measure"), _l.Unit(unit), _l.T("도 평균", "Province average"), _l.T("지표", "Indicators")], numericFrom: 2, numericTo: 3);
        foreach (var row in _model.Measures)
        {
            _html.Append("<tr><th scope=\"row\">").Append(Escape.Html(_l.Measure(row.Measure))).Append("</th><td>").Append(Escape.Html(_l.MeasureUnit(row.Measure.Unit))).Append("</td>");
            Num(_model.Value(unit, row));
            Num(_model.Average(row));
            _html.Append("<td>").Append(Escape.Html(string.Join(", ", row.Readers))).Append("</td></tr>\n");
        }

        _html.Append("</tbody>\n</table>\n<h4>").Append(Escape.Html(_l.T("지표별 점수", "Points per indicator"))).Append("</h4>\n");
        TableStart(_l.T($"{_l.Unit(unit)}의 지표별 점수", $"Points per indicator of {_l.Unit(unit)}"),
            [_l.T("지표", "Indicator"), _l.T("값", "Value"), _l.T("득점", "Points"), _l.T("배점", "Maximum"), _l.T("도 평균", "Province mean"), _l.T("다음 구간까지", "To the next band"), _l.T("설명", "Explanation")],
            numericFrom: 1, numericTo: 4);
        var indicators = _model.Indicators;
        for (var j = 0; j < indicators.Count; j++)
        {
            var score = card.Indicators[j];
            _html.Append("<tr><th scope=\"row\">").Append(Escape.Html($"{score.Code} {_l.Indicator(indicators[j])}")).Append("</th>");
            Num(score.RawValue is { } v ? Numbers.Value(v) : _l.Status(score.Status));
            Num(Numbers.Points(score.Points));
            Num(Numbers.Points(score.MaximumPoints));
            Num(Numbers.Points(_model.IndicatorMeans[score.Code]));
            _html.Append("<td>").Append(Escape.Html(score.Status == IndicatorStatus.Scored ? _l.NextBand(score) : _l.Status(score.Status))).Append("</td>");
            _html.Append("<td class=\"text\">").Append(Escape.Html(_l.Explanation(score))).Append("</td></tr>\n");
        }

        _html.Append("</tbody>\n<tfoot><tr><th scope=\"row\">").Append(_l.T("합계", "Total")).Append("</th><td></td>");
        Num(Numbers.Points(card.Total));
        Num(Numbers.Points(card.MaximumPoints));
        Num(Numbers.Points(_model.Result.Cards.Count == 0 ? 0d : _model.Result.Cards.Average(c => (double)c.Total)));
        _html.Append("<td colspan=\"2\"></td></tr></tfoot>\n</table>\n</article>\n");
    }

    private string Summary(ScoreCard card)
    {
        var count = _model.Result.Cards.Count;
        var text = new StringBuilder(_l.T(
            $"총점 {Numbers.Points(card.Total)}점 / 만점 {Numbers.Points(card.MaximumPoints)}점, 환산 총점 {Numbers.Points(card.NormalizedTotal)}점으로 {count}개 단위 중 {card.Rank}위입니다.",
            $"Total {Numbers.Points(card.Total)} of {Numbers.Points(card.MaximumPoints)}, normalized {Numbers.Points(card.NormalizedTotal)}: rank {card.Rank} of {count}."));
        var areas = string.Join(", ", _model.ScoredAreas.Select(a => card.Areas.First(s => s.Code == a.Code)).Select(a => $"{a.Code} {Numbers.Points(a.Points)}/{Numbers.Points(a.MaximumPoints)}"));
        text.Append(' ').Append(_l.T($"영역별: {areas}.", $"Areas: {areas}."));
        if (_model.Uncertainty(card.Municipality) is { } u)
        {
            text.Append(' ').Append(_l.T(
                $"몬테카를로 90% 순위 구간 [{Numbers.Rank(u.Percentile5Rank)}, {Numbers.Rank(u.Percentile95Rank)}], 중앙값 {Numbers.Rank(u.MedianRank)}위.",
                $"Monte Carlo 90 % rank interval [{Numbers.Rank(u.Percentile5Rank)}, {Numbers.Rank(u.Percentile95Rank)}], median {Numbers.Rank(u.MedianRank)}."));
        }

        if (_model.AcrossYears(card.Municipality) is { } y && y.Overall.IsComparable)
        {
            text.Append(' ').Append(_l.T(
                $"{y.Overall.From.Label}→{y.Overall.To.Label} 총점 변화 {Numbers.Change(y.Overall.TotalChange!.Value)}점 ({Contributions(y.Overall)}).",
                $"{y.Overall.From.Label}→{y.Overall.To.Label}: {Numbers.Change(y.Overall.TotalChange!.Value)} points ({Contributions(y.Overall)})."));
        }

        var left = card.NotScored.Where(s => s.Status is IndicatorStatus.Missing or IndicatorStatus.NotApplicable).Select(s => $"{s.Code} {_l.Status(s.Status)}").ToList();
        if (left.Count > 0)
        {
            text.Append(' ').Append(_l.T($"제외된 지표: {string.Join(", ", left)}.", $"Left out: {string.Join(", ", left)}."));
        }

        return text.ToString();
    }

    private void Rubric()
    {
        var rubric = _model.Rubric;
        SectionStart("rubric", _l.T("평가 기준", "The rubric"));
        _html.Append("<p>").Append(Escape.Html(_l.T(
            $"{rubric.Name}: 만점 {Numbers.Points(rubric.MaximumPoints)}점, 지표 {_model.Indicators.Count}개, 점수는 소수 {rubric.PointsDecimals}자리까지. 결측 처리: {rubric.MissingData}.",
            $"{rubric.Name}: maximum {Numbers.Points(rubric.MaximumPoints)}, {_model.Indicators.Count} indicators, points kept to {rubric.PointsDecimals} decimals. Missing data: {rubric.MissingData}.")))
            .Append("</p>\n");
        if (!string.IsNullOrWhiteSpace(rubric.Description))
        {
            _html.Append("<p class=\"note\">").Append(Escape.Html(rubric.Description)).Append("</p>\n");
        }

        TableStart(_l.T("영역과 지표", "Areas and indicators"), [_l.T("지표", "Indicator"), _l.T("배점", "Points"), _l.T("척도", "Scale"), _l.T("기준", "Rule"), _l.T("출처", "Source")], numericFrom: 1, numericTo: 1);
        foreach (var area in rubric.Areas)
        {
            _html.Append("<tr><th scope=\"rowgroup\" colspan=\"5\">").Append(Escape.Html($"{area.Code} {_l.Area(area)} ({Numbers.Points(area.MaximumPoints)})")).Append("</th></tr>\n");
            foreach (var indicator in area.Indicators)
            {
                _html.Append("<tr><th scope=\"row\">").Append(Escape.Html($"{indicator.Code} {_l.Indicator(indicator)}")).Append("</th>");
                Num(Numbers.Points(indicator.MaximumPoints));
                _html.Append("<td>").Append(Escape.Html(indicator.IsExcluded ? _l.T("제외", "excluded") : _l.ScaleKind(indicator.Scale.Kind))).Append("</td><td class=\"text\">")
                    .Append(Escape.Html(indicator.ExclusionReason ?? indicator.Scale.Describe()));
                foreach (var o in indicator.GroupOverrides)
                {
                    _html.Append("<br>").Append(Escape.Html($"{o.Group}: {o.Scale.Describe()}"));
                }

                if (indicator.NotApplicable is { } na)
                {
                    _html.Append("<br>").Append(Escape.Html(_l.T($"해당없음: {string.Join(", ", na.UnitCodes)} ({na.Reason})", $"not applicable: {string.Join(", ", na.UnitCodes)} ({na.Reason})")));
                }

                _html.Append("</td><td class=\"text\">").Append(Escape.Html(_l.Provenance(indicator.Scale.Provenance)));
                if (indicator.PointsProvenance != indicator.Scale.Provenance)
                {
                    _html.Append("<br>").Append(Escape.Html(_l.T("배점: ", "points: ") + _l.Provenance(indicator.PointsProvenance)));
                }

                _html.Append("</td></tr>\n");
            }
        }

        _html.Append("</tbody>\n</table>\n<h3>").Append(Escape.Html(_l.T("가정", "Assumptions"))).Append("</h3>\n");
        var assumptions = _model.Assumptions().ToList();
        if (assumptions.Count == 0)
        {
            _html.Append("<p>").Append(Escape.Html(_l.T("모든 규칙이 출처에 인쇄되어 있습니다.", "Every rule is printed in a source."))).Append("</p>\n");
        }
        else
        {
            _html.Append("<ul>\n");
            foreach (var (indicator, what, provenance) in assumptions)
            {
                _html.Append("<li>").Append(Escape.Html($"{indicator.Code} ({what}): {provenance?.Assumption ?? _l.Provenance(provenance)}")).Append("</li>\n");
            }

            _html.Append("</ul>\n");
        }

        if (rubric.Warnings.Count > 0)
        {
            _html.Append("<h3>").Append(Escape.Html(_l.T("평가 기준 자체의 문제", "Problems of the rubric itself"))).Append("</h3>\n<ul>\n");
            foreach (var problem in rubric.Warnings)
            {
                _html.Append("<li>").Append(Escape.Html(problem.ToString())).Append("</li>\n");
            }

            _html.Append("</ul>\n");
        }

        if (_model.Result.FrozenScales.Count > 0)
        {
            TableStart(_l.T("이번 채점의 분포 기준 경계값", "Population cut-offs of this run"), [_l.T("지표", "Indicator"), _l.T("규칙", "Rule"), _l.T("경계값", "Cut-offs"), _l.T("확정 구간", "Resolved bands")], numericFrom: -1);
            foreach (var frozen in _model.Result.FrozenScales)
            {
                _html.Append("<tr><th scope=\"row\">").Append(Escape.Html(frozen.IndicatorCode + (frozen.Group is null ? string.Empty : $" [{frozen.Group}]"))).Append("</th><td class=\"text\">")
                    .Append(Escape.Html(frozen.Rule)).Append("</td><td>").Append(Escape.Html(string.Join(", ", frozen.Cutoffs.Select(c => $"{c.Cutoff} = {Numbers.Value(c.Value)}"))))
                    .Append("</td><td class=\"text\">").Append(Escape.Html(frozen.Resolved)).Append("</td></tr>\n");
            }

            _html.Append("</tbody>\n</table>\n");
        }

        _html.Append("</section>\n");
    }

    private void Warnings()
    {
        SectionStart("warnings", _l.T("경고", "Warnings"));
        var warnings = _model.Result.Warnings;
        if (warnings.Count == 0)
        {
            _html.Append("<p>").Append(Escape.Html(_l.T("이번 채점에는 경고가 없습니다.", "This run has no warnings."))).Append("</p>\n");
        }
        else
        {
            _html.Append("<p>").Append(Escape.Html(_l.T($"결과를 읽는 사람이 알아야 할 경고 {warnings.Count}건:", $"{warnings.Count} warning(s) a reader of the results must know:"))).Append("</p>\n<ul class=\"warnings\">\n");
            foreach (var warning in warnings)
            {
                _html.Append("<li><strong>").Append(Escape.Html(_l.WarningKind(warning.Kind))).Append("</strong>: ").Append(Escape.Html(_l.Message(warning))).Append("</li>\n");
            }

            _html.Append("</ul>\n");
        }

        _html.Append("</section>\n");
    }

    private void TableStart(string caption, IReadOnlyList<string> headers, int numericFrom, int numericTo = int.MaxValue, bool firstNumeric = false)
    {
        _html.Append("<table>\n<caption>").Append(Escape.Html(caption)).Append("</caption>\n<thead><tr>");
        for (var c = 0; c < headers.Count; c++)
        {
            var numeric = (c >= numericFrom && c <= numericTo && numericFrom >= 0) || (c == 0 && firstNumeric);
            _html.Append(numeric ? "<th scope=\"col\" class=\"num\">" : "<th scope=\"col\">").Append(Escape.Html(headers[c])).Append("</th>");
        }

        _html.Append("</tr></thead>\n<tbody>\n");
    }

    private void Num(string text) => _html.Append("<td class=\"num\">").Append(Escape.Html(text)).Append("</td>");
}
