using Ardalis.GuardClauses;
using MathNet.Numerics.Statistics;
using MuhanRubric.Units;

namespace MuhanRubric.Statistics;

/// <summary>Which end of a measure ranks first.</summary>
public enum RankOrder
{
    /// <summary>The largest value gets rank 1.</summary>
    HighestFirst,

    /// <summary>The smallest value gets rank 1.</summary>
    LowestFirst,
}

/// <summary>How tied values are ranked.</summary>
public enum TieRule
{
    /// <summary>Standard competition ranking ("1224"): ties share the best rank and the next rank is skipped. The default.</summary>
    Competition,

    /// <summary>Dense ranking ("1223"): ties share the best rank and no rank is skipped.</summary>
    Dense,

    /// <summary>Fractional ranking ("1 2.5 2.5 4"): ties share the mean of the ranks they span, as rank correlations use.</summary>
    Fractional,

    /// <summary>Ordinal ranking ("1234"): ties are broken by the report's municipality order.</summary>
    ReportOrder,
}

/// <summary>A municipality with its value and rank.</summary>
/// <param name="Municipality">The municipality.</param>
/// <param name="Value">Its value.</param>
/// <param name="Rank">Its rank (fractional only under <see cref="TieRule.Fractional"/>).</param>
[Immutable]
public sealed record RankedObservation(Municipality Municipality, decimal Value, double Rank);

/// <summary>Ranks and top-N lists over a <see cref="MeasureSeries"/>.</summary>
/// <remarks>Missing values are never ranked. Results are sorted by rank, then by the report's order.</remarks>
public static class Ranking
{
    /// <summary>Ranks the present values.</summary>
    /// <param name="series">The values.</param>
    /// <param name="order">Which end ranks first; highest by default.</param>
    /// <param name="ties">How ties are ranked; <see cref="TieRule.Competition"/> by default.</param>
    /// <returns>The ranked observations, best first.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="series"/> is null.</exception>
    public static IReadOnlyList<RankedObservation> Rank(this MeasureSeries series, RankOrder order = RankOrder.HighestFirst, TieRule ties = TieRule.Competition)
    {
        var present = Guard.Against.Null(series).Present;
        if (present.Count == 0)
        {
            return [];
        }

        // MathNet ranks ascending; negating the values ranks the highest first.
        var keys = present.Select(o => order == RankOrder.HighestFirst ? -(double)o.Value!.Value : (double)o.Value!.Value).ToArray();
        var ranks = ties switch
        {
            TieRule.Competition => Competition(keys),
            TieRule.Fractional => keys.Ranks(RankDefinition.Average),
            TieRule.ReportOrder => keys.Ranks(RankDefinition.First),
            TieRule.Dense => DenseRanks(keys),
            _ => throw new ArgumentOutOfRangeException(nameof(ties), ties, "Not a defined tie rule."),
        };
        // OrderBy is stable: within a tie the series' order (the report's, or the table's) decides.
        return [.. present
            .Select((o, i) => new RankedObservation(o.Municipality, o.Value!.Value, ranks[i]))
            .OrderBy(r => r.Rank)];
    }

    /// <summary>
    /// The top <paramref name="count"/> municipalities under competition ranking. Every municipality tied with the
    /// last place is included, so the list can be longer than <paramref name="count"/>; within a tie the report's
    /// order decides the listing order.
    /// </summary>
    /// <param name="series">The values.</param>
    /// <param name="count">How many places, at least 1.</param>
    /// <param name="order">Which end ranks first; highest by default.</param>
    /// <returns>The ranked observations with rank ≤ <paramref name="count"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="series"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is below 1.</exception>
    public static IReadOnlyList<RankedObservation> Top(this MeasureSeries series, int count, RankOrder order = RankOrder.HighestFirst)
    {
        Guard.Against.NegativeOrZero(count);
        return [.. series.Rank(order, TieRule.Competition).Where(r => r.Rank <= count)];
    }

    // The library's one competition rule, which ranks the highest key first: the keys here rank the lowest first.
    private static double[] Competition(double[] keys)
    {
        var ranks = new int[keys.Length];
        CompetitionRanking.HighestFirst<double>([.. keys.Select(k => -k)], ranks);
        return [.. ranks.Select(r => (double)r)];
    }

    private static double[] DenseRanks(double[] keys)
    {
        var distinct = keys.Distinct().Order().ToArray();
        return [.. keys.Select(k => (double)(Array.BinarySearch(distinct, k) + 1))];
    }
}
