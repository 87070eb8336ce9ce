using System.Text;

namespace MuhanRubric.Cli.Tests;

/// <summary>The yearly workflow through the tool: a template, filled, validated and scored.</summary>
public class YearWorkflowTests
{
    [Theory]
    [InlineData("template.xlsx")]
    [InlineData("template.csv")]
    public void Template_WritesTheFile(string name)
    {
        using var folder = new TempFolder();
        var (code, output, error) = CliRunner.Run("template", "--rubric", "reference-2016", "--out", folder.File(name));

        Assert.True(code == 0, error);
        Assert.Equal($"Wrote {name}: 31 units × 26 measures read by '2016 reference rubric'.", output.Trim());
        Assert.True(new FileInfo(folder.File(name)).Length > 0);
    }

    [Fact]
    public void Template_OtherExtension_IsInvalidInput()
    {
        using var folder = new TempFolder();
        var (code, _, error) = CliRunner.Run("template", "--rubric", "reference-2016", "--out", folder.File("template.ods"));

        Assert.Equal(2, code);
        Assert.Equal("--out must end in .xlsx or .csv; got 'template.ods'.", error.Trim());
    }

    [Theory]
    [InlineData("filled.xlsx")]
    [InlineData("filled.csv")]
    public void FilledTemplate_ValidatesAndScoresLikeThe2016Data(string name)
    {
        using var folder = new TempFolder();
        var file = folder.File(name);
        Assert.Equal(0, CliRunner.Run("template", "--rubric", "reference-2016", "--out", file, "--values", "2016").ExitCode);

        var validate = CliRunner.Run("validate", "--data", file, "--rubric", "reference-2016", "--period", "2016", "--lang", "en");
        Assert.True(validate.ExitCode == 0, validate.Error);
        Assert.StartsWith($"Valid: {name}, period 2016: 31 units × 26 measures.", validate.Output, StringComparison.Ordinal);
        Assert.Contains("It holds every measure '2016 reference rubric' reads; scoring it gives", validate.Output, StringComparison.Ordinal);

        var fromFile = CliRunner.Run("score", "--data", file, "--rubric", "reference-2016", "--format", "csv");
        var embedded = CliRunner.Run("score", "--data", "2016", "--rubric", "reference-2016", "--format", "csv");
        Assert.Equal(embedded.Output, fromFile.Output);
    }

