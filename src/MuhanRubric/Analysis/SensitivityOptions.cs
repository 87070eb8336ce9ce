using System.Globalization;

namespace MuhanRubric.Analysis;

/// <summary>How far a <see cref="SensitivityAnalysis"/> run has come.</summary>
/// <param name="SamplesDone">Samples evaluated so far.</param>
/// <param name="TotalSamples">Samples in the run.</param>
[Immutable]
public readonly record struct SensitivityProgress(int SamplesDone, int TotalSamples)
{
    /// <summary>The share done, from 0 to 1.</summary>
    public double Fraction => TotalSamples == 0 ? 1d : (double)SamplesDone / TotalSamples;
}

/// <summary>
/// The settings of an uncertainty and sensitivity analysis: how many samples, the seed, and what is perturbed.
/// Build one with an object initializer and vary it with <c>with</c>:
/// <c>SensitivityOptions.Default with { Weights = WeightPerturbation.Uniform(0.2m) }</c>.
/// </summary>
/// <remarks>
/// Immutable; every property is checked when it is set, so an invalid value fails at the assignment with the
/// property, the value and the rule. By default nothing is perturbed: choose at least one of
/// <see cref="Weights"/>, <see cref="BandEdges"/> and <see cref="Inclusion"/>.
/// </remarks>
[Immutable]
public sealed record SensitivityOptions
{
    /// <summary>The most samples a run takes.</summary>
    public const int MaximumSamples = 10_000_000;

    private readonly int _samples = 10_000;
    private readonly int _maxDegreeOfParallelism = Environment.ProcessorCount;
    private readonly int _topCount = 5;
    private readonly WeightPerturbation _weights = WeightPerturbation.None;
    private readonly EdgePerturbation _bandEdges = EdgePerturbation.None;
    private readonly InclusionPerturbation _inclusion = InclusionPerturbation.None;

    /// <summary>The defaults: 10,000 samples, seed 2016, nothing perturbed, every processor, top 5.</summary>
    public static SensitivityOptions Default { get; } = new();

    /// <summary>How many Monte Carlo samples to draw (10,000 by default; from 1 to <see cref="MaximumSamples"/>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 1 or above <see cref="MaximumSamples"/>.</exception>
    public int Samples
    {
        get => _samples;
        init => _samples = value is >= 1 and <= MaximumSamples ? value : throw new ArgumentOutOfRangeException(nameof(Samples), value,
            string.Create(CultureInfo.InvariantCulture, $"Samples must be from 1 to {MaximumSamples}; got {value}."));
    }

    /// <summary>
    /// The seed (2016 by default). Sample <c>k</c> draws from its own random stream derived from
    /// <c>(Seed, k)</c>, so a run is reproducible from the seed whatever the number of threads.
    /// </summary>
    public ulong Seed { get; init; } = 2016;

    /// <summary>How the indicator weights vary (<see cref="WeightPerturbation.None"/> by default).</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public WeightPerturbation Weights
    {
        get => _weights;
        init => _weights = value ?? throw new ArgumentNullException(nameof(Weights));
    }

    /// <summary>How the band edges vary (<see cref="EdgePerturbation.None"/> by default).</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public EdgePerturbation BandEdges
    {
        get => _bandEdges;
        init => _bandEdges = value ?? throw new ArgumentNullException(nameof(BandEdges));
    }

    /// <summary>Which indicators count in a sample (<see cref="InclusionPerturbation.None"/> by default).</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public InclusionPerturbation Inclusion
    {
        get => _inclusion;
        init => _inclusion = value ?? throw new ArgumentNullException(nameof(Inclusion));
    }

    /// <summary>How many threads evaluate samples at most (<see cref="Environment.ProcessorCount"/> by default). Results do not depend on it.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 1.</exception>
    public int MaxDegreeOfParallelism
    {
        get => _maxDegreeOfParallelism;
        init => _maxDegreeOfParallelism = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(MaxDegreeOfParallelism), value,
            string.Create(CultureInfo.InvariantCulture, $"MaxDegreeOfParallelism must be at least 1; got {value}."));
    }

    /// <summary>The cut-off of <see cref="RankUncertainty.TopProbability"/>: the probability of a rank of at most this (5 by default).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 1.</exception>
    public int TopCount
    {
        get => _topCount;
        init => _topCount = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(TopCount), value,
            string.Create(CultureInfo.InvariantCulture, $"TopCount must be at least 1; got {value}."));
    }

    /// <summary>
    /// Receives the number of samples done, in increasing order, ending with the total; null (the default) for none.
    /// Reports come from worker threads, one at a time, after every chunk of 1,024 samples.
    /// </summary>
    public IProgress<SensitivityProgress>? Progress { get; init; }

    /// <summary>The options in one line (invariant culture), without <see cref="Progress"/> and <see cref="MaxDegreeOfParallelism"/>, which do not change results.</summary>
    /// <returns>For example <c>samples 10000, seed 2016; weights: none; band edges: none; inclusion: none; top 5</c>.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"samples {Samples}, seed {Seed}; weights: {Weights}; band edges: {BandEdges}; inclusion: {Inclusion}; top {TopCount}");
}
