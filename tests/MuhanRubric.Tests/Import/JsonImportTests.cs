using System.Text.Json;
using MuhanRubric.Measurements;
using MuhanRubric.Measures;
using MuhanRubric.Units;
using static MuhanRubric.Tests.Import.Submissions;

namespace MuhanRubric.Tests.Import;

/// <summary>The JSON measurement format (docs/measurement-format.md).</summary>
public class JsonImportTests
{
    private const string Declared = """
        {
          "schemaVersion": 1,
          "name": "Seoul districts 2017",
          "period": "2017-01-01..2017-06-30",
          "units": [
            { "code": "Jongno", "koreanName": "종로구", "romanizedName": "Jongno-gu", "kind": "District", "region": "Central", "groups": ["Old town"] },
            { "code": "Jung", "koreanName": "중구", "kind": "District", "aliases": ["서울 중구"] }
          ],
          "measures": [
            { "id": "Staff", "koreanLabel": "인원(명)", "englishName": "Staff", "unit": "Persons", "wholeCount": true },
            { "id": "Regular", "koreanLabel": "정규직(명)", "englishName": "Regular staff", "unit": "Persons", "wholeCount": true, "hasShare": true, "shareOf": "Staff" },
            { "id": "Satisfaction", "koreanLabel": "만족도", "englishName": "Satisfaction", "unit": "Score", "expectedRange": { "minimum": 1, "maximum": 5 } }
          ],
          "values": [
            { "unit": "종로", "Staff": 4, "Regular": "3", "Satisfaction": 4.50 },
            { "unit": "서울 중구", "Staff": 10, "Regular": 5, "Regular%": 50.0, "Satisfaction": null }
          ]
        }
        """;

    [Fact]
    public void DeclaredUnitsAndMeasures_AreTheTablesCatalogues()
    {
        var table = Submissions.Json(Declared);
        Assert.Equal("Seoul districts 2017", table.Name);
        Assert.Equal("2017-01-01..2017-06-30", table.Period!.Label);
        Assert.Equal(["Jongno", "Jung"], table.Units.Select(u => u.Code));
        Assert.Equal(MunicipalityKind.District, table.Units[0].Kind);
        Assert.True(table.Units[0].IsInGroup("Old town"));
        Assert.Equal(["Staff", "Regular", "Satisfaction"], table.Measures.Select(m => m.Id));
        var jongno = table.Units[0];
        var regular = table.Measures["Regular"];
        Assert.Equal(new MeasurementReading(75m, ReadingStatus.Derived), table.Read(jongno, regular, ValuePart.Percent));
        var satisfaction = table[jongno, table.Measures["Satisfaction"]]!;
        Assert.Equal((4.50m, 2, "4.50", new SubmittedSource("test.json", Line: 15)), (satisfaction.Value, satisfaction.Decimals, satisfaction.Text, satisfaction.Source));
        Assert.Equal(50.0m, table[table.Units[1], regular]!.Percent);
        Assert.Equal(CellStatus.Missing, table.StatusOf(table.Units[1], table.Measures["Satisfaction"]));
    }

    [Fact]
    public void OmittedCatalogues_AreTheOptions()
    {
        var table = Submissions.Json("""{ "schemaVersion": 1, "values": [ { "unit": "수원시", "CasesPerCaseManager": "13.8", "TeamLeadersExperienced": "9(69.2%)" } ] }""", AbsentAllowed);
        Assert.Equal(MunicipalityCatalog.Gyeonggi, table.Units);
        Assert.Equal("test.json", table.Name);
        Assert.Equal(69.2m, table[Municipality.Suwon, Measure.TeamLeadersExperienced]!.Percent);
        Assert.Equal(30, table.UnitsWithoutData.Length);
    }

