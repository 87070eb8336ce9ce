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
    public void Rubric_NoisyWeightsAlone_ExplainEverything_AndTheNominalSetMovesNothing()
    {
        // Only the weights vary: the runs' rank shifts are a function of the weight set drawn, so its first-order index
        // (the variance of the conditional means over the variance) is 1, and the runs that drew the nominal set are the
        // nominal ranking.
        var space = new MethodSpace
        {
            Runs = 200,
            Seed = 11,
            Normalisations = [new NormaliseStep(NormalisationMethod.MinMax, 1, 100)],
            Aggregations = [AggregationMethod.ArithmeticMean],
            DrawImputation = false,
            DrawScales = false,
            WeightNoise = 0.5,
            WeightSets = 8,
        };

        var result = MethodUncertainty.Run(Rubrics2016.Reference, Scored.Value, space);

        var weights = Assert.Single(result.Factors, f => f.Name == "weights");
        Assert.Equal(1, weights.FirstOrderIndex, 9);
        Assert.Equal(["nominal", "set 1", "set 2", "set 3", "set 4", "set 5", "set 6", "set 7"], weights.Levels.Select(l => l.Level));
        Assert.Equal(200, weights.Levels.Sum(l => l.Runs));
        Assert.Equal(0, weights.Levels[0].MeanAbsoluteRankShift);
        Assert.True(result.MeanAbsoluteRankShift > 0);
        Assert.Equal(0, result.Factors.Single(f => f.Name == "normalisation").FirstOrderIndex);

        // The same seed draws the same weight sets; without noise there is no weights factor.
        Assert.Equal(result.ToText(), MethodUncertainty.Run(Rubrics2016.Reference, Scored.Value, space).ToText());
        Assert.DoesNotContain(MethodUncertainty.Run(Rubrics2016.Reference, Scored.Value, space with { WeightNoise = 0, Runs = 3 }).Factors, f => f.Name == "weights");
    }

    [Theory]
    [InlineData(-0.1, 20)]
    [InlineData(1.5, 20)]
    [InlineData(double.NaN, 20)]
    [InlineData(0.2, 1)]
    public void NoisyWeights_OutOfRange_FailAtTheCall(double noise, int sets)
    {
        var error = Assert.Throws<ArgumentException>(() =>
            MethodUncertainty.Run(Rubrics2016.Reference, Scored.Value, new MethodSpace { Runs = 3, WeightNoise = noise, WeightSets = sets }));
        Assert.StartsWith("A method space's weight noise is between 0 and 1", error.Message, StringComparison.Ordinal);
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
