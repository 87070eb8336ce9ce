using System.Text.RegularExpressions;
using MuhanRubric.Data;
using MuhanRubric.Domain;
using MuhanRubric.Statistics;

namespace MuhanRubric.Tests;

/// <summary>
/// The README's code examples are the regions below, compiled and run here; a second test checks that the README
/// shows them verbatim, so the README cannot drift from code that works.
/// </summary>
public class ReadmeExamplesTests
{
    [Fact]
    public void DatasetAndStatisticsExample_Runs()
    {
        #region readme-dataset
        var dataset = EvaluationDataset.Load2016();

        // One municipality's printed value, with where it is printed.
        var caseload = dataset[Municipality.Suwon][Measure.CasesPerCaseManager]!;
        Console.WriteLine($"{caseload.Printed} [{caseload.Source}]");          // 13.8 [표 Ⅳ-16, p.53]

        // A measure across the 31 municipalities: missing values are excluded and counted, never zero.
        var linkages = dataset.Series(Measure.ServiceLinkagesPerCase).Describe();   // SPSS quantiles by default
        Console.WriteLine($"n={linkages.N} mean={linkages.Mean:0.0} sd={linkages.StandardDeviation:0.00}");
        Console.WriteLine($"P25={linkages.LowerQuartile:0.0} P50={linkages.Median:0.0} P75={linkages.Percentile(75):0.0}");

        // Top-N keeps every tie at the cut-off; ranks use competition ranking ("1224") unless told otherwise.
        foreach (var entry in dataset.Series(Measure.CasesPerCaseManager).Top(5))
        {
            Console.WriteLine($"{entry.Rank}. {entry.Municipality.KoreanName} {entry.Value}");
        }

        var inOptimum = dataset.Series(Measure.CasesPerCaseManager).CountIn(Interval.Between(30, 50));   // [30, 50)
        var tau = RankCorrelation.Kendall(dataset.Series(Measure.CasesPerCaseManager), dataset.Series(Measure.CaseConferencesPerCase));
        Console.WriteLine($"{inOptimum} municipalities in [30, 50); Kendall tau-b = {tau.Coefficient:0.00}");
        #endregion

        Assert.Equal("13.8", caseload.Printed);
        Assert.Equal(31, linkages.N);
        Assert.Equal(13, inOptimum);
        Assert.InRange(tau.Coefficient, -1, 1);
    }

    [Fact]
    public void ReproductionExample_Runs()
    {
        #region readme-reproduction
        var dataset = EvaluationDataset.Load2016();
        var report = MuhanRubric.Reproduction.Reproducer.Reproduce(dataset);
        Console.WriteLine(report.Headline);
        foreach (var failure in report.Failures.Take(3))
        {
            var why = dataset.Discrepancies.First(d => d.ReproductionChecks.Contains(failure.Id));
            Console.WriteLine($"{failure.Id}: printed {failure.Published}, recomputed {failure.Recomputed} — {why.LikelyCause}");
        }
        #endregion

        Assert.NotEmpty(report.Failures);
    }

    [Theory]
    [InlineData("readme-dataset")]
    [InlineData("readme-reproduction")]
    public void Readme_ShowsTheCompiledExampleVerbatim(string region)
    {
        var source = File.ReadAllText(Path.Combine(SourceDirectory(), "ReadmeExamplesTests.cs"));
        var match = Regex.Match(source, $@"#region {region}\r?\n(?<code>.*?)\r?\n\s*#endregion", RegexOptions.Singleline);
        Assert.True(match.Success, $"region {region} not found");
        var lines = match.Groups["code"].Value.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var indent = lines.Where(l => l.Trim().Length > 0).Min(l => l.Length - l.TrimStart().Length);
        var code = string.Join("\n", lines.Select(l => l.Length >= indent ? l[indent..] : l.TrimStart()));
        var readme = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "README.md")).ReplaceLineEndings("\n");
        Assert.Contains(code, readme, StringComparison.Ordinal);
    }

    private static string SourceDirectory([System.Runtime.CompilerServices.CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
