using System.Globalization;
using MuhanRubric.Reporting.Model;
using MuhanRubric.Reporting.Text;
using MuhanRubric.Scoring;
using ScottPlot;

namespace MuhanRubric.Reporting.Charts;

/// <summary>
/// The report's charts, drawn by ScottPlot as SVG: the ranking, the distribution of totals, the rank intervals, the
/// year-over-year changes and each unit's profile. Labels are Korean when a Korean font was found, otherwise English
/// with romanized names (<see cref="HasKoreanFont"/>).
/// </summary>
internal sealed class ChartFactory
{
    private static readonly Color _primary = Color.FromHex("#1F5F99");
    private static readonly Color _secondary = Color.FromHex("#B0B7BF");
    private static readonly Color _accent = Color.FromHex("#C8553D");
    private static readonly Color _positive = Color.FromHex("#2E7D4F");

    private readonly ReportModel _model;
    private readonly string? _font;
    private readonly Localizer _l;

    public ChartFactory(ReportModel model)
    {
        _model = model;
        _font = ChartFont.Resolve(model.Options.ChartFontFile);
        _l = _font is null ? new Localizer(ReportLanguage.English) : model.L;
    }

    /// <summary>Whether chart labels are in the report's language (a font with Hangul was found).</summary>
    public bool HasKoreanFont => _font is not null;

    /// <summary>Normalized totals by rank, one horizontal bar per unit, best at the top.</summary>
    public SvgChart Ranking()
    {
        var cards = _model.Ranked;
        var plot = NewPlot();
        var bars = cards.Select((card, i) => new Bar
        {
            Position = i,
            Value = (double)card.NormalizedTotal,
            FillColor = _primary,
            LineWidth = 0,
            Size = 0.7,
            Label = Numbers.Points(card.NormalizedTotal),
            Orientation = Orientation.Horizontal,
        }).ToList();
        var barPlot = plot.Add.Bars(bars);
        barPlot.Horizontal = true;
        barPlot.ValueLabelStyle.FontSize = 10;
        plot.Axes.Left.SetTicks([.. cards.Select((_, i) => (double)i)], [.. cards.Select(c => $"{c.Rank}. {_l.Unit(c.Municipality)}")]);
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.SetLimitsY(cards.Count - 0.5, -0.5);
        plot.Axes.SetLimitsX(0, (double)_model.Rubric.MaximumPoints * 1.08);
        plot.XLabel(_l.T($"환산 총점 (만점 {Numbers.Points(_model.Rubric.MaximumPoints)})", $"normalized total (of {Numbers.Points(_model.Rubric.MaximumPoints)})"));
        plot.Grid.YAxisStyle.IsVisible = false;
        var title = _l.T("순위별 환산 총점", "Normalized totals by rank");
        var best = cards.Count > 0 ? cards[0] : null;
        var description = best is null ? title : _l.T(
            $"{cards.Count}개 단위의 환산 총점 막대그래프. 1위 {_l.Unit(best.Municipality)} {Numbers.Points(best.NormalizedTotal)}점.",
            $"Bar chart of the normalized totals of {cards.Count} units. First: {_l.Unit(best.Municipality)}, {Numbers.Points(best.NormalizedTotal)}.");
        return Render(plot, "chart-ranking", title, description, 760, 120 + (22 * cards.Count));
    }

