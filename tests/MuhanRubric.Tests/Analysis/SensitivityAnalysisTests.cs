using System.Globalization;
using MuhanRubric.Analysis;
using MuhanRubric.Editions.Y2016;
using MuhanRubric.Measurements;
using MuhanRubric.Rubrics;
using MuhanRubric.Scoring;
using MuhanRubric.Tests.Properties;

namespace MuhanRubric.Tests.Analysis;

public class SensitivityAnalysisTests
{
    private static readonly MeasurementTable _dataset = Evaluation2016.Measurements;

    /// <summary>All three perturbations, small enough for a unit test.</summary>
    private static readonly SensitivityOptions _everything = new()
    {
        Samples = 1_000,
        Weights = WeightPerturbation.Uniform(0.2m),
        BandEdges = EdgePerturbation.Uniform(0.1),
        Inclusion = InclusionPerturbation.DropOne(),
    };

    private static SensitivityResult Run(SensitivityOptions options, Rubric? rubric = null, CancellationToken cancellationToken = default) =>
        SensitivityAnalysis.Run(rubric ?? Rubrics2016.Reference, _dataset, options, cancellationToken);

    // ---- reproducibility ----

    [Fact]
    public void Run_SameSeed_IdenticalWithOneAndFourThreads()
    {
        var one = Run(_everything with { MaxDegreeOfParallelism = 1 });
        var four = Run(_everything with { MaxDegreeOfParallelism = 4 });

        Assert.Equal(one.Municipalities, four.Municipalities);
        Assert.Equal(one.Indices.Select(i => (i.Input, i.Value)), four.Indices.Select(i => (i.Input, i.Value)));
        Assert.Equal(one.Indices.SelectMany(i => i.ByMunicipality), four.Indices.SelectMany(i => i.ByMunicipality));
        Assert.Equal(one.ToText(), four.ToText());
    }

    [Fact]
    public void Run_DirichletAndBernoulli_SameSeedIdenticalWithOneAndFourThreads()
    {
        var options = _everything with { Weights = WeightPerturbation.Dirichlet(200), Inclusion = InclusionPerturbation.Bernoulli(0.8) };
        Assert.Equal(Run(options with { MaxDegreeOfParallelism = 1 }).ToText(), Run(options with { MaxDegreeOfParallelism = 4 }).ToText());
    }

    [Fact]
    public void Run_DifferentSeeds_DifferentResults()
    {
        var first = Run(_everything with { Seed = 1 });
        var second = Run(_everything with { Seed = 2 });

        Assert.NotEqual(first.Municipalities.Select(m => m.MeanRank), second.Municipalities.Select(m => m.MeanRank));
        Assert.NotEqual(first.Indices.Select(i => i.Value), second.Indices.Select(i => i.Value));
    }

    [Fact]
    public void SampleRandom_NeighbouringSeedsAndSamples_GiveDifferentStreams()
    {
        var streams = new HashSet<ulong>();
        for (ulong seed = 0; seed < 20; seed++)
        {
            for (var sample = 0; sample < 500; sample++)
            {
                Assert.True(streams.Add(new SampleRandom(seed, sample).NextUInt64()), $"seed {seed}, sample {sample} repeats a stream");
            }
        }
    }

    // ---- nominal reproduction ----

    [Theory]
    [InlineData(true)]
    [InlineData(false)] // The published rubric scores only C1: many ties, which must stay ties.
    public void Run_NothingPerturbed_EverySampleHasTheNominalRank(bool reference)
    {
        var rubric = reference ? Rubrics2016.Reference : Rubrics2016.AsPublished;
        var nominal = rubric.Score(_dataset);
        var result = Run(SensitivityOptions.Default with { Samples = 500 }, rubric);

        Assert.Equal(31, result.Municipalities.Count);
        foreach (var m in result.Municipalities)
        {
            var rank = nominal[m.Municipality].Rank;
            Assert.Equal(rank, m.NominalRank);
            Assert.Equal(rank, m.MedianRank);
            Assert.Equal(rank, m.Percentile5Rank);
            Assert.Equal(rank, m.Percentile95Rank);
            Assert.Equal(rank, m.MeanRank);
            Assert.Equal(0, m.IntervalWidth);
            Assert.Equal(0, m.RankVariance);
            Assert.Equal(rank <= 5 ? 1 : 0, m.TopProbability);
        }

        Assert.Empty(result.Indices);
    }

