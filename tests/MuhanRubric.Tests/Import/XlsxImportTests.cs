using MuhanRubric.Import;
using MuhanRubric.Measurements;
using MuhanRubric.Measures;
using MuhanRubric.Units;
using static MuhanRubric.Tests.Import.Submissions;

namespace MuhanRubric.Tests.Import;

/// <summary>Workbooks written with DocumentFormat.OpenXml, read back: numbers, text, percentages, formulas, A1 references.</summary>
public class XlsxImportTests
{
    private static MeasurementTable Read(MemoryStream workbook, ImportOptions? options = null) =>
        MeasurementImport.ReadXlsx(workbook, "2017.xlsx", options ?? AbsentAllowed);

    private static string[] XlsxProblems(MemoryStream workbook, ImportOptions? options = null) => Problems(() => Read(workbook, options));

    [Fact]
    public void Workbook_NumbersTextPercentagesSharedStringsCommentRowAndFormula_ReadAsTyped()
    {
        var workbook = TestWorkbook.Create(("Data",
        [
            ["unit", "name", "CasesPerCaseManager", "OfficialTransferRate", "TeamLeadersExperienced", "TeamLeadersExperienced%", "ServiceLinkages", "# 비고"],
            ["# 시군 코드", "시군명", "1인당 통합사례관리건수(가구수)", "공무원 인사이동비율(%)", "맞춤형…", "비율", "서비스연계건수(건수)", ""],
            ["Suwon", "수원시", 13.8, new X.Number(0.692, 3), "9(69.2%)", new X.None(), new X.Formula("SUM(1,2)", 3), "ok"],
            ["성남시", new X.Inline("성남시"), "1,234.5", new X.Number(0.5, 1), 4, new X.Number(0.4, 2), new X.Stored("1233"), new X.Bool(true)],
            ["부천", new X.None(), new X.Stored("0.69199999999999995"), "12.5%", new X.Number(3), 75, "해당없음", new X.None()],
        ]));
        var table = Read(workbook);
        Assert.Equal(["TeamLeadersExperienced", "OfficialTransferRate", "CasesPerCaseManager", "ServiceLinkages"], table.Measures.Select(m => m.Id));
        var suwon = table[Municipality.Suwon, Measure.CasesPerCaseManager]!;
        Assert.Equal((13.8m, "13.8", new SubmittedSource("2017.xlsx", "Data", "C3")), (suwon.Value, suwon.Text, suwon.Source));
        var rate = table[Municipality.Suwon, Measure.OfficialTransferRate]!;
        Assert.Equal((69.2m, 1, "69.2%"), (rate.Value, rate.Decimals, rate.Text));
        Assert.Equal((9m, 69.2m), (table[Municipality.Suwon, Measure.TeamLeadersExperienced]!.Value, table[Municipality.Suwon, Measure.TeamLeadersExperienced]!.Percent));
        Assert.Equal(3m, table[Municipality.Suwon, Measure.ServiceLinkages]!.Value);
        Assert.Equal(1234.5m, table[Municipality.Seongnam, Measure.CasesPerCaseManager]!.Value);
        Assert.Equal(50m, table[Municipality.Seongnam, Measure.OfficialTransferRate]!.Value);
        Assert.Equal(40m, table[Municipality.Seongnam, Measure.TeamLeadersExperienced]!.Percent);
        Assert.Equal(1233m, table[Municipality.Seongnam, Measure.ServiceLinkages]!.Value);
        Assert.Equal(0.692m, table[Municipality.Bucheon, Measure.CasesPerCaseManager]!.Value);
        Assert.Equal(12.5m, table[Municipality.Bucheon, Measure.OfficialTransferRate]!.Value);
        Assert.Equal((3m, 75m), (table[Municipality.Bucheon, Measure.TeamLeadersExperienced]!.Value, table[Municipality.Bucheon, Measure.TeamLeadersExperienced]!.Percent));
        Assert.Equal(CellStatus.NotApplicable, table.StatusOf(Municipality.Bucheon, Measure.ServiceLinkages));
    }

