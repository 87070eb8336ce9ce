using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using Ardalis.GuardClauses;
using Google.OrTools.LinearSolver;
using MuhanRubric.Composite;
using MuhanRubric.Units;

namespace MuhanRubric.Optimization;

/// <summary>
/// The admissible weights of a Benefit-of-the-Doubt analysis: bounds on each indicator's share of a unit's score
/// (its "pie share" w·y / Σ w·y, Cherchye et al. 2007), the same for every indicator.
/// </summary>
/// <param name="MinimumShare">The least share any indicator has in a unit's score (0 by default: an indicator may be ignored).</param>
/// <param name="MaximumShare">The greatest share (1 by default: one indicator may carry the whole score).</param>
[Immutable]
public sealed record BenefitOfDoubtBounds(double MinimumShare = 0, double MaximumShare = 1)
{
    /// <summary>No bounds: any non-negative weights (the classic BoD).</summary>
    public static BenefitOfDoubtBounds None { get; } = new();
}

/// <summary>One unit's Benefit-of-the-Doubt outcome beside its nominal one.</summary>
/// <param name="Unit">The unit.</param>
/// <param name="NominalScore">The composite's index score (the nominal weights).</param>
/// <param name="NominalRank">The composite's index rank.</param>
/// <param name="Score">The BoD score, 0–1: the unit's best weighted sum when no unit may exceed 1 under the same
/// weights; 1 means no admissible weights put another unit ahead of it. Null without complete data.</param>
/// <param name="Rank">The rank on BoD scores (ties share the best rank).</param>
/// <param name="RankUnderOwnWeights">The unit's rank when every unit is scored with this unit's most favourable weights
/// ("would it rank higher under admissible weights?" — yes when this is better than the nominal rank); null when the
/// BoD score is 0 (a share bound cannot be met by a unit with nothing on an indicator).</param>
/// <param name="Weights">The most favourable weights, by indicator code.</param>
/// <param name="Shares">Each indicator's share of the unit's BoD score, by indicator code.</param>
/// <param name="Note">Why there is no score (a missing indicator), or null.</param>
[Immutable]
public sealed record BenefitOfDoubtUnit(
    Municipality Unit, double? NominalScore, int? NominalRank, double? Score, int? Rank, int? RankUnderOwnWeights,
    IReadOnlyDictionary<string, double> Weights, IReadOnlyDictionary<string, double> Shares, string? Note)
{
    /// <summary>The most favourable weights, by indicator code.</summary>
    public IReadOnlyDictionary<string, double> Weights { get; init => field = value.ToFrozenDictionary(); } = Weights.ToFrozenDictionary();

    /// <summary>Each indicator's share of the unit's BoD score, by indicator code.</summary>
    public IReadOnlyDictionary<string, double> Shares { get; init => field = value.ToFrozenDictionary(); } = Shares.ToFrozenDictionary();
}

/// <summary>A Benefit-of-the-Doubt analysis of a composite result.</summary>
/// <param name="Indicators">The codes of the nodes whose scores were weighted.</param>
/// <param name="Bounds">The admissible weights.</param>
/// <param name="Units">Every included unit, in input order.</param>
[Immutable]
public sealed record BenefitOfDoubtResult(IReadOnlyList<string> Indicators, BenefitOfDoubtBounds Bounds, IReadOnlyList<BenefitOfDoubtUnit> Units)
{
    /// <summary>The codes of the nodes whose scores were weighted.</summary>
    public IReadOnlyList<string> Indicators { get; init => field = value.ToImmutableArray(); } = Indicators.ToImmutableArray();

    /// <summary>Every included unit, in input order.</summary>
    public IReadOnlyList<BenefitOfDoubtUnit> Units { get; init => field = value.ToImmutableArray(); } = Units.ToImmutableArray();

    /// <summary>The units whose rank under their own most favourable weights is better than their nominal rank.</summary>
    public IReadOnlyList<BenefitOfDoubtUnit> WouldRankHigher => [.. Units.Where(u => u.RankUnderOwnWeights < u.NominalRank)];
}

