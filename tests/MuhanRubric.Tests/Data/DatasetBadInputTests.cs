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
        Assert.Null(problem.Field);
        Assert.Equal((1, 21), (problem.Line, problem.Column));

        // One position, 1-based, once: System.Text.Json's zero-based "LineNumber: 0 | BytePositionInLine: 20" is not repeated.
        Assert.Equal(
            """
            Cannot load dataset 'bad.json': 1 problem(s); nothing was loaded.
             - bad.json: line 1, column 21: expected JSON (no comments, no trailing commas), found malformed JSON: ',' is an invalid start of a property name. Expected a '"'.
            """,
            ex.Message);
        Assert.IsAssignableFrom<System.Text.Json.JsonException>(ex.InnerException);
    }

    [Fact]
    public void Load_DuplicateJsonProperty_IsReportedWithTheFirst()
    {
        var ex = Assert.Throws<DatasetFormatException>(() => DatasetFiles.Load("{\"schemaVersion\": 1, \"schemaVersion\": 1}"));
        Assert.Contains(
            "bad.json: line 1, column 22, field 'schemaVersion': expected each property once, found 'schemaVersion' again (first at line 1, column 2)",
            ex.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void Load_UnknownMunicipality_NamesFileMunicipalityAndField()
    {
        var dataset = DatasetFiles.Embedded2016();
        dataset["municipalityTables"]![0]!["municipality"] = "Seoul";
        var ex = Assert.Throws<DatasetFormatException>(() => DatasetFiles.Load(dataset));
        Assert.Equal(
            [
                "bad.json: line 11, column 25, 시군 Suwon, field 'municipalityTables': no table for Suwon (수원시); every municipality of the catalogue needs its table (write null for blank cells)",
                "bad.json: line 13, column 23, 시군 Seoul, field 'municipalityTables[0].municipality': unknown unit 'Seoul'; expected a code or Korean name of the 31 units (Suwon … Yeoncheon)",
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
            "bad.json: line 11, column 25, 시군 Yeoncheon, field 'municipalityTables': no table for Yeoncheon (연천군); every municipality of the catalogue needs its table (write null for blank cells)",
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
                "bad.json: line 11, column 25, 시군 Seongnam, field 'municipalityTables': no table for Seongnam (성남시); every municipality of the catalogue needs its table (write null for blank cells)",
                "bad.json: line 296, column 23, 시군 Suwon, field 'municipalityTables[1].municipality': duplicate municipality 'Suwon'; it already appears at municipalityTables[0]",
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
            "bad.json: line 697, column 20, 시군 Bucheon, measure CasesManaged, field 'municipalityTables[2].cells.CasesManaged.value': expected a number ≥ 0 (counts, hours, scores and shares cannot be negative), found -3",
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
            $"bad.json: line 135, column 20, 시군 Suwon, measure CasesPerCaseManager, field 'municipalityTables[0].cells.CasesPerCaseManager.value': expected a number, found the text \"{text}\"",
            Assert.Single(ex.Problems).ToString());
    }

    [Fact]
    public void Load_NumberBeyondDecimalRange_IsReported()
    {
        var json = DatasetFiles.Embedded2016().ToJsonString(DatasetFiles.Indented).Replace("\"value\": 1005,", "\"value\": 1e400,", StringComparison.Ordinal);
        var ex = Assert.Throws<DatasetFormatException>(() => DatasetFiles.Load(json));
        Assert.Equal(
            "bad.json: line 131, column 20, 시군 Suwon, measure CasesManaged, field 'municipalityTables[0].cells.CasesManaged.value': expected a number below 10^14 in magnitude, and 0 or at least 10^-14, found the number 1e400",
            Assert.Single(ex.Problems).ToString());
    }

    [Fact]
    public void Load_MissingRequiredField_IsReportedNotTakenAsZero()
    {
        var dataset = DatasetFiles.Embedded2016();
        DatasetFiles.Cells(dataset, 30).Remove("ServiceLinkages");
        var ex = Assert.Throws<DatasetFormatException>(() => DatasetFiles.Load(dataset));
        Assert.Equal(
            "bad.json: line 8455, column 16, 시군 Yeoncheon, measure ServiceLinkages, field 'municipalityTables[30].cells.ServiceLinkages': required field is missing (write null for a blank cell; a missing value is never taken as zero)",
            Assert.Single(ex.Problems).ToString());
    }

    [Fact]
    public void Load_MissingValueInCell_IsReported()
    {
        var dataset = DatasetFiles.Embedded2016();
        DatasetFiles.Cells(dataset, 5)["CooperationSatisfaction"]!.AsObject().Remove("value");
        var ex = Assert.Throws<DatasetFormatException>(() => DatasetFiles.Load(dataset));
        Assert.Equal(
            "bad.json: line 1453, column 36, 시군 Anyang, measure CooperationSatisfaction, field 'municipalityTables[5].cells.CooperationSatisfaction.value': required field is missing (expected a number)",
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
        Assert.Equal(["Suwon", "Seoul", "Yongin", "Ansan"], ex.Problems.Select(p => p.Municipality));
        Assert.Equal([null, null, "CasesManaged", "Unknown"], ex.Problems.Select(p => p.Measure));
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
            var problem = Assert.Single(ex.Problems);
            Assert.Equal(("$", 1, 1, "expected a JSON object, found an array"), (problem.Field, problem.Line, problem.Column, problem.Message));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