    /// <summary>A histogram of the normalized totals in bins of five points, with the mean marked.</summary>
    public SvgChart Distribution()
    {
        var totals = _model.Result.Cards.Select(c => (double)c.NormalizedTotal).ToList();
        var plot = NewPlot();
        const double Width = 5;
        if (totals.Count > 0)
        {
            var low = Math.Floor(totals.Min() / Width) * Width;
            var high = Math.Max(low + Width, Math.Ceiling((totals.Max() + 1e-9) / Width) * Width);
            var bins = (int)Math.Round((high - low) / Width);
            var counts = new double[bins];
            foreach (var total in totals)
            {
                counts[Math.Min(bins - 1, (int)((total - low) / Width))]++;
            }

            var barPlot = plot.Add.Bars(counts.Select((count, b) => new Bar
            {
                Position = low + ((b + 0.5) * Width),
                Value = count,
                Size = Width * 0.95,
                FillColor = _primary,
                LineWidth = 0,
            }).ToList());
            var mean = plot.Add.VerticalLine(totals.Average());
            mean.Color = _accent;
            mean.LineWidth = 2;
            mean.LinePattern = LinePattern.Dashed;
            mean.LegendText = _l.T($"평균 {Numbers.Points(totals.Average())}", $"mean {Numbers.Points(totals.Average())}");
            plot.Axes.SetLimitsX(low - Width, high + Width);
            plot.Axes.SetLimitsY(0, counts.Max() + 1);
            plot.ShowLegend(Alignment.UpperLeft);
        }

        plot.XLabel(_l.T("환산 총점 (5점 구간)", "normalized total (bins of 5 points)"));
        plot.YLabel(_l.T("단위 수", "units"));
        var title = _l.T("환산 총점의 분포", "Distribution of normalized totals");
        var summary = _model.Totals;
        var description = summary is null ? title : _l.T(
            $"히스토그램: {summary.Count}개 단위, 평균 {Numbers.Points(summary.Mean)}, 최소 {Numbers.Points(summary.Minimum)}, 최대 {Numbers.Points(summary.Maximum)}.",
            $"Histogram of {summary.Count} units: mean {Numbers.Points(summary.Mean)}, minimum {Numbers.Points(summary.Minimum)}, maximum {Numbers.Points(summary.Maximum)}.");
        return Render(plot, "chart-distribution", title, description, 760, 360);
    }

    /// <summary>Each unit's 90 % rank interval (P5–P95) with its median and nominal rank, by nominal rank.</summary>
    public SvgChart RankIntervals()
    {
        var units = _model.Sensitivity!.Municipalities.OrderBy(m => m.NominalRank).ToList();
        var plot = NewPlot();
        for (var i = 0; i < units.Count; i++)
        {
            var line = plot.Add.Line(units[i].Percentile5Rank, i, units[i].Percentile95Rank, i);
            line.Color = _secondary;
            line.LineWidth = 6;
            line.MarkerSize = 0;
        }

        double[] positions = [.. units.Select((_, i) => (double)i)];
        var medians = plot.Add.Markers(units.Select(u => u.MedianRank).ToArray(), positions, MarkerShape.FilledCircle, 7, _primary);
        medians.LegendText = _l.T("중앙값 순위", "median rank");
        var nominal = plot.Add.Markers(units.Select(u => (double)u.NominalRank).ToArray(), positions, MarkerShape.OpenDiamond, 9, _accent);
        nominal.LegendText = _l.T("발표 순위", "published rank");
        plot.Axes.Left.SetTicks([.. units.Select((_, i) => (double)i)], [.. units.Select(u => _l.Unit(u.Municipality))]);
        plot.Axes.SetLimitsY(units.Count - 0.5, -0.5);
        plot.Axes.SetLimitsX(0, units.Count + 1);
        plot.XLabel(_l.T("순위 (막대: 90% 구간, P5–P95)", "rank (bar: 90 % interval, P5–P95)"));
        plot.ShowLegend(Alignment.LowerRight);
        var title = _l.T("순위의 90% 구간", "90 % rank intervals");
        var widest = units.OrderByDescending(u => u.IntervalWidth).FirstOrDefault();
        var description = widest is null ? title : _l.T(
            $"{units.Count}개 단위의 몬테카를로 순위 구간. 가장 넓은 구간: {_l.Unit(widest.Municipality)} [{Numbers.Rank(widest.Percentile5Rank)}, {Numbers.Rank(widest.Percentile95Rank)}].",
            $"Monte Carlo rank intervals of {units.Count} units. Widest: {_l.Unit(widest.Municipality)} [{Numbers.Rank(widest.Percentile5Rank)}, {Numbers.Rank(widest.Percentile95Rank)}].");
        return Render(plot, "chart-rank-intervals", title, description, 760, 120 + (22 * units.Count));
    }

