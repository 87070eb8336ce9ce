using Ardalis.GuardClauses;
using MathNet.Numerics.Statistics;
using MuhanRubric.Rubrics;
using MuhanRubric.Scoring;

namespace MuhanRubric.Composite;

/// <summary>What the indicators of a composite made from a rubric read from a scoring result.</summary>
public enum RubricLeaf
{
    /// <summary>The points each indicator gave (the rubric's own scoring); indicators not scored are missing.</summary>
    Points,

    /// <summary>The value each indicator read (before bands), for normalising instead of banding; missing when none was read.</summary>
    RawValues,

    /// <summary>
    /// The points as a share of the indicator's maximum at the unit, × 100: the banded scale on the 0–100 range that
    /// normalised values take, so that with <see cref="RubricComposite.AsWeightedMeans"/> the total is the rubric's
    /// normalized total rescaled to 100; indicators not scored are missing.
    /// </summary>
    PointShares,
}

/// <summary>
/// A rubric of points as a composite index: the rubric is the two-level case (areas → indicators) aggregated by sums,
/// so <see cref="FromRubric"/> and <see cref="Evaluate"/> give every unit exactly its rubric total and area subtotals;
/// a variant (normalised values, means, other weights) starts from <see cref="CompositeIndex.ToBuilder"/>.
/// </summary>
public static class RubricComposite
{
    /// <summary>The root's code in a composite made from a rubric.</summary>
    public const string RootCode = "Total";

    /// <summary>The rubric's hierarchy as a composite: <c>Total</c> (sum) → areas (sum) → scored indicators (weight 1).</summary>
    /// <param name="rubric">The rubric.</param>
    /// <returns>The composite; each indicator's measure is its indicator code (read from a scoring result by <see cref="Evaluate"/>).</returns>
    /// <exception cref="ArgumentNullException">The rubric is null.</exception>
    /// <exception cref="CompositeDefinitionException">The rubric has no scored indicator.</exception>
    public static CompositeIndex FromRubric(Rubric rubric)
    {
        Guard.Against.Null(rubric);
        var builder = CompositeIndex.Create(rubric.Name).WithDescription(rubric.Description).AddAggregate(RootCode, Aggregation.Sum, name: "계");
        foreach (var area in rubric.Areas.Where(a => a.Indicators.Any(i => i.IsScored)))
        {
            builder.AddAggregate(area.Code, Aggregation.Sum, RootCode, name: area.KoreanName);
            foreach (var indicator in area.Indicators.Where(i => i.IsScored))
            {
                builder.AddIndicator(indicator.Code, area.Code, indicator.Code, name: indicator.KoreanName);
            }
        }

        return builder.Build();
    }

    /// <summary>
    /// The rubric as a composite of weighted means, ready for normalised variants: indicators weigh their maximum points,
    /// areas their maxima (so banded points as a share of the maximum × 100 give the rubric's normalized totals), and each
    /// indicator's direction is the sign of the rank correlation (Spearman) between its raw values and its points on the
    /// scored data (+1 when the bands reward higher values or the sign is undefined).
    /// </summary>
    /// <param name="rubric">The rubric.</param>
    /// <param name="scored">The rubric's scoring result, for the directions.</param>
    /// <returns>The composite (no data steps; every aggregate an arithmetic mean).</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="CompositeDefinitionException">The rubric has no scored indicator.</exception>
    public static CompositeIndex AsWeightedMeans(Rubric rubric, ScoringResult scored)
    {
        Guard.Against.Null(rubric);
        Guard.Against.Null(scored);
        var builder = CompositeIndex.Create(rubric.Name).WithDescription(rubric.Description).AddAggregate(RootCode, Aggregation.ArithmeticMean, name: "계");
        foreach (var area in rubric.Areas.Where(a => a.Indicators.Any(i => i.IsScored)))
        {
            builder.AddAggregate(area.Code, Aggregation.ArithmeticMean, RootCode, (double)area.MaximumPoints, area.KoreanName);
            foreach (var indicator in area.Indicators.Where(i => i.IsScored))
            {
                var pairs = scored.Cards.Select(c => c[indicator.Code]).Where(s => s.Status == IndicatorStatus.Scored && s.RawValue is not null)
                    .Select(s => ((double)s.RawValue!.Value, (double)s.Points)).ToList();
                var rho = pairs.Count > 2 ? Correlation.Spearman(pairs.Select(p => p.Item1), pairs.Select(p => p.Item2)) : double.NaN;
                builder.AddIndicator(indicator.Code, area.Code, indicator.Code, (double)indicator.MaximumPoints, rho < 0 ? -1 : 1, indicator.KoreanName);
            }
        }

        return builder.Build();
    }

    /// <summary>Evaluates a composite whose indicators are a rubric's indicator codes on a scoring result.</summary>
    /// <param name="index">The composite (from <see cref="FromRubric"/> or a variant of it).</param>
    /// <param name="result">The scoring result whose points or values the indicators read.</param>
    /// <param name="leaf">Points (the rubric's scoring) or the raw values read.</param>
    /// <returns>The composite result over the result's units.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="KeyNotFoundException">An indicator of the composite is not an indicator of the scored rubric.</exception>
    public static CompositeResult Evaluate(CompositeIndex index, ScoringResult result, RubricLeaf leaf = RubricLeaf.Points) =>
        CompositeEngine.Evaluate(Guard.Against.Null(index), Input(index, Guard.Against.Null(result), leaf));

    internal static CompositeInput Input(CompositeIndex index, ScoringResult result, RubricLeaf leaf)
    {
        var cards = result.Cards;
        var columns = index.Indicators.Select(node => cards.Select(card =>
        {
            var score = card[node.Measure!];
            return score.Status != IndicatorStatus.Scored ? null : leaf switch
            {
                RubricLeaf.Points => (double?)CompositeInput.ToDouble(score.Points),
                RubricLeaf.PointShares => score.MaximumPoints > 0 ? CompositeInput.ToDouble(score.Points) / CompositeInput.ToDouble(score.MaximumPoints) * 100 : null,
                _ => score.RawValue is { } raw ? CompositeInput.ToDouble(raw) : null,
            };
        }).ToArray()).ToArray();
        return new CompositeInput([.. cards.Select(c => c.Municipality)], columns, new Dictionary<string, double?[]>(StringComparer.Ordinal));
    }
}
