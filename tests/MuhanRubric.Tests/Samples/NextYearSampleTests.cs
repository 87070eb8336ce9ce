using MuhanRubric.Tests.Shared;

namespace MuhanRubric.Tests.Samples;

/// <summary>
/// Runs <c>dotnet run --project samples/NextYear</c>, the README's "Score your year" workflow on illustrative data,
/// and checks each step printed what it should.
/// </summary>
[Collection(SamplesCollection.Name)]
public class NextYearSampleTests
{
    [Fact]
    public async Task NextYear_MakesATemplateRefusesMistakesScoresAndComparesYears()
    {
        var output = Path.Combine(Path.GetTempPath(), $"muhan-next-year-{Guid.NewGuid():N}");
        try
        {
            var run = await DotnetProcess.RunAsync(TimeSpan.FromMinutes(5), "run", "--project", "samples/NextYear", "--", output);
            var (code, text) = (run.ExitCode, run.Output);

            Assert.True(code == 0, text);
            Assert.True(File.Exists(Path.Combine(output, "2017-template.xlsx")), text);
            Assert.Contains("2. Read illustrative-2017-filled.csv: 31 시군 × 26 measures, period 2017 (ILLUSTRATIVE, not real data)", text, StringComparison.Ordinal);
            Assert.Contains("2017-with-mistakes.csv: line 6, 시군 Suwon, measure CaseConferencesPerCase: expected a number, found '1.2회'", text, StringComparison.Ordinal);
            Assert.Contains("2017-with-mistakes.csv: line 7, 시군 Seongnam, field 'name': expected the name of Seongnam (성남시), found '성남구'", text, StringComparison.Ordinal);
            Assert.Contains("2016 reference rubric (maximum 82.00), 2 years: 2016, 2017; cut-offs recomputed each year", text, StringComparison.Ordinal);
            Assert.Contains("오산시: +6.13 points, +6 places; mostly C1 +8.00", text, StringComparison.Ordinal);
            Assert.Contains("하남시: +3.76 points, +1 places; mostly C2 +5.00", text, StringComparison.Ordinal);
        }
        finally
        {
            if (Directory.Exists(output))
            {
                Directory.Delete(output, recursive: true);
            }
        }
    }
}
