using Ardalis.GuardClauses;
using MuhanRubric.Measurements;
using MuhanRubric.Rubrics;
using MuhanRubric.Scoring;

namespace MuhanRubric.Analysis;

/// <summary>
/// Uncertainty and sensitivity analysis of a rubric's ranking in the JRC style (Saisana, Saltelli and Tarantola
/// 2005; the OECD/JRC Handbook on Constructing Composite Indicators, 2008; as in COINr's <c>get_sensitivity</c>):
/// how far each municipality's rank moves when the rubric's uncertain choices vary, and which choice moves it most.
/// </summary>
/// <remarks>
/// <para><b>Method.</b> The rubric is compiled and scored once (<see cref="RubricScoring.Compile"/>); each of
/// <see cref="SensitivityOptions.Samples"/> Monte Carlo samples (10,000 by default) then perturbs the compiled form and
/// ranks again with the same kernel, so no scoring rule exists twice. A sample draws the indicator weights
/// (<see cref="SensitivityOptions.Weights"/>: none, uniform ±x renormalised to the rubric's maximum, or Dirichlet
/// around the nominal shares), one factor per band indicator that moves all its edges
/// (<see cref="SensitivityOptions.BandEdges"/>; the kernel's band rule is applied to <c>value ÷ factor</c>, the same
/// comparison as every edge times the factor), and which indicators count (<see cref="SensitivityOptions.Inclusion"/>:
/// none left out, one left out, or each kept with a probability); nothing is perturbed by default. A municipality's
/// sample total is <c>Σ_j points_ij ÷ maximum_j × weight_j</c> over the included indicators (band indicators re-scored
/// with the moved edges, every other indicator at its nominal points), its sample maximum the same sum over its
/// nominal maxima (an indicator missing or not applicable there, or left out, counts in neither). As for
/// <see cref="ScoreCard.NormalizedTotal"/>, the total is rescaled to the rubric's maximum and rounded to
/// <see cref="Rubric.PointsDecimals"/> (half away from zero), and the municipalities are ranked highest first with
/// competition ranking ("1224"), in O(n log n). With nothing perturbed every sample reproduces the published ranks,
/// ties included.</para>
/// <para><b>Results.</b> Per municipality: the nominal rank; how often it took each rank (the rank-acceptability
/// matrix, <see cref="RankUncertainty.RankProbability"/>), and from those counts the median, 5th and 95th percentiles
/// (the 90 % interval; any other with <see cref="RankUncertainty.RankInterval"/>; quantile definition R6,
/// <see cref="Statistics.QuantileConventions.Spss"/>), the mean and variance of the rank and the probability of ranking
/// in the top <see cref="SensitivityOptions.TopCount"/> (5); and the mean and standard deviation of its normalized
/// total. Per uncertain input (each perturbed weight, each band indicator's edge factor, the dropped indicator, or each
/// indicator's inclusion): the first-order index <c>S_i = Var(E[rank | X_i]) ÷ Var(rank)</c>, estimated by fixed
/// classes of the input's known distribution (<see cref="SensitivityResult.Bins"/> equal slices of a uniform input's
/// draw, up to 50; the Dirichlet share's quantiles by its mean and variance; one class per category), whose class
/// counts and per-class rank sums accumulate as the samples stream. It is reported per municipality and averaged over
/// municipalities weighted by their rank variance (<c>Σ Var(E[rank | X_i]) ÷ Σ Var(rank)</c>), so that
/// municipalities whose rank barely moves do not dominate. The estimator's upward bias is about
/// <c>(classes − 1) ÷ N</c>; with Dirichlet weights the inputs are dependent (they sum to the maximum), so the indices
/// need not add up to at most 1.</para>
/// <para><b>Memory, arithmetic and reproducibility.</b> Nothing is kept per sample: each worker adds its samples'
/// ranks, rounded totals and input classes into integer counts and sums, which are merged at the end. Memory therefore
/// does not depend on the number of samples (a few MB for 31 municipalities, at 10,000 samples as at 10,000,000).
/// The samples compute in <see cref="double"/>: the published scoring's exact decimals are for the published
/// numbers. Sample <c>k</c> draws from its own xoshiro256** stream seeded from <c>(Seed, k)</c>, and integer sums do not
/// depend on the order they are added in, so the same seed gives identical results whatever
/// <see cref="SensitivityOptions.MaxDegreeOfParallelism"/>. <see cref="Run"/> is thread-safe: it only reads the
/// rubric and the dataset.</para>
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
    /// <exception cref="ScoringException">A value is missing where the rubric's policy is <see cref="MissingDataPolicy.Fail"/>, or a value or its points pass the decimal range.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static SensitivityResult Run(Rubric rubric, MeasurementTable dataset, SensitivityOptions options, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(rubric);
        Guard.Against.Null(dataset);
        Guard.Against.Null(options);
        cancellationToken.ThrowIfCancellationRequested();

        var model = SensitivityModel.Create(rubric, dataset, options);
        var totals = Sample(model, options, cancellationToken);
        var n = model.MunicipalityCount;
        var municipalities = new RankUncertainty[n];
        for (var i = 0; i < n; i++)
        {
            municipalities[i] = RankUncertainty.FromCounts(
                model.Municipalities[i], model.NominalRanks[i], [.. totals.RankCounts.AsSpan(i * (n + 1), n + 1)], options.TopCount,
                totals.KeySums[i], totals.KeySquares[i], totals.Samples, model.KeyScale);
        }

        var indices = model.Inputs.Select((input, x) => Index(model, input, x, totals, municipalities)).ToArray();
        return new SensitivityResult(
            rubric,
            options,
            model.Classes,
            options.Inclusion.Kind == InclusionPerturbationKind.DropOne ? model.NoneProbability : null,
            municipalities,
            [.. indices.OrderByDescending(i => i.Value)]);
    }

    /// <summary>The samples, in chunks that workers take in turn; each worker accumulates its own, and the sums are merged.</summary>
    private static SensitivityAccumulator Sample(SensitivityModel model, SensitivityOptions options, CancellationToken cancellationToken)
    {
        int samples = options.Samples, n = model.MunicipalityCount;
        var totals = new SensitivityAccumulator(n, model.InputClassCounts);
        var progress = options.Progress;
        var gate = new object();
        var done = 0;

        // Chunks of 1,024 samples: small enough to balance the threads and to cancel quickly, large enough that a
        // progress report or a cancellation check costs nothing next to them.
        const int ChunkSize = 1_024;
        var chunks = (samples + ChunkSize - 1) / ChunkSize;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism, CancellationToken = cancellationToken };
        Parallel.For(
            0,
            chunks,
            parallel,
            () => (Workspace: model.CreateWorkspace(), Sums: new SensitivityAccumulator(n, model.InputClassCounts), Widened: new long[n]),
            (chunk, _, worker) =>
            {
                var end = Math.Min(samples, (chunk + 1) * ChunkSize);
                for (var k = chunk * ChunkSize; k < end; k++)
                {
                    model.Evaluate(k, worker.Workspace);
                    worker.Sums.Add(worker.Workspace.Ranks, worker.Workspace.Keys, worker.Workspace.InputClasses, worker.Widened);
                }

                cancellationToken.ThrowIfCancellationRequested();
                if (progress is not null)
                {
                    lock (gate)
                    {
                        done += end - (chunk * ChunkSize);
                        progress.Report(new SensitivityProgress(done, samples));
                    }
                }

                return worker;
            },
            worker =>
            {
                lock (gate)
                {
                    totals.Merge(worker.Sums);
                }
            });
        return totals;
    }

    /// <summary>An input's first-order index from the class counts and per-class rank sums.</summary>
    private static SensitivityIndex Index(SensitivityModel model, SensitivityInput input, int x, SensitivityAccumulator sums, RankUncertainty[] municipalities)
    {
        int n = model.MunicipalityCount, classes = model.InputClassCounts[x], offset = sums.ClassOffset(x);
        var counts = sums.ClassCounts.AsSpan(offset, classes);
        var classSums = new long[classes];
        double between = 0, total = 0;
        var byMunicipality = new MunicipalitySensitivity[n];
        for (var i = 0; i < n; i++)
        {
            for (var c = 0; c < classes; c++)
            {
                classSums[c] = sums.ClassRankSums[((offset + c) * n) + i];
            }

            var b = GivenDataEstimator.BetweenClassVariance<long, long>(classSums, counts, municipalities[i].MeanRank, sums.Samples);
            var t = municipalities[i].RankVariance;
            between += b;
            total += t;
            byMunicipality[i] = new MunicipalitySensitivity(model.Municipalities[i], t > 0 ? b / t : null);
        }

        return new SensitivityIndex(input, total > 0 ? between / total : 0d, byMunicipality, [.. counts]);
    }
}
