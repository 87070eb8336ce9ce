using System.Collections.Concurrent;
using Ardalis.GuardClauses;
using MuhanRubric.Measurements;
using MuhanRubric.Measures;
using MuhanRubric.Rubrics;
using MuhanRubric.Scoring;

namespace MuhanRubric.Analysis;

/// <summary>
/// Uncertainty and sensitivity analysis of a rubric's ranking in the JRC style (Saisana, Saltelli and Tarantola
/// 2005; the OECD/JRC Handbook on Constructing Composite Indicators, 2008; as in COINr's <c>get_sensitivity</c>):
/// how far each municipality's rank moves when the rubric's uncertain choices vary, and which choice moves it most.
/// </summary>
/// <remarks>
/// <para><b>Method.</b> The rubric is scored once with the compiled rubric (<see cref="RubricScoring.Compile"/>); for every
/// municipality and scored indicator the nominal points and maximum are kept, and for band indicators the raw value
/// read by the indicator's <see cref="MeasureExpression"/>. Each of <see cref="SensitivityOptions.Samples"/> Monte
/// Carlo samples (10,000 by default) then draws the perturbed choices: the indicator weights
/// (<see cref="SensitivityOptions.Weights"/>: none, uniform ±x renormalised to the rubric's maximum, or Dirichlet
/// around the nominal shares), one factor per band indicator that moves all its edges
/// (<see cref="SensitivityOptions.BandEdges"/>), and which indicators count (<see cref="SensitivityOptions.Inclusion"/>:
/// none left out, one left out, or each kept with a probability); nothing is perturbed by default. A municipality's
/// sample total is <c>Σ_j points_ij ÷ maximum_j × weight_j</c> over the included indicators, where band indicators
/// are re-scored on the raw value with the moved edges and every other indicator keeps its nominal share of its
/// maximum; its sample maximum is the same sum over its nominal maxima (an indicator missing or not applicable there,
/// or left out, counts in neither). As for <see cref="ScoreCard.NormalizedTotal"/>, the total is rescaled by
/// <c>rubric maximum ÷ municipality's maximum</c> and rounded to <see cref="Rubric.PointsDecimals"/> (half away from
/// zero), and the municipalities are ranked highest first with competition ranking ("1224"). With nothing perturbed
/// every sample reproduces the published ranks, ties included.</para>
/// <para><b>Results.</b> Per municipality: the nominal rank, the median, 5th and 95th percentiles of its sampled ranks (the
/// 90 % interval; quantile definition R6, <see cref="Statistics.QuantileConventions.Spss"/>, as elsewhere in the
/// library), the mean rank, and the probability of ranking in the top <see cref="SensitivityOptions.TopCount"/> (5).
/// Per uncertain input (each perturbed weight, each band indicator's edge factor, the dropped indicator, or each
/// indicator's inclusion): the first-order index <c>S_i = Var(E[rank | X_i]) ÷ Var(rank)</c> estimated from the same
/// sample by the given-data estimator: continuous inputs are sorted into <c>max(10, ⌊√N ÷ 2⌋)</c> equal-count
/// classes (50 for 10,000 samples), categorical ones grouped by category, and the variance of the class means of the
/// rank is divided by the rank's variance. It is reported per municipality and averaged over municipalities
/// weighted by their rank variance (<c>Σ Var(E[rank | X_i]) ÷ Σ Var(rank)</c>), so that municipalities whose rank
/// barely moves do not dominate. The estimator's upward bias is about <c>(classes − 1) ÷ N</c> (0.005 at the
/// default); with Dirichlet weights the inputs are dependent (they sum to the maximum), so the indices need not add
/// up to at most 1.</para>
/// <para><b>Arithmetic and reproducibility.</b> The Monte Carlo computes in <see cref="double"/>: the published
/// scoring's exact decimals are for the published numbers, and a sample is a model of choices that were never
/// published. Sample <c>k</c> draws from its own xoshiro256** stream seeded from <c>(Seed, k)</c>, samples run in
/// parallel over partitions (<see cref="SensitivityOptions.MaxDegreeOfParallelism"/>) and write into arrays indexed
/// by sample, so the same seed gives identical results whatever the number of threads. Memory grows with the samples:
/// a rank per municipality and a value per uncertain input for each sample (about 40 MB for 100,000 samples with
/// 31 municipalities and 32 inputs). <see cref="Run"/> is thread-safe: it only reads the rubric and the dataset.</para>
/// </remarks>
public static class SensitivityAnalysis
{
    /// <summary>Runs the analysis.</summary>
    /// <param name="rubric">The rubric.</param>
    /// <param name="dataset">The measurements to score.</param>
    /// <param name="options">The samples, seed and perturbations.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <returns>Each municipality's rank distribution and each uncertain input's sensitivity index.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ScoringException">A value is missing where the rubric's policy is <see cref="MissingDataPolicy.Fail"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static SensitivityResult Run(Rubric rubric, MeasurementTable dataset, SensitivityOptions options, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(rubric);
        Guard.Against.Null(dataset);
        Guard.Against.Null(options);
        cancellationToken.ThrowIfCancellationRequested();