    [Fact]
    public void Run_UniformWeights_IntervalsContainTheNominalRankForMost()
    {
        var result = Run(SensitivityOptions.Default with { Samples = 1_000, Weights = WeightPerturbation.Uniform(0.2m) });

        var containing = result.Municipalities.Count(m => m.IntervalContainsNominal);
        Assert.True(containing >= 28, $"only {containing} of 31 intervals contain the nominal rank");
        Assert.Contains(result.Municipalities, m => m.IntervalWidth > 0);
        Assert.All(result.Municipalities, m => Assert.InRange(m.MedianRank, m.Percentile5Rank, m.Percentile95Rank));
        Assert.All(result.Municipalities, m => Assert.InRange(m.TopProbability, 0, 1));

        // One index per scored indicator's weight: the 15 scored indicators of the reference rubric.
        Assert.Equal(Rubrics2016.Reference.Indicators.Count(i => i.IsScored), result.Indices.Count);
        Assert.All(result.Indices, i => Assert.Equal(SensitivityInputKind.Weight, i.Input.Kind));
        Assert.Equal(result.Indices.Select(i => i.Value).OrderDescending(), result.Indices.Select(i => i.Value));
    }

    [Fact]
    public void Run_TopProbability_AddsUpToTheTopPlaces()
    {
        // Five municipalities hold ranks 1–5 in every sample, more only when normalized totals (rounded to two decimals,
        // like the published scoring) tie at the fifth place; ties share the better rank, so the mean rank is at most 16.
        var result = Run(SensitivityOptions.Default with { Samples = 1_000, Weights = WeightPerturbation.Dirichlet(300) });
        Assert.InRange(result.Municipalities.Sum(m => m.TopProbability), 5, 5.05);
        Assert.InRange(result.Municipalities.Average(m => m.MeanRank), 15.9, 16);
    }

    // ---- one uncertain input explains everything ----

    [Fact]
    public void Run_OnlyInclusionDropOne_TheDroppedIndicatorExplainsAllVariance()
    {
        // The ranks are a function of the dropped indicator alone, so E[rank | dropped] is the rank itself: S = 1.
        var result = Run(SensitivityOptions.Default with { Samples = 800, Inclusion = InclusionPerturbation.DropOne(0.25) });

        var index = Assert.Single(result.Indices);
        Assert.Equal(SensitivityInputKind.DroppedIndicator, index.Input.Kind);
        Assert.True(index.Input.IsCategorical);
        Assert.Equal(1, index.Value, 1e-9);
        Assert.Equal(0.25, result.NoneProbability);
        Assert.All(index.ByMunicipality, m => Assert.True(m.Value is null || Math.Abs(m.Value.Value - 1) < 1e-9));
    }

    [Fact]
    public void Run_OnlyBandEdgesOfThePublishedRubric_C1ExplainsNearlyAllVariance()
    {
        // C1 is the published rubric's only scored indicator, so its edge factor is the only input. Equal-count classes
        // smooth E[rank | factor] a little within each class, so the estimate sits just below 1.
        var result = Run(SensitivityOptions.Default with { Samples = 2_000, BandEdges = EdgePerturbation.Uniform(0.15) }, Rubrics2016.AsPublished);

        var index = Assert.Single(result.Indices);
        Assert.Equal(new SensitivityInput(SensitivityInputKind.BandEdges, "C1", "band edges C1"), index.Input);
        Assert.InRange(index.Value, 0.9, 1.0);
        Assert.Contains(result.Municipalities, m => m.IntervalWidth > 0);
    }

