using System.Globalization;
using System.Text;
using MuhanRubric.Import;
using MuhanRubric.Measurements;
using MuhanRubric.Measures;
using MuhanRubric.Units;
using static MuhanRubric.Tests.Import.Submissions;

namespace MuhanRubric.Tests.Import;

/// <summary>Share columns, the long layout against the wide one, and the encodings of a CSV file.</summary>
public class SharesAndLayoutsTests
{
    private static string Values(Municipality unit, int i) =>
        FormattableString.Invariant($"{i % 5},{(i % 5 == 0 ? "0" : FormattableString.Invariant($"{i % 5}({i * 3.5m}%)"))},{10.5m + i}");

    private static string Wide() => Gyeonggi("unit,TeamLeadersTrained,TeamLeadersExperienced,CasesPerCaseManager", Values);

    [Fact]
    public void ShareColumn_GivesTheCountsShare()
    {
        var table = Csv("unit,TeamLeadersExperienced,TeamLeadersExperienced%\nSuwon,9,69.2\nSeongnam,4,\"40.0%\"\nBucheon,0,0\nYongin,,\nAnsan,해당없음,\n", AbsentAllowed);
        var suwon = table[Municipality.Suwon, Measure.TeamLeadersExperienced]!;
        Assert.Equal((9m, 69.2m, "9"), (suwon.Value, suwon.Percent, suwon.Text));
        Assert.Equal(40.0m, table[Municipality.Seongnam, Measure.TeamLeadersExperienced]!.Percent);
        Assert.Equal(new MeasurementReading(0m, ReadingStatus.Given), table.Read(Municipality.Bucheon, Measure.TeamLeadersExperienced, ValuePart.Percent));
        Assert.Equal(CellStatus.Missing, table.StatusOf(Municipality.Yongin, Measure.TeamLeadersExperienced));
        Assert.Equal(CellStatus.NotApplicable, table.StatusOf(Municipality.Ansan, Measure.TeamLeadersExperienced));
    }

    [Fact]
    public void ShareInBothPlaces_MustAgree_AndShareNeedsItsCount()
    {
        Assert.Equal(
            [
                "test.csv: line 3, 시군 Seongnam, measure TeamLeadersExperienced, field 'TeamLeadersExperienced%': expected the share column to repeat the count cell's 69.2% ('9(69.2%)'), found 70%",
                "test.csv: line 4, 시군 Bucheon, measure TeamLeadersExperienced, field 'TeamLeadersExperienced%': expected a count of TeamLeadersExperienced with the share 50%, found a blank cell",
                "test.csv: line 5, 시군 Yongin, measure TeamLeadersExperienced, field 'TeamLeadersExperienced%': expected a count of TeamLeadersExperienced with the share 50%, found 'N/A' (not applicable)",
                "test.csv: line 6, 시군 Ansan, measure TeamLeadersExperienced, field 'TeamLeadersExperienced%': expected a share or a blank cell beside the count 3, found '해당없음' (not applicable)",
                "test.csv: line 7, 시군 Anyang, measure TeamLeadersExperienced, field 'TeamLeadersExperienced%': expected a share ≥ 0 %, found -5%",
                "test.csv: line 8, 시군 Pyeongtaek, measure TeamLeadersExperienced, field 'TeamLeadersExperienced%': expected a share such as 69.2 or 69.2%, found '9(69.2%)'",
            ],
            CsvProblems("unit,TeamLeadersExperienced,TeamLeadersExperienced%\nSuwon,9(69.2%),69.2\nSeongnam,9(69.2%),70\nBucheon,,50\nYongin,N/A,50\nAnsan,3,해당없음\nAnyang,3,-5\nPyeongtaek,9,9(69.2%)\n", AbsentAllowed));
    }

    [Fact]
    public void Share_DerivedFromADeclaredDenominator_WhenTheFileGivesNone()
    {
        var staff = new Measure("Staff", "인원", "Staff", MeasureUnit.Persons, isWholeCount: true);
        var regular = new Measure("Regular", "정규직", "Regular staff", MeasureUnit.Persons, isWholeCount: true, hasShare: true, shareDenominator: "Staff");
        var options = AbsentAllowed with { Measures = new MeasureCatalog([staff, regular]) };
        var table = Csv("unit,Regular,Staff\nSuwon,3,4\nSeongnam,0,0\n", options);
        Assert.Equal(new MeasurementReading(75m, ReadingStatus.Derived), table.Read(Municipality.Suwon, regular, ValuePart.Percent));
        Assert.Equal(ReadingStatus.NotApplicable, table.Read(Municipality.Seongnam, regular, ValuePart.Percent).Status);

        // Without the denominator's column the measure keeps its declaration, and the share is unavailable.
        var alone = Csv("unit,Regular\nSuwon,3\n", options);
        Assert.Equal(["Regular"], alone.Measures.Select(m => m.Id));
        Assert.Equal(ReadingStatus.ShareUnavailable, alone.Read(Municipality.Suwon, regular, ValuePart.Percent).Status);
    }

