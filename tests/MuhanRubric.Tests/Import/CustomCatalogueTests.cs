using System.Text;
using MuhanRubric.Import;
using MuhanRubric.Measurements;
using MuhanRubric.Rubrics;
using MuhanRubric.Scoring;
using MuhanRubric.Units;
using static MuhanRubric.Tests.Import.Submissions;

namespace MuhanRubric.Tests.Import;

/// <summary>Units and measures outside the built-in catalogues: declared in files, imported, and scored.</summary>
public class CustomCatalogueTests
{
    private const string UnitsFile = """
        code,koreanName,romanizedName,kind,region,groups,# 비고
        Jongno,종로구,Jongno-gu,District,Central,Old town;Tourism,
        Jung,중구,Jung-gu,District,Central,Old town,
        Mapo,마포구,Mapo-gu,District,West,,
        Gangseo,강서구,Gangseo-gu,District,West,,
        Yangyang,양양군,Yangyang-gun,County,,,
        """;

    private const string MeasuresFile = """
        id,koreanLabel,englishName,unit,wholeCount,hasShare,shareOf,minimum,maximum
        # Two measures the 2016 report never had
        Staff,사례관리 인원(명),Case-management staff,Persons,true,false,,,
        Regular,정규직 인원(명),Staff in regular employment,Persons,TRUE,true,Staff,0,
        """;

    private static MemoryStream Utf8(string text) => new(Encoding.UTF8.GetBytes(text));

    [Fact]
    public void SyntheticDistricts_ImportAndScore()
    {
        var units = MeasurementImport.ReadUnits(Utf8(UnitsFile), "units.csv");
        var measures = MeasurementImport.ReadMeasures(Utf8(MeasuresFile), "measures.csv");
        Assert.Equal(["Jongno", "Jung", "Mapo", "Gangseo", "Yangyang"], units.Select(u => u.Code));
        Assert.Equal(MunicipalityKind.County, units[4].Kind);
        Assert.Equal(["Jongno", "Jung"], units.InGroup("Old town").Select(u => u.Code));
        Assert.Equal("Staff", measures["Regular"].ShareDenominator);
        Assert.True(measures["Regular"].IsWholeCount);
        Assert.Equal(0m, measures["Regular"].ExpectedRange!.Lower);

        var submission = """
            시군구,이름,사례관리 인원(명),Regular,# 비고
            종로구,종로구,4,3,
            중구,,10,"5(50%)",share given beside the count
            마포,마포구,8,2,
            Gangseo,Gangseo-gu,0,0,
            양양군,양양군,5,해당없음,
            """;
        var table = MeasurementImport.ReadCsv(Utf8(submission), "districts-2017.csv", new ImportOptions { Units = units, Measures = measures, Period = EvaluationPeriod.Year(2017) });
        Assert.Equal(["Staff", "Regular"], table.Measures.Select(m => m.Id));
        Assert.Equal(new MeasurementReading(75m, ReadingStatus.Derived), table.Read(units[0], measures["Regular"], ValuePart.Percent));
        Assert.Equal(new MeasurementReading(50m, ReadingStatus.Given), table.Read(units[1], measures["Regular"], ValuePart.Percent));
        Assert.Equal(ReadingStatus.NotApplicable, table.Read(units[3], measures["Regular"], ValuePart.Percent).Status);

        var rubric = Rubric.Create("districts")
            .AddArea("S", "인력", "Staff", area => area
                .AddIndicator("S1", "정규직 비율", "Share of regular staff", 10, indicator => indicator
                    .Reads(measures["Regular"], ValuePart.Percent)
                    .WithBands(bands => bands.Band(10, BandRange.AtLeast(50)).Band(5, BandRange.From(25).To(50)).Otherwise(0)).WithProvenance(Provenance.FromAssumption("test")))
                .AddIndicator("S2", "인원", "Staff", 5, indicator => indicator
                    .Reads(measures["Staff"])
                    .WithBands(bands => bands.Band(5, BandRange.AtLeast(5)).Otherwise(1)).WithProvenance(Provenance.FromAssumption("test"))))
            .Build();
        var result = rubric.Score(table);
        Assert.Equal([10m, 10m, 5m], result.Cards.Take(3).Select(c => c["S1"].Points));
        Assert.Equal([1m, 5m, 5m, 1m, 5m], result.Cards.Select(c => c["S2"].Points));
        Assert.Equal(IndicatorStatus.NotApplicable, result[units[4]]["S1"].Status);
        Assert.Equal(new SubmittedSource("districts-2017.csv", Line: 3), table[units[1], measures["Regular"]]!.Source);
        Assert.Equal("5(50%)", table[units[1], measures["Regular"]]!.Text);
    }

