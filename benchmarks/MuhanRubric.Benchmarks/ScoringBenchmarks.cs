using BenchmarkDotNet.Attributes;
using MuhanRubric.Editions.Y2016;
using MuhanRubric.Measurements;
using MuhanRubric.Scoring;

namespace MuhanRubric.Benchmarks;

/// <summary>
/// The full 2016 reference rubric over the 31 시군: compiled (what every caller of <c>Score</c> pays) against the same
/// rubric written by hand (the baseline; a test checks it gives the same points, totals, maxima and ranks). Both fill
/// the same numbers; the compiled result renders its texts only when read, so neither formats a string here.
/// </summary>
[MemoryDiagnoser]
public class ScoringBenchmarks
{
    private readonly MeasurementTable _table = Evaluation2016.Measurements;
    private readonly CompiledRubric _compiled = Rubrics2016.Reference.Compile();

    [Benchmark(Baseline = true)]
    public HandWrittenReference2016.Scores HandWritten() => HandWrittenReference2016.Score(_table);

    [Benchmark]
    public ScoringResult Compiled() => _compiled.Score(_table);
}

/// <summary>
/// The same comparison on 10³, 10⁴ and 10⁵ synthetic units (the 2016 cells repeated, values moved): the ratio at each
/// size, and time per unit across sizes, which stays flat when scoring is linear in units.
/// </summary>
[MemoryDiagnoser]
public class SyntheticScoringBenchmarks
{
    private readonly CompiledRubric _compiled = Rubrics2016.Reference.Compile();
    private MeasurementTable _table = Evaluation2016.Measurements;

    [Params(1_000, 10_000, 100_000)]
    public int Units { get; set; }

    [GlobalSetup]
    public void Setup() => _table = SyntheticUnits.Table(Units);

    [Benchmark(Baseline = true)]
    public HandWrittenReference2016.Scores HandWritten() => HandWrittenReference2016.Score(_table);

    [Benchmark]
    public ScoringResult Compiled() => _compiled.Score(_table);
}
