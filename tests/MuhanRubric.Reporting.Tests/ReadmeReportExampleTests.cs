using System.Text.RegularExpressions;
using MuhanRubric.Analysis;
using MuhanRubric.Editions.Y2016;
using MuhanRubric.Reporting.Exports;
using MuhanRubric.Scoring;
using MuhanRubric.Tests.Shared;

namespace MuhanRubric.Reporting.Tests;

/// <summary>The README's report example, compiled and run here; a second test checks the README shows it verbatim.</summary>
public sealed class ReadmeReportExampleTests
{
    [Fact]
    public void ReadmeReportExample_Runs()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"muhan-readme-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        var current = Environment.CurrentDirectory;
        try
        {
            Environment.CurrentDirectory = folder;
            #region readme-report
            var result = Rubrics2016.Reference.Score(Evaluation2016.Measurements);
            var uncertainty = SensitivityAnalysis.Run(Rubrics2016.Reference, Evaluation2016.Measurements,
                new SensitivityOptions { Samples = 1000, Weights = WeightPerturbation.Uniform(0.2m) });
            var report = ScoringReport.Create(result, new ReportOptions { Language = ReportLanguage.Korean, Sensitivity = uncertainty }
                .WithPrintedAverages(Evaluation2016.Report));   // the province averages the 2016 report prints
            File.WriteAllText("report.html", report.ToHtml());
            File.WriteAllText("report.md", report.ToMarkdown());
            using (var workbook = File.Create("report.xlsx"))
            {
                report.WriteXlsx(workbook);
            }

            File.WriteAllText("result.json", ResultJson.Serialize(result));   // docs/result-format.md, schema version 1
            #endregion
            Assert.All(["report.html", "report.md", "report.xlsx", "result.json"], f => Assert.True(new FileInfo(Path.Combine(folder, f)).Length > 1000, f));
        }
        finally
        {
            Environment.CurrentDirectory = current;
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Readme_ShowsTheCompiledReportExampleVerbatim()
    {
        var source = File.ReadAllText(Path.Combine(SourceDirectory(), "ReadmeReportExampleTests.cs"));
        var match = Regex.Match(source, @"#region readme-report\r?\n(?<code>.*?)\r?\n\s*#endregion", RegexOptions.Singleline);
        var lines = match.Groups["code"].Value.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var indent = lines.Where(l => l.Trim().Length > 0).Min(l => l.Length - l.TrimStart().Length);
        var code = string.Join("\n", lines.Select(l => l.Length >= indent ? l[indent..] : l.TrimStart()));
        var readme = File.ReadAllText(Path.Combine(DotnetProcess.RepositoryRoot, "README.md")).ReplaceLineEndings("\n");

        Assert.Contains(code, readme, StringComparison.Ordinal);
        // The block's using lines are the ones this file needs for it.
        Assert.Contains("using MuhanRubric.Reporting.Exports;\nusing MuhanRubric.Scoring;\n\nvar result", readme, StringComparison.Ordinal);
    }

    private static string SourceDirectory([System.Runtime.CompilerServices.CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
