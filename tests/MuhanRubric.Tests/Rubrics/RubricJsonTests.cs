using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json.Nodes;
using MuhanRubric.Editions.Y2016;
using MuhanRubric.Measures;
using MuhanRubric.Rubrics;
using MuhanRubric.Scoring;

namespace MuhanRubric.Tests.Rubrics;

public class RubricJsonTests
{
    [Theory]
    [InlineData(MathNet.Numerics.Statistics.QuantileDefinition.R1, "R1")]
    [InlineData(MathNet.Numerics.Statistics.QuantileDefinition.R2, "R2")]
    [InlineData(MathNet.Numerics.Statistics.QuantileDefinition.R3, "R3")]
    [InlineData(MathNet.Numerics.Statistics.QuantileDefinition.R4, "R4")]
    [InlineData(MathNet.Numerics.Statistics.QuantileDefinition.R5, "R5")]
    [InlineData(MathNet.Numerics.Statistics.QuantileDefinition.R6, "R6")]
    [InlineData(MathNet.Numerics.Statistics.QuantileDefinition.R7, "R7")]
    [InlineData(MathNet.Numerics.Statistics.QuantileDefinition.R8, "R8")]
    [InlineData(MathNet.Numerics.Statistics.QuantileDefinition.R9, "R9")]
    public void QuantileDefinition_IsWrittenByItsRName_AndReadBack(MathNet.Numerics.Statistics.QuantileDefinition definition, string name)
    {
        var rubric = Rubric.Create("quantiles").AddArea("B", "나", "B", a => a.AddIndicator("B4", "교육", "Training", 3, i => i
                .Reads(Measure.OfficialTrainingHoursPerCapita)
                .WithPopulationBands(p => p.WithQuantileDefinition(definition).Band(3, CutoffRange.AtLeast(Cutoff.Percentile(75))).Otherwise(0))
                .WithProvenance(Provenance.FromAssumption("test"))))
            .Build();

        var json = RubricJson.Serialize(rubric);

        Assert.Contains($"\"quantileDefinition\": \"{name}\"", json, StringComparison.Ordinal);
        Assert.Equal(definition, ((PopulationBandScale)RubricJson.Deserialize(json).Indicator("B4").Scale).QuantileDefinition);
    }

    [Theory]
    [InlineData("R0")]
    [InlineData("R10")]
    [InlineData("r7")]
    [InlineData("Q7")]
    [InlineData("7")]
    public void QuantileDefinition_OtherNames_AreRefused(string name)
    {
        var rubric = Rubric.Create("quantiles").AddArea("B", "나", "B", a => a.AddIndicator("B4", "교육", "Training", 3, i => i
                .Reads(Measure.OfficialTrainingHoursPerCapita)
                .WithPopulationBands(p => p.Band(3, CutoffRange.AtLeast(Cutoff.Percentile(75))).Otherwise(0))
                .WithProvenance(Provenance.FromAssumption("test"))))
            .Build();
        var json = RubricJson.Serialize(rubric).Replace("\"quantileDefinition\": \"R6\"", $"\"quantileDefinition\": \"{name}\"", StringComparison.Ordinal);

        var error = Assert.Throws<RubricFormatException>(() => RubricJson.Deserialize(json, "q.json"));
        Assert.Contains("quantileDefinition", error.Message, StringComparison.Ordinal);
    }

    private static JsonNode Sample() => JsonNode.Parse(RubricJson.Serialize(RubricSamples.Everything()))!;

    private static JsonNode Indicator(JsonNode rubric, int area, int indicator) => rubric["areas"]![area]!["indicators"]![indicator]!;

    /// <summary>Indented, as a person writes a rubric, so that problems name readable lines.</summary>
    private static readonly System.Text.Json.JsonSerializerOptions _indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static string Text(JsonNode rubric) => rubric.ToJsonString(_indented);

    private static RubricFormatException FormatError(JsonNode rubric) =>
        Assert.Throws<RubricFormatException>(() => RubricJson.Deserialize(Text(rubric), "bad.json"));

