using MuhanRubric.Benchmarks;
using MuhanRubric.Editions.Y2016;
using MuhanRubric.Scoring;

namespace MuhanRubric.Tests.Scoring;

/// <summary>The benchmarks' baseline, the reference rubric written by hand, scores exactly as the compiled rubric.</summary>
public class HandWrittenReferenceTests
{
    public static TheoryData<int> Sizes() => [31, 1_000];

    [Theory]
    [MemberData(nameof(Sizes))]
    public void HandWritten_GivesTheCompiledPointsTotalsMaximaAndRanks(int units)
    {
        var table = units == 31 ? Evaluation2016.Measurements : SyntheticUnits.Table(units);
        var compiled = Rubrics2016.Reference.Compile().Score(table).Matrix;
        var hand = HandWrittenReference2016.Score(table);

        Assert.Equal(HandWrittenReference2016.Indicators, compiled.IndicatorCount);
        for (var u = 0; u < table.Units.Count; u++)
        {
            Assert.Equal((compiled.Total(u), compiled.MaximumPoints(u), compiled.NormalizedTotal(u), compiled.Rank(u)), (hand.Totals[u], hand.Maximum[u], hand.Normalized[u], hand.Ranks[u]));
            for (var j = 0; j < compiled.IndicatorCount; j++)
            {
                var cell = (u * HandWrittenReference2016.Indicators) + j;
                Assert.Equal((compiled.Points(u, j), compiled.MaximumPoints(u, j)), (hand.Points[cell], hand.Maxima[cell]));
                Assert.Equal(compiled.BandIndex(u, j), hand.Bands[cell] == -1 && compiled.Status(u, j) != IndicatorStatus.Scored ? -1 : hand.Bands[cell]);
            }
        }
    }

    [Fact]
    public void SyntheticUnits_CopyThe2016CellsWithMovedValues()
    {
        var table = SyntheticUnits.Table(62);
        var source = Evaluation2016.Measurements;
        Assert.Equal(source.StatusOf(source.Units[3], MuhanRubric.Measures.Measure.CasesPerCaseManager), table.StatusOf(table.Units[34], MuhanRubric.Measures.Measure.CasesPerCaseManager));
        Assert.Equal(source.Read(source.Units[3], MuhanRubric.Measures.Measure.CasesPerCaseManager).Value * 0.96m, table.Read(table.Units[34], MuhanRubric.Measures.Measure.CasesPerCaseManager).Value);
    }
}