    [Fact]
    public void Problems_NameThePathLineAndColumn_InFileOrder()
    {
        // Problems of shape (an unknown field, a value of the wrong type, a repeated property) come with the problems
        // of meaning of the rest of the file, in file order.
        const string text = """
            {
              "schemaVersion": 1,
              "title": "2017",
              "period": "2017년",
              "values": [
                { "unit": "Suwon", "CasesManaged": -3, "CasesPerCaseManager": "NA", "Caseload": 1 },
                { "unit": "Seoul", "CasesManaged": true },
                { "unit": "Suwon", "CasesManaged": 1, "CasesManaged": 2 },
                { "CasesManaged": 1 },
                [],
                { "unit": "Seongnam", "TeamLeadersExperienced": "9(69.2%)", "TeamLeadersExperienced%": 70, "CasesManaged%": 5 }
              ]
            }
            """;
        Assert.Equal(
            [
                "test.json: line 3, column 12, field 'title': unknown field; expected one of $schema, schemaVersion, name, period, units, measures, values",
                "test.json: line 4, column 13, field 'period': expected a year (\"2017\") or two ISO dates (\"2017-01-01..2017-12-31\"), found '2017년'",
                "test.json: line 6, column 40, 시군 Suwon, measure CasesManaged, field 'values[0].CasesManaged': expected a number ≥ 0, found -3",
                "test.json: line 6, column 67, 시군 Suwon, measure CasesPerCaseManager, field 'values[0].CasesPerCaseManager': expected a number, N/A, 해당없음 or a blank cell, found 'NA': write N/A or 해당없음 for not applicable, or leave the cell blank for missing",
                "test.json: line 6, column 85, 시군 Suwon, measure Caseload, field 'values[0].Caseload': unknown measure 'Caseload': expected an id or Korean label of the 33 measures (ExternalSupportSessions … ServiceLinkagesPerCase), or a share (id%)",
                "test.json: line 7, column 15, 시군 Seoul, field 'values[1].unit': unknown unit 'Seoul'; expected a code or Korean name of the 31 units (Suwon … Yeoncheon)",
                "test.json: line 7, column 40, 시군 Seoul, measure CasesManaged, field 'values[1].CasesManaged': expected a number, null or a string, found true",
                "test.json: line 8, column 15, 시군 Suwon, field 'values[2].unit': expected each unit once, found Suwon again (first on line 6)",
                "test.json: line 8, column 43, field 'values[2].CasesManaged': expected each property once, found 'CasesManaged' again (first at line 8, column 24)",
                "test.json: line 9, column 5, field 'values[3]': expected the property 'unit' (a unit code or name), found none",
                "test.json: line 10, column 5, field 'values[4]': expected an object with 'unit' and measure ids, found an array",
                "test.json: line 11, column 92, 시군 Seongnam, measure TeamLeadersExperienced, field 'values[5].TeamLeadersExperienced%': expected the share column to repeat the count cell's 69.2% ('9(69.2%)'), found 70%",
                "test.json: line 11, column 113, 시군 Seongnam, measure CasesManaged, field 'values[5].CasesManaged%': expected a share only for a measure with a share, found 'CasesManaged%' (CasesManaged has none)",
            ],
            JsonProblems(text, AbsentAllowed));
    }

    [Fact]
    public void AnotherSchemaVersion_IsReportedAlone() =>
        Assert.Equal(
            ["test.json: line 1, column 20, field 'schemaVersion': expected 1 (the only version this library reads), found the number 2"],
            JsonProblems("""{ "schemaVersion": 2, "title": "2017", "values": true }""", AbsentAllowed));

    [Fact]
    public void BrokenCatalogues_AreReportedBeforeValues()
    {
        const string text = """
            {
              "schemaVersion": 1,
              "units": [
                { "code": "A", "koreanName": "가", "kind": "Town" },
                { "code": "A", "koreanName": "나" },
                { "koreanName": "다", "colour": "red" }
              ],
              "measures": [
                { "id": "x y", "koreanLabel": "엑스", "englishName": "X", "unit": "People" },
                { "id": "Y", "koreanLabel": "와이", "englishName": "Y", "unit": "Count", "shareOf": "Z" },
                { "id": "Z", "koreanLabel": "와이", "englishName": "Z", "unit": "Count", "hasShare": "yes", "expectedRange": { "minimum": 5, "maximum": 1 } }
              ],
              "values": [ { "unit": "A", "Y": 1 } ]
            }
            """;

        // measures[2] has a problem of shape, so its own rules (minimum ≤ maximum) wait until it is fixed; its id and
        // label still take part in the catalogue's rules.
        Assert.Equal(
            [
                "test.json: line 4, column 47, 시군 A, field 'units[0].kind': expected City, County, District or Other, found 'Town'",
                "test.json: line 5, column 15, 시군 A, field 'units[1].code': expected each unit code once, found 'A' again (first on line 4)",
                "test.json: line 6, column 5, field 'units[2].code': required field is missing (expected text)",
                "test.json: line 6, column 36, field 'units[2].colour': unknown field; expected one of code, koreanName, romanizedName, kind, region, groups, aliases",
                "test.json: line 9, column 13, measure x y, field 'measures[0].id': expected a measure id (a letter, then letters, digits, '_', '-' or '.'), found 'x y'",
                "test.json: line 9, column 69, measure x y, field 'measures[0].unit': expected a measure unit (Count, Persons, Score, Percent, Hours, Households, Cases, Ratio, Won, Days or Other), found 'People'",
                "test.json: line 10, column 87, measure Y, field 'measures[1].shareOf': expected shareOf only for a measure with a share (hasShare: true), found 'Z'",
                "test.json: line 11, column 33, measure Z, field 'measures[2].koreanLabel': expected each Korean label once, found '와이' again (first on line 10, measure Y)",
                "test.json: line 11, column 88, field 'measures[2].hasShare': expected true or false, found the text \"yes\"",
            ],
            JsonProblems(text));
    }

