using MuhanRubric.Editions.Y2016;
using MuhanRubric.Measurements;
using MuhanRubric.Rubrics;
using MuhanRubric.Scoring;
using MuhanRubric.Units;

namespace MuhanRubric.Tests.Scoring;

/// <summary>Scoring with cut-offs frozen from an earlier run reads the same as recomputing them on the same data.</summary>
public class FrozenCutoffTests
{
    [Fact]
    public void Score_WithItsOwnFrozenCutoffs_GivesTheSameCardsAsRecomputing()
    {
        var compiled = Rubrics2016.Reference.Compile();
        var first = compiled.Score(Evaluation2016.Measurements);
        var again = compiled.Score(Evaluation2016.Measurements, first.FrozenScales);
        Assert.Equal(first.Cards.SelectMany(c => c.Indicators), again.Cards.SelectMany(c => c.Indicators));
    }

    [Fact]
    public void Score_PopulationBand_IsNamedAlikeWhenFrozen()
    {
        // Frozen and recomputed cut-offs name a band alike, so a hit does not depend on the cut-off policy. (Population
        // bands have no label in the DSL, so neither can a file give one: the band is named by its range.)
        var compiled = Rubrics2016.Reference.Compile();
        var first = compiled.Score(Evaluation2016.Measurements);
        var frozen = compiled.Score(Evaluation2016.Measurements, first.FrozenScales);
        var top = Assert.IsType<PopulationBandScale>(Rubrics2016.Reference.Indicator("B4").Scale).Bands[0].Describe();
        Assert.Contains(first.Cards, c => c["B4"].Hit == top);
        Assert.Equal(first.Cards.Select(c => c["B4"].Hit), frozen.Cards.Select(c => c["B4"].Hit));
    }

    [Fact]
    public void Score_CutoffsTheBaseRunCouldNotCompute_AreNotReusedAsZero()
    {
        // The County override's quartiles cannot be computed on data without counties; reusing those frozen cut-offs on
        // data with counties must not score on edges of 0 (every county in the top band).
        var rubric = Rubrics2016.Reference.ToBuilder()
            .Indicator("B4", i => i.ForGroup("County", g => g.WithPopulationBands(p => p
                .Band(3, CutoffRange.From(Cutoff.Percentile(75))).Band(1, CutoffRange.Below(Cutoff.Percentile(75)))).WithProvenance(Provenance.FromAssumption("test"))))
            .Build().Compile();
        var noCounties = Without(Evaluation2016.Measurements, MunicipalityKind.County);
        var baseRun = rubric.Score(noCounties);
        Assert.Equal("not computable", baseRun.FrozenScales.Single(f => f.Group == "County").Resolved);

        var reused = rubric.Score(Evaluation2016.Measurements, baseRun.FrozenScales);
        var yangpyeong = reused[Municipality.Yangpyeong]["B4"];
        Assert.Equal((IndicatorStatus.Unspecified, 0m, 0m), (yangpyeong.Status, yangpyeong.Points, yangpyeong.MaximumPoints));
        Assert.Equal("B4 Training participation (officials): the population cut-offs cannot be computed; not scored", yangpyeong.Explanation);
    }

    private static MeasurementTable Without(MeasurementTable source, MunicipalityKind kind)
    {
        var units = new MunicipalityCatalog(source.Units.Where(u => u.Kind != kind));
        var builder = MeasurementTable.CreateBuilder(units, source.Measures).WithName("without " + kind);
        foreach (var unit in units)
        {
            foreach (var measure in source.Measures)
            {
                _ = source[unit, measure] is { } value ? builder.Set(unit, measure, value.Value, value.Percent) : builder.SetMissing(unit, measure);
            }
        }

        return builder.Build();
    }
}