    [Fact]
    public void Validate_BadFile_ListsEveryProblemAndExitsWith2()
    {
        using var folder = new TempFolder();
        var file = folder.File("filled.csv");
        Assert.Equal(0, CliRunner.Run("template", "--rubric", "reference-2016", "--out", file, "--values", "2016").ExitCode);
        var lines = File.ReadAllLines(file, Encoding.UTF8);
        lines[4] = lines[4].Replace(",13.8,", ",-13.8,", StringComparison.Ordinal);   // 수원 caseload
        lines[5] = "Seoul" + lines[5][lines[5].IndexOf(',', StringComparison.Ordinal)..];  // 성남's row renamed
        File.WriteAllLines(file, lines, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        var (code, output, error) = CliRunner.Run("validate", "--data", file);

        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Equal(
            """
            'filled.csv' is not valid data (3 problem(s)); nothing was loaded:
              - filled.csv: line 5, 시군 Suwon, measure CasesPerCaseManager: expected a number ≥ 0, found -13.8
              - filled.csv: line 6, 시군 Seoul, field 'unit': unknown unit 'Seoul'; expected a code or Korean name of the 31 units (Suwon … Yeoncheon)
              - filled.csv: 시군 Seongnam: expected a row for every unit of the catalogue, found none for Seongnam (성남시); leave its cells blank for missing values, or allow absent units
            """,
            error.Trim().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void AbsentUnit_AllowedOnRequest_IsScoredAndWarnedAbout()
    {
        using var folder = new TempFolder();
        var file = folder.File("filled.csv");
        Assert.Equal(0, CliRunner.Run("template", "--rubric", "reference-2016", "--out", file, "--values", "2016").ExitCode);
        var lines = File.ReadAllLines(file, Encoding.UTF8).Where(l => !l.StartsWith("Yeoncheon,", StringComparison.Ordinal));
        File.WriteAllLines(file, lines, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        Assert.Equal(2, CliRunner.Run("score", "--data", file, "--rubric", "reference-2016").ExitCode);
        var (code, output, _) = CliRunner.Run("score", "--data", file, "--rubric", "reference-2016", "--allow-absent-units", "--lang", "en");

        Assert.Equal(0, code);
        Assert.Contains("no data for 1 of 31 units (Yeoncheon): every indicator is missing for them", output, StringComparison.Ordinal);
    }

    [Fact]
    public void CustomUnitsAndMeasures_FromFiles_Score()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("units.csv"), "code,koreanName,romanizedName,kind,region,groups\nA,가구,Ga-gu,District,East,\nB,나구,Na-gu,District,East,\nC,다군,Da-gun,County,West,coastal\n", Encoding.UTF8);
        File.WriteAllText(folder.File("measures.csv"), "id,koreanLabel,englishName,unit,wholeCount,hasShare,shareOf,minimum,maximum\nCaseload,사례관리사 1인당 사례수,Cases per case manager,Households,false,false,,,\nFollowUp,사후관리 건수,Follow-ups,Cases,true,true,Closed,,\nClosed,종결 건수,Closed cases,Cases,true,false,,,\n", Encoding.UTF8);
        File.WriteAllText(folder.File("data.csv"), "unit,Caseload,FollowUp,Closed\nA,35,8,10\n나구,20,0,0\n다군,61.5,3,12\n", Encoding.UTF8);
        File.WriteAllText(folder.File("rubric.json"), Rubrics.RubricJson.Serialize(Rubrics.Rubric.Create("custom")
            .AddArea("C", "사례관리", "Case management", a => a
                .AddIndicator("C1", "사례수", "Caseload", 10, i => i.Reads(Measures.MeasureExpression.Field("Caseload"))
                    .WithBands(b => b.Band(10, Rubrics.BandRange.From(30).To(50)).Otherwise(4)).WithProvenance(Rubrics.Provenance.FromAssumption("test")))
                .AddIndicator("C4", "사후관리", "Follow-up share", 10, i => i.Reads(Measures.MeasureExpression.Field("FollowUp", Measurements.ValuePart.Percent))
                    .Proportional(0, 100).WithProvenance(Rubrics.Provenance.FromAssumption("test"))))
            .Build()));

        var (code, output, error) = CliRunner.Run(
            "score", "--data", folder.File("data.csv"), "--units", folder.File("units.csv"), "--measures", folder.File("measures.csv"),
            "--rubric", folder.File("rubric.json"), "--format", "csv", "--period", "2017");

        // 나구 closed no case, so its follow-up share (0 of 0) does not apply: C4 leaves its maximum, and its 4 of 10
        // rescale to 8 of 20, above 다군's 6.5.
        Assert.True(code == 0, error);
        Assert.Equal(
            """
            rank,unit,koreanName,total,maximum,normalizedTotal,C,C1,C4
            1,A,가구,18,20,18,18,10,8
            2,B,나구,4,10,8,4,4,
            3,C,다군,6.5,20,6.5,6.5,4,2.5
            """,
            output.Trim().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Years_ComparesTheIllustrative2017With2016()
    {
        var illustrative = Path.Combine(CliRunner.RepositoryRoot, "samples", "NextYear", "illustrative-2017-filled.csv");

        var (code, output, error) = CliRunner.Run("years", "--rubric", "reference-2016", "--data", "2016", illustrative, "--period", "2016", "2017", "--lang", "en");

        Assert.True(code == 0, error);
        Assert.StartsWith("2016 reference rubric (maximum 82.00), 2 years: 2016, 2017; cut-offs recomputed each year", output, StringComparison.Ordinal);
        Assert.Contains("Osan 2016→2017: +6.13 points (", output, StringComparison.Ordinal);

        var frozen = CliRunner.Run("years", "-r", "reference-2016", "-d", "2016", illustrative, "--period", "2016", "2017", "--freeze-cutoffs-from", "2016");
        Assert.Equal(0, frozen.ExitCode);
        Assert.StartsWith("2016 reference rubric (만점 82.00), 2개 연도: 2016, 2017; 기준값은 2016에 고정", frozen.Output, StringComparison.Ordinal);
        Assert.Contains("오산시 2016→2017: +", frozen.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Years_WithoutPeriods_SaysHowToGiveThem()
    {
        var illustrative = Path.Combine(CliRunner.RepositoryRoot, "samples", "NextYear", "illustrative-2017-filled.csv");

        var (code, _, error) = CliRunner.Run("years", "--rubric", "reference-2016", "--data", "2016", illustrative);

        Assert.Equal(2, code);
        Assert.Equal("'illustrative-2017-filled.csv' has no period; give each --data its --period (for example --period 2016 2017).", error.Trim());
        Assert.Equal(2, CliRunner.Run("years", "--rubric", "reference-2016", "--data", "2016").ExitCode);
        Assert.Equal(2, CliRunner.Run("years", "--rubric", "reference-2016", "--data", "2016", illustrative, "--period", "2017").ExitCode);
    }

    [Fact]
    public void BadPeriod_IsInvalidInput()
    {
        var (code, _, error) = CliRunner.Run("validate", "--data", Path.Combine(CliRunner.RepositoryRoot, "samples", "Templates", "reference-2016-template.csv"), "--period", "2017-13");

        Assert.Equal(2, code);
        Assert.Equal("--period must be a year (2017) or two ISO dates (2017-01-01..2017-12-31); got '2017-13'.", error.Trim());
    }
}