    [Theory]
    [InlineData("{ \"schemaVersion\": 1, }", "test.json: line 1, column 23: expected JSON (no comments, no trailing commas), found malformed JSON: The JSON object contains a trailing comma")]
    [InlineData("{ \"schemaVersion\": 1 // note\n}", "test.json: line 1, column 22: expected JSON (no comments, no trailing commas), found malformed JSON: '/' is invalid after a value.")]
    [InlineData("\n\n[1, 2]", "test.json: line 3, column 1, field '$': expected a JSON object ({ \"schemaVersion\": 1, … }), found an array")]
    [InlineData("", "test.json: line 1, column 1: expected JSON (no comments, no trailing commas), found malformed JSON: The input does not contain any JSON tokens.")]
    public void MalformedJson_IsOneProblemWithItsLineAndColumn(string text, string start) =>
        Assert.StartsWith(start, Assert.Single(JsonProblems(text)), StringComparison.Ordinal);

    [Fact]
    public void MissingValuesAndSchemaVersion_AreReported() =>
        Assert.Equal(
            [
                "test.json: line 1, column 1, field 'schemaVersion': required field is missing (expected 1)",
                "test.json: line 1, column 1, field 'values': required field is missing (expected an array with an object per unit)",
            ],
            JsonProblems("{ }"));

    [Fact]
    public void AbsentUnit_IsReported() =>
        Assert.Contains(
            "test.json: 시군 Yeoncheon: expected an entry in values for every unit of the catalogue, found none for Yeoncheon (연천군); leave its cells blank for missing values, or allow absent units",
            JsonProblems("""{ "schemaVersion": 1, "values": [ { "unit": "Suwon", "CasesManaged": 1 } ] }"""));

    [Fact]
    public void PeriodOfTheFile_MustAgreeWithTheOptions()
    {
        var options = AbsentAllowed with { Period = EvaluationPeriod.Year(2018) };
        Assert.Equal(
            ["test.json: line 1, column 33, field 'period': expected the period the import was asked for (2018), found '2017'"],
            JsonProblems("""{ "schemaVersion": 1, "period": "2017", "values": [] }""", options));
        Assert.Equal(EvaluationPeriod.Year(2018), Submissions.Json("""{ "schemaVersion": 1, "period": "2018", "values": [] }""", options).Period);
    }

    [Fact]
    public void JsonAndCsv_OfTheSameData_GiveTheSameTable()
    {
        var csv = Csv("unit,TeamLeadersExperienced,CasesPerCaseManager\nSuwon,9(69.2%),13.8\nSeongnam,해당없음,\n", AbsentAllowed);
        var json = Submissions.Json("""{ "schemaVersion": 1, "values": [ { "unit": "Suwon", "TeamLeadersExperienced": "9(69.2%)", "CasesPerCaseManager": 13.8 }, { "unit": "Seongnam", "TeamLeadersExperienced": "해당없음", "CasesPerCaseManager": null } ] }""", AbsentAllowed);
        Assert.Equal(SharesAndLayoutsTests.Describe(csv), SharesAndLayoutsTests.Describe(json));
    }

    [Fact]
    public void Schema_NamesTheReadersPropertiesAndEnums()
    {
        var schema = Schema();
        Assert.Equal(["$schema", "schemaVersion", "name", "period", "units", "measures", "values"], schema.GetProperty("properties").EnumerateObject().Select(p => p.Name));
        var defs = schema.GetProperty("$defs");
        Assert.Equal(Enum.GetNames<MeasureUnit>(), defs.GetProperty("measure").GetProperty("properties").GetProperty("unit").GetProperty("enum").EnumerateArray().Select(e => e.GetString()!));
        Assert.Equal([.. Enum.GetNames<MunicipalityKind>().Order(StringComparer.Ordinal)], defs.GetProperty("unit").GetProperty("properties").GetProperty("kind").GetProperty("enum").EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).Order(StringComparer.Ordinal));
    }

    private static JsonElement Schema([System.Runtime.CompilerServices.CallerFilePath] string path = "")
    {
        var root = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, "..", "..", ".."));
        return JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "docs", "schema", "measurements.schema.json"))).RootElement;
    }
}
