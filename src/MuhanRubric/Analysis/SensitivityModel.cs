using System.Numerics;
using MathNet.Numerics.Distributions;
using MuhanRubric.Measurements;
using MuhanRubric.Rubrics;
using MuhanRubric.Scoring;
using MuhanRubric.Statistics;
using MuhanRubric.Units;

namespace MuhanRubric.Analysis;

/// <summary>
/// The Monte Carlo on the scoring kernel: the rubric is scored once, and a sample perturbs the compiled form (weights
/// scale an indicator's points and maximum, edge factors re-score band indicators through the kernel's band tables,
/// inclusion zeroes an indicator), then ranks with the kernel's normalization and competition ranking. A sample costs
/// array arithmetic in doubles and allocates nothing.
/// </summary>
internal sealed class SensitivityModel
{
    // Per scored indicator j (rows) and unit i (columns): nominal points and maxima, so that a sample adds whole rows.
    private readonly double[] _pointsByIndicator;
    private readonly double[] _maximaByIndicator;
    private readonly double[] _nominalWeights;
    private readonly double[] _dirichletAlpha;
    private readonly double[][] _dirichletBounds;
    private readonly BandIndicator[] _bands;
    private readonly int[] _bandOfColumn;
    private readonly ScoringKernel _kernel;
    private readonly double _weightTotal;
    private readonly double _keyScale;
    private readonly double _weightFraction;
    private readonly double _edgeFraction;
    private readonly double _keepProbability;

    private SensitivityModel(SensitivityOptions options, ScoringResult nominal, int[] columns, BandIndicator[] bands, int classes)
    {
        Options = options;
        _kernel = nominal.Kernel;
        var matrix = nominal.Matrix;
        int n = matrix.UnitCount, m = columns.Length;
        Municipalities = [.. nominal.Measurements.Units];
        NominalRanks = [.. Enumerable.Range(0, n).Select(matrix.Rank)];
        IndicatorCodes = [.. columns.Select(j => _kernel.Indicators[j].Definition.Code)];
        _pointsByIndicator = new double[m * n];
        _maximaByIndicator = new double[m * n];
        for (var c = 0; c < m; c++)
        {
            for (var i = 0; i < n; i++)
            {
                _pointsByIndicator[(c * n) + i] = (double)matrix.Points(i, columns[c]);
                _maximaByIndicator[(c * n) + i] = (double)matrix.MaximumPoints(i, columns[c]);
            }
        }

        _nominalWeights = [.. columns.Select(j => (double)_kernel.Indicators[j].Definition.MaximumPoints)];
        _bands = bands;
        _bandOfColumn = [.. Enumerable.Range(0, m).Select(c => Array.FindIndex(bands, b => b.Column == c))];
        _weightTotal = _nominalWeights.Sum();
        _keyScale = Math.Pow(10, nominal.Rubric.PointsDecimals);
        _weightFraction = (double)options.Weights.Fraction;
        _edgeFraction = options.BandEdges.Fraction;
        _keepProbability = options.Inclusion.KeepProbability;
        _dirichletAlpha = [.. _nominalWeights.Select(w => options.Weights.Concentration * w / _weightTotal)];
        _dirichletBounds = options.Weights.Kind == WeightPerturbationKind.Dirichlet ? [.. _dirichletAlpha.Select(a => ShareBounds(a, options.Weights.Concentration, classes))] : [];
        Classes = classes;
        NoneProbability = options.Inclusion.Kind == InclusionPerturbationKind.DropOne
            ? options.Inclusion.NoneProbability ?? 1d / (m + 1)
            : 1d;
        Inputs = [.. BuildInputs()];
        InputClassCounts = [.. Inputs.Select(i => i.Kind switch
        {
            SensitivityInputKind.DroppedIndicator => m + 1,
            SensitivityInputKind.IndicatorIncluded => 2,
            _ => classes,
        })];
    }

    public SensitivityOptions Options { get; }

    /// <summary>The municipalities, in the dataset's order.</summary>
    public Municipality[] Municipalities { get; }

    /// <summary>The ranks of the published scoring (<see cref="ScoreCard.Rank"/>), in the dataset's order.</summary>
    public int[] NominalRanks { get; }

    /// <summary>The scored indicators with a positive maximum, in rubric order.</summary>
    public string[] IndicatorCodes { get; }

    /// <summary>For <see cref="InclusionPerturbationKind.DropOne"/>, the probability of leaving no indicator out.</summary>
    public double NoneProbability { get; }

    /// <summary>The uncertain inputs, in the order a sample records their classes.</summary>
    public SensitivityInput[] Inputs { get; }

    /// <summary>How many classes each input's sensitivity index splits the samples into.</summary>
    public int[] InputClassCounts { get; }

