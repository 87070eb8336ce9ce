using MuhanRubric.Composite;
using MuhanRubric.Editions.Y2016;
using MuhanRubric.Import;
using MuhanRubric.Optimization;
using MuhanRubric.Scoring;

namespace MuhanRubric.Tests.Composite;

public class BenefitOfTheDoubtTests
{
    private static CompositeResult Flat(Dictionary<string, double?[]> columns)
    {
        var builder = CompositeIndex.Create("bod").AddAggregate("I", Aggregation.ArithmeticMean);
        foreach (var code in columns.Keys)
        {
            builder.AddIndicator(code, "I");
        }

        return builder.Build().Evaluate(CompositeTestData.Table(columns));
    }

    [Fact]
    public void Unbounded_SpecialistsAreEfficient_AndADominatedUnitIsNot()
    {
        // U1 (1, 0) and U2 (0, 1) are each best on one indicator; U3 (0.5, 0.5) lies on their frontier; U4 (0.4, 0.4) is
        // dominated by U3: its best weights give 0.8 (Cherchye et al. 2007, the BoD model as an LP).
        var bod = BenefitOfTheDoubt.Evaluate(Flat(new() { ["a"] = [1, 0, 0.5, 0.4], ["b"] = [0, 1, 0.5, 0.4] }));

        Assert.Equal([1, 1, 1, 0.8], bod.Units.Select(u => Math.Round(u.Score!.Value, 9)));
        Assert.Equal([1, 1, 1, 4], bod.Units.Select(u => u.Rank!.Value));
        Assert.Equal(1, bod.Units[0].Shares["a"], 9);
        Assert.Equal(4, bod.Units[3].RankUnderOwnWeights);
    }

    [Fact]
    public void ShareBounds_AreRespected_AndCanTakeASpecialistsAdvantageAway()
    {
        var result = Flat(new() { ["a"] = [1, 0, 0.5, 0.4], ["b"] = [0, 1, 0.5, 0.4] });
        var bod = BenefitOfTheDoubt.Evaluate(result, new BenefitOfDoubtBounds(0.3, 0.7));

        // U1 has nothing on b, so b's share cannot reach 0.3 unless its whole score is 0.
        Assert.Equal(0, bod.Units[0].Score!.Value, 9);
        Assert.Equal(1, bod.Units[2].Score!.Value, 9);
        foreach (var unit in bod.Units.Where(u => u.Score > 0))
        {
            Assert.All(unit.Shares.Values, s => Assert.InRange(s, 0.3 - 1e-9, 0.7 + 1e-9));
        }
    }

    [Fact]
    public void EqualUnits_AreAllEfficient()
    {
        var bod = BenefitOfTheDoubt.Evaluate(Flat(new() { ["a"] = [2, 2, 2], ["b"] = [3, 3, 3] }));
        Assert.All(bod.Units, u => Assert.Equal(1, u.Score!.Value, 9));
        Assert.All(bod.Units, u => Assert.Equal(1, u.Rank));
    }

    [Fact]
    public void MissingValue_NoScore_AndZeroRow_ScoresZero()
    {
        var bod = BenefitOfTheDoubt.Evaluate(Flat(new() { ["a"] = [1, null, 0], ["b"] = [1, 2, 0] }));

        Assert.Null(bod.Units[1].Score);
        Assert.Equal("missing a: no BoD score (missing is never zero)", bod.Units[1].Note);
        Assert.Equal(0, bod.Units[2].Score!.Value, 9);
        Assert.Equal(1, bod.Units[0].Score!.Value, 9);
    }

    [Fact]
    public void InadmissibleBoundsOrNegativeValues_FailAtTheCall()
    {
        var result = Flat(new() { ["a"] = [1, 2], ["b"] = [1, 2] });
        Assert.Throws<ArgumentException>(() => BenefitOfTheDoubt.Evaluate(result, new BenefitOfDoubtBounds(0.6, 1)));
        Assert.Throws<ArgumentException>(() => BenefitOfTheDoubt.Evaluate(result, new BenefitOfDoubtBounds(0, 0.4)));
        Assert.Throws<ArgumentException>(() => BenefitOfTheDoubt.Evaluate(Flat(new() { ["a"] = [-1, 2] })));
        Assert.Throws<ArgumentException>(() => BenefitOfTheDoubt.Evaluate(result, over: "a"));
    }

    [Fact]
    public void Reference2016_PointsWithAtMostTenPercentPerIndicator()
    {
        var scored = Rubrics2016.Reference.Score(Evaluation2016.Measurements);
        var composite = RubricComposite.Evaluate(RubricComposite.FromRubric(Rubrics2016.Reference), scored);
        var bod = BenefitOfTheDoubt.Evaluate(composite, new BenefitOfDoubtBounds(0, 0.1));

        // As the README states: 18 of the 30 시군 with complete data are efficient, 29 of 31 would rank higher under their
        // own weights, and 과천 (a missing indicator) has no BoD score.
        Assert.Equal(31, bod.Units.Count);
        Assert.Equal(18, bod.Units.Count(u => u.Rank == 1));
        Assert.Equal(29, bod.WouldRankHigher.Count);
        Assert.Null(bod.Units.Single(u => u.Unit.Code == "Gwacheon").Score);
        Assert.All(bod.Units.Where(u => u.Score > 0), u => Assert.All(u.Shares.Values, s => Assert.True(s <= 0.1 + 1e-9)));
    }

    [Fact]
    public void MinimumShare_UnitWithNothingOnAnIndicator_ScoresZero_WithoutARankClaim()
    {
        var bod = BenefitOfTheDoubt.Evaluate(Flat(new() { ["a"] = [1, 0.5], ["b"] = [0, 0.5] }), new BenefitOfDoubtBounds(0.2, 1));
        Assert.Equal(0, bod.Units[0].Score!.Value, 9);
        Assert.Null(bod.Units[0].RankUnderOwnWeights);
        Assert.Equal(1, bod.Units[1].Score!.Value, 9);
    }

    [Fact]
    public void CoinrExample_PillarWeights_LeaderStaysEfficient()
    {
        var folder = Path.Combine(CoinrExampleTests.RepositoryRoot(), "samples", "CompositeIndicators");
        var data = CoinrImport.ReadFiles(Path.Combine(folder, "iData.csv"), Path.Combine(folder, "iMeta.csv"));
        var result = CompositeJson.ReadFile(Path.Combine(folder, "asem-example.json")).Evaluate(data.Measurements);
        var pillars = result.Index.Aggregates.Where(a => a.Level == 2).Select(a => a.Code).ToList();

        // BoD over the 49 normalised indicators, no indicator above 10 % of a country's score.
        var bod = BenefitOfTheDoubt.Evaluate(result, new BenefitOfDoubtBounds(0, 0.1));

        Assert.Equal(51, bod.Units.Count);
        Assert.Equal(8, pillars.Count);
        var che = bod.Units.Single(u => u.Unit.Code == "CHE");
        Assert.Equal(1, che.NominalRank);
        Assert.Equal(1, che.RankUnderOwnWeights);
        Assert.All(bod.Units, u => Assert.InRange(u.Score!.Value, 0, 1 + 1e-9));
    }
}