        var model = SensitivityModel.Create(rubric, dataset, options);
        var (ranks, inputs) = Sample(model, options, cancellationToken);
        int samples = options.Samples, n = model.MunicipalityCount;

        var municipalities = new RankUncertainty[n];
        for (var i = 0; i < n; i++)
        {
            municipalities[i] = SensitivityResult.Summarise(model.Municipalities[i], model.NominalRanks[i], ranks.AsSpan(i * samples, samples), n, options.TopCount);
        }

        var bins = GivenDataEstimator.DefaultBins(samples);
        var indices = Estimate(model, ranks, inputs, samples, bins, options, cancellationToken);
        return new SensitivityResult(
            rubric,
            options,
            bins,
            options.Inclusion.Kind == InclusionPerturbationKind.DropOne ? model.NoneProbability : null,
            municipalities,
            [.. indices.OrderByDescending(i => i.Value)]);
    }

    /// <summary>Evaluates every sample; ranks and inputs are stored input-major and municipality-major (<c>[i × N + k]</c>).</summary>
    private static (int[] Ranks, double[] Inputs) Sample(SensitivityModel model, SensitivityOptions options, CancellationToken cancellationToken)
    {
        int samples = options.Samples, n = model.MunicipalityCount, inputCount = model.Inputs.Length;
        var ranks = new int[n * samples];
        var inputs = new double[inputCount * samples];
        var progress = options.Progress;
        var gate = new object();
        var done = 0;

        // About 200 partitions: enough to balance the threads, few enough that progress reports stay cheap.
        var partitionSize = Math.Max(16, (samples + 199) / 200);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism, CancellationToken = cancellationToken };
        Parallel.ForEach(
            Partitioner.Create(0, samples, partitionSize),
            parallel,
            model.CreateWorkspace,
            (range, _, workspace) =>
            {
                for (var k = range.Item1; k < range.Item2; k++)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    model.Evaluate(k, workspace);
                    for (var i = 0; i < n; i++)
                    {
                        ranks[(i * samples) + k] = workspace.Ranks[i];
                    }

                    for (var x = 0; x < inputCount; x++)
                    {
                        inputs[(x * samples) + k] = workspace.Inputs[x];
                    }
                }

                if (progress is not null)
                {
                    lock (gate)
                    {
                        done += range.Item2 - range.Item1;
                        progress.Report(new SensitivityProgress(done, samples));
                    }
                }

                return workspace;
            },
            _ => { });
        return (ranks, inputs);
    }

    private static SensitivityIndex[] Estimate(
        SensitivityModel model, int[] ranks, double[] inputs, int samples, int bins, SensitivityOptions options, CancellationToken cancellationToken)
    {
        var n = model.MunicipalityCount;
        var indices = new SensitivityIndex[model.Inputs.Length];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism, CancellationToken = cancellationToken };
        Parallel.For(0, model.Inputs.Length, parallel, x =>
        {
            var input = model.Inputs[x];
            var values = inputs.AsSpan(x * samples, samples);
            int classCount;
            int[] classes;
            if (input.IsCategorical)
            {
                classes = GivenDataEstimator.CategoryBins(values, out classCount);
            }
            else
            {
                classCount = bins;
                classes = GivenDataEstimator.EqualCountBins(values, bins);
            }

            double between = 0, total = 0;
            var byMunicipality = new MunicipalitySensitivity[n];
            for (var i = 0; i < n; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var (b, t) = GivenDataEstimator.VarianceDecomposition<int>(classes, classCount, ranks.AsSpan(i * samples, samples));
                between += b;
                total += t;
                byMunicipality[i] = new MunicipalitySensitivity(model.Municipalities[i], t > 0 ? b / t : null);
            }

            indices[x] = new SensitivityIndex(input, total > 0 ? between / total : 0d, byMunicipality);
        });
        return indices;
    }
}
