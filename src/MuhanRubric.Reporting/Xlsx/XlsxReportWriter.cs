using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using MuhanRubric.Reporting.Model;
using MuhanRubric.Reporting.Text;

namespace MuhanRubric.Reporting.Xlsx;

/// <summary>
/// The XLSX workbook: the ranking, the score cards (a row per unit and indicator), the indicator × unit points, the
/// measures with the province average, the rubric, the warnings, and the rank intervals and year changes when given.
/// Written with the Open XML SDK; numbers are numeric cells with a number format, text is inline strings.
/// </summary>
internal sealed class XlsxReportWriter(ReportModel model)
{
    private readonly Localizer _l = model.L;

    public void Write(Stream output)
    {
        List<XlsxSheet> sheets = [Ranking(), ScoreCards(), Points(), Measures(), Rubric(), Warnings()];
        if (model.Sensitivity is not null)
        {
            sheets.Add(Uncertainty());
        }

        if (model.Years is not null)
        {
            sheets.Add(Years());
        }

        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        workbookPart.Workbook = new Workbook();
        var styles = workbookPart.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = Stylesheet();
        var sheetList = workbookPart.Workbook.AppendChild(new Sheets());
        uint id = 1;
        foreach (var sheet in sheets)
        {
            var part = workbookPart.AddNewPart<WorksheetPart>();
            var worksheet = new Worksheet();
            worksheet.AppendChild(new SheetViews(new SheetView(new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen }) { WorkbookViewId = 0 }));
            worksheet.AppendChild(new Columns(sheet.Widths.Select((w, c) => new Column { Min = (uint)(c + 1), Max = (uint)(c + 1), Width = w, CustomWidth = true })));
            var data = new SheetData();
            foreach (var row in sheet.Rows)
            {
                data.AppendChild(row);
            }

            worksheet.AppendChild(data);
            part.Worksheet = worksheet;
            sheetList.AppendChild(new Sheet { Id = workbookPart.GetIdOfPart(part), SheetId = id++, Name = sheet.Name });
        }