    [Fact]
    public void Run_BandEdgesOfTheReferenceRubric_MovesC1AndC2ButNotPopulationBands()
    {
        var result = Run(SensitivityOptions.Default with { Samples = 500, BandEdges = EdgePerturbation.Uniform(0.1) });

        // C1 (bands) and C2 (categories) are band scales; B4 and C3 are population bands, whose edges are statistics.
        Assert.Equal(["C1", "C2"], result.Indices.Select(i => i.Input.IndicatorCode).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Run_BandEdges_MovesScalesWithAnyFiniteEdge_AndNoOthers()
    {
        // X1 has only lower edges, X2 only upper edges: both move. X3 is an otherwise band alone, X4 one band over every
        // value: neither has an edge to move.
        var rubric = Rubric.Create("edges").AddArea("A", "가", "A", a => a
            .AddIndicator("X1", "하한", "Lower edges", 10, i => i.Reads(Generated.X).WithBands(b => b.Band(10, BandRange.From(50)).Otherwise(0)).WithProvenance(Generated.Assumed))
            .AddIndicator("X2", "상한", "Upper edges", 10, i => i.Reads(Generated.X).WithBands(b => b.Band(10, BandRange.Below(20)).Otherwise(0)).WithProvenance(Generated.Assumed))
            .AddIndicator("X3", "기타", "Otherwise only", 4, i => i.Reads(Generated.X).WithBands(b => b.Otherwise(4)).WithProvenance(Generated.Assumed))
            .AddIndicator("X4", "전체", "Every value", 3, i => i.Reads(Generated.X).WithBands(b => b.Band(3, BandRange.Any)).WithProvenance(Generated.Assumed)))
            .Build();
        var result = SensitivityAnalysis.Run(rubric, Generated.Table([10m, 30m, 60m, 19m, 21m, 55m]), SensitivityOptions.Default with { Samples = 200, BandEdges = EdgePerturbation.Uniform(0.2) });
        Assert.Equal(
            [new SensitivityInput(SensitivityInputKind.BandEdges, "X1", "band edges X1"), new SensitivityInput(SensitivityInputKind.BandEdges, "X2", "band edges X2")],
            result.Indices.Select(i => i.Input).OrderBy(i => i.IndicatorCode, StringComparer.Ordinal));
    }

    [Fact]
    public void Run_Bernoulli_OneCategoricalInputPerScoredIndicator()
    {
        var result = Run(SensitivityOptions.Default with { Samples = 1_000, Inclusion = InclusionPerturbation.Bernoulli(0.7) });

        Assert.Equal(15, result.Indices.Count);
        Assert.All(result.Indices, i => Assert.Equal(SensitivityInputKind.IndicatorIncluded, i.Input.Kind));
        Assert.All(result.Indices, i => Assert.InRange(i.Value, 0, 1));
        Assert.Null(result.NoneProbability);
    }

    // ---- the estimator on functions with known indices ----

    [Fact]
    public void FirstOrderIndex_LinearFunction_MatchesAnalyticalValues()
    {
        // Y = X1 + 0.1·X2 with X1, X2 ~ U(0, 1) independent: Var(Y) = (1 + 0.01)/12, so S1 = 1/1.01 = 0.9901 and
        // S2 = 0.01/1.01 = 0.0099. Tolerance 0.01: the estimator's bias is about 50/10,000 at 50 classes.
        const int N = 10_000;
        var random = new Random(12345);
        var x1 = new double[N];
        var x2 = new double[N];
        var y = new double[N];
        for (var s = 0; s < N; s++)
        {
            x1[s] = random.NextDouble();
            x2[s] = random.NextDouble();
            y[s] = x1[s] + (0.1 * x2[s]);
        }

        Assert.Equal(50, GivenDataEstimator.DefaultBins(N));
        Assert.Equal(1 / 1.01, GivenDataEstimator.FirstOrderIndex(x1, y), 0.01);
        Assert.Equal(0.01 / 1.01, GivenDataEstimator.FirstOrderIndex(x2, y), 0.01);
    }

    [Fact]
    public void FirstOrderIndex_Ishigami_MatchesAnalyticalValues()
    {
        // Ishigami and Homma (1990), a = 7, b = 0.1, X ~ U(−π, π)³: S1 = 0.3139, S2 = 0.4424, S3 = 0 (analytical;
        // Saltelli et al. 2008, Global Sensitivity Analysis: The Primer, §4.6). Tolerance 0.02 at 20,000 samples.
        const int N = 20_000;
        var random = new Random(2016);
        var x = new double[3][];
        for (var d = 0; d < 3; d++)
        {
            x[d] = new double[N];
        }

        var y = new double[N];
        for (var s = 0; s < N; s++)
        {
            for (var d = 0; d < 3; d++)
            {
                x[d][s] = Math.PI * ((2 * random.NextDouble()) - 1);
            }

            y[s] = Math.Sin(x[0][s]) + (7 * Math.Pow(Math.Sin(x[1][s]), 2)) + (0.1 * Math.Pow(x[2][s], 4) * Math.Sin(x[0][s]));
        }

        Assert.Equal(0.3139, GivenDataEstimator.FirstOrderIndex(x[0], y), 0.02);
        Assert.Equal(0.4424, GivenDataEstimator.FirstOrderIndex(x[1], y), 0.02);
        Assert.Equal(0, GivenDataEstimator.FirstOrderIndex(x[2], y), 0.02);
    }

    [Fact]
    public void FirstOrderIndexCategorical_TwoLevelsPlusNoise_MatchesAnalyticalValue()
    {
        // Y = C + E with C ∈ {0, 1} equally likely and E ~ U(0, 1): S_C = 0.25 / (0.25 + 1/12) = 0.75.
        const int N = 10_000;
        var random = new Random(7);
        var c = new double[N];
        var y = new double[N];
        for (var s = 0; s < N; s++)
        {
            c[s] = random.NextDouble() < 0.5 ? 0 : 1;
            y[s] = c[s] + random.NextDouble();
        }

        Assert.Equal(0.75, GivenDataEstimator.FirstOrderIndexCategorical(c, y), 0.01);
    }

    [Fact]
    public void FirstOrderIndex_ConstantOutput_IsZero()
    {
        double[] x = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
        Assert.Equal(0, GivenDataEstimator.FirstOrderIndex(x, new double[x.Length]));
    }

    // ---- weights ----

    [Fact]
    public void DrawWeights_Dirichlet_SumToTheNominalMaximumAndCentreOnTheNominalWeights()
    {
        var options = SensitivityOptions.Default with { Weights = WeightPerturbation.Dirichlet(500) };
        var model = SensitivityModel.Create(Rubrics2016.Reference, _dataset, options);
        var nominal = Rubrics2016.Reference.Indicators.Where(i => i.IsScored).Select(i => (double)i.MaximumPoints).ToArray();
        var weights = new double[model.IndicatorCount];
        var sums = new double[model.IndicatorCount];
        const int Samples = 2_000;
        for (var k = 0; k < Samples; k++)
        {
            model.DrawWeights(new SampleRandom(options.Seed, k), weights);
            Assert.Equal(82, weights.Sum(), 1e-9);
            Assert.All(weights, w => Assert.True(w > 0));
            for (var j = 0; j < weights.Length; j++)
            {
                sums[j] += weights[j];
            }
        }

        // E[w_j] = 82 × s_j; with α₀ = 500 the SD of a mean of 2,000 draws is below 0.5 % of the smallest weight.
        for (var j = 0; j < nominal.Length; j++)
        {
            Assert.Equal(nominal[j], sums[j] / Samples, nominal[j] * 0.03);
        }
    }

    [Fact]
    public void DrawWeights_Uniform_SumToTheNominalMaximumAndStayWithinTheFraction()
    {
        var options = SensitivityOptions.Default with { Weights = WeightPerturbation.Uniform(0.2m) };
        var model = SensitivityModel.Create(Rubrics2016.Reference, _dataset, options);
        var nominal = Rubrics2016.Reference.Indicators.Where(i => i.IsScored).Select(i => (double)i.MaximumPoints).ToArray();
        var weights = new double[model.IndicatorCount];
        for (var k = 0; k < 500; k++)
        {
            model.DrawWeights(new SampleRandom(options.Seed, k), weights);
            Assert.Equal(82, weights.Sum(), 1e-9);

            // Renormalisation moves every weight by the same factor, within (0.8/1.2, 1.2/0.8).
            for (var j = 0; j < weights.Length; j++)
            {
                Assert.InRange(weights[j] / nominal[j], 0.8 / 1.2, 1.2 / 0.8);
            }
        }
    }

    // ---- progress, cancellation, options ----

    [Fact]
    public void Run_Progress_ReportsIncreasingCountsEndingAtTheTotal()
    {
        var reports = new List<SensitivityProgress>();
        Run(_everything with { Samples = 1_500, Progress = new Collect(reports) });

        Assert.NotEmpty(reports);
        Assert.Equal(new SensitivityProgress(1_500, 1_500), reports[^1]);
        Assert.Equal(1, reports[^1].Fraction);
        Assert.Equal(reports.Select(r => r.SamplesDone).Order(), reports.Select(r => r.SamplesDone));
        Assert.All(reports, r => Assert.Equal(1_500, r.TotalSamples));
    }

    [Fact]
    public void Run_CancelledBeforehand_Throws()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => Run(_everything, cancellationToken: cancellation.Token));
    }