    [Fact]
    public void WideAndLong_OfTheSameData_GiveTheSameValues()
    {
        var wide = Csv(Wide());
        var longText = new StringBuilder("시군,항목,값,# 비고\n");
        foreach (var (unit, i) in MunicipalityCatalog.Gyeonggi.Select((u, i) => (u, i)).Reverse())
        {
            var cells = Values(unit, i).Split(',');
            longText.Append(CultureInfo.InvariantCulture, $"{unit.KoreanName},CasesPerCaseManager,{cells[2]},\n");
            longText.Append(CultureInfo.InvariantCulture, $"{unit.Code},TeamLeadersTrained,{cells[0]},remark\n");
            longText.Append(CultureInfo.InvariantCulture, $"{unit.Code},TeamLeadersExperienced,{Quote(cells[1])},\n");
        }

        var @long = Csv(longText.ToString());
        Assert.Equal(wide.Measures.Select(m => m.Id), @long.Measures.Select(m => m.Id));
        Assert.Equal(Describe(wide), Describe(@long));
    }

    [Fact]
    public void Long_ShareRowsJoinTheirCounts_AndRepeatsAreReported()
    {
        var table = Csv("unit,measure,value\nSuwon,TeamLeadersExperienced,9\nSuwon,TeamLeadersExperienced%,69.2\nSuwon,맞춤형 복지팀장의 전문성: 담당분야자격증소지자(명) 비율(%),50\nSuwon,TeamLeadersCertified,1\n", AbsentAllowed);
        Assert.Equal(69.2m, table[Municipality.Suwon, Measure.TeamLeadersExperienced]!.Percent);
        Assert.Equal(50m, table[Municipality.Suwon, Measure.TeamLeadersCertified]!.Percent);
        Assert.Equal(
            [
                "test.csv: line 3, 시군 수원, measure CasesManaged, field 'value': expected one value per unit and measure, found Suwon, CasesManaged again (first on line 2)",
                "test.csv: line 4, 시군 Suwon, measure Caseload, field 'measure': unknown measure 'Caseload': expected an id or Korean label of the 33 measures (ExternalSupportSessions … ServiceLinkagesPerCase), or a share (id% or label 비율(%))",
                "test.csv: line 5, 시군 Suwon, measure CasesManaged, field 'measure': expected a share only for a measure with a share, found 'CasesManaged%' (CasesManaged has none)",
                "test.csv: line 6, 시군 Suwon, field 'measure': expected a measure id or Korean label, found a blank cell",
                "test.csv: line 8, 시군 Seongnam, measure TeamLeadersExperienced, field 'value': expected a count of TeamLeadersExperienced with the share 10%, found none",
            ],
            CsvProblems("unit,measure,value\nSuwon,CasesManaged,1\n수원,CasesManaged,2\nSuwon,Caseload,3\nSuwon,CasesManaged%,4\nSuwon,,5\nSeongnam,ServiceLinkages,1\nSeongnam,TeamLeadersExperienced%,10\n", AbsentAllowed));
    }

    [Fact]
    public void Long_WithoutItsValueColumn_IsReported() =>
        Assert.Contains(
            "test.csv: line 1, field 'measure': expected a value column beside the measure column (long layout: unit, measure, value), found none",
            CsvProblems("unit,measure\nSuwon,CasesManaged\n", AbsentAllowed));

    [Fact]
    public void Encodings_Cp949AndUtf8WithAndWithoutBom_GiveTheSameTable()
    {
        var text = "시군,시군명,CasesPerCaseManager,# 비고\n" + string.Join("\n", MunicipalityCatalog.Gyeonggi.Select((u, i) => $"{u.ShortKoreanName},{u.KoreanName},{i}.5,해당 없음"));
        System.Text.Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var cp949 = System.Text.Encoding.GetEncoding(949).GetBytes(text);
        var utf8 = System.Text.Encoding.UTF8.GetBytes(text);
        byte[] bom = [0xEF, 0xBB, 0xBF, .. utf8];
        var tables = new[] { cp949, utf8, bom }.Select(b => MeasurementImport.ReadCsv(new MemoryStream(b), "enc.csv")).ToList();
        Assert.NotEqual(utf8, cp949);
        Assert.All(tables, t => Assert.Equal(Describe(tables[0]), Describe(t)));
        Assert.Equal(30.5m, tables[0][Municipality.Yeoncheon, Measure.CasesPerCaseManager]!.Value);

        // The caller may name the encoding; UTF-16 with its byte-order mark is read too.
        var told = MeasurementImport.ReadCsv(new MemoryStream(cp949), "enc.csv", ImportOptions.Default with { Encoding = System.Text.Encoding.GetEncoding(949) });
        Assert.Equal(Describe(tables[0]), Describe(told));
        var utf16 = MeasurementImport.ReadCsv(new MemoryStream([.. System.Text.Encoding.Unicode.GetPreamble(), .. System.Text.Encoding.Unicode.GetBytes(text)]), "enc.csv");
        Assert.Equal(Describe(tables[0]), Describe(utf16));
    }

