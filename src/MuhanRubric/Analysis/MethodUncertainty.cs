using System.Collections.Immutable;
using System.Globalization;
using Ardalis.GuardClauses;
using MathNet.Numerics.Statistics;
using MuhanRubric.Composite;
using MuhanRubric.Measurements;
using MuhanRubric.Rubrics;
using MuhanRubric.Scoring;

namespace MuhanRubric.Analysis;

/// <summary>
/// The method choices a Monte Carlo draws among, each run independently and uniformly (as COINr's
/// <c>get_sensitivity</c> draws among alternative building specifications).
/// </summary>
[Immutable]
public sealed record MethodSpace
{
    /// <summary>The normalisations drawn among. By default min-max and percentile ranks onto [1, 100] (positive, so that
    /// geometric means are defined).</summary>
    public IReadOnlyList<NormaliseStep> Normalisations { get; init => field = value.ToImmutableArray(); } =
        [new(NormalisationMethod.MinMax, 1, 100), new(NormalisationMethod.PercentileRank, 1, 100)];

    /// <summary>The aggregation methods drawn among (for every aggregate of a run). Arithmetic and geometric by default.</summary>
    public IReadOnlyList<AggregationMethod> Aggregations { get; init => field = value.ToImmutableArray(); } = [AggregationMethod.ArithmeticMean, AggregationMethod.GeometricMean];

    /// <summary>Whether imputation is drawn on or off: a composite's impute steps are kept or dropped; for a rubric,
    /// missing values are filled with the indicator's mean or left out.</summary>
    public bool DrawImputation { get; init; } = true;

    /// <summary>For a rubric: whether each indicator is drawn banded (its points, as a share of its maximum, × 100) or
    /// normalised (its raw value, by the run's normalisation).</summary>
    public bool DrawScales { get; init; } = true;

    /// <summary>
    /// The relative noise on the weights, drawn with the methods (as COINr's <c>get_sensitivity</c> draws noisy weights
    /// beside alternative methods): every weight of the index (indicators and aggregates) is multiplied by an independent
    /// uniform factor in [1 − noise, 1 + noise]. 0 (the default) draws no weights. The weights are one factor, a block:
    /// <see cref="WeightSets"/> sets are drawn once from the seed and each run takes one of them, so that the factor's
    /// first-order index is the share of the variance that the weights explain together.
    /// </summary>
    public double WeightNoise { get; init; }

    /// <summary>How many weight sets the runs choose among when <see cref="WeightNoise"/> is above 0, the nominal
    /// weights included (at least 2; 20 by default).</summary>
    public int WeightSets { get; init; } = 20;

    /// <summary>The number of runs (the first is the nominal method).</summary>
    public int Runs { get; init; } = 1000;

    /// <summary>The seed: the same seed gives the same runs.</summary>
    public ulong Seed { get; init; } = 1;
}

/// <summary>A unit's ranks over the runs of a method-uncertainty analysis (or over the runs with one choice).</summary>
/// <param name="Unit">The unit's code.</param>
/// <param name="NominalRank">Its rank with the nominal method.</param>
/// <param name="MedianRank">The median of its ranks.</param>
/// <param name="Q05">The 5th percentile of its ranks (R's type 7 quantile, COINr's <c>Q5</c>).</param>
/// <param name="Q95">The 95th percentile.</param>
[Immutable]
public sealed record UnitRankInterval(string Unit, int? NominalRank, double MedianRank, double Q05, double Q95);

/// <summary>One level of a method factor (a normalisation, an aggregation, imputation on or off, a scale) and the ranks it gave.</summary>
/// <param name="Level">The level's name.</param>
/// <param name="Runs">How many runs drew it.</param>
/// <param name="MeanAbsoluteRankShift">The mean over those runs of the units' mean |rank − nominal rank|.</param>
/// <param name="Units">Every unit's rank interval over those runs.</param>
[Immutable]
public sealed record MethodLevel(string Level, int Runs, double MeanAbsoluteRankShift, IReadOnlyList<UnitRankInterval> Units)
{
    /// <summary>Every unit's rank interval over those runs.</summary>
    public IReadOnlyList<UnitRankInterval> Units { get; init => field = value.ToImmutableArray(); } = Units.ToImmutableArray();
}