    /// <summary>The classes of a continuous input: fixed partitions of its known distribution.</summary>
    public int Classes { get; }

    public int MunicipalityCount => Municipalities.Length;

    public int IndicatorCount => IndicatorCodes.Length;

    /// <summary>The rounded normalized total's key per unit of the rubric's last decimal (10^decimals).</summary>
    public double KeyScale => _keyScale;

    /// <summary>Scores the dataset once with the compiled rubric and keeps what samples need.</summary>
    public static SensitivityModel Create(Rubric rubric, MeasurementTable dataset, SensitivityOptions options) =>
        Create(rubric, dataset, options, GivenDataEstimator.DefaultBins(options.Samples));

    public static SensitivityModel Create(Rubric rubric, MeasurementTable dataset, SensitivityOptions options, int classes)
    {
        var nominal = rubric.Compile().Score(dataset);
        var kernel = nominal.Kernel;
        int[] columns = [.. kernel.Indicators.Where(i => i.Definition.IsScored && i.Definition.MaximumPoints > 0).Select(i => i.Index)];
        var bands = options.BandEdges.Kind == EdgePerturbationKind.None
            ? []
            : columns.Select((j, c) => BandIndicator.Create(nominal, kernel.Indicators[j], c)).OfType<BandIndicator>().ToArray();
        return new SensitivityModel(options, nominal, columns, bands, classes);
    }

    /// <summary>Scratch space for one worker: nothing in it outlives a sample.</summary>
    public Workspace CreateWorkspace() => new(this);

    /// <summary>
    /// Draws sample <paramref name="sample"/> from its own random stream and ranks the municipalities; on return the
    /// workspace holds the ranks, the rounded normalized totals' keys and each input's class.
    /// </summary>
    public void Evaluate(long sample, Workspace workspace)
    {
        var random = workspace.Random;
        random.Reseed(Options.Seed, sample);
        DrawWeights(random, workspace.Weights, workspace.WeightClasses);
        DrawEdgeFactors(random, workspace.EdgeFactors, workspace.EdgeClasses);
        var dropped = DrawInclusion(random, workspace.Included);
        RecordClasses(workspace, dropped);

        int n = MunicipalityCount, m = IndicatorCount;
        var totals = workspace.Totals.AsSpan(0, n);
        var maxima = workspace.Maxima.AsSpan(0, n);
        totals.Clear();
        maxima.Clear();
        for (var c = 0; c < m; c++)
        {
            if (!workspace.Included[c])
            {
                continue;
            }

            // A weight scales an indicator's points and maximum alike; band indicators score their moved edges first.
            var scale = workspace.Weights[c] / _nominalWeights[c];
            ReadOnlySpan<double> points = _bandOfColumn[c] is var k and >= 0
                ? _bands[k].Rescore(workspace.EdgeFactors[k], workspace.BandPoints)
                : _pointsByIndicator.AsSpan(c * n, n);
            AddScaled(totals, points, scale);
            AddScaled(maxima, _maximaByIndicator.AsSpan(c * n, n), scale);
        }

        var keys = workspace.Keys;
        for (var i = 0; i < n; i++)
        {
            keys[i] = _kernel.NormalizedKey(totals[i], maxima[i], _keyScale);
        }

        CompetitionRanking.HighestFirst<double>(keys, workspace.Ranks, workspace.SortedKeys, workspace.Order);
    }

    /// <summary>The weights of one sample (they sum to the rubric's maximum); exposed for tests.</summary>
    internal void DrawWeights(SampleRandom random, Span<double> weights) => DrawWeights(random, weights, stackalloc int[weights.Length]);

    private void DrawWeights(SampleRandom random, Span<double> weights, Span<int> classes)
    {
        switch (Options.Weights.Kind)
        {
            case WeightPerturbationKind.Uniform:
                var sum = 0d;
                for (var j = 0; j < weights.Length; j++)
                {
                    // The input is the multiplier's uniform draw, so its classes are equal slices of [0, 1).
                    var u = random.NextUnit();
                    classes[j] = (int)(u * Classes);
                    weights[j] = _nominalWeights[j] * (1 + (_weightFraction * ((2 * u) - 1)));
                    sum += weights[j];
                }

                var renormalise = _weightTotal / sum;
                for (var j = 0; j < weights.Length; j++)
                {
                    weights[j] *= renormalise;
                }

                break;
            case WeightPerturbationKind.Dirichlet when weights.Length > 0:
                // Independent Gamma(α_j) draws over their sum are Dirichlet; with a tiny concentration all can underflow.
                double total;
                do
                {
                    total = 0;
                    for (var j = 0; j < weights.Length; j++)
                    {
                        weights[j] = random.NextGamma(_dirichletAlpha[j]);
                        total += weights[j];
                    }
                }
                while (!(total > 0) || !double.IsFinite(total));

                for (var j = 0; j < weights.Length; j++)
                {
                    var share = weights[j] / total;
                    classes[j] = ClassOf(share, _dirichletBounds[j]);
                    weights[j] = share * _weightTotal;
                }

                break;
            default:
                _nominalWeights.CopyTo(weights);
                break;
        }
    }

