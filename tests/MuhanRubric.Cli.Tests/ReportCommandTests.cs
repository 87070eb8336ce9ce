namespace MuhanRubric.Cli.Tests;

public sealed class ReportCommandTests
{
    [Theory]
    [InlineData("html", "report.html", "<!DOCTYPE html>")]
    [InlineData("md", "report.md", "# 2016 reference rubric 평가 결과")]
    [InlineData("xlsx", "report.xlsx", "PK")]
    public void Report_2016Reference_WritesTheFormat(string format, string name, string start)
    {
        using var folder = new TempFolder();
        var file = folder.File(name);

        var (code, output, error) = CliRunner.Run("report", "--data", "2016", "--rubric", "reference-2016", "--format", format, "--out", file);

        Assert.True(code == 0, error);
        Assert.Contains($"Wrote {name}: {format} report of '2016 reference rubric'", output, StringComparison.Ordinal);
        Assert.StartsWith(start, File.ReadAllText(file), StringComparison.Ordinal);
    }

    [Fact]
    public void Report_EnglishWithSamplesAndPreviousYear_HasUncertaintyAndYears()
    {
        using var folder = new TempFolder();
        var file = folder.File("report.html");
        var next = Path.Combine(CliRunner.RepositoryRoot, "samples", "NextYear", "illustrative-2017-filled.csv");

        var (code, _, error) = CliRunner.Run("report", "--data", next, "--period", "2017", "--previous", "2016", "--rubric", "reference-2016", "--out", file, "--lang", "en", "--samples", "200");

        Assert.True(code == 0, error);
        var html = File.ReadAllText(file);
        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("<section id=\"uncertainty\"", html, StringComparison.Ordinal);
        Assert.Contains("<section id=\"years\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_UnknownLanguage_IsAUsageError()
    {
        var (code, _, _) = CliRunner.Run("report", "--data", "2016", "--rubric", "reference-2016", "--out", "x.html", "--lang", "fr");

        Assert.Equal(ExitCode.UsageError, code);
    }

    [Fact]
    public void Help_Report_ShowsAnExample()
    {
        var (_, output, _) = CliRunner.Run("report", "--help");

        Assert.Contains("Example: muhan-rubric report --data 2016 --rubric reference-2016 --format html --out report.html --lang ko", output, StringComparison.Ordinal);
    }
}
