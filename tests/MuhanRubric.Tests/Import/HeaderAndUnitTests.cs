using System.Text;
using MuhanRubric.Import;
using MuhanRubric.Measurements;
using MuhanRubric.Measures;
using MuhanRubric.Rubrics;
using MuhanRubric.Scoring;
using MuhanRubric.Units;
using static MuhanRubric.Tests.Import.Submissions;

namespace MuhanRubric.Tests.Import;

/// <summary>Headers, comment rows and columns, units in rows, absent units (docs/submission-format.md).</summary>
public class HeaderAndUnitTests
{
    [Fact]
    public void Template_CommentRowsAndColumnsAreSkipped_TableHoldsThePresentMeasuresInCatalogueOrder()
    {
        var text = "unit,name,CasesPerCaseManager,# 비고,OfficialTransferRate\n"
            + "# 시군 코드,시군명,1인당 통합사례관리건수(가구수),,공무원 인사이동비율(%)\n"
            + "# unit code,name,Households per case manager,,Officials transferred\n"
            + "# 단위 / unit,,가구 / households,,% (0–100)\n"
            + string.Join("\n", MunicipalityCatalog.Gyeonggi.Select((u, i) => $"{u.Code},{u.KoreanName},{10 + i},remark {i},{i}%"));
        var table = Csv(text);
        Assert.Equal(["OfficialTransferRate", "CasesPerCaseManager"], table.Measures.Select(m => m.Id));
        Assert.Equal(MunicipalityCatalog.Gyeonggi, table.Units);
        Assert.Equal("test.csv", table.Name);
        Assert.Empty(table.UnitsWithoutData);
        var suwon = table[Municipality.Suwon, Measure.CasesPerCaseManager]!;
        Assert.Equal((10m, "10", new SubmittedSource("test.csv", Line: 5)), (suwon.Value, suwon.Text, suwon.Source));
        Assert.Equal(30m, table[Municipality.Yeoncheon, Measure.OfficialTransferRate]!.Value);

        // A rubric that reads a measure the file does not give fails naming it, rather than scoring it missing.
        var missing = Assert.Throws<KeyNotFoundException>(() => table.Read(Municipality.Suwon, Measure.CasesManaged));
        Assert.Equal("'test.csv' holds no measure 'CasesManaged'.", missing.Message);
    }

    [Fact]
    public void Csv_RowSharesOneSourceForAllItsCells()
    {
        var table = Csv("unit,CasesManaged,ServiceLinkages\nSuwon,1,2\n", AbsentAllowed);
        Assert.Same(table[Municipality.Suwon, Measure.CasesManaged]!.Source, table[Municipality.Suwon, Measure.ServiceLinkages]!.Source);
    }

    [Fact]
    public void KoreanLabelHeaders_MatchAfterNfcAndSpaceCollapsing()
    {
        var label = "1인당  통합사례관리건수(가구수)".Normalize(NormalizationForm.FormD);
        var table = Csv($"시군,\u3000{label} ,\"맞춤형 복지팀장의 전문성: 사회복지업무의 3년 이상 경험자(명)\",맞춤형 복지팀장의 전문성: 사회복지업무의 3년 이상 경험자(명) 비율(%)\n수원시,13.8,9,69.2\n", AbsentAllowed);
        Assert.Equal(13.8m, table[Municipality.Suwon, Measure.CasesPerCaseManager]!.Value);
        Assert.Equal(69.2m, table[Municipality.Suwon, Measure.TeamLeadersExperienced]!.Percent);
    }

    [Theory]
    [InlineData("Suwon")]
    [InlineData("수원시")]
    [InlineData("수원")]
    [InlineData(" 수원시\u3000")]
    public void Units_ByCodeFullOrShortKoreanName(string written)
    {
        var table = Csv($"unit,CasesManaged\n{written},5\n", AbsentAllowed);
        Assert.Equal(5m, table[Municipality.Suwon, Measure.CasesManaged]!.Value);
    }

    [Fact]
    public void Units_DecomposedKoreanAndAlias()
    {
        var table = Csv($"unit,CasesManaged\n{"수원시".Normalize(NormalizationForm.FormD)},5\n포천군,6\n", AbsentAllowed);
        Assert.Equal(5m, table[Municipality.Suwon, Measure.CasesManaged]!.Value);
        Assert.Equal(6m, table[Municipality.Pocheon, Measure.CasesManaged]!.Value);
    }

    [Fact]
    public void UnknownAndDuplicateUnits_AreReported()
    {
        Assert.Equal(
            [
                "test.csv: line 3, 시군 Seoul, field 'unit': unknown unit 'Seoul'; expected a code or Korean name of the 31 units (Suwon … Yeoncheon)",
                "test.csv: line 4, 시군 수원, field 'unit': expected each unit once, found Suwon again (first on line 2)",
                "test.csv: line 5, field 'unit': expected a unit code or name, found a blank cell",
            ],
            CsvProblems("unit,CasesManaged\nSuwon,1\nSeoul,2\n수원,3\n,4\n", AbsentAllowed));
    }