    [Fact]
    public void Problems_NameTheSheetAndTheCell()
    {
        var workbook = TestWorkbook.Create(("Data",
        [
            ["unit", "CasesManaged", "CasesPerCaseManager", "OfficialTransferRate"],
            ["Suwon", new X.Number(0.5, 1), new X.Error("#DIV/0!"), "NA"],
            ["Seoul", -3, new X.Formula("A1/B1", null), new X.Number(0.5, 4)],
            ["Suwon", new X.Bool(false), 2, 3, "extra"],
        ]));
        Assert.Equal(
            [
                "2017.xlsx: sheet 'Data', cell B2, 시군 Suwon, measure CasesManaged: expected a number without '%' (CasesManaged is in households, not a percentage), found '50%' (a number formatted as a percentage)",
                "2017.xlsx: sheet 'Data', cell C2, 시군 Suwon, measure CasesPerCaseManager: expected a number, found the spreadsheet error '#DIV/0!'",
                "2017.xlsx: sheet 'Data', cell D2, 시군 Suwon, measure OfficialTransferRate: expected a number, N/A, 해당없음 or a blank cell, found 'NA': write N/A or 해당없음 for not applicable, or leave the cell blank for missing",
                "2017.xlsx: sheet 'Data', cell A3, 시군 Seoul, field 'unit': unknown unit 'Seoul'; expected a code or Korean name of the 31 units (Suwon … Yeoncheon)",
                "2017.xlsx: sheet 'Data', cell B3, 시군 Seoul, measure CasesManaged: expected a number ≥ 0, found -3",
                "2017.xlsx: sheet 'Data', cell C3, 시군 Seoul, measure CasesPerCaseManager: expected a number, found a formula without a calculated value ('=A1/B1'); recalculate the workbook in a spreadsheet program and save it",
                "2017.xlsx: sheet 'Data', cell A4, 시군 Suwon, field 'unit': expected each unit once, found Suwon again (first on cell A2)",
                "2017.xlsx: sheet 'Data', cell B4, 시군 Suwon, measure CasesManaged: expected a number, found 'FALSE'",
                "2017.xlsx: sheet 'Data', cell E4, 시군 Suwon: expected at most 4 cells (the header's columns), found 'extra' in column E",
            ],
            XlsxProblems(workbook));
    }

    [Fact]
    public void Sheet_DataByDefault_ElseTheFirst_OrTheOneNamed()
    {
        X[][] Rows(double value) => [["unit", "CasesManaged"], ["Suwon", value]];
        Assert.Equal(2m, Read(TestWorkbook.Create(("Notes", Rows(1)), ("Data", Rows(2))))[Municipality.Suwon, Measure.CasesManaged]!.Value);
        Assert.Equal(1m, Read(TestWorkbook.Create(("2017", Rows(1)), ("Other", Rows(2))))[Municipality.Suwon, Measure.CasesManaged]!.Value);
        var named = Read(TestWorkbook.Create(("Data", Rows(1)), ("수정본", Rows(3))), AbsentAllowed with { Sheet = "수정본" })[Municipality.Suwon, Measure.CasesManaged]!;
        Assert.Equal((3m, new SubmittedSource("2017.xlsx", "수정본", "B2")), (named.Value, named.Source));
        Assert.Equal(
            ["2017.xlsx: expected a sheet named 'Final', found sheets 'Data', '수정본'"],
            XlsxProblems(TestWorkbook.Create(("Data", Rows(1)), ("수정본", Rows(3))), AbsentAllowed with { Sheet = "Final" }));
    }

    [Fact]
    public void FloatingPointResidue_InAWholeCount_IsReportedNotRounded() =>
        Assert.Equal(
            ["2017.xlsx: sheet 'Data', cell B2, 시군 Suwon, measure ServiceLinkages: expected a whole number (cases), found 1233.0000000000002"],
            XlsxProblems(TestWorkbook.Create(("Data", [["unit", "ServiceLinkages"], ["Suwon", new X.Stored("1233.0000000000002")]]))));

    [Fact]
    public void CustomFormatWithAQuotedPercent_IsNotAPercentage()
    {
        var table = Read(TestWorkbook.Create(("Data", [["unit", "CasesManaged"], ["Suwon", new X.Number(12, 4)]])));
        Assert.Equal(12m, table[Municipality.Suwon, Measure.CasesManaged]!.Value);
    }

    [Theory]
    [InlineData(new byte[] { 1, 2, 3 })]
    [InlineData(new byte[] { (byte)'P', (byte)'K', 3, 4, 0, 0 })]
    [InlineData(new byte[0])]
    public void NotAWorkbook_IsADatasetFormatException(byte[] bytes)
    {
        var ex = Assert.Throws<DatasetFormatException>(() => Read(new MemoryStream(bytes)));
        Assert.StartsWith("expected an XLSX workbook (Office Open XML), found a file that cannot be read as one: ", Assert.Single(ex.Problems).Message, StringComparison.Ordinal);
        Assert.NotNull(ex.InnerException);
    }

    [Fact]
    public void ZipThatIsNotAWorkbook_IsADatasetFormatException()
    {
        var zip = new MemoryStream();
        using (var archive = new System.IO.Compression.ZipArchive(zip, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(archive.CreateEntry("hello.txt").Open());
            writer.Write("not a workbook");
        }

        zip.Position = 0;
        Assert.IsType<DatasetFormatException>(Record.Exception(() => Read(zip)));
    }

    [Fact]
    public void LongLayout_InAWorkbook()
    {
        var table = Read(TestWorkbook.Create(("Data", [["시군", "지표", "값"], ["Suwon", "CasesManaged", 12], ["Suwon", "TeamLeadersExperienced", "9(69.2%)"]])));
        Assert.Equal(new SubmittedSource("2017.xlsx", "Data", "C2"), table[Municipality.Suwon, Measure.CasesManaged]!.Source);
        Assert.Equal(69.2m, table[Municipality.Suwon, Measure.TeamLeadersExperienced]!.Percent);
    }
}