    [Fact]
    public void UnitsFile_Problems()
    {
        const string text = """
            code,koreanName,kind,colour,kind
            A,가,Town,,
            A,나,,,
            ,다,,,
            B,,City,,
            C,라,Other,,;x,extra
            """;
        Assert.Equal(
            [
                "units.csv: line 1, field 'colour': unknown column 'colour': expected code, koreanName, romanizedName, kind, region, groups, aliases, or a comment column starting with #",
                "units.csv: line 1, field 'kind': expected each column once, found 'kind' again (first in column C)",
                "units.csv: line 2, 시군 A, field 'kind': expected City, County, District or Other, found 'Town'",
                "units.csv: line 4, field 'code': expected a unit code, found a blank value",
                "units.csv: line 5, 시군 B, field 'koreanName': expected a Korean name, found a blank value",
                "units.csv: line 6: expected at most 5 cells (the header's columns), found 'extra' in column F",
                "units.csv: line 3, 시군 A, field 'code': expected each unit code once, found 'A' again (first on line 2)",
            ],
            Problems(() => MeasurementImport.ReadUnits(Utf8(text), "units.csv")));
    }

    [Fact]
    public void MeasuresFile_Problems()
    {
        const string text = """
            id,koreanLabel,englishName,unit,wholeCount,hasShare,shareOf,minimum,maximum
            1st,첫째,First,Persons,yes,,,,
            Share,비율,Share,Percent,,,Whole,abc,
            Whole,전체,Whole,Persons,true,true,Nobody,10,5
            Whole,전체 2,Whole again,Persons,,,,,
            """;
        Assert.Equal(
            [
                "measures.csv: line 2, measure 1st, field 'wholeCount': expected true or false, found 'yes'",
                "measures.csv: line 2, measure 1st, field 'id': expected a measure id (a letter, then letters, digits, '_', '-' or '.'), found '1st'",
                "measures.csv: line 3, measure Share, field 'minimum': expected a number, found 'abc'",
                "measures.csv: line 3, measure Share, field 'shareOf': expected shareOf only for a measure with a share (hasShare: true), found 'Whole'",
                "measures.csv: line 4, measure Whole, field 'maximum': expected minimum ≤ maximum, found 10 and 5",
                "measures.csv: line 5, measure Whole, field 'id': expected each measure id once, found 'Whole' again (first on line 4)",
            ],
            Problems(() => MeasurementImport.ReadMeasures(Utf8(text), "measures.csv")));
        Assert.Equal(
            ["measures.csv: line 2, measure A, field 'shareOf': expected the id of another measure of the catalogue, found 'Nobody'"],
            Problems(() => MeasurementImport.ReadMeasures(Utf8("id,koreanLabel,englishName,unit,hasShare,shareOf\nA,가,A,Persons,true,Nobody\n"), "measures.csv")));
    }

    [Fact]
    public void CatalogueFiles_EmptyOrHeaderOnly()
    {
        Assert.Equal(["units.csv: expected a header row (code,koreanName,romanizedName,kind,region,groups,aliases), found an empty file"], Problems(() => MeasurementImport.ReadUnits(Utf8(""), "units.csv")));
        Assert.Equal(["units.csv: expected a row per unit, found none"], Problems(() => MeasurementImport.ReadUnits(Utf8("code,koreanName\n"), "units.csv")));
        Assert.Equal(
            ["measures.csv: line 1, field 'unit': expected a column 'unit', found none"],
            Problems(() => MeasurementImport.ReadMeasures(Utf8("id,koreanLabel,englishName\nA,가,A\n"), "measures.csv")));
    }

    [Fact]
    public void UnitsFromAFile_AreFoundByTheirNamesInASubmission()
    {
        var folder = Directory.CreateTempSubdirectory("units-");
        try
        {
            var path = Path.Combine(folder.FullName, "units.csv");
            File.WriteAllText(path, UnitsFile, Encoding.UTF8);
            var units = MeasurementImport.ReadUnits(path);
            var measuresPath = Path.Combine(folder.FullName, "measures.csv");
            File.WriteAllText(measuresPath, MeasuresFile);
            var measures = MeasurementImport.ReadMeasures(measuresPath);
            var table = Csv("unit,Staff\n종로,1\nJung,2\n마포구,3\n강서,4\nYangyang,5\n", new ImportOptions { Units = units, Measures = measures });
            Assert.Equal([1m, 2m, 3m, 4m, 5m], table.Rows.Select(r => r[measures["Staff"]]!.Value));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