    [Fact]
    public void AmbiguousUnitName_AsksForTheCode()
    {
        var units = new MunicipalityCatalog([new Municipality("SeoulJung", "중구"), new Municipality("BusanJung", "중구"), new Municipality("Suyeong", "수영구")]);
        Assert.Equal(
            ["test.csv: line 2, 시군 중구, field 'unit': '중구' names more than one unit (SeoulJung, BusanJung); use the code"],
            CsvProblems("unit,CasesManaged\n중구,1\nBusanJung,2\nSeoulJung,3\n수영,4\n", ImportOptions.Default with { Units = units }));
    }

    [Fact]
    public void NameColumn_MustNameTheSameUnit()
    {
        Assert.Equal(
            [
                "test.csv: line 3, 시군 Seongnam, field 'name': expected the name of Seongnam (성남시), found '수원시' (Suwon)",
                "test.csv: line 4, 시군 Bucheon, field '이름': expected the name of Bucheon (부천시), found '부촌시'",
            ],
            CsvProblems("unit,name,CasesManaged\nSuwon,수원시,1\nSeongnam,수원시,2\n", AbsentAllowed)
                .Concat(CsvProblems("unit,이름,CasesManaged\n# comment\n\nBucheon,부촌시,2\nYongin,Yongin-si,3\nAnsan,,4\n", AbsentAllowed)));
    }

    [Fact]
    public void AbsentUnit_IsAnErrorNamingIt()
    {
        var text = Gyeonggi("unit,CasesManaged", (u, i) => "1").Replace("Yeoncheon,1\n", string.Empty, StringComparison.Ordinal).Replace("Gapyeong,1\n", string.Empty, StringComparison.Ordinal);
        Assert.Equal(
            [
                "test.csv: 시군 Gapyeong: expected a row for every unit of the catalogue, found none for Gapyeong (가평군); leave its cells blank for missing values, or allow absent units",
                "test.csv: 시군 Yeoncheon: expected a row for every unit of the catalogue, found none for Yeoncheon (연천군); leave its cells blank for missing values, or allow absent units",
            ],
            CsvProblems(text));
    }

    [Fact]
    public void AbsentUnit_WhenAllowed_IsListedAndEveryScoringResultWarns()
    {
        var text = Gyeonggi("unit,CasesPerCaseManager", (u, i) => "30").Replace("Yeoncheon,30\n", string.Empty, StringComparison.Ordinal);
        var table = Csv(text, AbsentAllowed);
        Assert.Equal<Municipality>([Municipality.Yeoncheon], table.UnitsWithoutData);
        Assert.Equal(CellStatus.Missing, table.StatusOf(Municipality.Yeoncheon, Measure.CasesPerCaseManager));
        var rubric = Rubric.Create("C1 only")
            .AddArea("C", "c", "c", a => a.AddIndicator("C1", "c", "c", 10, i => i.Reads(Measure.CasesPerCaseManager).WithBands(b => b.Band(10, BandRange.AtLeast(0))).WithProvenance(Provenance.FromAssumption("test"))))
            .Build();
        var warning = rubric.Score(table).Warnings.Single(w => w.Kind == ScoringWarningKind.UnitsWithoutData);
        Assert.Equal<Municipality>([Municipality.Yeoncheon], warning.Units);
        Assert.Equal("no data for 1 of 31 units (Yeoncheon): every indicator is missing for them", warning.Message);
    }

    [Fact]
    public void BlankRowOfAUnit_CountsAsSubmittedWithMissingCells()
    {
        var table = Csv("unit,CasesManaged,ServiceLinkages\nSuwon,,\n", AbsentAllowed);
        Assert.DoesNotContain(Municipality.Suwon, table.UnitsWithoutData);
        Assert.Equal([Measure.CasesManaged, Measure.ServiceLinkages], table[Municipality.Suwon].MissingMeasures);
    }

    [Fact]
    public void BadHeaders_AreEachReportedNamingTheColumn()
    {
        Assert.Equal(
            [
                "test.csv: line 1, field 'Caseload': unknown column 'Caseload': expected unit, name, an id or Korean label of the 33 measures (ExternalSupportSessions … ServiceLinkagesPerCase), a share column (id% or label 비율(%)), or a comment column starting with #",
                "test.csv: line 1, measure CasesManaged, field '통합사례관리건수(가구수)': expected each measure in one column, found CasesManaged again (first in column B)",
                "test.csv: line 1, measure CasesManaged, field 'CasesManaged%': expected a share column only for a measure with a share, found 'CasesManaged%' (CasesManaged has none)",
                "test.csv: line 1, field 'code': expected one unit column, found a second ('code'; the first is column A)",
                "test.csv: line 1, measure TeamLeadersCertified, field 'TeamLeadersCertified%': expected the column TeamLeadersCertified beside its share column 'TeamLeadersCertified%', found none",
            ],
            CsvProblems("unit,CasesManaged,Caseload,통합사례관리건수(가구수),CasesManaged%,code,TeamLeadersCertified%\nSuwon,1,2,3,4,5,6\n", AbsentAllowed));
    }

