using System.Text;
using System.Text.Json.Nodes;
using MuhanRubric.Editions.Y2016;
using MuhanRubric.Import;
using MuhanRubric.Measures;
using MuhanRubric.Rubrics;
using MuhanRubric.Tests.Corpus;
using MuhanRubric.Tests.Reading.Fuzz;
using MuhanRubric.Tests.Rubrics;

namespace MuhanRubric.Tests.Reading;

/// <summary>
/// Each finding of issue 9 ("The readers break their promise") as a test: what used to escape, be repaired or be
/// ignored is now a problem of a documented exception, naming the file, the line and column and the field.
/// </summary>
public class ReaderFindingsTests
{
    private static string Single(string corpusCase) => Assert.Single(BadInputCorpusTests.Problems(corpusCase));

    [Fact]
    public void NumberBeyondDecimal_WasAFormatException_IsAProblem()
    {
        Assert.EndsWith("field 'claims[25].equals': expected a number below 10^14 in magnitude, and 0 or at least 10^-14, found the number 1e309", Single("report/claim-equals-1e309.edits.json"), StringComparison.Ordinal);
    }

    [Fact]
    public void FractionalPage_WasAFormatException_IsAProblem()
    {
        Assert.EndsWith("field 'claims[0].page': expected a page number ≥ 1 or a front-matter label (i … viii), found the number 33.5", Single("report/claim-page-fractional.edits.json"), StringComparison.Ordinal);
        Assert.Contains("field 'discrepancies[0].pages[0]': expected a whole number, found the number 48.5", BadInputCorpusTests.Problems("discrepancies/pages-fractional-and-text.json")[0], StringComparison.Ordinal);
    }

    [Fact]
    public void WrongTypedNode_WasAnInvalidOperationException_IsAProblem()
    {
        Assert.EndsWith("field 'tables[0].notes[0]': expected text, found the number 16", Single("report/notes-not-text.edits.json"), StringComparison.Ordinal);
    }

