using System.Text.Json.Nodes;
using MuhanRubric.Editions.Y2016;
using MuhanRubric.Measurements;
using MuhanRubric.Measures;
using MuhanRubric.Units;

namespace MuhanRubric.Tests.Data;

public class DatasetBadInputTests
{
    [Fact]
    public void Load_MalformedJson_NamesFileAndPosition()
    {
        var ex = Assert.Throws<DatasetFormatException>(() => DatasetFiles.Load("{\"schemaVersion\": 1,,}"));
        var problem = Assert.Single(ex.Problems);
        Assert.Equal("bad.json", problem.File);
        Assert.Null(problem.Municipality);
        Assert.Equal("(line 1, byte 21)", problem.Field);
        Assert.StartsWith("malformed JSON: ", problem.Message, StringComparison.Ordinal);
        Assert.StartsWith("Cannot load dataset 'bad.json': 1 problem(s); nothing was loaded.\n - bad.json: field '(line 1, byte 21)': malformed JSON: ", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_DuplicateJsonProperty_IsMalformed()
    {
        var ex = Assert.Throws<DatasetFormatException>(() => DatasetFiles.Load("{\"schemaVersion\": 1, \"schemaVersion\": 1}"));
        Assert.Contains("malformed JSON", Assert.Single(ex.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnknownMunicipality_NamesFileMunicipalityAndField()
    {
        var dataset = DatasetFiles.Embedded2016();
        dataset["municipalityTables"]![0]!["municipality"] = "Seoul";
        var ex = Assert.Throws<DatasetFormatException>(() => DatasetFiles.Load(dataset));
        Assert.Equal(
            [
                "bad.json: 시군 Seoul, field 'municipalityTables[0].municipality': unknown unit 'Seoul'; expected a code or Korean name of the 31 units (Suwon … Yeoncheon)",
                "bad.json: 시군 Suwon, field 'municipalityTables': no table for Suwon (수원시); every municipality of the catalogue needs its table (write null for blank cells)",
            ],
            ex.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void Load_KoreanMunicipalityName_IsAccepted()
    {
        var dataset = DatasetFiles.Embedded2016();
        dataset["municipalityTables"]![0]!["municipality"] = "수원시";
        dataset["municipalityTables"]![1]!["municipality"] = "성남";
        var loaded = DatasetFiles.Load(dataset);
        Assert.Equal(13.8m, loaded.Measurements[Municipality.Suwon, Measure.CasesPerCaseManager]!.Value);
        Assert.Equal(loaded.Measurements.Units, MunicipalityCatalog.Gyeonggi);
    }

    [Fact]
    public void Load_MissingMunicipality_IsReportedNotSilentlyLeftOut()
    {
        var dataset = DatasetFiles.Embedded2016();
        dataset["municipalityTables"]!.AsArray().RemoveAt(30);
        var ex = Assert.Throws<DatasetFormatException>(() => DatasetFiles.Load(dataset));
        Assert.Equal(
            "bad.json: 시군 Yeoncheon, field 'municipalityTables': no table for Yeoncheon (연천군); every municipality of the catalogue needs its table (write null for blank cells)",
            Assert.Single(ex.Problems).ToString());
    }

    [Fact]
    public void Load_DuplicateMunicipality_IsReported()
    {
        var dataset = DatasetFiles.Embedded2016();
        dataset["municipalityTables"]![1]!["municipality"] = "Suwon";
        var ex = Assert.Throws<DatasetFormatException>(() => DatasetFiles.Load(dataset));
        Assert.Equal(
            [
                "bad.json: 시군 Suwon, field 'municipalityTables[1].municipality': duplicate municipality 'Suwon'; it already appears at municipalityTables[0]",
                "bad.json: 시군 Seongnam, field 'municipalityTables': no table for Seongnam (성남시); every municipality of the catalogue needs its table (write null for blank cells)",
            ],
            ex.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void Load_NegativeCount_IsReported()
    {
        var dataset = DatasetFiles.Embedded2016();
        DatasetFiles.Cells(dataset, 2)["CasesManaged"]!["value"] = -3;
        var ex = Assert.Throws<DatasetFormatException>(() => DatasetFiles.Load(dataset));
        Assert.Equal(
            "bad.json: 시군 Bucheon, field 'municipalityTables[2].cells.CasesManaged.value': expected a number ≥ 0 (counts, hours, scores and shares cannot be negative), found -3",
            Assert.Single(ex.Problems).ToString());
    }

    [Theory]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    public void Load_NaNOrInfinityText_IsReported(string text)
    {
        var dataset = DatasetFiles.Embedded2016();
        DatasetFiles.Cells(dataset, 0)["CasesPerCaseManager"]!["value"] = text;
        var ex = Assert.Throws<DatasetFormatException>(() => DatasetFiles.Load(dataset));
        Assert.Equal(
            $"bad.json: 시군 Suwon, field 'municipalityTables[0].cells.CasesPerCaseManager.value': expected a number, found the string \"{text}\" (NaN and Infinity are not values the report prints)",
            Assert.Single(ex.Problems).ToString());
    }

    [Fact]
    public void Load_NumberBeyondDecimalRange_IsReported()
    {
        var json = DatasetFiles.Embedded2016().ToJsonString().Replace("\"value\":1005,", "\"value\":1e400,", StringComparison.Ordinal);
        var ex = Assert.Throws<DatasetFormatException>(() => DatasetFiles.Load(json));
        Assert.Equal(
            "bad.json: 시군 Suwon, field 'municipalityTables[0].cells.CasesManaged.value': expected a finite number within decimal range, found 1e400",
            Assert.Single(ex.Problems).ToString());
    }

    [Fact]
    public void Load_MissingRequiredField_IsReportedNotTakenAsZero()
    {
        var dataset = DatasetFiles.Embedded2016();
        DatasetFiles.Cells(dataset, 30).Remove("ServiceLinkages");
        var ex = Assert.Throws<DatasetFormatException>(() => DatasetFiles.Load(dataset));
        Assert.Equal(
            "bad.json: 시군 Yeoncheon, field 'municipalityTables[30].cells.ServiceLinkages': required field is missing (write null for a blank cell; a missing value is never taken as zero)",
            Assert.Single(ex.Problems).ToString());
    }

    [Fact]
    public void Load_MissingValueInCell_IsReported()
    {
        var dataset = DatasetFiles.Embedded2016();
        DatasetFiles.Cells(dataset, 5)["CooperationSatisfaction"]!.AsObject().Remove("value");
        var ex = Assert.Throws<DatasetFormatException>(() => DatasetFiles.Load(dataset));
        Assert.Equal(
            "bad.json: 시군 Anyang, field 'municipalityTables[5].cells.CooperationSatisfaction.value': required number is missing (a missing value is never taken as zero)",
            Assert.Single(ex.Problems).ToString());
    }

    [Fact]
    public void Load_SeveralProblems_AllReportedInOneException()
    {
        var dataset = DatasetFiles.Embedded2016();
        dataset["municipalityTables"]![0]!["municipality"] = "Seoul";
        DatasetFiles.Cells(dataset, 3)["CasesManaged"]!["value"] = -1;
        DatasetFiles.Cells(dataset, 4)["Unknown"] = JsonNode.Parse("null");
        var ex = Assert.Throws<DatasetFormatException>(() => DatasetFiles.Load(dataset));
        Assert.Equal(4, ex.Problems.Count);
        Assert.Equal(["Seoul", "Yongin", "Ansan", "Suwon"], ex.Problems.Select(p => p.Municipality));
        Assert.StartsWith("Cannot load dataset 'bad.json': 4 problem(s); nothing was loaded.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_PercentAbove100_Loads()
    {
        // 표 Ⅳ-20 p.61 prints 안산시 통합사례관리사 정규직 11(110.0%); it loads as printed and is catalogued.
        var dataset = DatasetFiles.Load(DatasetFiles.Embedded2016());
        var cell = dataset[Municipality.Ansan][Measure.IntegratedCaseManagersRegular]!;
        Assert.Equal(110.0m, cell.Percent);
        Assert.Equal("11(110.0%)", cell.Text);
    }

    [Fact]
    public void LoadFile_NamesTheFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"muhan-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, "[]");
        try
        {
            var ex = Assert.Throws<DatasetFormatException>(() => EvaluationReport.LoadFile(path));
            Assert.Equal(Path.GetFileName(path), ex.File);
            Assert.Equal("expected a JSON object, found an array", Assert.Single(ex.Problems).Message);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