    [Fact]
    public void NoUnitColumn_IsReported()
    {
        Assert.Equal(
            [
                "test.csv: line 1, field '시군코드': unknown column '시군코드': expected unit, name, an id or Korean label of the 33 measures (ExternalSupportSessions … ServiceLinkagesPerCase), a share column (id% or label 비율(%)), or a comment column starting with #",
                "test.csv: line 1: expected a unit column (unit, code, 시군, 시군구 or 시군명), found none among '시군코드', 'CasesManaged'",
            ],
            CsvProblems("시군코드,CasesManaged\nSuwon,1\n"));
    }

    [Fact]
    public void FileWithoutHeader_IsReportedOnce()
    {
        Assert.Equal(
            ["test.csv: line 1: expected a header row naming the columns (unit, then measure ids or Korean labels), found a data row ('Suwon' is a unit)"],
            CsvProblems("Suwon,1,2\nSeongnam,3,4\n"));
    }

    [Fact]
    public void NoMeasureColumn_IsReported() =>
        Assert.Equal(["test.csv: line 1: expected at least one measure column, found none"], CsvProblems("unit,name,# 비고\nSuwon,수원시,\n", AbsentAllowed));

    [Theory]
    [InlineData("")]
    [InlineData("\n\n")]
    [InlineData("\uFEFF")]
    public void EmptyFile_IsReported(string text) =>
        Assert.Equal(["test.csv: expected a header row (unit, then measure ids or Korean labels) and a row per unit, found an empty file"], CsvProblems(text));

    [Fact]
    public void OnlyComments_IsReported() =>
        Assert.Equal(["test.csv: expected a header row (unit, then measure ids or Korean labels) and a row per unit, found only comment rows"], CsvProblems("# 2017 submission\n# nothing yet\n"));

    [Fact]
    public void HeaderOnly_ReportsEveryAbsentUnit() =>
        Assert.Equal(31, CsvProblems("unit,CasesManaged\n").Length);

    [Fact]
    public void RowLongerThanHeader_AndValueUnderBlankHeader_AreReported()
    {
        Assert.Equal(
            [
                "test.csv: line 2, 시군 Suwon: expected at most 3 cells (the header's columns), found '7' in column D",
                "test.csv: line 3, 시군 Seongnam: expected a header above every value, found 'x' in column C, whose header is blank",
            ],
            CsvProblems("unit,CasesManaged,\nSuwon,1,,7,,\nSeongnam,2,x\n", AbsentAllowed));
    }

    [Fact]
    public void UnmatchedQuote_IsReported()
    {
        Assert.Equal(
            ["test.csv: line 3: expected quotes in pairs (RFC 4180: a quoted cell ends with \" and a quote inside one is written \"\"), found an unmatched \" in this row"],
            CsvProblems("unit,CasesManaged\nSuwon,1\nSeongnam,\"2\nBucheon,3\n", AbsentAllowed));
    }

    [Fact]
    public void QuotedCellsAndMultiLineComments_ReadPerRfc4180()
    {
        var table = Csv("unit,CasesManaged,# 비고\n\"Suwon\",\"1,234\",\"two\nlines, \"\"quoted\"\"\"\nSeongnam,5,\n", AbsentAllowed);
        Assert.Equal(1234m, table[Municipality.Suwon, Measure.CasesManaged]!.Value);
        Assert.Equal(new SubmittedSource("test.csv", Line: 4), table[Municipality.Seongnam, Measure.CasesManaged]!.Source);
    }

    [Fact]
    public void SemicolonSeparatedFile_IsNotGuessed() =>
        Assert.Contains(
            "test.csv: line 1: expected a unit column (unit, code, 시군, 시군구 or 시군명), found none among 'unit;CasesManaged' (the file seems separated by ';': save it comma-separated)",
            CsvProblems("unit;CasesManaged\nSuwon;1\n"));

    [Fact]
    public void OptionsNameAndPeriod_NameTheTable()
    {
        var period = EvaluationPeriod.Year(2017);
        var table = Csv("unit,CasesManaged\nSuwon,1\n", AbsentAllowed with { Name = "2017 submissions", Period = period });
        Assert.Equal(("2017 submissions", period), (table.Name, table.Period));
    }
}