    [Fact]
    public void HugeMaximum_WasAnOverflowException_IsAProblem()
    {
        Assert.EndsWith("field 'areas[1].indicators[0].maximumPoints': expected a number below 10^14 in magnitude, and 0 or at least 10^-14, found the number 1e309", Single("rubrics/maximum-huge.json"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("rubrics/bound-as-text.json", "field 'areas[1].indicators[0].scale.bands[0].intervals[0].lower': expected a number, found the text \"30\"")]
    [InlineData("rubrics/bound-as-boolean.json", "field 'areas[1].indicators[0].scale.bands[1].intervals[1].upper': expected a number, found true")]
    [InlineData("report/claim-band-bound-as-text.edits.json", "field 'claims[0].band.lower': expected a number, found the text \"10\"")]
    public void WrongTypedBandBound_WasSilentlyAnOpenBound_IsAProblem(string corpusCase, string end) =>
        Assert.EndsWith(end, Single(corpusCase), StringComparison.Ordinal);

    [Theory]
    [InlineData("rubrics/inclusive-as-text.json", "lowerInclusive': expected true or false, found the text \"yes\"")]
    [InlineData("report/section-band-flag-junk.edits.json", "upperInclusive': expected true or false, found the text \"yes\"")]
    [InlineData("report/points-printed-junk.edits.json", "pointsPrinted': expected true or false, found the text \"false\"")]
    public void JunkFlag_FellBackToTheDefault_IsAProblem(string corpusCase, string end) =>
        Assert.EndsWith(end, Single(corpusCase), StringComparison.Ordinal);

    [Fact]
    public void CatalogueSchemaVersion_WasNeverRead_IsRequiredAndChecked()
    {
        Assert.Equal("no-schema-version.json: line 1, column 1, field 'schemaVersion': required field is missing (expected 1)", Single("discrepancies/no-schema-version.json"));
        Assert.Equal("other-schema-version.json: line 2, column 20, field 'schemaVersion': expected 1 (the only version this library reads), found the number 3", Single("discrepancies/other-schema-version.json"));
    }

    [Theory]
    [InlineData("rubrics/validation-percentile-250.json", "field 'areas[1].indicators[1].scale': C3: percentile cut-off P250 is outside 0–100")]
    [InlineData("report/claim-percentile-250.edits.json", "field 'claims[169].percentile': expected a number from 0 to 100, found 250")]
    [InlineData("report/cell-5e28.edits.json", "field 'municipalityTables[0].cells.CasesManaged.value': expected a number below 10^14 in magnitude, and 0 or at least 10^-14, found the number 5e28")]
    [InlineData("report/whole-count-fraction.edits.json", "field 'municipalityTables[0].cells.CasesManaged.value': expected a whole number (households), found 1005.5")]
    [InlineData("report/evaluated-year-out-of-range.edits.json", "field 'report.evaluatedYear': expected a year from 1900 to 9999, found 99999")]
    public void ValueThatLoadedThenFailedLater_IsRejectedAtLoad(string corpusCase, string end) =>
        Assert.EndsWith(end, Single(corpusCase), StringComparison.Ordinal);

    [Fact]
    public void HugeProportionalScale_LoadedThenOverflowed_IsRejectedAtLoad()
    {
        Assert.Equal(
            [
                "proportional-huge.json: line 163, column 27, field 'areas[1].indicators[1].groupOverrides[0].scale.zeroAt': expected a number below 10^14 in magnitude, and 0 or at least 10^-14, found the number -7.9e28",
                "proportional-huge.json: line 164, column 27, field 'areas[1].indicators[1].groupOverrides[0].scale.fullAt': expected a number below 10^14 in magnitude, and 0 or at least 10^-14, found the number 7.9e28",
            ],
            BadInputCorpusTests.Problems("rubrics/proportional-huge.json"));
    }

    [Fact]
    public void TheReaders_FollowOneRule_ForEnumsAndUnknownFields()
    {
        // Enum values are matched exactly in every reader (the report's used to ignore case), and an unknown field
        // is an error in every reader (the report's used to ignore it), with messages of one form.
        Assert.EndsWith("found the text \"ExcludeAndRescale\"", Single("rubrics/enum-case.json"), StringComparison.Ordinal);
        Assert.EndsWith("found the text \"Mean\"", Single("report/statistic-case.edits.json"), StringComparison.Ordinal);
        Assert.EndsWith("found the text \"typo\"", Single("discrepancies/kind-case.json"), StringComparison.Ordinal);
        Assert.Contains("field 'author': unknown field; expected one of format, version,", Single("rubrics/unknown-root-field.json"), StringComparison.Ordinal);
        Assert.Contains("field 'report.isbn': unknown field; expected one of id, title,", BadInputCorpusTests.Problems("report/unknown-fields.edits.json")[0], StringComparison.Ordinal);
        Assert.Contains("field 'note': unknown field; expected one of schemaVersion, discrepancies", BadInputCorpusTests.Problems("discrepancies/unknown-fields.json")[0], StringComparison.Ordinal);
        Assert.Contains("field 'year': unknown field; expected one of $schema, schemaVersion,", Single("submissions/json-unknown-property.json"), StringComparison.Ordinal);
    }

    [Fact]
    public void WhatTheDslCannotSay_TheFileCannotSay()
    {
        // The reader used to add labelled bands, unions of categories and labelled population bands through the
        // builders' internal lists: a file could say what code could not. Now the file is mapped through the DSL only.
        var inCode = Rubric.Create("labels")
            .AddArea("C", string.Empty, string.Empty, area => area
                .AddIndicator("C1", "통합사례관리 실적", "Caseload", 10, indicator => indicator
                    .Reads(Measure.CasesPerCaseManager)
                    .WithBands(bands => bands.Band(10, BandRange.From(30).To(50)).Band(8, BandRange.From(25).To(30), BandRange.From(50).To(55)).Otherwise(2))
                    .WithProvenance(Provenance.FromAssumption("test")))
                .AddIndicator("C2", "사례회의", "Case meetings", 10, indicator => indicator
                    .Reads(Measure.AverageStaffAtOtherMeetings)
                    .WithCategories(c => c.Category("① 1회 미만", 5, BandRange.Below(1)).Category("② 1회 이상", 10, BandRange.AtLeast(1)))
                    .WithProvenance(Provenance.FromAssumption("test")))
                .AddIndicator("C3", "서비스 연계", "Service linkage", 10, indicator => indicator
                    .Reads(Measure.ServiceLinkagesPerCase)
                    .WithPopulationBands(bands => bands.Band(10, CutoffRange.From(Cutoff.Percentile(25)).Through(Cutoff.Percentile(75))).Otherwise(0))
                    .WithProvenance(Provenance.FromAssumption("test"))))
            .Build();
        var json = JsonNode.Parse(RubricJson.Serialize(inCode))!;
        Assert.Empty(RubricDiff.Compare(inCode, RubricJson.Deserialize(json.ToJsonString())));

        var indicators = json["areas"]![0]!["indicators"]!;
        indicators[0]!["scale"]!["bands"]![1]!["label"] = "차선";
        indicators[1]!["scale"]!["bands"]![1]!["intervals"]!.AsArray().Add(JsonNode.Parse("""{ "lower": -5, "upper": -1 }"""));
        indicators[2]!["scale"]!["bands"]![0]!["label"] = "중간 50%";
        var ex = Assert.Throws<RubricFormatException>(() => RubricJson.Deserialize(json.ToJsonString(), "labels.json"));

        Assert.Equal(
            [
                "labels.json: field 'areas[0].indicators[0].scale.bands[1].label': expected null or nothing (a band is not labelled; a scale of labelled categories is kind \"ordinal\", one interval each), found the text \"차선\"",
                "labels.json: field 'areas[0].indicators[1].scale.bands[1].intervals': expected one interval (a category is one range of values; a union of ranges is a band of kind \"bands\"), found 2",
                "labels.json: field 'areas[0].indicators[2].scale.bands[0].label': expected null or nothing (population bands are not labelled), found the text \"중간 50%\"",
            ],
            ex.Problems.Select(p => p with { Line = null, Column = null }).Select(p => p.ToString()));
    }

    [Fact]
    public void RubricSavedInNfd_WasRejectedWithIdenticalLookingMessages_ReadsAsTheSameRubric()
    {
        var text = RubricJson.Serialize(RubricSamples.Everything());
        var decomposed = text.Normalize(NormalizationForm.FormD);
        Assert.NotEqual(text, decomposed);

        var read = RubricJson.Deserialize(decomposed, "nfd.json");

        Assert.Equal(text, RubricJson.Serialize(read));
    }

    [Fact]
    public void ReportWithNamesInNfd_ReadsAsTheSameReport()
    {
        var text = File.ReadAllText(BadInputCorpusTests.ReportFile(), Encoding.UTF8);
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text.Normalize(NormalizationForm.FormD)));

        var read = EvaluationReport.Load(stream, "nfd.json");

        Assert.Equal(
            Evaluation2016.Report.Municipalities.Select(m => (m.PrintedName, m.Source.ToString())),
            read.Municipalities.Select(m => (m.PrintedName, m.Source.ToString())));
        Assert.Equal(Evaluation2016.Report.Claims.Select(c => c.Quote), read.Claims.Select(c => c.Quote));
    }

