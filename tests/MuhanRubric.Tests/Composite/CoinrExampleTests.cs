using System.Globalization;
using MuhanRubric.Composite;
using MuhanRubric.Import;

namespace MuhanRubric.Tests.Composite;

/// <summary>
/// COINr's worked example, <c>build_example_coin()</c> (github.com/bluefoxr/COINr, R/examples.R lines 24–87, v1.1.14:
/// Denominate → Impute i_mean_grp by EurAsia_group → Screen dat_thresh 0.9 byNA → Treat winmax 5 → Normalise
/// n_minmax 0–100 → Aggregate a_amean), against the numbers COINr's rendered documentation prints for it (the
/// repository's gh-pages branch, built 2025-04-04 with pkgdown 2.1.1). The documentation prints the head of the
/// results table, one unit summary, five rows of the aggregated data set, group ranks of twelve units and the index
/// ranks of all 51 units; every printed number is asserted at its printed precision.
/// </summary>
public class CoinrExampleTests
{
    private static readonly string Folder = Path.Combine(RepositoryRoot(), "samples", "CompositeIndicators");

    private static readonly Lazy<CompositeResult> Result = new(() =>
    {
        var data = CoinrImport.ReadFiles(Path.Combine(Folder, "iData.csv"), Path.Combine(Folder, "iMeta.csv"));
        return CompositeJson.ReadFile(Path.Combine(Folder, "asem-example.json")).Evaluate(data.Measurements);
    });

    private static readonly string[] Columns = ["Index", "Conn", "Sust", "Physical", "ConEcFin", "Political", "Instit", "P2P", "Environ", "Social", "SusEcFin"];

