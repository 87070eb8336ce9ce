using BenchmarkDotNet.Attributes;
using MuhanRubric.Editions.Y2016;
using MuhanRubric.Measurements;
using MuhanRubric.Measures;
using MuhanRubric.Scoring;

namespace MuhanRubric.Benchmarks;

/// <summary>
/// Scoring the 31 municipalities: the compiled 2016 published rubric (only C1 is scored) against hand-written code
/// for the same bands (the baseline), and the full reference rubric.
/// </summary>
[MemoryDiagnoser]
public class ScoringBenchmarks
{
    private readonly MeasurementTable _dataset = Evaluation2016.Measurements;
    private readonly CompiledRubric _published = Rubrics2016.AsPublished.Compile();
    private readonly CompiledRubric _reference = Rubrics2016.Reference.Compile();

    /// <summary>C1 written by hand: the bands of p.32 as if-else, summed over the 31 municipalities.</summary>
    [Benchmark(Baseline = true)]
    public decimal HandWrittenC1()
    {
        var total = 0m;
        foreach (var record in _dataset.Rows)
        {
            var caseload = record[Measure.CasesPerCaseManager]!.Value;
            total += caseload switch
            {
                >= 30 and < 50 => 10,
                >= 25 and < 30 or >= 50 and < 55 => 8,
                >= 20 and < 25 or >= 55 and < 60 => 6,
                >= 15 and < 20 or >= 60 and < 65 => 4,
                _ => 2,
            };
        }

        return total;
    }

    /// <summary>The compiled published rubric: the same bands, plus score cards, explanations and ranks.</summary>
    [Benchmark]
    public ScoringResult CompiledPublished() => _published.Score(_dataset);

    /// <summary>The compiled reference rubric: 15 scored indicators, population cut-offs, explanations, ranks.</summary>
    [Benchmark]
    public ScoringResult CompiledReference() => _reference.Score(_dataset);
}
