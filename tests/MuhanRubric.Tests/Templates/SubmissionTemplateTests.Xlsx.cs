using System.IO.Compression;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using MuhanRubric.Editions.Y2016;
using MuhanRubric.Measurements;
using MuhanRubric.Measures;
using MuhanRubric.Templates;
using MuhanRubric.Units;

namespace MuhanRubric.Tests.Templates;

public partial class SubmissionTemplateTests
{
    private static readonly Lazy<byte[]> _referenceXlsx = new(() => TemplateFiles.Xlsx(Rubrics2016.Reference));

    [Fact]
    public void Xlsx_Reference2016_IsAValidWorkbookWithDataThenInstructions()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(_referenceXlsx.Value), false);

        Assert.Empty(new OpenXmlValidator().Validate(document));
        Assert.Equal(["Data", "Instructions"], document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value));
        // No package properties: Created and Modified would differ on every run.
        Assert.Null(document.PackageProperties.Created);
        Assert.Null(document.PackageProperties.Modified);
    }

    [Fact]
    public void Xlsx_Reference2016_HeaderRowsFollowTheContract()
    {
        var grid = TemplateFiles.ReadSheet(_referenceXlsx.Value, "Data");

        Assert.Equal(["unit", "name", "ExternalSupportSessions", "EupMyeonDongStaffAtOtherMeetings"], grid.Row(1, 4));
        Assert.Equal(["# 시군 코드", "시군명", "외부 슈퍼비전, 교육, 워크숍 지원횟수(횟수)"], grid.Row(2, 3));
        Assert.Equal(["# unit code", "name", "External supervision, training and workshop sessions the municipality supported"], grid.Row(3, 3));
        Assert.Equal(["# 단위 / unit", null, "회 / sessions", "명 / persons"], grid.Row(4, 4));

        // G: a score with an expected range; K/L: a count and its share; Q: a percentage; AF: households; AG: cases.
        Assert.Equal(["CooperationSatisfaction", "업무협력 만족도(점수)", "Cooperation satisfaction (1–5 Likert survey)", "점 / points (1–5)"], Column(grid, "G"));
        Assert.Equal(["TeamLeadersExperienced", "맞춤형 복지팀장의 전문성: 사회복지업무의 3년 이상 경험자(명)", "Customized-welfare team leaders with three or more years of social-welfare work", "명 / persons"], Column(grid, "K"));
        Assert.Equal(["TeamLeadersExperienced%", "맞춤형 복지팀장의 전문성: 사회복지업무의 3년 이상 경험자(명) 비율(%)", "Customized-welfare team leaders with three or more years of social-welfare work (share, %)", "% (0–100)"], Column(grid, "L"));
        Assert.Equal(["OfficialTransferRate", "공무원 인사이동비율(%)", "Officials transferred in 2016 per officials in post", "% (0–100)"], Column(grid, "Q"));
        Assert.Equal(["CasesPerCaseManager", "1인당 통합사례관리건수(가구수)", "Households per case manager (caseload)", "가구 / households"], Column(grid, "AF"));
        Assert.Equal(["CaseConferencesPerCase", "사례당 사례회의건수(건수)", "Case conferences per case", "건 / cases"], Column(grid, "AG"));
        Assert.Equal("ServiceLinkagesPerCase", grid["AH1"]);
        Assert.Null(grid["AI1"]);   // 26 measures, 6 with a share: 32 value columns, C … AH
    }

    [Fact]
    public void Xlsx_Reference2016_OneBlankRowPerMunicipalityInCatalogueOrder()
    {
        var grid = TemplateFiles.ReadSheet(_referenceXlsx.Value, "Data");

        Assert.Equal(35, grid.RowCount);
        for (var i = 0; i < MunicipalityCatalog.Gyeonggi.Count; i++)
        {
            var unit = MunicipalityCatalog.Gyeonggi[i];
            Assert.Equal([unit.Code, unit.KoreanName, null, null], grid.Row(5 + i, 4));
        }

        Assert.Equal(["Suwon", "수원시"], grid.Row(5, 2));
        Assert.Equal(["Yeoncheon", "연천군"], grid.Row(35, 2));
    }

    [Fact]
    public void Xlsx_Reference2016_FreezesBelowRow4AndRightOfColumnB_AndStylesTheHeaderRows()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(_referenceXlsx.Value), false);
        var sheet = TemplateFiles.SheetPart(document, "Data").Worksheet;

        var pane = sheet.Descendants<Pane>().Single();
        Assert.Equal((2D, 4D, "C5", PaneStateValues.Frozen), (pane.HorizontalSplit!.Value, pane.VerticalSplit!.Value, pane.TopLeftCell!.Value, pane.State!.Value));

        var formats = document.WorkbookPart!.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ToList();
        var fonts = document.WorkbookPart.WorkbookStylesPart.Stylesheet.Fonts!.Elements<Font>().ToList();
        var fills = document.WorkbookPart.WorkbookStylesPart.Stylesheet.Fills!.Elements<Fill>().ToList();
        var header = formats[(int)sheet.Descendants<Cell>().First(c => c.CellReference == "C1").StyleIndex!.Value];
        Assert.NotNull(fonts[(int)header.FontId!.Value].Bold);
        Assert.Equal(PatternValues.Solid, fills[(int)header.FillId!.Value].PatternFill!.PatternType!.Value);
        var comment = formats[(int)sheet.Descendants<Cell>().First(c => c.CellReference == "C2").StyleIndex!.Value];
        Assert.True(comment.Alignment!.WrapText!.Value);
        Assert.True(sheet.Descendants<Row>().Single(r => r.RowIndex! == 2U).CustomHeight!.Value);

        var widths = sheet.Descendants<Column>().ToList();
        Assert.Equal(34, widths.Count);
        Assert.All(widths, w => Assert.InRange(w.Width!.Value, 12, 42));
    }

    [Fact]
    public void Xlsx_Reference2016_ValidatesEveryValueColumn_AllowingBlankAndNotApplicable()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(_referenceXlsx.Value), false);
        var validations = TemplateFiles.SheetPart(document, "Data").Worksheet.Descendants<DataValidation>().ToList();

        Assert.Equal(32, validations.Count);
        Assert.All(validations, v =>
        {
            Assert.Equal(DataValidationValues.Custom, v.Type!.Value);
            Assert.True(v.AllowBlank!.Value);
            Assert.True(v.ShowErrorMessage!.Value);
            // Excel's limits: a title of 32 characters, a message of 255.
            Assert.InRange(v.ErrorTitle!.Value!.Length, 1, 32);
            Assert.InRange(v.Error!.Value!.Length, 1, 255);
        });

        // C: a whole count; G: a decimal score; L: a share (a warning: above 100 loads, with a warning).
        var byRange = validations.ToDictionary(v => v.SequenceOfReferences!.InnerText!);
        Assert.Equal("IF(ISNUMBER(C5),AND(C5>=0,C5=INT(C5)),C5=\"해당없음\")", byRange["C5:C35"].Formula1!.Text);
        Assert.Equal(DataValidationErrorStyleValues.Stop, byRange["C5:C35"].ErrorStyle!.Value);
        Assert.StartsWith("0 이상의 정수를 입력하세요.", byRange["C5:C35"].Error!.Value, StringComparison.Ordinal);
        Assert.Contains("/ Enter a whole number ≥ 0", byRange["C5:C35"].Error!.Value, StringComparison.Ordinal);
        Assert.Equal("IF(ISNUMBER(G5),G5>=0,G5=\"해당없음\")", byRange["G5:G35"].Formula1!.Text);
        Assert.Equal(DataValidationErrorStyleValues.Stop, byRange["G5:G35"].ErrorStyle!.Value);
        Assert.Equal("IF(ISNUMBER(L5),AND(L5>=0,L5<=100),L5=\"해당없음\")", byRange["L5:L35"].Formula1!.Text);
        Assert.Equal(DataValidationErrorStyleValues.Warning, byRange["L5:L35"].ErrorStyle!.Value);
        Assert.Equal("IF(ISNUMBER(AH5),AH5>=0,AH5=\"해당없음\")", byRange["AH5:AH35"].Formula1!.Text);
    }

    [Fact]
    public void Xlsx_KoreanText_IsPlainUtf8InTheXml()
    {
        var strings = TemplateFiles.Entry(_referenceXlsx.Value, "xl/sharedStrings.xml");
        var data = TemplateFiles.Entry(_referenceXlsx.Value, "xl/worksheets/sheet1.xml");

        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>", strings, StringComparison.Ordinal);
        Assert.Contains(">수원시<", strings, StringComparison.Ordinal);
        Assert.Contains(">업무협력 만족도(점수)<", strings, StringComparison.Ordinal);
        Assert.Contains("=\"해당없음\")<", data, StringComparison.Ordinal);
        Assert.DoesNotContain("&#", strings + data, StringComparison.Ordinal);
    }

    [Fact]
    public void Xlsx_Package_HasFixedTimestampsAndStoredEntries()
    {
        using var archive = new ZipArchive(new MemoryStream(_referenceXlsx.Value), ZipArchiveMode.Read);

        Assert.Equal("[Content_Types].xml", archive.Entries[0].FullName);
        Assert.DoesNotContain(archive.Entries, e => e.FullName.StartsWith("docProps/", StringComparison.Ordinal));
        Assert.All(archive.Entries, e =>
        {
            Assert.Equal(new DateTime(1980, 1, 1), e.LastWriteTime.DateTime);
            Assert.Equal(e.Length, e.CompressedLength);
            Assert.Equal(0, e.ExternalAttributes);
        });
    }

    [Fact]
    public void Xlsx_Reference2016_InstructionsDescribeTheRubricAndHowToFillIn()
    {
        var grid = TemplateFiles.ReadSheet(TemplateFiles.Xlsx(Rubrics2016.Reference, new TemplateOptions { Period = EvaluationPeriod.Year(2017) }), "Instructions");
        var rows = Enumerable.Range(1, grid.RowCount).Select(r => grid.Row(r, 10)).ToList();
        IReadOnlyList<string?> Find(string first) => rows.Single(r => r[0] == first);

        Assert.Equal("작성 안내 / Instructions", rows[0][0]);
        Assert.Equal("2016 reference rubric", Find("평가 기준 / Rubric")[1]);
        Assert.Equal("2017 (2017-01-01 – 2017-12-31)", Find("평가 대상 기간 / Period")[1]);
        Assert.Equal("82", Find("만점 / Maximum points")[1]);
        var text = string.Join("\n", rows.Select(r => string.Join("\t", r)));
        Assert.Contains("빈칸은 '자료 없음'(결측)으로 읽으며 0이 아닙니다.", text, StringComparison.Ordinal);
        Assert.Contains("A blank cell is read as missing, never as zero", text, StringComparison.Ordinal);
        Assert.Contains("해당없음을 입력하세요", text, StringComparison.Ordinal);
        Assert.Contains("Shares go in the % column as 0–100", text, StringComparison.Ordinal);
        Assert.Contains("Do not change row 1 (the header) or the unit codes in column A", text, StringComparison.Ordinal);

        // One row per indicator, excluded ones included.
        var indicators = rows.SkipWhile(r => r[0] != "분야 / Area").Skip(1).TakeWhile(r => r[1] is not null && r[0] is not null && r[0] != "머리글 / Header").ToList();
        Assert.Equal(Rubrics2016.Reference.Indicators.Select(i => i.Code), indicators.Select(r => r[1]));
        var c1 = indicators.Single(r => r[1] == "C1");
        Assert.Equal(["C 무한돌봄 통합사례관리 / Integrated case management", "C1", "통합사례관리 실적", "Caseload per case manager", "10", "CasesPerCaseManager", "CasesPerCaseManager: 1인당 통합사례관리건수(가구수)"], c1.Take(7));
        Assert.Equal("Bands: 10 for [30, 50); 8 for [25, 30) ∪ [50, 55); 6 for [20, 25) ∪ [55, 60); 4 for [15, 20) ∪ [60, 65); 2 for (-∞, 15) ∪ [65, ∞)", c1[7]);
        Assert.Equal("배점 / points: 표 Ⅲ-3 p.29; 척도 / scale: 표 Ⅱ-4 p.32", c1[8]);
        Assert.Equal("채점 / scored", c1[9]);
        Assert.Equal("ExternalSupportSessions; EupMyeonDongStaffAtOtherMeetings; NetworkTeamCaseManagersAtOtherMeetings; MunicipalStaffAtOtherMeetings", indicators.Single(r => r[1] == "A1")[5]);
        var b2 = indicators.Single(r => r[1] == "B2");
        Assert.Equal("average(min(TeamLeadersExperienced%, 100), min(TeamLeadersCertified%, 100), min(TeamLeadersTrained%, 100))", b2[5]);
        Assert.StartsWith("TeamLeadersExperienced%: 맞춤형 복지팀장의 전문성: 사회복지업무의 3년 이상 경험자(명) 비율(%); ", b2[6], StringComparison.Ordinal);
        Assert.StartsWith("배점 / points: 표 Ⅲ-3 p.29; 척도 / scale: assumption: the mean share of team leaders", b2[8], StringComparison.Ordinal);
        Assert.Equal("채점 / scored; 해당없음 / not applicable: Gwacheon (과천시 has no private case managers (p.42))", indicators.Single(r => r[1] == "B5")[9]);
        Assert.Equal("제외 / excluded: no follow-up data is published: p.32 defines the rate (종결대상자 사후관리 수행 비율), but no table prints it", indicators.Single(r => r[1] == "C4")[9]);

        // One row per column of the Data sheet, with its letter.
        var columns = rows.SkipWhile(r => r[0] != "머리글 / Header").Skip(1).ToList();
        Assert.Equal(32, columns.Count);
        Assert.Equal(["TeamLeadersExperienced%", "L"], columns[9].Take(2));
        Assert.Equal("0–100 비율 / share 0–100", columns[9][5]);
        Assert.Equal("0 이상의 정수 / whole number ≥ 0", columns[0][5]);
    }

    [Fact]
    public void Xlsx_Filled2016_HoldsEveryValueInItsCell()
    {
        var table = Evaluation2016.Measurements;
        var bytes = TemplateFiles.Xlsx(Rubrics2016.Reference, new TemplateOptions { Values = table });
        var grid = TemplateFiles.ReadSheet(bytes, "Data");

        AssertFilledFrom(table, grid, SubmissionTemplate.MeasuresFor(Rubrics2016.Reference, MeasureCatalog.Gyeonggi2016));
        // 표 Ⅳ-16 p.53, 수원: a caseload of 13.8, and 9 team leaders with three years' experience, 69.2 %.
        Assert.Equal(["Suwon", "수원시"], grid.Row(5, 2));
        Assert.Equal("13.8", grid["AF5"]);
        Assert.Equal(("9", "69.2"), (grid["K5"], grid["L5"]));
        Assert.Null(grid[$"AD{5 + MunicipalityCatalog.Gyeonggi.IndexOf(Municipality.Gwacheon)}"]);   // 과천 PrivateCaseManagerTrainingHours: not printed
        Assert.Equal("2016 (2016-01-01 – 2016-12-31)", TemplateFiles.ReadSheet(bytes, "Instructions")["B4"]);

        // Numbers are numbers, not text.
        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var suwonCaseload = TemplateFiles.SheetPart(document, "Data").Worksheet.Descendants<Cell>().Single(c => c.CellReference == "AF5");
        Assert.Null(suwonCaseload.DataType);
    }

    [Fact]
    public void Xlsx_FilledWithNotApplicableCells_WritesTheTextAndLeavesTheShareBlank()
    {
        var table = WithNotApplicableCells();
        var grid = TemplateFiles.ReadSheet(TemplateFiles.Xlsx(Rubrics2016.Reference, new TemplateOptions { Values = table }), "Data");

        AssertFilledFrom(table, grid, SubmissionTemplate.MeasuresFor(Rubrics2016.Reference, MeasureCatalog.Gyeonggi2016));
        var gwacheon = 5 + MunicipalityCatalog.Gyeonggi.IndexOf(Municipality.Gwacheon);
        Assert.Equal(("해당없음", (string?)null), (grid[$"U{gwacheon}"], grid[$"V{gwacheon}"]));   // IntegratedCaseManagersRegular, its share
        Assert.Equal("해당없음", grid[$"S{gwacheon}"]);                                         // PrivateCaseManagerCareerScore
        Assert.Equal(("3", (string?)null), (grid["M6"], grid["N6"]));                        // 성남 TeamLeadersCertified, no share given
    }

    [Fact]
    public void Xlsx_CustomRubricOverCustomUnitsAndMeasures_FollowsTheSameLayout()
    {
        var bytes = TemplateFiles.Xlsx(_custom, CustomOptions);
        var grid = TemplateFiles.ReadSheet(bytes, "Data");

        Assert.Equal(["unit", "name", "ClientsHoused", "ClientsHoused%", "Clients", null], grid.Row(1, 6));
        Assert.Equal(["# 시군 코드", "시군명", "주거 지원 받은 대상자(명)", "주거 지원 받은 대상자(명) 비율(%)", "대상자 수(명)"], grid.Row(2, 5));
        Assert.Equal(["# unit code", "name", "Clients housed", "Clients housed (share, %)", "Clients"], grid.Row(3, 5));
        Assert.Equal(["# 단위 / unit", null, "명 / persons", "% (0–100)", "명 / persons"], grid.Row(4, 5));
        Assert.Equal(9, grid.RowCount);
        Assert.Equal(["U1", "가나시", null], grid.Row(5, 3));
        Assert.Equal(["U5", "자차군", null], grid.Row(9, 3));

        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        Assert.Empty(new OpenXmlValidator().Validate(document));
        var validations = TemplateFiles.SheetPart(document, "Data").Worksheet.Descendants<DataValidation>()
            .Select(v => (v.SequenceOfReferences!.InnerText, v.Formula1!.Text));
        Assert.Equal(
        [
            ("C5:C9", "IF(ISNUMBER(C5),AND(C5>=0,C5=INT(C5)),C5=\"해당없음\")"),
            ("D5:D9", "IF(ISNUMBER(D5),AND(D5>=0,D5<=100),D5=\"해당없음\")"),
            ("E5:E9", "IF(ISNUMBER(E5),AND(E5>=0,E5=INT(E5)),E5=\"해당없음\")"),
        ], validations);

        var instructions = TemplateFiles.ReadSheet(bytes, "Instructions");
        Assert.Equal("Housing pilot", instructions["B2"]);
        Assert.Equal("미정 / not set", instructions["B3"]);
        Assert.Equal("5개 (Data 시트 5행부터) / 5 units (Data sheet, from row 5)", instructions["B5"]);
    }

    [Fact]
    public void Xlsx_ForAListOfMeasures_WritesThoseColumnsAndNoIndicators()
    {
        var bytes = TemplateFiles.Bytes(s => SubmissionTemplate.WriteXlsx(s, MeasureCatalog.Gyeonggi2016, new TemplateOptions { Values = Evaluation2016.Measurements }));
        var grid = TemplateFiles.ReadSheet(bytes, "Data");

        // All 33 measures (the 32 rows of the municipality tables and 표 Ⅱ-3's headcount), 9 with a share: 42 value
        // columns; every value of the report is exported.
        Assert.Equal("ServiceLinkagesPerCase", grid["AR1"]);
        Assert.Null(grid["AS1"]);
        AssertFilledFrom(Evaluation2016.Measurements, grid, MeasureCatalog.Gyeonggi2016);
        var instructions = TemplateFiles.ReadSheet(bytes, "Instructions");
        Assert.Equal("없음: 항목 목록으로 작성 / none: written for a list of measures", instructions["B2"]);
        Assert.DoesNotContain(Enumerable.Range(1, instructions.RowCount), r => instructions[$"A{r}"] == "분야 / Area");
    }

    [Fact]
    public void Xlsx_ForNoMeasuresAndNoUnits_IsStillAValidWorkbook()
    {
        var bytes = TemplateFiles.Bytes(s => SubmissionTemplate.WriteXlsx(s, [], new TemplateOptions { Units = new MunicipalityCatalog([]) }));

        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        Assert.Empty(new OpenXmlValidator().Validate(document));
        Assert.Equal(["unit", "name", null], TemplateFiles.ReadSheet(bytes, "Data").Row(1, 3));
        Assert.Empty(TemplateFiles.SheetPart(document, "Data").Worksheet.Descendants<DataValidation>());
    }

    private static IReadOnlyList<string?> Column(SheetGrid grid, string column) => [.. Enumerable.Range(1, 4).Select(r => grid[$"{column}{r}"])];
}
