using MuhanRubric.Analysis;
using MuhanRubric.Composite;
using MuhanRubric.Editions.Y2016;
using MuhanRubric.Import;
using MuhanRubric.Scoring;

namespace MuhanRubric.Tests.Composite;

public class MethodUncertaintyTests
{
    private static readonly Lazy<ScoringResult> Scored = new(() => Rubrics2016.Reference.Score(Evaluation2016.Measurements));

    [Fact]
    public void Rubric_NominalRunIsTheRubricsOwnRanking()
    {
        var result = MethodUncertainty.Run(Rubrics2016.Reference, Scored.Value, new MethodSpace { Runs = 40, Seed = 7 });

        foreach (var card in Scored.Value.Cards)
        {
            Assert.Equal(card.Rank, result.Units.Single(u => u.Unit == card.Municipality.Code).NominalRank);
        }

        Assert.Equal(40, result.Runs);
        Assert.Contains(result.Factors, f => f.Name == "scale:C1");
        Assert.All(result.Factors, f => Assert.InRange(f.FirstOrderIndex, 0, 1));
        Assert.All(result.Units, u => Assert.True(u.Q05 <= u.MedianRank && u.MedianRank <= u.Q95));
    }

    [Fact]
    public void Rubric_SameSeed_SameResult_AndOneChoice_NoUncertainty()
    {
        var space = new MethodSpace { Runs = 20, Seed = 3 };
        Assert.Equal(
            MethodUncertainty.Run(Rubrics2016.Reference, Scored.Value, space).ToText(),
            MethodUncertainty.Run(Rubrics2016.Reference, Scored.Value, space).ToText());

        var fixedMethod = new MethodSpace
        {
            Runs = 5,
            Normalisations = [new NormaliseStep(NormalisationMethod.MinMax, 1, 100)],
            Aggregations = [AggregationMethod.ArithmeticMean],
            DrawImputation = false,
            DrawScales = false,
        };
        var none = MethodUncertainty.Run(Rubrics2016.Reference, Scored.Value, fixedMethod);
        Assert.Equal(0, none.MeanAbsoluteRankShift);
        Assert.All(none.Units, u => Assert.Equal(u.NominalRank!.Value, u.Q95));
    }

    [Fact]
    public void Composite_CoinrExample_DrawsNormalisationAggregationAndImputation()
    {
        var folder = Path.Combine(CoinrExampleTests.RepositoryRoot(), "samples", "CompositeIndicators");
        var data = CoinrImport.ReadFiles(Path.Combine(folder, "iData.csv"), Path.Combine(folder, "iMeta.csv"));
        var index = CompositeJson.ReadFile(Path.Combine(folder, "asem-example.json"));

        var result = MethodUncertainty.Run(index, data.Measurements, new MethodSpace { Runs = 12, Seed = 5 });

        Assert.Equal(["normalisation", "aggregation", "imputation"], result.Factors.Select(f => f.Name));
        Assert.Equal(1, result.Units.Single(u => u.Unit == "CHE").NominalRank);
        Assert.Equal(12, result.Factors[0].Levels.Sum(l => l.Runs));
    }

    [Fact]
    public void EmptySpace_FailsAtTheCall() =>
        Assert.Throws<ArgumentException>(() => MethodUncertainty.Run(Rubrics2016.Reference, Scored.Value, new MethodSpace { Aggregations = [] }));
}