    [Fact]
    public void BytesNeitherUtf8NorCp949_AreReported()
    {
        byte[] lead = [.. System.Text.Encoding.UTF8.GetBytes("unit,CasesManaged\nSuwon,"), 0x81, (byte)' ', (byte)'\n'];
        Assert.Equal(
            ["bad.csv: line 2: expected UTF-8 or CP949 text, found bytes that are neither (byte 0x81 at offset 24 is not UTF-8, byte 0x81 at offset 24 is not CP949); save the file as CSV UTF-8"],
            Problems(() => MeasurementImport.ReadCsv(new MemoryStream(lead), "bad.csv")));

        // Windows decodes 0xFF as a private-use character; no Korean text has one, so it is not taken for CP949 either.
        byte[] bytes = [.. System.Text.Encoding.UTF8.GetBytes("unit,CasesManaged\nSuwon,1\n"), 0xFF, 0xFF, (byte)'\n'];
        Assert.Equal(
            ["bad.csv: line 3: expected UTF-8 or CP949 text, found bytes that are neither (byte 0xFF at offset 26 is not UTF-8, byte 0xFF at offset 26 is not CP949); save the file as CSV UTF-8"],
            Problems(() => MeasurementImport.ReadCsv(new MemoryStream(bytes), "bad.csv")));
    }

    [Fact]
    public void InvalidUtf8AfterABom_IsReportedNotRepaired()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes("unit,CasesManaged\nSuwon,"), 0xC0, (byte)'1', (byte)'\n'];
        Assert.Equal(
            ["bad.csv: line 2: expected UTF-8 text after the UTF-8 byte-order mark, found byte 0xC0 at offset 27, which it cannot decode"],
            Problems(() => MeasurementImport.ReadCsv(new MemoryStream(bytes), "bad.csv")));
    }

    [Fact]
    public void ReadFile_ByExtension_AndBadExtensionOrMissingFile()
    {
        var folder = Directory.CreateTempSubdirectory("import-");
        try
        {
            var csv = Path.Combine(folder.FullName, "2017.CSV");
            File.WriteAllText(csv, Wide());
            var table = MeasurementImport.ReadFile(csv);
            Assert.Equal("2017.CSV", table.Name);
            Assert.Equal(new SubmittedSource("2017.CSV", Line: 2), table[Municipality.Suwon, Measure.CasesPerCaseManager]!.Source);
            var txt = Path.Combine(folder.FullName, "2017.txt");
            File.WriteAllText(txt, Wide());
            Assert.Equal(["2017.txt: expected a file ending in .csv, .xlsx, .json, found '.txt'"], Problems(() => MeasurementImport.ReadFile(txt)));
            Assert.Throws<FileNotFoundException>(() => MeasurementImport.ReadFile(Path.Combine(folder.FullName, "none.csv")));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Import_IsTheSameInEveryCulture()
    {
        var baseline = Describe(Csv(Wide()));
        foreach (var name in new[] { "ko-KR", "de-DE", "tr-TR" })
        {
            var previous = CultureInfo.CurrentCulture;
            try
            {
                CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(name);
                Assert.Equal(baseline, Describe(Csv(Wide())));
                Assert.Equal("expected ',' only between groups of three digits (1,234 or 1,234.5), found '1,5'", Message(() => Csv("unit,CasesPerCaseManager\nSuwon,\"1,5\"\n", AbsentAllowed)));
            }
            finally
            {
                CultureInfo.CurrentCulture = previous;
            }
        }
    }

    /// <summary>Every cell of a table as text: unit, measure, status, value, share, and the share as read.</summary>
    internal static string Describe(MeasurementTable table) => string.Join("\n", table.Rows.SelectMany(row => table.Measures.Select(m =>
        string.Create(CultureInfo.InvariantCulture, $"{row.Unit.Code} {m.Id} {row.StatusOf(m)} {row[m]?.Value} {row[m]?.Percent} {row.Read(m.Id, ValuePart.Percent).Value} {row.Read(m.Id, ValuePart.Percent).Status}"))));
}
