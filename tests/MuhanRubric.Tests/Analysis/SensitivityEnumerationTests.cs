using System.Globalization;
using System.Text;
using MuhanRubric.Analysis;
using MuhanRubric.Editions.Y2016;
using MuhanRubric.Measurements;
using MuhanRubric.Measures;
using MuhanRubric.Rubrics;
using MuhanRubric.Scoring;
using MuhanRubric.Units;
using Snapshooter.Xunit;

namespace MuhanRubric.Tests.Analysis;

/// <summary>
/// Drop-one inclusion makes every sample one of m + 1 rubrics, each of which scoring ranks exactly: the Monte Carlo's
/// rank counts and mean ranks must be those rankings weighted by how often each was drawn, and the dropped indicator
/// must explain all the variance.
/// </summary>
public class SensitivityEnumerationTests
{
    private static readonly Measure _x1 = new("X1", "지표1 값", "Value 1", MeasureUnit.Score);
    private static readonly Measure _x2 = new("X2", "지표2 값", "Value 2", MeasureUnit.Score);
    private static readonly Measure _x3 = new("X3", "지표3 값", "Value 3", MeasureUnit.Score);

    /// <summary>
    /// Four units, three indicators scoring their value as points (0–10). Totals: A 15, B 16, C 10, D 12 (ranks 2 1 4 3);
    /// without I1: A 5, B 16, C 5, D 8 (3 1 3 2); without I2: A 15, B 6, C 5, D 8 (1 3 4 2); without I3: A 10, B 10, C 10,
    /// D 8 (1 1 1 4).
    /// </summary>
    private static (Rubric Rubric, MeasurementTable Table) FourUnits()
    {
        var units = new MunicipalityCatalog(new[] { "A", "B", "C", "D" }.Select(code => new Municipality(code, "단위" + code)));
        var builder = MeasurementTable.CreateBuilder(units, new MeasureCatalog([_x1, _x2, _x3])).WithName("four units");
        decimal[][] values = [[10, 0, 5], [0, 10, 6], [5, 5, 0], [4, 4, 4]];
        for (var u = 0; u < 4; u++)
        {
            builder.Set(units[u], _x1, values[u][0]).Set(units[u], _x2, values[u][1]).Set(units[u], _x3, values[u][2]);
        }

        var rubric = Rubric.Create("three indicators")
            .AddArea("A", "가", "A", a => a
                .AddIndicator("I1", "지표1", "Indicator 1", 10, i => i.Reads(_x1).Proportional(0, 10).WithProvenance(Provenance.FromAssumption("test")))
                .AddIndicator("I2", "지표2", "Indicator 2", 10, i => i.Reads(_x2).Proportional(0, 10).WithProvenance(Provenance.FromAssumption("test")))
                .AddIndicator("I3", "지표3", "Indicator 3", 10, i => i.Reads(_x3).Proportional(0, 10).WithProvenance(Provenance.FromAssumption("test"))))
            .Build();
        return (rubric, builder.Build());
    }

    /// <summary>The ranks under the rubric (alternative 0) and under each rubric without one scored indicator, scored exactly.</summary>
    private static int[][] Enumerate(Rubric rubric, MeasurementTable table)
    {
        var codes = rubric.Indicators.Where(i => i.IsScored && i.MaximumPoints > 0).Select(i => i.Code).ToList();
        var rubrics = new[] { rubric }.Concat(codes.Select(code => rubric.ToBuilder().Indicator(code, i => i.Excluded("dropped")).Build()));
        return [.. rubrics.Select(r => r.Score(table).Cards.Select(c => c.Rank).ToArray())];
    }

    private static SensitivityResult DropOne(Rubric rubric, MeasurementTable table, int samples, double? noneProbability) =>
        SensitivityAnalysis.Run(rubric, table, SensitivityOptions.Default with { Samples = samples, Inclusion = InclusionPerturbation.DropOne(noneProbability) });

    [Fact]
    public void DropOne_FourUnits_RankCountsAreTheEnumeratedRankingsTimesTheirDraws()
    {
        var (rubric, table) = FourUnits();
        var ranks = Enumerate(rubric, table);
        var result = DropOne(rubric, table, 2_000, 0.25);
        var index = Assert.Single(result.Indices);
        var draws = index.ClassCounts;

        Assert.Equal(2_000, draws.Sum());
        Assert.Equal(1, index.Value, 12);
        for (var u = 0; u < 4; u++)
        {
            var expected = new long[5];
            for (var alternative = 0; alternative < ranks.Length; alternative++)
            {
                expected[ranks[alternative][u]] += draws[alternative];
            }

            var m = result.Municipalities[u];
            Assert.Equal(expected, m.RankCounts);
            Assert.Equal(Enumerable.Range(0, ranks.Length).Sum(a => draws[a] * ranks[a][u]) / 2_000d, m.MeanRank, 12);
        }
    }

    [Fact]
    public void DropOne_Reference2016_MeanRanksAreTheEnumeratedRankingsWeightedByTheirDraws()
    {
        var ranks = Enumerate(Rubrics2016.Reference, Evaluation2016.Measurements);
        var result = DropOne(Rubrics2016.Reference, Evaluation2016.Measurements, 3_000, null);
        var index = Assert.Single(result.Indices);
        var draws = index.ClassCounts;

        Assert.Equal(16, draws.Length); // None left out, or one of the 15 scored indicators.
        Assert.Equal(1, index.Value, 12);
        for (var u = 0; u < 31; u++)
        {
            Assert.Equal(Enumerable.Range(0, ranks.Length).Sum(a => draws[a] * ranks[a][u]) / 3_000d, result.Municipalities[u].MeanRank, 12);
            Assert.All(index.ByMunicipality, s => Assert.True(s.Value is null || Math.Abs(s.Value.Value - 1) < 1e-12));
        }
    }

    [Fact]
    public void DropOne_FourUnits_MatchesSnapshot()
    {
        // A reader can check every number: the exact rankings, how often each was drawn, and that the rank counts,
        // mean ranks and index follow from them.
        var (rubric, table) = FourUnits();
        var ranks = Enumerate(rubric, table);
        var result = DropOne(rubric, table, 2_000, 0.25);
        var draws = result.Indices[0].ClassCounts;
        string[] alternatives = ["none", "-I1", "-I2", "-I3"];
        var text = new StringBuilder();
        text.AppendLine("exact ranks of each rubric (scored by the library), and how many samples drew it:");
        text.AppendLine(CultureInfo.InvariantCulture, $"{"unit",-6}{string.Concat(alternatives.Select(a => $"{a,6}"))}  {"mean rank (exact at p = 1/4)",30}");
        for (var u = 0; u < 4; u++)
        {
            var exact = ranks.Average(r => (double)r[u]);
            text.AppendLine(CultureInfo.InvariantCulture, $"{table.Units[u].Code,-6}{string.Concat(ranks.Select(r => $"{r[u],6}"))}  {exact,30:0.0000}");
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"{"draws",-6}{string.Concat(draws.Select(d => $"{d,6}"))}");
        text.AppendLine();
        text.Append(result.ToText());
        text.AppendLine();
        text.Append(result.RankAcceptabilityTable());
        Snapshot.Match(text.ToString());
    }
}
