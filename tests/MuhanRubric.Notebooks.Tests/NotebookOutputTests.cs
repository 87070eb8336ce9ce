using Microsoft.DotNet.Interactive.Documents;

namespace MuhanRubric.Notebooks.Tests;

/// <summary>
/// What each notebook shows when the .NET Interactive C# kernel runs it against the package packed for this run: concrete
/// numbers and text, checked line by line (the same figures the library's own tests, the Quickstart and the command-line
/// tool give, for example 군포 first with 62.90 under the 2016 reference rubric).
/// </summary>
[Collection(NotebooksCollection.Name)]
public sealed class NotebookOutputTests(NotebookRuns runs)
{
    [Fact]
    public async Task Explore2016_DescribesTheDataTheCatalogueAndTheReproduction() => await AssertShowsAsync(
        "01-explore-2016.ipynb",
        "2016년 경기도 무한돌봄센터 운영 평가 연구 (GGWF Report 2017-15), period 2016",
        "31 municipalities, 33 measures, 20 printed tables, 172 prose claims",
        "수원시: 13.8 cases per case manager [표 Ⅳ-16, p.53]",
        "CasesPerCaseManager: n=31 missing=0 sum=1087.1 mean=35.0677 sd=16.9905 popsd=16.7142 min=11.5 p25=21.9 median=33 p75=46.1 max=78.4 (R6)",
        "P25 = 3.6, P75 = 10.0 (SPSS)",
        "P25 = 3.7, P75 = 10.0 (Excel)",
        "  1. 파주시 (Paju-si) 78.4",
        "  1. 평택시 (Pyeongtaek-si) 1.7",
        "13 municipalities in the 2016 optimum [30, 50): 안산시, 안양시, 화성시, 광명시, 군포시, 광주시, 김포시, 이천시, 안성시, 하남시, 여주시, 의정부시, 연천군",
        "104 discrepancies in the catalogue",
        "633 published figures checked: 367 exact, 185 within rounding, 81 not reproduced (each one catalogued).");

    [Fact]
    public async Task RubricVariants_RanksDiffsAndComparesTheVariantAndTheProposals() => await AssertShowsAsync(
        "02-rubric-variants.ipynb",
        "2016 reference rubric (18 indicators, 82 pts)",
        "   1  Gunpo                21.00     17.90     24.00    62.90   82.00       62.90",
        "  31  Osan                 17.50     12.92      9.00    39.42   82.00       39.42",
        "수원시: 52.40/82, rank 17",
        "A2 points 20 → 15",
        "C1: band [30, 50) → [25, 45)",
        "notebook: C1 optimum 25–45, A2 worth 15: Spearman 0.949, Kendall tau-b 0.824, 27 moved, largest shift 7",
        "안성시: rank 15 → 22 (A2 -3.12, C1 -2.00)",
        "proposal p.124: caseload optimum 20–40                         Spearman 0.848  Kendall 0.677  moved 30  largest shift 12",
        "proposal p.123: differential scoring by City, County           Spearman 1.000  Kendall 1.000  moved  0  largest shift  0");

    [Fact]
    public async Task Sensitivity_GivesTheSeededIntervalsAndIndices() => await AssertShowsAsync(
        "03-sensitivity.ipynb",
        "   1  Gunpo                21.00     17.90     24.00    62.90   82.00       62.90",
        "samples 20000, seed 2016",
        "   1  Gunpo               1.0  [1.0, 4.0]     1.91     0.987    62.22   2.01",
        "  31  Osan               30.0  [29.0, 31.0]  29.73     0.000    40.26   1.94",
        "  dropped indicator     0.5906",
        "군포시: nominal 1, uniform weights median 1 [1, 4], Dirichlet median 2 [1, 6]",
        "하남시: nominal 30, uniform weights median 31 [29, 31], Dirichlet median 31 [27, 31]",
        "mean 90 % interval width: reference 9.90 ranks, proposal 7.84 ranks");