    private void DrawEdgeFactors(SampleRandom random, Span<double> factors, Span<int> classes)
    {
        for (var k = 0; k < factors.Length; k++)
        {
            var u = random.NextUnit();
            classes[k] = (int)(u * Classes);
            factors[k] = 1 + (_edgeFraction * ((2 * u) - 1));
        }
    }

    /// <summary>Which indicators count; returns the dropped indicator for DropOne (−1 for none).</summary>
    private int DrawInclusion(SampleRandom random, Span<bool> included)
    {
        var m = included.Length;
        switch (Options.Inclusion.Kind)
        {
            case InclusionPerturbationKind.DropOne:
                included.Fill(true);
                var u = random.NextUnit();
                if (u < NoneProbability || m == 0)
                {
                    return -1;
                }

                var dropped = Math.Min(m - 1, (int)((u - NoneProbability) / (1 - NoneProbability) * m));
                included[dropped] = false;
                return dropped;
            case InclusionPerturbationKind.Bernoulli:
                var any = m == 0;
                while (!any)
                {
                    for (var j = 0; j < m; j++)
                    {
                        included[j] = random.NextUnit() < _keepProbability;
                        any |= included[j];
                    }
                }

                return -1;
            default:
                included.Fill(true);
                return -1;
        }
    }

    private void RecordClasses(Workspace workspace, int dropped)
    {
        var classes = workspace.InputClasses;
        var next = 0;
        if (Options.Weights.Kind != WeightPerturbationKind.None)
        {
            for (var j = 0; j < IndicatorCount; j++)
            {
                classes[next++] = workspace.WeightClasses[j];
            }
        }

        for (var k = 0; k < _bands.Length; k++)
        {
            classes[next++] = workspace.EdgeClasses[k];
        }

        switch (Options.Inclusion.Kind)
        {
            case InclusionPerturbationKind.DropOne:
                classes[next] = dropped + 1;
                break;
            case InclusionPerturbationKind.Bernoulli:
                for (var j = 0; j < IndicatorCount; j++)
                {
                    classes[next++] = workspace.Included[j] ? 1 : 0;
                }

                break;
            default:
                break;
        }
    }

    private IEnumerable<SensitivityInput> BuildInputs()
    {
        if (Options.Weights.Kind != WeightPerturbationKind.None)
        {
            foreach (var code in IndicatorCodes)
            {
                yield return new SensitivityInput(SensitivityInputKind.Weight, code, $"weight {code}");
            }
        }

        foreach (var band in _bands)
        {
            yield return new SensitivityInput(SensitivityInputKind.BandEdges, band.Code, $"band edges {band.Code}");
        }

        switch (Options.Inclusion.Kind)
        {
            case InclusionPerturbationKind.DropOne:
                yield return new SensitivityInput(SensitivityInputKind.DroppedIndicator, null, "dropped indicator");
                break;
            case InclusionPerturbationKind.Bernoulli:
                foreach (var code in IndicatorCodes)
                {
                    yield return new SensitivityInput(SensitivityInputKind.IndicatorIncluded, code, $"inclusion {code}");
                }

                break;
            default:
                break;
        }
    }

    private static void AddScaled(Span<double> target, ReadOnlySpan<double> values, double scale)
    {
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var factor = new Vector<double>(scale);
            for (; i <= target.Length - Vector<double>.Count; i += Vector<double>.Count)
            {
                (new Vector<double>(target[i..]) + (new Vector<double>(values[i..]) * factor)).CopyTo(target[i..]);
            }
        }