    /// <summary>Each unit's change of normalized total from the first year to the last, largest gain first.</summary>
    public SvgChart YearChanges()
    {
        var years = _model.Years!;
        var units = years.Units.Where(u => u.Overall.IsComparable).OrderByDescending(u => u.Overall.NormalizedTotalChange).ToList();
        var plot = NewPlot();
        var bars = units.Select((u, i) => new Bar
        {
            Position = i,
            Value = (double)u.Overall.NormalizedTotalChange!.Value,
            FillColor = u.Overall.NormalizedTotalChange >= 0 ? _positive : _accent,
            LineWidth = 0,
            Size = 0.7,
            Orientation = Orientation.Horizontal,
        }).ToList();
        var barPlot = plot.Add.Bars(bars);
        barPlot.Horizontal = true;
        plot.Axes.Left.SetTicks([.. units.Select((_, i) => (double)i)], [.. units.Select(u => _l.Unit(u.Unit))]);
        plot.Axes.SetLimitsY(units.Count - 0.5, -0.5);
        var zero = plot.Add.VerticalLine(0);
        zero.Color = Colors.Black;
        zero.LineWidth = 1;
        var from = years.Periods[0].Label;
        var to = years.Periods[^1].Label;
        plot.XLabel(_l.T($"환산 총점 변화 ({from}→{to})", $"change of normalized total ({from}→{to})"));
        var title = _l.T($"{from}→{to} 환산 총점 변화", $"Change of normalized totals, {from}→{to}");
        var description = _l.T($"{units.Count}개 단위의 총점 변화 막대그래프(증가 녹색, 감소 적색).", $"Bar chart of the change for {units.Count} units (gains green, losses red).");
        return Render(plot, "chart-year-changes", title, description, 760, 120 + (22 * Math.Max(1, units.Count)));
    }

    /// <summary>A unit's points per scored indicator as a share of its maximum, beside the province mean share.</summary>
    public SvgChart UnitProfile(ScoreCard card)
    {
        var indicators = _model.Indicators.Select((indicator, j) => (indicator, j)).Where(x => x.indicator.IsScored && x.indicator.MaximumPoints > 0).ToList();
        var plot = NewPlot();
        var unitBars = new List<Bar>();
        var meanBars = new List<Bar>();
        for (var k = 0; k < indicators.Count; k++)
        {
            var (indicator, j) = indicators[k];
            var score = card.Indicators[j];
            var share = score.MaximumPoints > 0 ? (double)(score.Points / score.MaximumPoints) * 100 : 0;
            var meanShare = _model.IndicatorMeans[indicator.Code] / (double)indicator.MaximumPoints * 100;
            unitBars.Add(new Bar { Position = (k * 3) + 0, Value = share, FillColor = _primary, LineWidth = 0, Size = 1 });
            meanBars.Add(new Bar { Position = (k * 3) + 1, Value = meanShare, FillColor = _secondary, LineWidth = 0, Size = 1 });
        }

        var unitPlot = plot.Add.Bars(unitBars);
        unitPlot.LegendText = _l.Unit(card.Municipality);
        var meanPlot = plot.Add.Bars(meanBars);
        meanPlot.LegendText = _l.T("도 평균", "province mean");
        plot.Axes.Bottom.SetTicks([.. indicators.Select((_, k) => (k * 3) + 0.5)], [.. indicators.Select(x => x.indicator.Code)]);
        plot.Axes.Bottom.MajorTickStyle.Length = 0;
        plot.Axes.SetLimitsY(0, 105);
        plot.Axes.SetLimitsX(-1, (indicators.Count * 3) - 0.5);
        plot.YLabel(_l.T("득점률 (%)", "share of maximum (%)"));
        plot.ShowLegend(Edge.Right);
        var title = _l.T($"{_l.Unit(card.Municipality)}: 지표별 득점률과 도 평균", $"{_l.Unit(card.Municipality)}: share of each indicator's maximum, and the province mean");
        var description = _l.T(
            $"{indicators.Count}개 지표의 득점률 막대그래프. 총점 {Numbers.Points(card.Total)}/{Numbers.Points(card.MaximumPoints)}, {card.Rank}위.",
            $"Bar chart over {indicators.Count} indicators. Total {Numbers.Points(card.Total)} of {Numbers.Points(card.MaximumPoints)}, rank {card.Rank}.");
        return Render(plot, Escape.Id("chart-unit-", card.Municipality.Code), title, description, 760, 300);
    }

    private Plot NewPlot()
    {
        var plot = new Plot();
        if (_font is not null)
        {
            plot.Font.Set(_font);
        }

        plot.Axes.Bottom.TickLabelStyle.FontSize = 12;
        plot.Axes.Left.TickLabelStyle.FontSize = 12;
        return plot;
    }

    private static SvgChart Render(Plot plot, string id, string title, string description, int width, int height)
    {
        plot.Title(title, size: 15);
        var svg = plot.GetSvgXml(width, height);
        return SvgChart.FromScottPlot(id, title, description, svg);
    }

    /// <summary>For tests and notes: the family name charts are drawn with, or null.</summary>
    public string? FontFamily => _font;

    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"charts for {_model.Result.Cards.Count} units, font {_font ?? "none"}");
}