    [Fact]
    public async Task YearlyWorkflow_GoesFromTemplateToTheComparisonOfYears() => await AssertShowsAsync(
        "04-yearly-workflow.ipynb",
        "'2016 reference rubric' reads 26 measures from each of the 31 시군, for example:",
        "2017-template.xlsx: sheets 'Data' and 'Instructions'; the CSV template: 35 lines (4 header rows, 31 시군)",
        "the template's columns: True",
        "# 예시 자료: 실제 2017년 자료가 아닙니다 / ILLUSTRATIVE DATA",
        "blank:  Suwon,수원시,,,,,,,…",
        "filled: Suwon,수원시,44,808,99,88,3.0,1,…",
        "illustrative 2017: 31 시군 × 26 measures, period 2017",
        "오산 caseload: 45.0 [illustrative-2017-filled.csv, line 21]",
        "가평 training hours per official: Missing",
        "  2017-with-mistakes.csv: line 6, 시군 Suwon, measure CaseConferencesPerCase: expected a number, found '1.2회'",
        "  2017-with-mistakes.csv: line 7, 시군 Seongnam, field 'name': expected the name of Seongnam (성남시), found '성남구'",
        "2016 reference rubric on illustrative 2017 (ILLUSTRATIVE): the top five",
        "   1. 용인시 64.50 of 82",
        "가평군: 43.53 of 79.00 scored, 45.18 of 82 rescaled, rank 26",
        "  B4: left out for 1 of 31 units (Gapyeong missing); their totals are rescaled to the rubric's maximum",
        "Gunpo                62.90    1            64.02    2   ↓1               +1.12      +1.12",
        "Osan                 39.42   31            45.55   25   ↑6               +6.13      +6.13",
        "오산시: +6.13 points, +6 places; mostly C1 +8.00, A2 -2.00, B5 -0.18",
        "하남시: +3.76 points, +1 places; mostly C2 +5.00, A2 -1.00, B3 -0.17");

    [Fact]
    public async Task CompositeIndicators_ComparesAttributesBenefitOfTheDoubtAndMethodUncertainty() => await AssertShowsAsync(
        "05-composite-indicators.ipynb",
        "Gunpo           1    1    1       76.71  63.32  56.67",
        "Osan           31   24   23       48.07  42.06  25.16",
        "Spearman with [0]: arithmetic 0.603, geometric 0.810",
        "Paju 58.55 → 54.39 (rank 26 → 7): C1 +9.76, C2 −5.51, A2 −4.49; interaction 0.00, aggregation 0.00",
        "largest gap between a change and the sum of its parts: 0.0E+000",
        "Guri               25      0.967        23           3",
        "would rank higher under their own admissible weights: 29 of 31 시군",
        "S(aggregation) = 0.420",
        "S(weights) = 0.008",
        "Osan: nominal 31, median 24.0, 5 %–95 % 11–31");

    [Theory]
    [MemberData(nameof(NotebookTests.Notebooks), MemberType = typeof(NotebookTests))]
    public async Task FirstCell_InstallsThePackageItNames(string notebook)
    {
        var run = await runs.RunAsync(notebook);
        var first = run.Document.Elements.First(e => e.KernelName != "markdown");

        var display = Assert.IsType<DisplayElement>(Assert.Single(first.Outputs));
        var html = Assert.IsType<string>(display.Data["text/html"]);
        // Every package the cell names, at the library's version, and nothing else.
        var named = first.Contents.Split('\n').Where(line => line.StartsWith("#r \"nuget:", StringComparison.Ordinal))
            .Select(line => line["#r \"nuget:".Length..].Split(',')[0].Trim());
        var installed = string.Concat(named.Select(id => "<li><span>" + id + ", " + NotebookRuns.LibraryVersion + "</span></li>"));
        Assert.Contains("<strong>Installed Packages</strong><ul>" + installed + "</ul>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Restore sources", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Kernel_RestoresThePackedPackageIntoTheRunsOwnCacheOnly()
    {
        await runs.RunAsync("01-explore-2016.ipynb");

        Assert.True(File.Exists(Path.Combine(runs.PackagesFolder, "muhanrubric", runs.Version, "lib", "net10.0", "MuhanRubric.dll")), "the kernel restored the run's package into the run's cache");
        Assert.False(Directory.Exists(Path.Combine(runs.UserPackages, "muhanrubric", runs.Version)), "the user's package cache is untouched");
    }

    /// <summary>Fails unless the notebook ran without a failure and its outputs hold every one of the lines, whole.</summary>
    private async Task AssertShowsAsync(string notebook, params string[] lines)
    {
        var run = await runs.RunAsync(notebook);
        Assert.True(run.Failure is null, $"{notebook}: {run.Failure}");
        var shown = run.Text.Split('\n').ToHashSet(StringComparer.Ordinal);
        Assert.All(lines, line => Assert.True(shown.Contains(line), $"{notebook} does not show the line\n{line}\n--- it shows ---\n{run.Text}"));
    }
}
