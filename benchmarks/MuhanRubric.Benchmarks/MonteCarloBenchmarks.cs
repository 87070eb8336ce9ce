using BenchmarkDotNet.Attributes;
using MuhanRubric.Analysis;
using MuhanRubric.Editions.Y2016;

namespace MuhanRubric.Benchmarks;

/// <summary>
/// The uncertainty and sensitivity analysis of the 2016 reference rubric, the work <c>numpy/monte_carlo.py</c> does
/// too: Dirichlet weights (α₀ = 700), band edges ±10 %, each indicator kept with p = 0.9 (32 uncertain inputs), rank
/// counts, rank statistics, totals' moments and first-order indices. One thread is the baseline; the ratio of all cores
/// is the parallel speed-up. NumPy's side is timed by the script; <c>compare.sh</c> divides.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 7)]
public class MonteCarloBenchmarks
{
    [Params(10_000, 100_000, 1_000_000)]
    public int Samples { get; set; }

    public static SensitivityOptions Options(int samples, int threads) => new()
    {
        Samples = samples,
        Weights = WeightPerturbation.Dirichlet(700),
        BandEdges = EdgePerturbation.Uniform(0.1),
        Inclusion = InclusionPerturbation.Bernoulli(0.9),
        MaxDegreeOfParallelism = threads,
    };

    [Benchmark(Baseline = true)]
    public SensitivityResult OneThread() => SensitivityAnalysis.Run(Rubrics2016.Reference, Evaluation2016.Measurements, Options(Samples, 1));

    [Benchmark]
    public SensitivityResult AllCores() => SensitivityAnalysis.Run(Rubrics2016.Reference, Evaluation2016.Measurements, Options(Samples, Environment.ProcessorCount));
}