/// <summary>
/// Benefit of the Doubt (Melyn &amp; Moesen 1991; Cherchye et al. 2007; the OECD/JRC Handbook §6.1): for each unit, the
/// weights most favourable to it, found by a linear program solved with Google OR-Tools' GLOP.
/// </summary>
/// <remarks>
/// For unit u with values y (non-negative): maximise Σᵢ wᵢ y_ui subject to Σᵢ wᵢ y_vi ≤ 1 for every unit v with complete
/// data, wᵢ ≥ 0, and each share wᵢ y_ui / Σⱼ wⱼ y_uj within the bounds (linear: wᵢ y_ui − L Σⱼ wⱼ y_uj ≥ 0 and
/// wᵢ y_ui − U Σⱼ wⱼ y_uj ≤ 0). A unit with a missing value has no BoD score (missing is never zero) and does not
/// constrain the others.
/// </remarks>
public static class BenefitOfTheDoubt
{
    /// <summary>Runs one linear program per unit over the values a composite aggregated.</summary>
    /// <param name="result">The composite result.</param>
    /// <param name="bounds">The admissible weights; <see cref="BenefitOfDoubtBounds.None"/> when null.</param>
    /// <param name="over">The node whose children are weighted, or null for every indicator of the index (the leaves).</param>
    /// <returns>Every included unit's BoD score, rank and weights beside its nominal score and rank.</returns>
    /// <exception cref="ArgumentNullException">The result is null.</exception>
    /// <exception cref="ArgumentException">The bounds admit no weights (minimum × count &gt; 1, maximum × count &lt; 1,
    /// or a share outside [0, 1]), a value is negative, or <paramref name="over"/> is an indicator.</exception>
    /// <exception cref="KeyNotFoundException"><paramref name="over"/> is not a node of the index.</exception>
    /// <exception cref="InvalidOperationException">The solver fails on a well-posed program (a solver bug).</exception>
    public static BenefitOfDoubtResult Evaluate(CompositeResult result, BenefitOfDoubtBounds? bounds = null, string? over = null)
    {
        Guard.Against.Null(result);
        bounds ??= BenefitOfDoubtBounds.None;
        var nodes = over is null ? result.Index.Indicators : result.Index[over].Children;
        if (nodes.Count == 0)
        {
            throw new ArgumentException($"'{over}' is an indicator: Benefit of the Doubt weighs an aggregate's children.", nameof(over));
        }

        var n = nodes.Count;
        if (!(bounds.MinimumShare >= 0 && bounds.MaximumShare <= 1 && bounds.MinimumShare <= bounds.MaximumShare
            && bounds.MinimumShare * n <= 1 + 1e-12 && bounds.MaximumShare * n >= 1 - 1e-12))
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Share bounds [{bounds.MinimumShare}, {bounds.MaximumShare}] admit no weights for {n} indicators: need 0 ≤ minimum ≤ maximum ≤ 1, minimum × {n} ≤ 1 ≤ maximum × {n}."), nameof(bounds));
        }