/// <summary>A method factor: its first-order sensitivity index and its levels.</summary>
/// <param name="Name">The factor, for example <c>normalisation</c>, <c>aggregation</c>, <c>imputation</c> or <c>scale:C1</c>.</param>
/// <param name="FirstOrderIndex">S = Var(E[Y | factor]) ÷ Var(Y) of Y, the mean absolute rank shift of a run (the given-data estimator).</param>
/// <param name="Levels">Each level with the ranks it gave.</param>
[Immutable]
public sealed record MethodFactor(string Name, double FirstOrderIndex, IReadOnlyList<MethodLevel> Levels)
{
    /// <summary>Each level with the ranks it gave.</summary>
    public IReadOnlyList<MethodLevel> Levels { get; init => field = value.ToImmutableArray(); } = Levels.ToImmutableArray();
}

/// <summary>The ranks of a Monte Carlo over method choices.</summary>
/// <param name="Runs">The number of runs.</param>
/// <param name="Units">Every unit's rank interval over all runs.</param>
/// <param name="Factors">Every drawn factor with its first-order index and its levels.</param>
/// <param name="MeanAbsoluteRankShift">The mean over runs of the units' mean |rank − nominal rank|.</param>
[Immutable]
public sealed record MethodUncertaintyResult(int Runs, IReadOnlyList<UnitRankInterval> Units, IReadOnlyList<MethodFactor> Factors, double MeanAbsoluteRankShift)
{
    /// <summary>Every unit's rank interval over those runs.</summary>
    public IReadOnlyList<UnitRankInterval> Units { get; init => field = value.ToImmutableArray(); } = Units.ToImmutableArray();

    /// <summary>Every drawn factor with its first-order index and its levels.</summary>
    public IReadOnlyList<MethodFactor> Factors { get; init => field = value.ToImmutableArray(); } = Factors.ToImmutableArray();

    /// <summary>A plain-text summary: factors by first-order index, then every unit's rank interval (invariant culture).</summary>
    /// <returns>The text.</returns>
    public string ToText()
    {
        var text = new System.Text.StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Method uncertainty: {Runs} runs, mean |rank shift| {MeanAbsoluteRankShift:F2}\n");
        foreach (var factor in Factors.OrderByDescending(f => f.FirstOrderIndex))
        {
            text.Append(CultureInfo.InvariantCulture, $"  S({factor.Name}) = {factor.FirstOrderIndex:F3}: ");
            text.AppendJoin("; ", factor.Levels.Select(l => string.Create(CultureInfo.InvariantCulture, $"{l.Level} {l.Runs} runs, |shift| {l.MeanAbsoluteRankShift:F2}")));
            text.Append('\n');
        }

        text.Append("unit      nominal  median    5%–95%\n");
        foreach (var unit in Units.OrderBy(u => u.NominalRank ?? int.MaxValue))
        {
            text.Append(CultureInfo.InvariantCulture, $"{unit.Unit,-10}{unit.NominalRank,7}  {unit.MedianRank,6:F1}  {unit.Q05,5:F1}–{unit.Q95:F1}\n");
        }

        return text.ToString();
    }
}

/// <summary>
/// Method uncertainty (OECD/JRC Handbook §7; COINr's <c>get_sensitivity</c>): runs a composite again and again, each
/// run drawing a normalisation, an aggregation, imputation on or off, optionally noisy weights and, for a rubric, a banded
/// or normalised scale per indicator, and reports rank intervals and first-order indices per choice. Every run is scored by the composite
/// engine (<see cref="CompositeIndex.Evaluate(MeasurementTable)"/>); nothing is re-implemented.
/// </summary>
public static class MethodUncertainty
{
    private const string NormalisationFactor = "normalisation";
    private const string AggregationFactor = "aggregation";
    private const string ImputationFactor = "imputation";
    private const string WeightsFactor = "weights";