    internal static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "MuhanRubric.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new DirectoryNotFoundException("The repository root (MuhanRubric.sln) is not above the test's folder.");
    }

    [Fact]
    public void Sample_IsIMetaWithBuildExampleCoinSteps()
    {
        var data = CoinrImport.ReadFiles(Path.Combine(Folder, "iData.csv"), Path.Combine(Folder, "iMeta.csv"));
        var expected = data.Index.ToBuilder()
            .WithName("ASEM Sustainable Connectivity (COINr build_example_coin)")
            .WithDescription("COINr's example index (github.com/bluefoxr/COINr, R/examples.R build_example_coin, v1.1.14) on its ASEM data: Denominate by iMeta's denominators, impute the EurAsia_group mean, screen units below 90 % data availability, treat outliers (winsorise up to 5 points while |skew| ≥ 2 and kurtosis ≥ 3.5, else log), min-max normalise to 0–100, weighted arithmetic means up the hierarchy.")
            .Denominate([.. data.Denominations])
            .Impute(ImputationMethod.Mean, "EurAsia_group")
            .ScreenUnits(0.9)
            .TreatOutliers(winsoriseMax: 5)
            .Normalise(NormalisationMethod.MinMax, 0, 100)
            .Build();
        var actual = File.ReadAllText(Path.Combine(Folder, "asem-example.json")).ReplaceLineEndings("\n");
        var written = CompositeJson.Write(expected).ReplaceLineEndings("\n") + "\n";
        if (actual != written)
        {
            File.WriteAllText(Path.Combine(Path.GetTempPath(), "asem-example.actual.json"), written);
        }

        Assert.Equal(written, actual);
    }

    [Fact]
    public void Steps_AsCoinrReports()
    {
        var steps = Result.Value.Steps;
        var denominate = Assert.IsType<DenominateRecord>(steps[0]);
        var impute = Assert.IsType<ImputeRecord>(steps[1]);
        var screen = Assert.IsType<ScreenRecord>(steps[2]);

        // Laos has no Energy: its Elec and Gas become NA when denominated (R: x / NA is NA).
        Assert.Equal([new CellNote("LAO", "Elec", "denominator Energy is missing"), new CellNote("LAO", "Gas", "denominator Energy is missing")], denominate.MadeMissing);

        // 63 of the 2,499 indicator cells are NA in iData, two more after denominating: every one is filled within its
        // EurAsia group.
        Assert.Equal(65, impute.Imputed.Count);
        Assert.Empty(impute.LeftMissing);

        // coins article: "Screened (51 units)" after build_example_coin's screening.
        Assert.Empty(screen.Removed);
        Assert.Equal(51, Result.Value.IncludedUnits.Count);
    }

    [Theory]
    // articles/results.html lines 108–120: get_results(coin, dset = "Aggregated", tab_type = "Aggs") |> head()
    [InlineData("CHE", 1, "68.38 62.79 73.98 63.41 32.87 74.78 85.94 56.93 77.21 87.85 56.88")]
    [InlineData("NLD", 2, "64.82 61.94 67.70 64.87 46.62 84.55 71.74 41.92 58.73 86.58 57.78")]
    [InlineData("DNK", 3, "64.80 57.10 72.51 50.52 30.43 78.13 75.35 51.04 69.83 86.40 61.29")]
    [InlineData("NOR", 4, "64.47 57.44 71.50 58.18 25.70 80.03 89.46 33.80 70.90 87.00 56.59")]
    [InlineData("BEL", 5, "63.54 63.99 63.09 71.97 48.22 80.84 75.60 43.32 53.01 86.17 50.09")]
    [InlineData("SWE", 6, "63.00 53.87 72.12 51.51 23.87 80.98 74.51 38.50 66.37 87.74 62.27")]
    public void ResultsTable_Head_TwoDecimals(string unit, int rank, string printed)
    {
        var values = printed.Split(' ').Select(s => double.Parse(s, CultureInfo.InvariantCulture)).ToArray();
        Assert.Equal(rank, Result.Value.Rank(unit, "Index"));
        for (var k = 0; k < Columns.Length; k++)
        {
            Assert.True(Math.Abs(Result.Value.Score(unit, Columns[k])!.Value - values[k]) <= 0.005, $"{unit} {Columns[k]}: {Result.Value.Score(unit, Columns[k])} vs printed {values[k]}");
        }
    }

    [Fact]
    public void UnitSummary_India_TwoDecimalsAndRanks()
    {
        // articles/results.html lines 176–186: get_unit_summary(coin, usel = "IND", Levels = c(4,3,2), dset = "Aggregated")
        (string Code, double Score, int Rank)[] printed =
        [
            ("Index", 39.79, 45), ("Conn", 28.60, 44), ("Sust", 50.99, 43), ("Physical", 18.78, 48), ("ConEcFin", 6.38, 49),
            ("Political", 51.90, 33), ("Instit", 59.84, 37), ("P2P", 6.07, 47), ("Environ", 75.34, 6), ("Social", 22.74, 51),
            ("SusEcFin", 54.88, 36),
        ];
        foreach (var (code, score, rank) in printed)
        {
            Assert.True(Math.Abs(Result.Value.Score("IND", code)!.Value - score) <= 0.005, $"IND {code}: {Result.Value.Score("IND", code)} vs printed {score}");
            Assert.Equal(rank, Result.Value.Rank("IND", code));
        }
    }

    [Theory]
    // articles/aggregate.html lines 316–328: the aggregated data set's last 11 columns, head(5), signif(3);
    // the rows are the data set's first five units in uCode order (AUS, AUT, BEL, BGD, BGR).
    [InlineData("AUS", "12.6 31.9 52.4 39.50 34.8 52.5 71.9 55.7 38.4 53.2 45.8")]
    [InlineData("AUT", "26.2 69.5 77.5 54.10 41.1 78.2 72.8 62.9 55.4 68.4 61.9")]
    [InlineData("BEL", "48.2 53.0 75.6 43.30 72.0 80.8 86.2 50.1 64.0 63.1 63.5")]
    [InlineData("BGD", "13.3 81.7 26.5 5.85 22.9 32.4 27.5 64.6 20.2 57.9 39.0")]
    [InlineData("BGR", "24.6 55.7 75.9 27.10 28.4 67.5 53.3 61.7 44.7 56.9 50.8")]
    public void AggregatedDataSet_Head_ThreeSignificantDigits(string unit, string printed)
    {
        string[] columns = ["ConEcFin", "Environ", "Instit", "P2P", "Physical", "Political", "Social", "SusEcFin", "Conn", "Sust", "Index"];
        var values = printed.Split(' ').Select(s => double.Parse(s, CultureInfo.InvariantCulture)).ToArray();
        for (var k = 0; k < columns.Length; k++)
        {
            var actual = Result.Value.Score(unit, columns[k])!.Value;
            Assert.True(double.Parse(actual.ToString("G3", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) == values[k], $"{unit} {columns[k]}: {actual} vs printed {values[k]}");
        }
    }

    [Fact]
    public void IndexRanks_AllFiftyOneUnits()
    {
        // articles/adjustments.html lines 375–425: compare_coins(coin, coin2, dset = "Aggregated", iCode = "Index"),
        // column coin.1 (the example coin); the same ranks head articles/sensitivity.html line 344 (Nominal).
        var printed = new Dictionary<string, int>
        {
            ["PRT"] = 27, ["LAO"] = 48, ["MLT"] = 10, ["EST"] = 22, ["IDN"] = 43, ["ESP"] = 19, ["HRV"] = 18, ["LTU"] = 16,
            ["MNG"] = 44, ["GBR"] = 15, ["JPN"] = 34, ["LVA"] = 23, ["PAK"] = 50, ["BEL"] = 5, ["BGD"] = 46, ["CHN"] = 49,
            ["HUN"] = 20, ["IRL"] = 12, ["KAZ"] = 47, ["KOR"] = 31, ["LUX"] = 8, ["NLD"] = 2, ["PHL"] = 38, ["POL"] = 26,
            ["SVK"] = 24, ["SVN"] = 11, ["AUT"] = 7, ["BGR"] = 30, ["BRN"] = 40, ["CYP"] = 29, ["CZE"] = 17, ["DEU"] = 9,
            ["DNK"] = 3, ["IND"] = 45, ["ITA"] = 28, ["KHM"] = 37, ["MMR"] = 41, ["MYS"] = 39, ["NOR"] = 4, ["NZL"] = 33,
            ["RUS"] = 51, ["SGP"] = 14, ["SWE"] = 6, ["THA"] = 42, ["VNM"] = 36, ["AUS"] = 35, ["CHE"] = 1, ["FIN"] = 13,
            ["FRA"] = 21, ["GRC"] = 32, ["ROU"] = 25,
        };
        Assert.Equal(51, printed.Count);
        Assert.Equal(printed.OrderBy(p => p.Key, StringComparer.Ordinal), Result.Value.Units.Select(u => KeyValuePair.Create(u.Code, Result.Value.Rank(u.Code, "Index")!.Value)).OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    [Theory]
    // articles/results.html lines 139–151 and 156–168: get_results(..., use_group = "GDPpc_group", use = "groupranks"),
    // head of the XL and L groups; columns Index, Conn, Sust, then the eight pillars.
    [InlineData("CHE", "XL", "1 2 1 3 5 8 2 2 1 1 8")]
    [InlineData("NLD", "XL", "2 3 6 2 4 2 10 6 8 4 7")]
    [InlineData("DNK", "XL", "3 6 2 8 6 6 6 5 3 5 5")]
    [InlineData("NOR", "XL", "4 5 4 4 8 4 1 11 2 3 10")]
    [InlineData("SWE", "XL", "5 10 3 7 10 3 8 10 5 2 3")]
    [InlineData("AUT", "XL", "6 7 5 11 7 5 4 4 4 9 2")]
    [InlineData("BEL", "L", "1 1 2 1 2 4 7 3 10 1 9")]
    [InlineData("MLT", "L", "2 2 5 3 1 12 4 1 2 10 3")]
    [InlineData("SVN", "L", "3 4 1 2 6 9 6 5 5 3 2")]
    [InlineData("GBR", "L", "4 3 3 4 8 5 5 7 3 2 8")]
    [InlineData("CZE", "L", "5 5 4 9 5 8 10 6 12 9 1")]
    [InlineData("ESP", "L", "6 7 7 7 10 2 3 9 6 6 10")]
    public void GroupRanks_WithinGdpPerCapitaGroups(string unit, string group, string printed)
    {
        var result = Result.Value;
        var members = result.Units.Where(u => u.Groups.Contains("GDPpc_group:" + group)).Select(u => u.Code).ToList();
        var ranks = printed.Split(' ').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();
        for (var k = 0; k < Columns.Length; k++)
        {
            var own = result.Score(unit, Columns[k])!.Value;
            var groupRank = 1 + members.Count(m => result.Score(m, Columns[k]) > own);
            Assert.True(ranks[k] == groupRank, $"{unit} {Columns[k]}: rank {groupRank} in {group} vs printed {ranks[k]}");
        }
    }
}