        for (; i < target.Length; i++)
        {
            target[i] += values[i] * scale;
        }
    }

    /// <summary>
    /// The class edges of a Dirichlet share, whose marginal is Beta(α_j, α₀ − α_j): the quantiles, at 1/B, 2/B, …, of the
    /// normal with the share's exact mean and variance. The classes are fixed before sampling, so the index streams;
    /// they are nearly equally likely (exactly so for the uniform inputs), which the estimator does not require.
    /// </summary>
    private static double[] ShareBounds(double alpha, double concentration, int classes)
    {
        var mean = alpha / concentration;
        var sd = Math.Sqrt(mean * (1 - mean) / (concentration + 1));
        return [.. Enumerable.Range(1, classes - 1).Select(k => mean + (sd * Normal.InvCDF(0, 1, (double)k / classes)))];
    }

    private static int ClassOf(double value, double[] bounds)
    {
        int lo = 0, hi = bounds.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >> 1;
            (lo, hi) = value >= bounds[mid] ? (mid + 1, hi) : (lo, mid);
        }

        return lo;
    }

    /// <summary>One worker's scratch arrays and random stream.</summary>
    internal sealed class Workspace
    {
        public Workspace(SensitivityModel model)
        {
            int n = model.MunicipalityCount, m = model.IndicatorCount;
            Random = new SampleRandom(model.Options.Seed, 0);
            Weights = new double[m];
            WeightClasses = new int[m];
            Included = new bool[m];
            EdgeFactors = new double[model._bands.Length];
            EdgeClasses = new int[model._bands.Length];
            BandPoints = new double[n];
            Totals = new double[n];
            Maxima = new double[n];
            Keys = new double[n];
            SortedKeys = new double[n];
            Order = new int[n];
            Ranks = new int[n];
            InputClasses = new int[model.Inputs.Length];
        }

        public SampleRandom Random { get; }

        public double[] Weights { get; }

        public int[] WeightClasses { get; }

        public bool[] Included { get; }

        public double[] EdgeFactors { get; }

        public int[] EdgeClasses { get; }

        public double[] BandPoints { get; }

        public double[] Totals { get; }

        public double[] Maxima { get; }

        public double[] Keys { get; }

        public double[] SortedKeys { get; }

        public int[] Order { get; }

        public int[] Ranks { get; }

        public int[] InputClasses { get; }
    }

    /// <summary>
    /// A band indicator whose edges move: per unit the raw value and the kernel's band table (in doubles) of the scale
    /// that applies to it, or none (keep the nominal points: a value missing or not applicable, or a population scale).
    /// </summary>
    private sealed class BandIndicator
    {
        private readonly BandTable<double>?[] _tableOf;
        private readonly double[][] _pointsOf;
        private readonly double[] _otherwiseOf;
        private readonly double[] _raw;
        private readonly double[] _nominal;

        private BandIndicator(string code, int column, BandTable<double>?[] tableOf, double[][] pointsOf, double[] otherwiseOf, double[] raw, double[] nominal)
        {
            Code = code;
            Column = column;
            _tableOf = tableOf;
            _pointsOf = pointsOf;
            _otherwiseOf = otherwiseOf;
            _raw = raw;
            _nominal = nominal;
        }

        public string Code { get; }

        /// <summary>The indicator's position among the scored indicators.</summary>
        public int Column { get; }

        /// <summary>The indicator's band scales, or null when none has an edge that a scored value meets.</summary>
        public static BandIndicator? Create(ScoringResult nominal, KernelIndicator indicator, int column)
        {
            var matrix = nominal.Matrix;
            int n = matrix.UnitCount;
            var tables = indicator.Variants.Select(v => v.Scale is BandScale scale ? BandTable<double>.From(scale) : null).ToArray();
            var tableOf = new BandTable<double>?[n];
            var pointsOf = new double[n][];
            var otherwiseOf = new double[n];
            var raw = new double[n];
            var nominalPoints = new double[n];
            var used = false;
            for (var i = 0; i < n; i++)
            {
                nominalPoints[i] = (double)matrix.Points(i, indicator.Index);
                pointsOf[i] = [];
                var variant = indicator.VariantFor(nominal.Measurements.Units[i]);
                if (matrix.Status(i, indicator.Index) != IndicatorStatus.Scored || tables[variant] is not { } table || indicator.Measure is null
                    || indicator.Measure.Evaluate(nominal.Measurements, i, nominal.Run.Measures).Value is not { } value)
                {
                    continue;
                }

                tableOf[i] = table;
                pointsOf[i] = [.. indicator.Variants[variant].BandPoints.Select(p => (double)p)];
                otherwiseOf[i] = (double)(indicator.Variants[variant].OtherwisePoints ?? 0m);
                raw[i] = (double)value;
                used |= table.HasFiniteEdge;
            }

            return used ? new BandIndicator(indicator.Definition.Code, column, tableOf, pointsOf, otherwiseOf, raw, nominalPoints) : null;
        }

        /// <summary>
        /// The points of every unit with every edge multiplied by <paramref name="factor"/>: the kernel's band rule on
        /// <c>value ÷ factor</c> against the nominal edges, which is the same comparison for a positive factor.
        /// </summary>
        public ReadOnlySpan<double> Rescore(double factor, double[] points)
        {
            for (var i = 0; i < _raw.Length; i++)
            {
                if (_tableOf[i] is { } table)
                {
                    var band = table.Find(_raw[i] / factor);
                    points[i] = band >= 0 ? _pointsOf[i][band] : _otherwiseOf[i];
                }
                else
                {
                    points[i] = _nominal[i];
                }
            }

            return points;
        }
    }
}
