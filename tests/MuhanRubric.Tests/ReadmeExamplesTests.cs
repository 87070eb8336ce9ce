using System.Text.RegularExpressions;
using MuhanRubric.Analysis;
using MuhanRubric.Import;
using MuhanRubric.Templates;
using MuhanRubric.Editions.Y2016;
using MuhanRubric.Measurements;
using MuhanRubric.Measures;
using MuhanRubric.Rubrics;
using MuhanRubric.Scoring;
using MuhanRubric.Statistics;
using MuhanRubric.Units;

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
        var dataset = Evaluation2016.Measurements;

        // One municipality's printed value, with where it is printed.
        var caseload = dataset[Municipality.Suwon][Measure.CasesPerCaseManager]!;
        Console.WriteLine($"{caseload.Text} [{caseload.Source}]");             // 13.8 [표 Ⅳ-16, p.53]

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

        Assert.Equal("13.8", caseload.Text);
        Assert.Equal(31, linkages.N);
        Assert.Equal(13, inOptimum);
        Assert.InRange(tau.Coefficient, -1, 1);
    }

    [Fact]
    public void ScoreYourYearExample_Runs()
    {
        #region readme-year
        // 1. The template a rubric needs: one row per 시군, a column per measure it reads, an instructions sheet.
        using (var file = File.Create("2017-template.xlsx"))
        {
            SubmissionTemplate.WriteXlsx(file, Rubrics2016.Reference, new TemplateOptions { Period = EvaluationPeriod.Year(2017) });
        }

        // 2. The filled template, read back whole, or not at all: a DatasetFormatException lists every problem
        //    (file, sheet and cell or line, 시군, measure, what was expected).
        var year2017 = MeasurementImport.ReadFile("samples/NextYear/illustrative-2017-filled.csv",   // ILLUSTRATIVE data
            new ImportOptions { Period = EvaluationPeriod.Year(2017) });

        // 3. The year, scored, with what a reader must know.
        var result = Rubrics2016.Reference.Score(year2017);
        Console.Write(result.RankTable());
        foreach (var warning in result.Warnings)
        {
            Console.WriteLine(warning.Message);               // also warning.KoreanMessage
        }

        // 4. Beside 2016: each 시군's totals and ranks, and which indicators moved it (the parts add up to the change).
        var years = YearComparison.Compare(Rubrics2016.Reference, [Evaluation2016.Measurements, year2017]);
        var osan = years[Municipality.Osan].Overall;
        var causes = osan.Contributions.Where(c => c.Change != 0).Select(c => $"{c.Code} {c.Change:+0.00;-0.00}");
        Console.WriteLine($"오산시 {osan.From}→{osan.To}: {osan.TotalChange:+0.00;-0.00} points ({string.Join(", ", causes)})");
        #endregion

        Assert.Equal(31, result.Cards.Count);
        Assert.Equal(6.13m, osan.TotalChange);
        Assert.Equal(8m, osan.Contributions.Single(c => c.Code == "C1").Change);
        File.Delete("2017-template.xlsx");
    }

    [Fact]
    public void OwnUnitsAndMeasuresExample_Runs()
    {
        #region readme-open
        // Three districts (구) of another city, and a measure the 2016 catalogue does not have.
        var jung = new Municipality("Jung", "중구", "Jung-gu", MunicipalityKind.District, region: "Old town");
        var dong = new Municipality("Dong", "동구", "Dong-gu", MunicipalityKind.District, region: "East");
        var seo = new Municipality("Seo", "서구", "Seo-gu", MunicipalityKind.District, region: "West");
        var closed = new Measure("ClosedCases", "종결 사례 수", "Cases closed", MeasureUnit.Cases, isWholeCount: true);
        var followedUp = new Measure("FollowedUp", "사후관리 사례 수", "Closed cases followed up", MeasureUnit.Cases,
            isWholeCount: true, hasShare: true, shareDenominator: "ClosedCases");      // its share is derived: FollowedUp ÷ ClosedCases

        var table = MeasurementTable.CreateBuilder(new MunicipalityCatalog([jung, dong, seo]), new MeasureCatalog([closed, followedUp]))
            .WithName("districts 2017").WithPeriod(EvaluationPeriod.Year(2017))
            .Set(jung, closed, 40).Set(jung, followedUp, 30)
            .Set(dong, closed, 25).Set(dong, followedUp, 25)
            .Set(seo, closed, 0).Set(seo, followedUp, 0)                                // 0 of 0: the share does not apply
            .Build();

        // C4 as the report defines it (p.32: 사후관리 수행 비율), on data the 2016 report never had.
        var rubric = Rubric.Create("follow-up")
            .AddArea("C", "통합사례관리", "Integrated case management", area => area
                .AddIndicator("C4", "통합사례관리 종결대상자 사후관리", "Follow-up of closed cases", 6, indicator => indicator
                    .Reads(MeasureExpression.Field("FollowedUp", ValuePart.Percent))
                    .Proportional(zeroAt: 0, fullAt: 100)
                    .WithProvenance(Provenance.FromAssumption("example: points in proportion to the share followed up"))))
            .Build();
        foreach (var card in rubric.Score(table).Ranked)
        {
            Console.WriteLine($"{card.Rank}. {card.Municipality.KoreanName}: {card["C4"].Explanation}");
        }
        #endregion

        var scored = rubric.Score(table);
        Assert.Equal(4.5m, scored[jung]["C4"].Points);
        Assert.Equal(6m, scored[dong]["C4"].Points);
        Assert.Equal(IndicatorStatus.NotApplicable, scored[seo]["C4"].Status);
    }

    [Fact]
    public void ReproductionExample_Runs()
    {
        #region readme-reproduction
        var published = Evaluation2016.Report;                    // the report's own tables, claims and catalogue
        var report = Reproducer.Reproduce(published);
        Console.WriteLine(report.Headline);
        foreach (var failure in report.Failures.Take(3))
        {
            var why = published.Discrepancies.First(d => d.ReproductionChecks.Contains(failure.Id));
            Console.WriteLine($"{failure.Id}: printed {failure.Published}, recomputed {failure.Recomputed} — {why.LikelyCause}");
        }
        #endregion

        Assert.NotEmpty(report.Failures);
    }

    [Fact]
    public void RubricExample_Runs()
    {
        #region readme-rubric
        // A rubric reads like the report's tables: areas, indicators with points, a measure, a scale.
        var rubric = Rubric.Create("caseload and conferences")
            .AddArea("C", "무한돌봄 통합사례관리", "Integrated case management", area => area
                .AddIndicator("C1", "통합사례관리 실적", "Caseload per case manager", 10, indicator => indicator
                    .Reads(Measure.CasesPerCaseManager)
                    .WithBands(bands => bands
                        .Band(10, BandRange.From(30).To(50))                                  // 30 이상 50 미만
                        .Band(8, BandRange.From(25).To(30), BandRange.From(50).To(55))
                        .Band(6, BandRange.From(20).To(25), BandRange.From(55).To(60))
                        .Band(4, BandRange.From(15).To(20), BandRange.From(60).To(65))
                        .Band(2, BandRange.Below(15), BandRange.AtLeast(65)))
                    .WithProvenance(Provenance.FromTable("Ⅱ-4", 32)))
                .AddIndicator("C2", "사례회의 운영", "Case conferences per case", 10, indicator => indicator
                    .Reads(Measure.CaseConferencesPerCase)
                    .WithCategories(categories => categories
                        .Category("① 1회 미만", 2.5m, BandRange.Below(1))
                        .Category("② 1회이상-1.5회미만", 5, BandRange.From(1).To(1.5))
                        .Category("③ 1.5회이상-2회미만", 7.5m, BandRange.From(1.5).To(2))
                        .Category("④ 2회 이상", 10, BandRange.AtLeast(2)))
                    .WithProvenance(Provenance.FromAssumption("points not printed on p.32; equal steps"))))
            .Build();                                    // validates everything at once, or throws listing every problem

        var result = rubric.Score(Evaluation2016.Measurements);
        var card = result[Municipality.Suwon];
        Console.WriteLine($"{card.Municipality.KoreanName}: {card.Total}/{card.MaximumPoints}, rank {card.Rank}");
        Console.WriteLine(card["C1"].Explanation);         // …13.8 is in (-∞, 15) ∪ [65, ∞) → 2 of 10 points; 1.2 more reaches [15, 20)…
        Console.WriteLine(card["C1"].KoreanExplanation);

        // Variants start from any rubric; the original is unchanged.
        var variant = rubric.ToBuilder()
            .WithName("caseload optimum 20–40")
            .Indicator("C1", indicator => indicator
                .WithBands(bands => bands.Band(10, BandRange.From(20).To(40)).Otherwise(5))
                .WithProvenance(Provenance.FromPage(124)))   // a new scale has no source until you give one
            .Build();
        Console.WriteLine(variant.Score(Evaluation2016.Measurements)[Municipality.Suwon].Total);
        #endregion

        Assert.Equal(2m, card["C1"].Points);
        Assert.Equal(15m, variant.Score(Evaluation2016.Measurements)[Municipality.Suwon].Total);
    }

    [Fact]
    public void ResearchersExample_Runs()
    {
        #region readme-researchers
        var proposal = Proposals2016.ServiceLinkagePercentileStandard();                          // p.125: full points within 3.6–10.1, as printed
        var recomputed = Proposals2016.ServiceLinkagePercentileStandard(recomputePercentiles: true); // P25–P75 of the data: 3.6–10.0 in 2016
        var wider = Proposals2016.ServiceLinkagePercentileStandard(lowerPercentile: 10, upperPercentile: 90, recomputePercentiles: true);
        Console.Write(RubricDiff.Format(RubricDiff.Compare(recomputed, wider)));                  // …C3: band [P25, P75] → [P10, P90]
        var comparison = RubricComparison.Compare(Evaluation2016.Measurements, Rubrics2016.Reference, proposal, recomputed, wider);
        Console.Write(comparison.ToText());                                                       // totals, ranks, shifts, grades, causes
        foreach (var agreement in comparison.Agreements)
        {
            Console.WriteLine($"{agreement.Rubric}: Spearman {agreement.Spearman:0.000}, Kendall {agreement.Kendall:0.000}, {agreement.Moved} moved");
        }
        #endregion

        Assert.Equal(3, comparison.Agreements.Count);
        Assert.Equal("proposal p.125: service linkages within P10–P90 (recomputed)", wider.Name);
    }

    [Theory]
    [InlineData("readme-researchers")]
    [InlineData("readme-rubric")]
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

    [Fact]
    public void Readme_StatesTheCurrentReproductionHeadlineAndCounts()
    {
        var dataset = Evaluation2016.Report;
        var report = Reproducer.Reproduce(dataset);
        var readme = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "README.md")).ReplaceLineEndings(" ");
        var headline = $"of {report.Checks.Count} published figures the library can recompute from the 31 municipality tables, " +
            $"{report.Exact} reproduce exactly, {report.WithinRounding} within the printed rounding, and {report.NotReproduced} do not";
        Assert.Contains(headline, readme, StringComparison.Ordinal);
        Assert.Contains($"| prose claims | {dataset.Claims.Count} numeric statements", readme, StringComparison.Ordinal);
        Assert.Contains($"| discrepancy catalogue | {dataset.Discrepancies.Count} self-contradictions", readme, StringComparison.Ordinal);
    }

    private static string SourceDirectory([System.Runtime.CompilerServices.CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