        var units = result.Units.Where((_, u) => result.Rows[u].Included).ToList();
        var values = units.Select(unit => nodes.Select(node => result.Score(unit.Code, node.Code)).ToArray()).ToArray();
        var negative = values.SelectMany(v => v).FirstOrDefault(v => v < 0);
        if (negative is not null)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Benefit of the Doubt needs values ≥ 0; found {negative}. Normalise to a non-negative range first."), nameof(result));
        }

        var complete = values.Select(v => v.All(x => x is not null)).ToArray();
        var full = values.Where((_, k) => complete[k]).Select(v => v.Select(x => x!.Value).ToArray()).ToArray();
        var codes = nodes.Select(x => x.Code).ToArray();
        var weights = new double[units.Count][];
        var scores = new double?[units.Count];
        for (var k = 0; k < units.Count; k++)
        {
            if (complete[k])
            {
                weights[k] = Solve(values[k].Select(x => x!.Value).ToArray(), full, bounds, units[k].Code);
                scores[k] = weights[k].Select((w, i) => w * values[k][i]!.Value).Sum();
            }
        }

        // Ranked on scores rounded to 9 decimals: the solver's 1 − 1e-12 is an efficient unit's 1.
        var ranks = CompositeEngine.Rank([.. scores.Select(x => x is { } v ? Math.Round(v, 9) : (double?)null)]);
        var list = new List<BenefitOfDoubtUnit>(units.Count);
        for (var k = 0; k < units.Count; k++)
        {
            var unit = units[k];
            if (!complete[k])
            {
                var missing = codes.Where((_, i) => values[k][i] is null);
                list.Add(new BenefitOfDoubtUnit(unit, result.Total(unit.Code), result.Rank(unit.Code, result.Index.Root.Code), null, null, null,
                    new Dictionary<string, double>(), new Dictionary<string, double>(), $"missing {string.Join(", ", missing)}: no BoD score (missing is never zero)"));
                continue;
            }

            var own = weights[k];
            var mine = scores[k]!.Value;
            // With a BoD score of 0 no admissible weights favour the unit: every unit ties at 0, and no rank is claimed.
            int? rankUnderOwn = mine > 0 ? 1 + full.Count(v => v.Select((y, i) => own[i] * y).Sum() > mine + 1e-9) : null;
            list.Add(new BenefitOfDoubtUnit(
                unit, result.Total(unit.Code), result.Rank(unit.Code, result.Index.Root.Code), mine, ranks[k], rankUnderOwn,
                codes.Select((c, i) => (c, own[i])).ToDictionary(p => p.c, p => p.Item2, StringComparer.Ordinal),
                codes.Select((c, i) => (c, mine > 0 ? own[i] * values[k][i]!.Value / mine : 0)).ToDictionary(p => p.c, p => p.Item2, StringComparer.Ordinal),
                null));
        }

        return new BenefitOfDoubtResult(codes, bounds, list);
    }

    private static double[] Solve(double[] y, double[][] all, BenefitOfDoubtBounds bounds, string unit)
    {
        using var solver = Solver.CreateSolver("GLOP") ?? throw new InvalidOperationException("OR-Tools has no GLOP solver.");
        var n = y.Length;
        var w = Enumerable.Range(0, n).Select(i => solver.MakeNumVar(0, double.PositiveInfinity, "w" + i.ToString(CultureInfo.InvariantCulture))).ToArray();
        foreach (var v in all)
        {
            var c = solver.MakeConstraint(double.NegativeInfinity, 1);
            for (var i = 0; i < n; i++)
            {
                c.SetCoefficient(w[i], v[i]);
            }
        }

        for (var i = 0; i < n; i++)
        {
            if (bounds.MinimumShare > 0)
            {
                var lower = solver.MakeConstraint(0, double.PositiveInfinity);
                for (var j = 0; j < n; j++)
                {
                    lower.SetCoefficient(w[j], ((i == j ? 1 : 0) - bounds.MinimumShare) * y[j]);
                }
            }

            if (bounds.MaximumShare < 1)
            {
                var upper = solver.MakeConstraint(double.NegativeInfinity, 0);
                for (var j = 0; j < n; j++)
                {
                    upper.SetCoefficient(w[j], ((i == j ? 1 : 0) - bounds.MaximumShare) * y[j]);
                }
            }
        }

        var objective = solver.Objective();
        for (var i = 0; i < n; i++)
        {
            objective.SetCoefficient(w[i], y[i]);
        }

        objective.SetMaximization();
        var status = solver.Solve();
        if (status is not Solver.ResultStatus.OPTIMAL)
        {
            throw new InvalidOperationException($"GLOP returned {status} for unit {unit}'s Benefit-of-the-Doubt program, which always has the solution w = 0.");
        }

        return [.. w.Select(x => Math.Max(0, x.SolutionValue()))];
    }
}