    /// <summary>Runs a composite index over method choices; the first run is the index as declared.</summary>
    /// <param name="index">The composite (its normalise steps are replaced by the drawn one; aggregates take the drawn method).</param>
    /// <param name="table">The measurements.</param>
    /// <param name="space">The choices and the number of runs.</param>
    /// <returns>Rank intervals and first-order indices.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The space has no normalisation or aggregation, or fewer than 2 runs.</exception>
    /// <exception cref="KeyNotFoundException">The table lacks a measure the index reads.</exception>
    public static MethodUncertaintyResult Run(CompositeIndex index, MeasurementTable table, MethodSpace space)
    {
        Guard.Against.Null(index);
        Guard.Against.Null(table);
        Check(space);
        var input = CompositeInput.From(index, table);
        var nominal = CompositeEngine.Evaluate(index, input);
        var weightSets = WeightSets(index, space);
        var hasImpute = index.Steps.OfType<ImputeStep>().Any();
        return Simulate(space, nominal, input.Units.Count, includeScales: [], (draw, random) =>
        {
            var normalisation = space.Normalisations[draw[NormalisationFactor]];
            var builder = index.ToBuilder().ClearSteps().WithAggregation(new Aggregation(space.Aggregations[draw[AggregationFactor]]));
            foreach (var step in index.Steps.Where(s => s is not NormaliseStep && (s is not ImputeStep || !space.DrawImputation || draw[ImputationFactor] == 1)))
            {
                builder.AddStep(step);
            }

            builder.AddStep(normalisation);
            return CompositeEngine.Evaluate(Reweighted(builder, weightSets, draw).Build(), input);
        }, hasImpute && space.DrawImputation, weightSets.Count);
    }

    /// <summary>
    /// Runs a rubric's indicators as a composite over method choices: the first run is the rubric's own (every indicator
    /// banded, arithmetic means weighted by maximum points, so its ranks are the rubric's normalized-total ranks).
    /// </summary>
    /// <param name="rubric">The rubric (areas become aggregates, indicators weigh their maximum points).</param>
    /// <param name="scored">The rubric's scoring result (points and raw values).</param>
    /// <param name="space">The choices and the number of runs.</param>
    /// <returns>Rank intervals and first-order indices.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The space has no normalisation or aggregation, or fewer than 2 runs.</exception>
    public static MethodUncertaintyResult Run(Rubric rubric, ScoringResult scored, MethodSpace space)
    {
        Guard.Against.Null(rubric);
        Guard.Against.Null(scored);
        Check(space);
        var index = RubricComposite.AsWeightedMeans(rubric, scored);
        var banded = RubricComposite.Input(index, scored, RubricLeaf.PointShares);
        var raw = RubricComposite.Input(index, scored, RubricLeaf.RawValues);
        var nominal = CompositeEngine.Evaluate(index, banded);
        var weightSets = WeightSets(index, space);
        var codes = index.Indicators.Select(i => i.Code).ToArray();
        return Simulate(space, nominal, banded.Units.Count, space.DrawScales ? codes : [], (draw, _) =>
        {
            var normalised = codes.Where(c => space.DrawScales && draw["scale:" + c] == 1).ToList();
            var columns = codes.Select((c, i) => normalised.Contains(c) ? raw.Indicators[i] : banded.Indicators[i]).ToArray();
            var normalisation = space.Normalisations[draw[NormalisationFactor]];
            var builder = index.ToBuilder().WithAggregation(new Aggregation(space.Aggregations[draw[AggregationFactor]]));
            if (space.DrawImputation && draw[ImputationFactor] == 1)
            {
                builder.Impute(ImputationMethod.Mean);
            }

            if (normalised.Count > 0)
            {
                builder.AddStep(normalisation with { Indicators = normalised });
            }

            return CompositeEngine.Evaluate(Reweighted(builder, weightSets, draw).Build(), new CompositeInput(banded.Units, columns, banded.Denominators));
        }, space.DrawImputation, weightSets.Count);
    }