    [Fact]
    public void Serialize_EveryFeature_RoundTripsToIdenticalText()
    {
        var text = RubricJson.Serialize(RubricSamples.Everything());

        var again = RubricJson.Serialize(RubricJson.Deserialize(text));

        Assert.Equal(text, again);
    }

    [Fact]
    public void Deserialize_SerializedRubric_IsStructurallyEqual()
    {
        var original = RubricSamples.Everything();

        var roundTripped = RubricJson.Deserialize(RubricJson.Serialize(original));

        Assert.Empty(RubricDiff.Compare(original, roundTripped));
        // Read from a file, a warning also names its place there (file, path, line, column): the same problem.
        Assert.Equal(original.Warnings, roundTripped.Warnings.Select(w => w.Unplaced));
        Assert.All(roundTripped.Warnings, w => Assert.Equal("rubric.json", w.Source));
        Assert.Equal(original.MaximumPoints, roundTripped.MaximumPoints);
        Assert.Equal(original.Indicators.Select(i => i.Scale.ToString()), roundTripped.Indicators.Select(i => i.Scale.ToString()));
    }

    [Fact]
    public void Serialize_SmallRubric_WritesTheCanonicalText()
    {
        var rubric = Rubric.Create("caseload only")
            .AddArea("C", "무한돌봄 통합사례관리", "Integrated case management", area => area
                .AddIndicator("C1", "통합사례관리 실적", "Caseload", 10.0m, indicator => indicator
                    .Reads(Measure.CasesPerCaseManager)
                    .WithBands(bands => bands
                        .Band(10, BandRange.From(30).To(50))
                        .Band(8, BandRange.From(25).To(30), BandRange.From(50).To(55))
                        .Otherwise(2))
                    .WithProvenance(Provenance.FromTable("Ⅲ-3", 32))))
            .Build();

        Assert.Equal(
            """
            {
              "format": "muhanrubric-rubric",
              "version": 1,
              "name": "caseload only",
              "description": null,
              "declaredTotal": null,
              "missingData": "excludeAndRescale",
              "pointsDecimals": 2,
              "groups": [],
              "acceptedWarnings": [],
              "areas": [
                {
                  "code": "C",
                  "koreanName": "무한돌봄 통합사례관리",
                  "englishName": "Integrated case management",
                  "declaredPoints": null,
                  "indicators": [
                    {
                      "code": "C1",
                      "koreanName": "통합사례관리 실적",
                      "englishName": "Caseload",
                      "maximumPoints": 10.0,
                      "pointsProvenance": "assumption: no source given",
                      "measure": { "field": "CasesPerCaseManager", "target": "value" },
                      "missingData": null,
                      "notApplicable": null,
                      "excluded": null,
                      "scale": {
                        "kind": "bands",
                        "provenance": "표 Ⅲ-3 p.32",
                        "bands": [
                          {
                            "points": 10,
                            "label": null,
                            "intervals": [
                              { "lower": 30, "lowerInclusive": true, "upper": 50, "upperInclusive": false }
                            ]
                          },
                          {
                            "points": 8,
                            "label": null,
                            "intervals": [
                              { "lower": 25, "lowerInclusive": true, "upper": 30, "upperInclusive": false },
                              { "lower": 50, "lowerInclusive": true, "upper": 55, "upperInclusive": false }
                            ]
                          }
                        ],
                        "otherwise": 2
                      },
                      "groupOverrides": []
                    }
                  ]
                }
              ]
            }
            """ + "\n",
            RubricJson.Serialize(rubric));
    }