        workbookPart.Workbook.Save();
    }

    private static Stylesheet Stylesheet() => new(
        new Fonts(new Font(new FontSize { Val = 11 }), new Font(new Bold(), new FontSize { Val = 11 })),
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
        new Borders(new Border()),
        new CellFormats(
            new CellFormat(),
            new CellFormat { FontId = 1, ApplyFont = true },
            new CellFormat { NumberFormatId = 2, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 1, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 165, ApplyNumberFormat = true }))
    {
        NumberingFormats = new NumberingFormats(
            new NumberingFormat { NumberFormatId = 164, FormatCode = "0.000" },
            new NumberingFormat { NumberFormatId = 165, FormatCode = "0.0" }),
    };

    private XlsxSheet Ranking()
    {
        var sheet = new XlsxSheet(_l.T("순위", "Ranking"));
        sheet.Header([_l.T("순위", "Rank"), _l.T("코드", "Code"), _l.T("시군", "Unit"), .. model.ScoredAreas.Select(a => $"{a.Code} {_l.Area(a)}"), _l.T("총점", "Total"), _l.T("만점", "Maximum"), _l.T("환산 총점", "Normalized")]);
        foreach (var card in model.Ranked)
        {
            var row = sheet.NewRow();
            sheet.Number(row, card.Rank, NumberStyle.Whole);
            sheet.Text(row, card.Municipality.Code);
            sheet.Text(row, _l.Unit(card.Municipality));
            foreach (var area in model.ScoredAreas)
            {
                sheet.Number(row, card.Areas.First(a => a.Code == area.Code).Points, NumberStyle.TwoDecimals);
            }

            sheet.Number(row, card.Total, NumberStyle.TwoDecimals);
            sheet.Number(row, card.MaximumPoints, NumberStyle.TwoDecimals);
            sheet.Number(row, card.NormalizedTotal, NumberStyle.TwoDecimals);
        }

        return sheet;
    }

    private XlsxSheet ScoreCards()
    {
        var sheet = new XlsxSheet(_l.T("점수카드", "Score cards"));
        sheet.Header(_l.T("코드", "Code"), _l.T("시군", "Unit"), _l.T("지표", "Indicator"), _l.T("지표명", "Indicator name"), _l.T("상태", "Status"), _l.T("값", "Value"), _l.T("구간", "Band"),
            _l.T("득점", "Points"), _l.T("배점", "Maximum"), _l.T("다음 구간 점수", "Next band points"), _l.T("다음 구간", "Next band"), _l.T("거리", "Distance"), _l.T("설명", "Explanation"));
        foreach (var card in model.Result.Cards)
        {
            for (var j = 0; j < model.Indicators.Count; j++)
            {
                var score = card.Indicators[j];
                var row = sheet.NewRow();
                sheet.Text(row, card.Municipality.Code);
                sheet.Text(row, _l.Unit(card.Municipality));
                sheet.Text(row, score.Code);
                sheet.Text(row, _l.Indicator(model.Indicators[j]));
                sheet.Text(row, _l.Status(score.Status));
                sheet.Number(row, score.RawValue, NumberStyle.TwoDecimals);
                sheet.Text(row, score.Hit);
                sheet.Number(row, score.Points, NumberStyle.TwoDecimals);
                sheet.Number(row, score.MaximumPoints, NumberStyle.TwoDecimals);
                sheet.Number(row, score.Next?.Points, NumberStyle.TwoDecimals);
                sheet.Text(row, score.Next is { } next ? _l.Interval(next.Interval) : null);
                sheet.Number(row, score.Next is { } n ? (n.Upwards ? n.Distance : -n.Distance) : null, NumberStyle.TwoDecimals);
                sheet.Text(row, _l.Explanation(score));
            }
        }

        return sheet;
    }

    private XlsxSheet Points()
    {
        var sheet = new XlsxSheet(_l.T("지표별 점수", "Points"));
        sheet.Header([_l.T("코드", "Code"), _l.T("시군", "Unit"), .. model.Indicators.Select(i => i.Code), _l.T("총점", "Total")]);
        foreach (var card in model.Ranked)
        {
            var row = sheet.NewRow();
            sheet.Text(row, card.Municipality.Code);
            sheet.Text(row, _l.Unit(card.Municipality));
            foreach (var score in card.Indicators)
            {
                sheet.Number(row, score.Points, NumberStyle.TwoDecimals);
            }

            sheet.Number(row, card.Total, NumberStyle.TwoDecimals);
        }

        var mean = sheet.NewRow();
        sheet.Text(mean, string.Empty);
        sheet.Text(mean, _l.T("도 평균", "Province mean"), style: 1);
        foreach (var indicator in model.Indicators)
        {
            sheet.Number(mean, model.IndicatorMeans[indicator.Code], NumberStyle.TwoDecimals);
        }

        return sheet;
    }

    private XlsxSheet Measures()
    {
        var sheet = new XlsxSheet(_l.T("측정항목", "Measures"));
        sheet.Header([_l.T("코드", "Code"), _l.T("시군", "Unit"), .. model.Measures.Select(m => _l.Measure(m.Measure))]);
        foreach (var card in model.Result.Cards)
        {
            var row = sheet.NewRow();
            sheet.Text(row, card.Municipality.Code);
            sheet.Text(row, _l.Unit(card.Municipality));
            foreach (var measure in model.Measures)
            {
                sheet.Number(row, model.Number(card.Municipality, measure.Measure), measure.Measure.IsWholeCount ? NumberStyle.Whole : NumberStyle.TwoDecimals);
            }
        }

        var average = sheet.NewRow();
        sheet.Text(average, string.Empty);
        sheet.Text(average, model.Options.PrintedProvinceAverages is null ? _l.T("도 평균", "Province average") : _l.T("도 평균 (인쇄)", "Province average (printed)"), style: 1);
        foreach (var measure in model.Measures)
        {
            sheet.Number(average, measure.Average, NumberStyle.TwoDecimals);
        }

        return sheet;
    }

    private XlsxSheet Rubric()
    {
        var sheet = new XlsxSheet(_l.T("평가기준", "Rubric"));
        sheet.Header(_l.T("영역", "Area"), _l.T("지표", "Indicator"), _l.T("지표명", "Name"), _l.T("배점", "Points"), _l.T("척도", "Scale"), _l.T("기준", "Rule"), _l.T("출처", "Source"), _l.T("배점 출처", "Points source"));
        foreach (var area in model.Rubric.Areas)
        {
            foreach (var indicator in area.Indicators)
            {
                var row = sheet.NewRow();
                sheet.Text(row, $"{area.Code} {_l.Area(area)}");
                sheet.Text(row, indicator.Code);
                sheet.Text(row, _l.Indicator(indicator));
                sheet.Number(row, indicator.MaximumPoints, NumberStyle.TwoDecimals);
                sheet.Text(row, indicator.IsExcluded ? _l.T("제외", "excluded") : _l.ScaleKind(indicator.Scale.Kind));
                sheet.Text(row, indicator.ExclusionReason ?? indicator.Scale.Describe());
                sheet.Text(row, _l.Provenance(indicator.Scale.Provenance));
                sheet.Text(row, _l.Provenance(indicator.PointsProvenance));
            }
        }

        return sheet;
    }

    private XlsxSheet Warnings()
    {
        var sheet = new XlsxSheet(_l.T("경고", "Warnings"));
        sheet.Header(_l.T("종류", "Kind"), _l.T("지표", "Indicator"), _l.T("측정항목", "Measure"), _l.T("단위", "Units"), _l.T("내용", "Message"));
        foreach (var warning in model.Result.Warnings)
        {
            var row = sheet.NewRow();
            sheet.Text(row, _l.WarningKind(warning.Kind));
            sheet.Text(row, warning.IndicatorCode);
            sheet.Text(row, warning.MeasureId);
            sheet.Text(row, string.Join(", ", warning.Units.Select(u => u.Code)));
            sheet.Text(row, _l.Message(warning));
        }

        return sheet;
    }

    private XlsxSheet Uncertainty()
    {
        var sensitivity = model.Sensitivity!;
        var units = sensitivity.Municipalities.OrderBy(m => m.NominalRank).ToList();
        var sheet = new XlsxSheet(_l.T("순위 불확실성", "Rank uncertainty"));
        sheet.Header([_l.T("발표 순위", "Published rank"), _l.T("코드", "Code"), _l.T("시군", "Unit"), _l.T("중앙값", "Median"), "P5", "P95", _l.T("평균 순위", "Mean rank"), _l.T("상위 확률", "P(top)"),
            .. Enumerable.Range(1, units.Count).Select(k => $"P({Numbers.Whole(k)})")]);
        foreach (var m in units)
        {
            var row = sheet.NewRow();
            sheet.Number(row, m.NominalRank, NumberStyle.Whole);
            sheet.Text(row, m.Municipality.Code);
            sheet.Text(row, _l.Unit(m.Municipality));
            sheet.Number(row, m.MedianRank, NumberStyle.OneDecimal);
            sheet.Number(row, m.Percentile5Rank, NumberStyle.OneDecimal);
            sheet.Number(row, m.Percentile95Rank, NumberStyle.OneDecimal);
            sheet.Number(row, m.MeanRank, NumberStyle.OneDecimal);
            sheet.Number(row, m.TopProbability, NumberStyle.ThreeDecimals);
            for (var k = 1; k <= units.Count; k++)
            {
                sheet.Number(row, m.RankProbability(k), NumberStyle.ThreeDecimals);
            }
        }

        return sheet;
    }

    private XlsxSheet Years()
    {
        var years = model.Years!;
        var sheet = new XlsxSheet(_l.T("연도별 변화", "Years"));
        sheet.Header([_l.T("코드", "Code"), _l.T("시군", "Unit"), .. years.Periods.SelectMany(p => new[] { _l.T($"{p.Label} 환산 총점", $"{p.Label} normalized"), _l.T($"{p.Label} 순위", $"{p.Label} rank") }),
            _l.T("총점 변화", "Change (points)"), _l.T("환산 총점 변화", "Change (normalized)"), _l.T("순위 변화", "Rank change")]);
        foreach (var unit in years.Units)
        {
            var row = sheet.NewRow();
            sheet.Text(row, unit.Unit.Code);
            sheet.Text(row, _l.Unit(unit.Unit));
            foreach (var year in unit.Years)
            {
                sheet.Number(row, year.NormalizedTotal, NumberStyle.TwoDecimals);
                sheet.Number(row, year.Rank, NumberStyle.Whole);
            }

            sheet.Number(row, unit.Overall.TotalChange, NumberStyle.TwoDecimals);
            sheet.Number(row, unit.Overall.NormalizedTotalChange, NumberStyle.TwoDecimals);
            sheet.Number(row, unit.Overall.RankChange, NumberStyle.Whole);
        }

        return sheet;
    }
}