    private static void Check(MethodSpace space)
    {
        Guard.Against.Null(space);
        if (space.Normalisations.Count == 0 || space.Aggregations.Count == 0 || space.Runs < 2)
        {
            throw new ArgumentException("A method space needs at least one normalisation, one aggregation and two runs.", nameof(space));
        }

        if (!(space.WeightNoise >= 0 && space.WeightNoise <= 1) || space.WeightSets < 2)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                $"A method space's weight noise is between 0 and 1 (got {space.WeightNoise}) and it draws at least 2 weight sets (got {space.WeightSets})."), nameof(space));
        }
    }

    /// <summary>
    /// The weight sets the runs choose among: none when the space draws no weights; else the nominal weights first, then
    /// <see cref="MethodSpace.WeightSets"/> − 1 sets with every weight of the index (but the root's) times a uniform factor
    /// in [1 − noise, 1 + noise], drawn from the seed (a stream of its own, apart from the runs').
    /// </summary>
    private static List<Dictionary<string, double>> WeightSets(CompositeIndex index, MethodSpace space)
    {
        var sets = new List<Dictionary<string, double>>();
        if (space.WeightNoise == 0)
        {
            return sets;
        }

        var nodes = index.Nodes.Where(n => n != index.Root).ToList();
        sets.Add(nodes.ToDictionary(n => n.Code, n => n.Weight, StringComparer.Ordinal));
        var random = new SampleRandom(space.Seed, -1);
        for (var k = 1; k < space.WeightSets; k++)
        {
            sets.Add(nodes.ToDictionary(n => n.Code, n => n.Weight * (1 + (space.WeightNoise * ((2 * random.NextUnit()) - 1))), StringComparer.Ordinal));
        }

        return sets;
    }

    private static CompositeIndexBuilder Reweighted(CompositeIndexBuilder builder, List<Dictionary<string, double>> sets, Dictionary<string, int> draw)
    {
        if (sets.Count > 0)
        {
            foreach (var (code, weight) in sets[draw[WeightsFactor]])
            {
                builder.WithWeight(code, weight);
            }
        }

        return builder;
    }

    private static MethodUncertaintyResult Simulate(
        MethodSpace space, CompositeResult nominal, int unitCount, IReadOnlyList<string> includeScales,
        Func<Dictionary<string, int>, SampleRandom, CompositeResult> run, bool drawImputation, int weightSets)
    {
        var factors = new List<(string Name, string[] Levels)>
        {
            (NormalisationFactor, [.. space.Normalisations.Select(n => string.Create(CultureInfo.InvariantCulture, $"{n.Method} [{n.Low}, {n.High}]"))]),
            (AggregationFactor, [.. space.Aggregations.Select(a => a.ToString())]),
        };
        if (drawImputation)
        {
            factors.Add((ImputationFactor, ["off", "on"]));
        }

        if (weightSets > 0)
        {
            factors.Add((WeightsFactor, [.. Enumerable.Range(0, weightSets).Select(k => k == 0 ? "nominal" : string.Create(CultureInfo.InvariantCulture, $"set {k}"))]));
        }

        factors.AddRange(includeScales.Select(c => ("scale:" + c, new[] { "banded", "normalised" })));
        var root = nominal.Index.Root.Code;
        var nominalRanks = nominal.Units.Select(u => nominal.Rank(u.Code, root)).ToArray();
        var ranks = new double[space.Runs][];
        var draws = new int[space.Runs][];
        var random = new SampleRandom(space.Seed, 0);
        for (var r = 0; r < space.Runs; r++)
        {
            random.Reseed(space.Seed, r);
            var draw = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var (name, levels) in factors)
            {
                // Run 0 is the nominal method: the first normalisation and aggregation, imputation as declared, banded scales.
                draw[name] = r == 0 ? (name == ImputationFactor ? 1 : 0) : Math.Min(levels.Length - 1, (int)(random.NextUnit() * levels.Length));
            }

            var result = r == 0 ? nominal : run(draw, random);
            ranks[r] = [.. result.Units.Select(u => (double)(result.Rank(u.Code, root) ?? unitCount))];
            draws[r] = [.. factors.Select(f => draw[f.Name])];
        }

        var shifts = ranks.Select(run => run.Select((rank, u) => Math.Abs(rank - (nominalRanks[u] ?? unitCount))).Average()).ToArray();
        var codes = nominal.Units.Select(u => u.Code).ToArray();
        UnitRankInterval[] Intervals(IEnumerable<int> runs)
        {
            var chosen = runs.ToArray();
            return [.. codes.Select((code, u) =>
            {
                var sample = chosen.Select(r => ranks[r][u]).ToArray();
                return new UnitRankInterval(code, nominalRanks[u], sample.Median(), sample.QuantileCustom(0.05, QuantileDefinition.R7), sample.QuantileCustom(0.95, QuantileDefinition.R7));
            })];
        }

        var list = factors.Select((f, k) =>
        {
            var x = draws.Select(d => (double)d[k]).ToArray();
            var s = GivenDataEstimator.FirstOrderIndexCategorical(x, shifts);
            var levels = f.Levels.Select((level, l) =>
            {
                var runs = Enumerable.Range(0, space.Runs).Where(r => draws[r][k] == l).ToArray();
                return new MethodLevel(level, runs.Length, runs.Length == 0 ? double.NaN : runs.Average(r => shifts[r]), runs.Length == 0 ? [] : Intervals(runs));
            }).ToList();
            return new MethodFactor(f.Name, s, levels);
        }).ToList();
        return new MethodUncertaintyResult(space.Runs, Intervals(Enumerable.Range(0, space.Runs)), list, shifts.Average());
    }
}
