using MathNet.Numerics.Distributions;
using MuhanRubric.Measurements;
using MuhanRubric.Rubrics;
using MuhanRubric.Scoring;
using MuhanRubric.Units;

namespace MuhanRubric.Analysis;

/// <summary>
/// Everything one Monte Carlo sample needs, computed once: per municipality and scored indicator the nominal points
/// and maximum, and for band indicators the raw value and the flattened bands, so that a sample costs only array
/// arithmetic in doubles.
/// </summary>
internal sealed class SensitivityModel
{
    /// <summary>A guard against binary representation error when rounding to the rubric's decimals (relative).</summary>
    private const double RoundingGuard = 1e-12;

    private readonly double[] _points;
    private readonly double[] _maxima;
    private readonly double[] _nominalWeights;
    private readonly double[] _dirichletAlpha;
    private readonly BandIndicator[] _bands;
    private readonly double _rubricMaximum;
    private readonly double _weightTotal;
    private readonly double _roundingScale;
    private readonly double _weightFraction;
    private readonly double _edgeFraction;
    private readonly double _keepProbability;

    private SensitivityModel(
        SensitivityOptions options, Municipality[] municipalities, int[] nominalRanks, string[] codes, double[] points, double[] maxima,
        double[] nominalWeights, BandIndicator[] bands, double rubricMaximum, int pointsDecimals)
    {
        Options = options;
        Municipalities = municipalities;
        NominalRanks = nominalRanks;
        IndicatorCodes = codes;
        _points = points;
        _maxima = maxima;
        _nominalWeights = nominalWeights;
        _bands = bands;
        _rubricMaximum = rubricMaximum;
        _weightTotal = nominalWeights.Sum();
        _roundingScale = Math.Pow(10, pointsDecimals);
        _weightFraction = (double)options.Weights.Fraction;
        _edgeFraction = options.BandEdges.Fraction;
        _keepProbability = options.Inclusion.KeepProbability;
        _dirichletAlpha = [.. nominalWeights.Select(w => options.Weights.Concentration * w / _weightTotal)];
        NoneProbability = options.Inclusion.Kind == InclusionPerturbationKind.DropOne
            ? options.Inclusion.NoneProbability ?? 1d / (codes.Length + 1)
            : 1d;
        Inputs = [.. BuildInputs()];
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

    /// <summary>The uncertain inputs, in the order a sample records them.</summary>
    public SensitivityInput[] Inputs { get; }

    public int MunicipalityCount => Municipalities.Length;

    public int IndicatorCount => IndicatorCodes.Length;

    /// <summary>Scores the dataset once with the compiled rubric and keeps what samples need.</summary>
    public static SensitivityModel Create(Rubric rubric, MeasurementTable dataset, SensitivityOptions options)
    {
        var nominal = rubric.Compile().Score(dataset);
        var scored = rubric.Indicators.Where(i => i.IsScored && i.MaximumPoints > 0).ToArray();
        var cards = nominal.Cards;
        int n = cards.Count, m = scored.Length;
        var points = new double[n * m];
        var maxima = new double[n * m];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < m; j++)
            {
                var score = cards[i][scored[j].Code];
                points[(i * m) + j] = (double)score.Points;
                maxima[(i * m) + j] = (double)score.MaximumPoints;
            }
        }

