using BenchmarkDotNet.Attributes;
using MuhanRubric.Analysis;
using MuhanRubric.Editions.Y2016;
using MuhanRubric.Measurements;
using MuhanRubric.Rubrics;
using MuhanRubric.Scoring;

namespace MuhanRubric.Benchmarks;

/// <summary>
/// The uncertainty and sensitivity analysis of the 2016 reference rubric: 10,000 Monte Carlo samples with all three
/// perturbations (weights, band edges, inclusion), against one published scoring of the same rubric (the baseline).
/// </summary>
[MemoryDiagnoser]
public class SensitivityBenchmarks
{
    private const int Samples = 10_000;

    private readonly MeasurementTable _dataset = Evaluation2016.Measurements;
    private readonly Rubric _reference = Rubrics2016.Reference;

    private readonly SensitivityOptions _uniform = new()
    {
        Samples = Samples,
        Weights = WeightPerturbation.Uniform(0.2m),
        BandEdges = EdgePerturbation.Uniform(0.1),
        Inclusion = InclusionPerturbation.DropOne(),
    };

    private readonly SensitivityOptions _dirichlet = new()
    {
        Samples = Samples,
        Weights = WeightPerturbation.Dirichlet(700),
        BandEdges = EdgePerturbation.Uniform(0.1),
        Inclusion = InclusionPerturbation.Bernoulli(0.9),
    };

    /// <summary>One published scoring: compile the reference rubric and score the 31 municipalities (what the analysis precomputes once).</summary>
    [Benchmark(Baseline = true)]
    public ScoringResult ScoreOnce() => _reference.Compile().Score(_dataset);

    /// <summary>10,000 samples: uniform ±20 % weights, edges ±10 %, one indicator dropped (or none, p = 1/16).</summary>
    [Benchmark]
    public SensitivityResult UniformWeightsEdgesDropOne() => SensitivityAnalysis.Run(_reference, _dataset, _uniform);

    /// <summary>10,000 samples: Dirichlet weights (α₀ = 700), edges ±10 %, each indicator kept with p = 0.9 (15 more inputs).</summary>
    [Benchmark]
    public SensitivityResult DirichletWeightsEdgesBernoulli() => SensitivityAnalysis.Run(_reference, _dataset, _dirichlet);
}