    [Fact]
    public void Run_CancelledWhileSampling_Throws()
    {
        using var cancellation = new CancellationTokenSource();
        var options = _everything with { Samples = 100_000, Progress = new Cancel(cancellation) };
        Assert.ThrowsAny<OperationCanceledException>(() => Run(options, cancellationToken: cancellation.Token));
    }

    [Fact]
    public void Options_InvalidValues_FailAtTheAssignmentWithTheRule()
    {
        var samples = Assert.Throws<ArgumentOutOfRangeException>(() => SensitivityOptions.Default with { Samples = 0 });
        Assert.StartsWith("Samples must be from 1 to 10000000; got 0.", samples.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => SensitivityOptions.Default with { MaxDegreeOfParallelism = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => SensitivityOptions.Default with { TopCount = 0 });
        Assert.Throws<ArgumentNullException>(() => SensitivityOptions.Default with { Weights = null! });

        var uniform = Assert.Throws<ArgumentOutOfRangeException>(() => WeightPerturbation.Uniform(1m));
        Assert.StartsWith(
            "A uniform weight perturbation needs a fraction above 0 and below 1 (weights are multiplied by U(1 − fraction, 1 + fraction)); got 1. Use WeightPerturbation.None for no perturbation.",
            uniform.Message,
            StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => WeightPerturbation.Uniform(0m));
        Assert.Throws<ArgumentOutOfRangeException>(() => WeightPerturbation.Dirichlet(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => WeightPerturbation.Dirichlet(double.PositiveInfinity));
        Assert.Throws<ArgumentOutOfRangeException>(() => EdgePerturbation.Uniform(double.NaN));
        Assert.Throws<ArgumentOutOfRangeException>(() => EdgePerturbation.Uniform(1));
        Assert.Throws<ArgumentOutOfRangeException>(() => InclusionPerturbation.DropOne(1));
        Assert.Throws<ArgumentOutOfRangeException>(() => InclusionPerturbation.Bernoulli(1));
    }

    [Fact]
    public void Perturbations_HaveValueEquality()
    {
        Assert.Equal(WeightPerturbation.Uniform(0.2m), WeightPerturbation.Uniform(0.20m));
        Assert.NotEqual(WeightPerturbation.Uniform(0.2m), WeightPerturbation.Uniform(0.1m));
        Assert.Equal(InclusionPerturbation.DropOne(), InclusionPerturbation.DropOne(null));
        Assert.Equal(_everything, _everything with { });
    }

    // ---- rank statistics from counts ----

    [Fact]
    public void RankQuantile_FromCounts_EqualsMathNetR6OnTheExpandedSample()
    {
        // Reference: MathNet's SortedArrayStatistics.QuantileCustom(sorted, p, R6) on the sample the counts describe.
        var random = new Random(31);
        foreach (var size in new[] { 1, 2, 7, 100, 1_001 })
        {
            var counts = new long[32];
            for (var s = 0; s < size; s++)
            {
                counts[1 + random.Next(31)]++;
            }

            var sorted = counts.SelectMany((c, rank) => Enumerable.Repeat((double)rank, (int)c)).ToArray();
            var m = RankUncertainty.FromCounts(MuhanRubric.Units.Municipality.Suwon, 1, [.. counts], 5, 0, 0, size, 100);
            foreach (var p in new[] { 0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99 })
            {
                Assert.Equal(MathNet.Numerics.Statistics.SortedArrayStatistics.QuantileCustom(sorted, p, MathNet.Numerics.Statistics.QuantileDefinition.R6), m.RankQuantile(p), 12);
            }

            Assert.Equal(sorted.Average(), m.MeanRank, 12);
            var (lower, upper) = m.RankInterval(0.9);
            Assert.Equal(m.Percentile5Rank, lower, 9);
            Assert.Equal(m.Percentile95Rank, upper, 9);
            Assert.Equal(1, Enumerable.Range(1, 31).Sum(m.RankProbability), 12);
        }
    }

    // ---- the report ----

    [Fact]
    public void ToText_NamesTheOptionsAndListsEveryMunicipalityAndIndex()
    {
        var result = Run(_everything with { Samples = 500 });
        var text = result.ToText();
        var lines = text.Split('\n');

        Assert.StartsWith("Uncertainty and sensitivity of the ranks: 2016 reference rubric (maximum 82.00), 31 municipalities", lines[0], StringComparison.Ordinal);
        Assert.Equal("samples 500, seed 2016", lines[1]);
        Assert.Equal("weights: uniform ×U(0.8, 1.2), renormalised", lines[2]);
        Assert.Equal("band edges: uniform ×U(0.9, 1.1), one factor per indicator", lines[3]);
        Assert.Equal("inclusion: drop one (none with p = 1/(m + 1)), here 0.0625", lines[4]);
        Assert.Contains("   1  Gunpo", text, StringComparison.Ordinal);
        Assert.Contains("  31  Osan", text, StringComparison.Ordinal);
        Assert.Contains("  dropped indicator", text, StringComparison.Ordinal);
        Assert.Contains("  band edges C1", text, StringComparison.Ordinal);
        Assert.Contains("  weight A2", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ko-KR")]
    [InlineData("de-DE")]
    [InlineData("tr-TR")]
    public void ToText_IsTheSameInEveryCulture(string cultureName)
    {
        var options = _everything with { Samples = 500 };
        var baseline = Run(options).ToText();
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(cultureName);
            Assert.Equal(baseline, Run(options).ToText());
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    /// <summary>A synchronous progress sink (Progress&lt;T&gt; would post to the thread pool and arrive late).</summary>
    private sealed class Collect(List<SensitivityProgress> reports) : IProgress<SensitivityProgress>
    {
        public void Report(SensitivityProgress value) => reports.Add(value);
    }

    private sealed class Cancel(CancellationTokenSource cancellation) : IProgress<SensitivityProgress>
    {
        public void Report(SensitivityProgress value) => cancellation.Cancel();
    }
}