        var bands = options.BandEdges.Kind == EdgePerturbationKind.None
            ? []
            : scored.Select((indicator, j) => BandIndicator.Create(indicator, j, cards, dataset)).OfType<BandIndicator>().ToArray();
        return new SensitivityModel(
            options,
            [.. cards.Select(c => c.Municipality)],
            [.. cards.Select(c => c.Rank)],
            [.. scored.Select(i => i.Code)],
            points,
            maxima,
            [.. scored.Select(i => (double)i.MaximumPoints)],
            bands,
            (double)rubric.MaximumPoints,
            rubric.PointsDecimals);
    }

    /// <summary>Scratch space for one worker: nothing in it outlives a sample.</summary>
    public Workspace CreateWorkspace() => new(this);

    /// <summary>
    /// Draws sample <paramref name="sample"/> from its own random stream and ranks the municipalities.
    /// </summary>
    /// <param name="sample">The sample index.</param>
    /// <param name="workspace">The worker's scratch space; on return it holds the ranks and the inputs drawn.</param>
    public void Evaluate(long sample, Workspace workspace)
    {
        var random = workspace.Random;
        random.Reseed(Options.Seed, sample);
        DrawWeights(random, workspace.Weights);
        DrawEdgeFactors(random, workspace.EdgeFactors);
        var dropped = DrawInclusion(random, workspace.Included);
        RecordInputs(workspace, dropped);

        int n = MunicipalityCount, m = IndicatorCount;
        var scale = workspace.Scale;
        for (var j = 0; j < m; j++)
        {
            scale[j] = workspace.Included[j] ? workspace.Weights[j] / _nominalWeights[j] : 0d;
        }

        // Only band indicators change their points; without moved edges the nominal points are used as they are.
        var samplePoints = _points;
        if (_bands.Length > 0)
        {
            samplePoints = workspace.Points;
            Array.Copy(_points, samplePoints, _points.Length);
            for (var k = 0; k < _bands.Length; k++)
            {
                _bands[k].Rescore(workspace.EdgeFactors[k], samplePoints, m);
            }
        }

        var keys = workspace.Keys;
        for (var i = 0; i < n; i++)
        {
            double total = 0, maximum = 0;
            var row = i * m;
            for (var j = 0; j < m; j++)
            {
                total += samplePoints[row + j] * scale[j];
                maximum += _maxima[row + j] * scale[j];
            }

            // As ScoreCard.NormalizedTotal: rescaled to the rubric's maximum and rounded to its decimals (half away from
            // zero), so that the unperturbed sample ties exactly where the published scoring ties.
            var normalized = maximum > 0 ? total * _rubricMaximum / maximum : 0d;
            keys[i] = Math.Round(normalized * _roundingScale * (1 + RoundingGuard), MidpointRounding.AwayFromZero);
        }

        CompetitionRanks(keys, workspace.Ranks);
    }

    /// <summary>Competition ranking ("1224"), highest first: one plus the number of strictly higher keys.</summary>
    internal static void CompetitionRanks(ReadOnlySpan<double> keys, Span<int> ranks)
    {
        for (var i = 0; i < keys.Length; i++)
        {
            var rank = 1;
            var key = keys[i];
            for (var k = 0; k < keys.Length; k++)
            {
                rank += keys[k] > key ? 1 : 0; // Branch-free: the comparisons are unpredictable.
            }

            ranks[i] = rank;
        }
    }

    /// <summary>The weights of one sample (they sum to the rubric's maximum); exposed for tests.</summary>
    internal void DrawWeights(SampleRandom random, Span<double> weights)
    {
        switch (Options.Weights.Kind)
        {
            case WeightPerturbationKind.Uniform:
                var sum = 0d;
                for (var j = 0; j < weights.Length; j++)
                {
                    weights[j] = _nominalWeights[j] * (1 + (_weightFraction * ((2 * random.NextDouble()) - 1)));
                    sum += weights[j];
                }

                var renormalise = _weightTotal / sum;
                for (var j = 0; j < weights.Length; j++)
                {
                    weights[j] *= renormalise;
                }

                break;
            case WeightPerturbationKind.Dirichlet when weights.Length > 0:
                // With a tiny concentration every Gamma draw can underflow to 0, and the shares to 0/0: draw again.
                double[] shares;
                do
                {
                    shares = Dirichlet.Sample(random, _dirichletAlpha);
                }
                while (!double.IsFinite(shares[0]));

                for (var j = 0; j < weights.Length; j++)
                {
                    weights[j] = shares[j] * _weightTotal;
                }

                break;
            default:
                _nominalWeights.CopyTo(weights);
                break;
        }
    }

    private void DrawEdgeFactors(SampleRandom random, Span<double> factors)
    {
        for (var k = 0; k < factors.Length; k++)
        {
            factors[k] = 1 + (_edgeFraction * ((2 * random.NextDouble()) - 1));
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
                var u = random.NextDouble();
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
                        included[j] = random.NextDouble() < _keepProbability;
                        any |= included[j];
                    }
                }

                return -1;
            default:
                included.Fill(true);
                return -1;
        }
    }

    private void RecordInputs(Workspace workspace, int dropped)
    {
        var values = workspace.Inputs;
        var next = 0;
        if (Options.Weights.Kind != WeightPerturbationKind.None)
        {
            for (var j = 0; j < IndicatorCount; j++)
            {
                values[next++] = workspace.Weights[j];
            }
        }

        for (var k = 0; k < _bands.Length; k++)
        {
            values[next++] = workspace.EdgeFactors[k];
        }

        switch (Options.Inclusion.Kind)
        {
            case InclusionPerturbationKind.DropOne:
                values[next] = dropped + 1;
                break;
            case InclusionPerturbationKind.Bernoulli:
                for (var j = 0; j < IndicatorCount; j++)
                {
                    values[next++] = workspace.Included[j] ? 1 : 0;
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

    /// <summary>One worker's scratch arrays and random stream.</summary>
    internal sealed class Workspace
    {
        public Workspace(SensitivityModel model)
        {
            int n = model.MunicipalityCount, m = model.IndicatorCount;
            Random = new SampleRandom(model.Options.Seed, 0);
            Weights = new double[m];
            Scale = new double[m];
            Included = new bool[m];
            EdgeFactors = new double[model._bands.Length];
            Points = new double[n * m];
            Keys = new double[n];
            Ranks = new int[n];
            Inputs = new double[model.Inputs.Length];
        }

        public SampleRandom Random { get; }

        public double[] Weights { get; }

        public double[] Scale { get; }

        public bool[] Included { get; }

        public double[] EdgeFactors { get; }

        public double[] Points { get; }

        public double[] Keys { get; }

        public int[] Ranks { get; }

        public double[] Inputs { get; }
    }

    /// <summary>
    /// A band indicator whose edges move: its bands (own scale and group overrides) flattened into intervals in band
    /// order, and per municipality the raw value and which flattened scale applies (−1: keep the nominal points, for
    /// a value that is missing or not applicable or scored on a population scale).
    /// </summary>
    private sealed class BandIndicator
    {
        private readonly int _column;
        private readonly FlatScale[] _scales;
        private readonly int[] _scaleOf;
        private readonly double[] _raw;

        private BandIndicator(string code, int column, FlatScale[] scales, int[] scaleOf, double[] raw)
        {
            Code = code;
            _column = column;
            _scales = scales;
            _scaleOf = scaleOf;
            _raw = raw;
        }

        public string Code { get; }

        /// <summary>The indicator's band scales, or null when it has none with a finite edge used by a scored value.</summary>
        public static BandIndicator? Create(Indicator indicator, int column, IReadOnlyList<ScoreCard> cards, MeasurementTable dataset)
        {
            var scales = new List<(BandScale Scale, FlatScale Flat)>();
            var scaleOf = new int[cards.Count];
            var raw = new double[cards.Count];
            var used = false;
            for (var i = 0; i < cards.Count; i++)
            {
                scaleOf[i] = -1;
                var score = cards[i][indicator.Code];
                var scale = score.Group is { } group ? indicator.GroupOverrides.First(o => o.Group == group).Scale : indicator.Scale;
                if (score.Status != IndicatorStatus.Scored || scale is not BandScale bandScale || indicator.Measure is null
                    || indicator.Measure.Evaluate(dataset[cards[i].Municipality]).Value is not { } value)
                {
                    continue;
                }

                var index = scales.FindIndex(s => ReferenceEquals(s.Scale, bandScale));
                if (index < 0)
                {
                    scales.Add((bandScale, FlatScale.From(bandScale)));
                    index = scales.Count - 1;
                }

                scaleOf[i] = index;
                raw[i] = (double)value;
                used |= scales[index].Flat.HasFiniteEdge;
            }

            return used ? new BandIndicator(indicator.Code, column, [.. scales.Select(s => s.Flat)], scaleOf, raw) : null;
        }

        /// <summary>Replaces the nominal points of this indicator's column with the points under the moved edges.</summary>
        public void Rescore(double factor, double[] points, int columns)
        {
            for (var i = 0; i < _scaleOf.Length; i++)
            {
                if (_scaleOf[i] >= 0)
                {
                    points[(i * columns) + _column] = _scales[_scaleOf[i]].PointsFor(_raw[i], factor);
                }
            }
        }
    }

    /// <summary>A band scale as parallel arrays of intervals in band order (the first band that holds a value wins).</summary>
    private sealed class FlatScale
    {
        private readonly double[] _lower;
        private readonly bool[] _lowerInclusive;
        private readonly double[] _upper;
        private readonly bool[] _upperInclusive;
        private readonly double[] _points;
        private readonly double _otherwise;

        private FlatScale(double[] lower, bool[] lowerInclusive, double[] upper, bool[] upperInclusive, double[] points, double otherwise)
        {
            _lower = lower;
            _lowerInclusive = lowerInclusive;
            _upper = upper;
            _upperInclusive = upperInclusive;
            _points = points;
            _otherwise = otherwise;
            HasFiniteEdge = lower.Any(double.IsFinite) || upper.Any(double.IsFinite);
        }

        public bool HasFiniteEdge { get; }

        public static FlatScale From(BandScale scale)
        {
            var intervals = scale.Bands.SelectMany(b => b.Intervals.Select(interval => (b.Points, Interval: interval))).ToArray();
            return new FlatScale(
                [.. intervals.Select(x => x.Interval.Lower is { } lo ? (double)lo : double.NegativeInfinity)],
                [.. intervals.Select(x => x.Interval.LowerInclusive)],
                [.. intervals.Select(x => x.Interval.Upper is { } hi ? (double)hi : double.PositiveInfinity)],
                [.. intervals.Select(x => x.Interval.UpperInclusive)],
                [.. intervals.Select(x => (double)x.Points)],
                (double)(scale.OtherwisePoints ?? 0m));
        }

        /// <summary>The points of a value with every edge multiplied by <paramref name="factor"/> (a positive factor keeps the order).</summary>
        public double PointsFor(double value, double factor)
        {
            for (var k = 0; k < _points.Length; k++)
            {
                var lower = _lower[k] * factor;
                var upper = _upper[k] * factor;
                var aboveLower = _lowerInclusive[k] ? value >= lower : value > lower;
                var belowUpper = _upperInclusive[k] ? value <= upper : value < upper;
                if (aboveLower && belowUpper)
                {
                    return _points[k];
                }
            }

            return _otherwise;
        }
    }
}