    [Fact]
    public void FilesThatCannotBeOpened_GiveOnlyTheExceptionsEachReaderDocuments()
    {
        var missingFolder = Path.Combine(Path.GetTempPath(), "muhan-no-such-folder-" + Guid.NewGuid().ToString("N"), "x.json");
        var missingFile = Path.Combine(Path.GetTempPath(), "muhan-no-such-file-" + Guid.NewGuid().ToString("N") + ".json");
        var cases = new (string Reader, Action Read, IReadOnlyList<Type> Documented)[]
        {
            ("RubricJson.LoadFile (folder)", () => RubricJson.LoadFile(missingFolder), DocumentedExceptions.Of(() => RubricJson.LoadFile(null!))),
            ("RubricJson.LoadFile (file)", () => RubricJson.LoadFile(missingFile), DocumentedExceptions.Of(() => RubricJson.LoadFile(null!))),
            ("EvaluationReport.LoadFile (folder)", () => EvaluationReport.LoadFile(missingFolder), DocumentedExceptions.Of(() => EvaluationReport.LoadFile(null!, null))),
            ("EvaluationReport.LoadFile (catalogue)", () => EvaluationReport.LoadFile(BadInputCorpusTests.ReportFile(), missingFile), DocumentedExceptions.Of(() => EvaluationReport.LoadFile(null!, null))),
            ("EvaluationReport.LoadFile (empty catalogue path)", () => EvaluationReport.LoadFile(BadInputCorpusTests.ReportFile(), string.Empty), DocumentedExceptions.Of(() => EvaluationReport.LoadFile(null!, null))),
            ("MeasurementImport.ReadFile (folder)", () => MeasurementImport.ReadFile(Path.ChangeExtension(missingFolder, ".csv")), DocumentedExceptions.Of(() => MeasurementImport.ReadFile(null!, null))),
            ("MeasurementImport.ReadUnits (file)", () => MeasurementImport.ReadUnits(missingFile), DocumentedExceptions.Of(() => MeasurementImport.ReadUnits((string)null!))),
            ("MeasurementImport.ReadMeasures (folder)", () => MeasurementImport.ReadMeasures(missingFolder), DocumentedExceptions.Of(() => MeasurementImport.ReadMeasures((string)null!))),
        };

        foreach (var (reader, read, documented) in cases)
        {
            var ex = Record.Exception(read);
            Assert.True(ex is not null && DocumentedExceptions.Covers(documented, ex), $"{reader}: {ex?.GetType().Name ?? "nothing"} is not documented ({string.Join(", ", documented.Select(t => t.Name))})");
        }
    }