    [Fact]
    public void Serialize_TextAndNumbers_AreWrittenAsIs()
    {
        var text = RubricJson.Serialize(RubricSamples.Everything());

        Assert.Contains("\"name\": \"무한돌봄 평가 (sample)\"", text, StringComparison.Ordinal);
        Assert.Contains("\"pointsProvenance\": \"표 Ⅲ-3 p.29\"", text, StringComparison.Ordinal);
        Assert.Contains("\"label\": \"② 1회 이상~2회 미만\"", text, StringComparison.Ordinal);
        Assert.Contains("\"englishName\": \"Center head's expertise\"", text, StringComparison.Ordinal);
        Assert.Contains("\"maximumPoints\": 2.50,", text, StringComparison.Ordinal);
        Assert.Contains("{ \"constant\": 3.50 }", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u", text, StringComparison.Ordinal);
        Assert.DoesNotContain('\r', text);
    }

    [Fact]
    public void Serialize_QuotesAndControlCharacters_AreEscapedAndRoundTrip()
    {
        var rubric = RubricSamples.DiffBase().ToBuilder().WithName("\"quoted\" \\ back\\slash").WithDescription("line 1\nline 2\t<tab> & '무한'").Build();

        var text = RubricJson.Serialize(rubric);

        Assert.Contains("""
            "name": "\"quoted\" \\ back\\slash",
            "description": "line 1\nline 2\t<tab> & '무한'",
            """.ReplaceLineEndings("\n  "), text, StringComparison.Ordinal);
        Assert.Empty(RubricDiff.Compare(rubric, RubricJson.Deserialize(text)));
    }

    [Theory]
    [InlineData("ko-KR")]
    [InlineData("de-DE")]
    [InlineData("tr-TR")]
    public void Serialize_AnyCulture_GivesTheSameText(string cultureName)
    {
        var expected = RubricJson.Serialize(RubricSamples.Everything());
        var expectedDiff = RubricDiff.Format(RubricDiff.Compare(RubricSamples.DiffBase(), RubricSamples.Everything()));
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(cultureName);
            var text = RubricJson.Serialize(RubricSamples.Everything());
            Assert.Equal(expected, text);
            Assert.Equal(expected, RubricJson.Serialize(RubricJson.Deserialize(text)));
            Assert.Equal(expectedDiff, RubricDiff.Format(RubricDiff.Compare(RubricSamples.DiffBase(), RubricSamples.Everything())));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void SaveAndLoadFile_WriteUtf8WithoutBom_AndReadBack()
    {
        var path = Path.Combine(Path.GetTempPath(), $"rubric-{Guid.NewGuid():N}.json");
        try
        {
            var rubric = RubricSamples.Everything();
            RubricJson.Save(rubric, path);

            var bytes = File.ReadAllBytes(path);
            Assert.NotEqual(0xEF, bytes[0]);
            Assert.Equal(RubricJson.Serialize(rubric), Encoding.UTF8.GetString(bytes));
            Assert.Empty(RubricDiff.Compare(rubric, RubricJson.LoadFile(path)));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Load_Stream_NamesTheSourceInProblems()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("[]"));

        var ex = Assert.Throws<RubricFormatException>(() => RubricJson.Load(stream, "variants/b.json"));

        Assert.Equal("variants/b.json", ex.SourceName);
        Assert.Equal(
            """
            Cannot load rubric 'variants/b.json': 1 problem(s); nothing was loaded.
             - variants/b.json: line 1, column 1, field '$': expected a JSON object, found an array
            """,
            ex.Message);
    }

    [Fact]
    public void Deserialize_MalformedJson_NamesSourceAndPosition()
    {
        var ex = Assert.Throws<RubricFormatException>(() => RubricJson.Deserialize("{\"format\": \"muhanrubric-rubric\",,}", "bad.json"));

        var problem = Assert.Single(ex.Problems);
        Assert.Equal(new RubricFormatProblem("bad.json", "$", problem.Message) { Line = 1, Column = 33 }, problem);

        // One position, 1-based, once: System.Text.Json's zero-based "LineNumber: 0 | BytePositionInLine: 32" is not repeated.
        Assert.Equal(
            """
            Cannot load rubric 'bad.json': 1 problem(s); nothing was loaded.
             - bad.json: line 1, column 33, field '$': expected JSON (no comments, no trailing commas), found malformed JSON: ',' is an invalid start of a property name. Expected a '"'.
            """,
            ex.Message);
        Assert.IsAssignableFrom<System.Text.Json.JsonException>(ex.InnerException);
    }

    [Fact]
    public void Deserialize_InvalidMeasureId_NamesPathAndId()
    {
        var rubric = Sample();
        Indicator(rubric, 1, 2)["measure"]!["terms"]![1]!["field"] = "cases handled";

        var ex = FormatError(rubric);

        Assert.Equal(
            """
            Cannot load rubric 'bad.json': 1 problem(s); nothing was loaded.
             - bad.json: line 339, column 26, field 'areas[1].indicators[2].measure.terms[1].field': 'cases handled' is not a measure id (a letter, then letters, digits, '_', '-' or '.')
            """,
            ex.Message);
    }

    [Fact]
    public void Deserialize_MeasureOutsideTheBuiltInCatalogue_LoadsAndScoresDataThatDeclaresIt()
    {
        // A rubric reads measures by id: one the 2016 catalogue lacks loads, and scores any table that declares it.
        var rubric = Sample();
        Indicator(rubric, 1, 2)["measure"]!["terms"]![1]!["field"] = "FollowUpRate";
        var loaded = RubricJson.Deserialize(Text(rubric), "new.json");
        Assert.Contains("FollowUpRate", loaded.Compile().MeasureIds);

        var ex = Assert.Throws<ScoringException>(() => loaded.Score(Evaluation2016.Measurements));
        Assert.StartsWith("'GGWF Report 2017-15' does not hold FollowUpRate, which rubric", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_UnknownEnumValues_ListTheAllowedValues()
    {
        var rubric = Sample();
        rubric["missingData"] = "sometimes";
        Indicator(rubric, 1, 0)["scale"]!["kind"] = "histogram";
        Indicator(rubric, 1, 2)["scale"]!["quantileDefinition"] = "SPSS";
        Indicator(rubric, 1, 2)["scale"]!["bands"]![1]!["lower"]!["kind"] = "meanMinusSD";
        Indicator(rubric, 0, 1)["measure"]!["target"] = "Percent";
        rubric["acceptedWarnings"]![0] = "rubricTotalMismatch";

        var ex = FormatError(rubric);

        Assert.Equal(
            """
            Cannot load rubric 'bad.json': 6 problem(s); nothing was loaded.
             - bad.json: line 7, column 18, field 'missingData': expected one of excludeAndRescale, scoreZero, fail, found the text "sometimes"
             - bad.json: line 20, column 5, field 'acceptedWarnings[0]': expected one of DuplicateCode, BandGap, BandOverlap, BoundsOutOfOrder, NaNBound, PointsAboveMaximum, NegativePoints, UnknownMeasure, InvalidScale, AreaTotalMismatch, RubricTotalMismatch, UnspecifiedScale, MissingProvenance, MaximumUnreachable, found the text "rubricTotalMismatch"
             - bad.json: line 100, column 23, field 'areas[0].indicators[1].measure.target': expected one of value, percent, found the text "Percent"
             - bad.json: line 155, column 21, field 'areas[1].indicators[0].scale.kind': expected one of bands, ordinal, checklist, proportional, populationBands, unspecified, found the text "histogram"
             - bad.json: line 350, column 35, field 'areas[1].indicators[2].scale.quantileDefinition': expected one of R1, R2, R3, R4, R5, R6, R7, R8, R9 (Hyndman–Fan definitions; SPSS is R6), found the text "SPSS"
             - bad.json: line 369, column 27, field 'areas[1].indicators[2].scale.bands[1].lower.kind': expected one of value, percentile, meanPlusStandardDeviations, meanTimes, found the text "meanMinusSD"
            """,
            ex.Message);
    }

    [Fact]
    public void Deserialize_BlankAndDuplicateUnitCodes_AreReported()
    {
        // Unit codes are open (a rubric does not need the data's catalogue), but they must be codes, each once.
        var rubric = Sample();
        rubric["groups"]![0]!["members"]![1] = " ";
        Indicator(rubric, 1, 1)["notApplicable"]!["municipalities"] = new JsonArray("Gapyeong", "Gapyeong");

        var ex = FormatError(rubric);

        Assert.Equal(
            [
                "bad.json: line 14, column 9, field 'groups[0].members[1]': expected a unit code without surrounding whitespace, found ' '",
                "bad.json: line 276, column 15, field 'areas[1].indicators[1].notApplicable.municipalities[1]': duplicate unit 'Gapyeong'; it already appears at areas[1].indicators[1].notApplicable.municipalities[0]",
            ],
            ex.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void Deserialize_MissingAndMistypedFields_ListsEveryProblem()
    {
        var rubric = Sample();
        rubric.AsObject().Remove("name");
        rubric["pointsDecimals"] = 7;
        var c1 = Indicator(rubric, 1, 0);
        c1.AsObject().Remove("maximumPoints");
        c1["excluded"] = " ";
        c1["scale"]!["bands"]![0]!["points"] = "10";
        c1["scale"]!["bands"]![1]!["intervals"]![0]!["lowerInclusive"] = "yes";
        c1["scael"] = 1;
        c1["groupOverrides"]![1]!["group"] = "County";
        Indicator(rubric, 0, 0)["scale"]!["criteria"]![0]!.AsObject().Remove("expression");
        Indicator(rubric, 0, 2)["scale"]!["provenance"] = "page 31";
        Indicator(rubric, 1, 2)["measure"]!["terms"]!.AsArray().Add(JsonNode.Parse("{\"constant\": 1}"));

        var ex = FormatError(rubric);

        Assert.Equal(
            """
            Cannot load rubric 'bad.json': 11 problem(s); nothing was loaded.
             - bad.json: line 1, column 1, field 'name': required field is missing (expected text)
             - bad.json: line 7, column 21, field 'pointsDecimals': expected a whole number from 0 to 6, found 7
             - bad.json: line 42, column 15, field 'areas[0].indicators[0].scale.criteria[0].expression': required field is missing (expected an expression ({"field": …}, {"constant": …} or {"op": …, "terms": […]}))
             - bad.json: line 123, column 27, field 'areas[0].indicators[2].scale.provenance': expected a provenance ('표 Ⅲ-3 p.32', 'p.124' or 'assumption: <reason>'), found the text "page 31"
             - bad.json: line 136, column 9, field 'areas[1].indicators[0].maximumPoints': required field is missing (expected a number)
             - bad.json: line 147, column 23, field 'areas[1].indicators[0].excluded': expected non-empty text, found the text " "
             - bad.json: line 153, column 27, field 'areas[1].indicators[0].scale.bands[0].points': expected a number, found the text "10"
             - bad.json: line 170, column 39, field 'areas[1].indicators[0].scale.bands[1].intervals[0].lowerInclusive': expected true or false, found the text "yes"
             - bad.json: line 228, column 24, field 'areas[1].indicators[0].groupOverrides[1].group': duplicate override for group 'County'; it already appears at areas[1].indicators[0].groupOverrides[0]
             - bad.json: line 254, column 20, field 'areas[1].indicators[0].scael': unknown field; expected one of code, koreanName, englishName, maximumPoints, pointsProvenance, measure, missingData, notApplicable, excluded, scale, groupOverrides
             - bad.json: line 328, column 22, field 'areas[1].indicators[2].measure.terms': ratio takes exactly two terms, found 3
            """,
            ex.Message);
    }

    [Fact]
    public void Deserialize_OtherFormatOrVersion_ReportsOnlyThat()
    {
        var rubric = Sample();
        rubric["version"] = 2;
        rubric.AsObject().Remove("areas");

        var ex = FormatError(rubric);

        Assert.Equal(
            "bad.json: line 3, column 14, field 'version': expected 1 (the only version this library reads), found the number 2",
            Assert.Single(ex.Problems).ToString());

        var dataset = Assert.Throws<RubricFormatException>(() => RubricJson.Deserialize("""{ "schemaVersion": 1, "format": "evaluation" }""", "bad.json"));
        Assert.Equal(
            "bad.json: line 1, column 33, field 'format': expected \"muhanrubric-rubric\", found the text \"evaluation\"",
            Assert.Single(dataset.Problems).ToString());
    }

    [Fact]
    public void Deserialize_BuiltInOrDuplicateGroupName_IsAFormatProblem()
    {
        var rubric = Sample();
        rubric["groups"]!.AsArray().Add(JsonNode.Parse("""{ "name": "County", "members": ["Yangpyeong"] }"""));
        rubric["groups"]!.AsArray().Add(JsonNode.Parse("""{ "name": "Coastal", "members": [] }"""));

        var ex = FormatError(rubric);

        Assert.Equal(
            [
                "bad.json: line 19, column 15, field 'groups[1].name': 'County' is a kind of unit (City, County, District), which units answer to themselves; declare a group under another name",
                "bad.json: line 25, column 15, field 'groups[2].name': duplicate group 'Coastal'; it already appears at groups[0]",
            ],
            ex.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void Deserialize_OverlappingBands_FailsValidationLikeCode()
    {
        var rubric = Sample();
        Indicator(rubric, 1, 0)["scale"]!["bands"]![0]!["intervals"]![0]!["lower"] = 28;

        var ex = Assert.Throws<RubricValidationException>(() => RubricJson.Deserialize(Text(rubric), "bad.json"));

        // The problems Build() reports for code, each placed at the field of the file it is about.
        Assert.Equal(
            """
            Rubric '무한돌봄 평가 (sample)' read from 'bad.json' is not valid: 2 problem(s).
              bad.json: line 154, column 20, field 'areas[1].indicators[0].scale': C1: [28, 50) (10 points) and [25, 30) (8 points) overlap on [28, 30)
              bad.json: line 6, column 20, field 'declaredTotal': rubric: indicators add up to 35.50 points, but the rubric declares 40
            """,
            ex.Message);
        Assert.Equal("bad.json", ex.SourceName);
        Assert.Equal(
            [(RubricProblemKind.BandOverlap, "C1", "areas[1].indicators[0].scale"), (RubricProblemKind.RubricTotalMismatch, "rubric", "declaredTotal")],
            ex.Problems.Select(p => (p.Kind, p.Code, p.Path!)));
    }

    [Fact]
    public void Deserialize_WarningsNotAccepted_FailsValidation()
    {
        var rubric = Sample();
        rubric["acceptedWarnings"] = new JsonArray("UnspecifiedScale");

        var ex = Assert.Throws<RubricValidationException>(() => RubricJson.Deserialize(Text(rubric)));

        // B4 is excluded, so its unspecified scale is no problem; the total mismatch was not accepted.
        Assert.Equal([RubricProblemKind.RubricTotalMismatch], ex.Problems.Select(p => p.Kind));
    }

    [Fact]
    public void Deserialize_OptionalFieldsLeftOut_TakeTheDefaults()
    {
        var rubric = RubricJson.Deserialize(
            """
            {
              "format": "muhanrubric-rubric",
              "version": 1,
              "name": "minimal",
              "areas": [
                {
                  "code": "C", "koreanName": "", "englishName": "",
                  "indicators": [
                    {
                      "code": "C1", "koreanName": "통합사례관리 실적", "englishName": "Caseload", "maximumPoints": 10,
                      "measure": { "field": "CasesPerCaseManager" },
                      "scale": { "kind": "bands", "provenance": "assumption: test", "bands": [{ "points": 10, "intervals": [{ "lower": 30, "upper": 50 }] }], "otherwise": 0 }
                    }
                  ]
                }
              ]
            }
            """);

        var expected = Rubric.Create("minimal")
            .AddArea("C", string.Empty, string.Empty, area => area
                .AddIndicator("C1", "통합사례관리 실적", "Caseload", 10, indicator => indicator
                    .Reads(Measure.CasesPerCaseManager)
                    .WithBands(bands => bands.Band(10, BandRange.From(30).To(50)).Otherwise(0)).WithProvenance(Provenance.FromAssumption("test"))))
            .Build();
        Assert.Empty(RubricDiff.Compare(expected, rubric));
        Assert.Equal(MissingDataPolicy.ExcludeAndRescale, rubric.MissingData);
        Assert.Equal(2, rubric.PointsDecimals);
        Assert.Equal(Provenance.FromAssumption("no source given"), rubric.Indicator("C1").PointsProvenance);
    }

    [Fact]
    public void Deserialize_ScaleWithoutProvenance_IsAValidationProblem()
    {
        var rubric = Sample();
        Indicator(rubric, 1, 0)["scale"]!.AsObject().Remove("provenance");

        var ex = Assert.Throws<RubricValidationException>(() => RubricJson.Deserialize(rubric.ToJsonString()));

        // Read from a file, the problem names the file and the field too.
        Assert.Equal("rubric.json: line 1, column 2900, field 'areas[1].indicators[0].scale': C1: the scale has no provenance (give WithProvenance a table and page, a page, or an assumption with its reason)", Assert.Single(ex.Problems, p => p.Kind == RubricProblemKind.MissingProvenance).ToString());
    }

    [Fact]
    public void Deserialize_CategoryWithoutLabel_IsAFormatProblem()
    {
        // The DSL names every category, so the file must: an unlabelled category is not read (on main it reached Build).
        var rubric = Sample();
        Indicator(rubric, 1, 1)["scale"]!["bands"]![0]!["label"] = null;

        var ex = Assert.Throws<RubricFormatException>(() => RubricJson.Deserialize(rubric.ToJsonString()));

        Assert.Equal("rubric.json: line 1, column 4459, field 'areas[1].indicators[1].scale.bands[0].label': expected text, found null", Assert.Single(ex.Problems).ToString());
    }

    [Fact]
    public void Deserialize_LabelledBandAndLabelledPopulationBand_AreFormatProblems()
    {
        // The DSL labels categories only (WithCategories); on main the reader gave bands and population bands labels
        // through the builders' internals, so a file could say what code cannot.
        var rubric = Sample();
        Indicator(rubric, 1, 0)["scale"]!["bands"]![1]!["label"] = "차선";
        Indicator(rubric, 1, 2)["scale"]!["bands"]![0]!["label"] = "중간 50%";

        var ex = Assert.Throws<RubricFormatException>(() => RubricJson.Deserialize(Text(rubric)));

        Assert.Equal(
            ["areas[1].indicators[0].scale.bands[1].label", "areas[1].indicators[2].scale.bands[0].label"],
            ex.Problems.Select(p => p.Path));
    }

    [Fact]
    public void Serialize_IndicatorWithoutScaleAcceptedAsWarning_WritesNullAndRoundTrips()
    {
        var original = Rubric.Create("no scale yet")
            .AcceptAsWarnings(RubricProblemKind.InvalidScale)
            .AddArea("A", "운영관리", "Operations management", area => area
                .AddIndicator("A1", "인력 및 업무지원", "Staffing and support", 6, indicator => indicator.Reads(Measure.ExternalSupportSessions)))
            .Build();

        var text = RubricJson.Serialize(original);
        var roundTripped = RubricJson.Deserialize(text);

        Assert.Contains("\"scale\": null,", text, StringComparison.Ordinal);
        Assert.Empty(RubricDiff.Compare(original, roundTripped));
        Assert.Equal(text, RubricJson.Serialize(roundTripped));
    }

    [Fact]
    public void DocumentedExample_IsValidAndCanonical()
    {
        var example = DocumentedExample();

        var rubric = RubricJson.Deserialize(example, "docs/rubric-format.md");

        Assert.Equal(example, RubricJson.Serialize(rubric));
        Assert.Equal(
            [ScaleKind.Bands, ScaleKind.Ordinal, ScaleKind.Checklist, ScaleKind.Proportional, ScaleKind.PopulationBands, ScaleKind.Unspecified],
            rubric.Indicators.Select(i => i.Scale.Kind).Distinct().Order());
    }

    /// <summary>The <c>json</c> block under "## A complete example" in docs/rubric-format.md.</summary>
    private static string DocumentedExample([CallerFilePath] string path = "")
    {
        var root = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, "..", "..", ".."));
        var lines = File.ReadAllLines(Path.Combine(root, "docs", "rubric-format.md"));
        var heading = Array.IndexOf(lines, "## A complete example");
        Assert.True(heading >= 0, "docs/rubric-format.md has no '## A complete example' section");
        var start = Array.IndexOf(lines, "```json", heading) + 1;
        var end = Array.IndexOf(lines, "```", start);
        return string.Join('\n', lines[start..end]) + "\n";
    }
}