    [Fact]
    public void WarningsOfAFile_NameTheFileAndThePath()
    {
        // A scale whose best band gives 8 of 10 points builds with a warning; read from a file, the warning is placed.
        var inCode = Rubric.Create("warned")
            .AddArea("C", string.Empty, string.Empty, area => area
                .AddIndicator("C1", "통합사례관리 실적", "Caseload", 10, indicator => indicator
                    .Reads(Measure.CasesPerCaseManager)
                    .WithBands(bands => bands.Band(8, BandRange.From(30).To(50)).Otherwise(2))
                    .WithProvenance(Provenance.FromAssumption("test"))))
            .Build();

        var read = RubricJson.Deserialize(RubricJson.Serialize(inCode), "warned.json");

        var warning = Assert.Single(read.Warnings);
        Assert.Equal(RubricProblemKind.MaximumUnreachable, warning.Kind);
        Assert.Equal(("warned.json", "areas[0].indicators[0].scale"), (warning.Source, warning.Path));
        Assert.Equal(Assert.Single(inCode.Warnings), warning.Unplaced);
        Assert.Empty(RubricDiff.Compare(inCode, read));
    }

    [Fact]
    public void ValidationProblemsOfAFile_NameTheFileAndThePath()
    {
        var ex = Assert.Throws<RubricValidationException>(() => RubricJson.LoadFile(BadInputCorpusTests.PathOf("rubrics/validation-totals.json")));

        Assert.Equal("validation-totals.json", ex.SourceName);
        Assert.Equal(
            [("validation-totals.json", "areas[1].declaredPoints", 58, 25), ("validation-totals.json", "declaredTotal", 6, 20)],
            ex.Problems.Select(p => (p.Source!, p.Path!, p.Line!.Value, p.Column!.Value)));
        Assert.StartsWith("Rubric 'corpus base' read from 'validation-totals.json' is not valid: 2 problem(s).", ex.Message, StringComparison.Ordinal);
    }
}
