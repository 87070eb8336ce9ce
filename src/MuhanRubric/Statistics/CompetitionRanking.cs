using System.Numerics;

namespace MuhanRubric.Statistics;

/// <summary>
/// Competition ranking ("1224"), highest first: a unit's rank is one plus the number of strictly higher keys, so ties
/// share the best rank. The one ranking rule of scoring (decimal normalized totals), the Monte Carlo (its rounded
/// keys) and <see cref="Ranking"/>; O(n log n): one sort, one pass.
/// </summary>
internal static class CompetitionRanking
{
    /// <summary>Ranks <paramref name="keys"/> into <paramref name="ranks"/>; the two scratch spans are as long as the keys.</summary>
    public static void HighestFirst<T>(ReadOnlySpan<T> keys, Span<int> ranks, Span<T> sortedKeys, Span<int> order)
        where T : INumber<T>
    {
        var n = keys.Length;
        keys.CopyTo(sortedKeys);
        for (var i = 0; i < n; i++)
        {
            order[i] = i;
        }

        sortedKeys[..n].Sort(order[..n]);

        // Walk from the highest key down; a key equal to the one above it shares that key's rank.
        var rank = 0;
        for (var position = n - 1; position >= 0; position--)
        {
            if (position == n - 1 || sortedKeys[position] != sortedKeys[position + 1])
            {
                rank = n - position;
            }

            ranks[order[position]] = rank;
        }
    }

    /// <summary>Ranks keys with scratch space rented for the call.</summary>
    public static void HighestFirst<T>(ReadOnlySpan<T> keys, Span<int> ranks)
        where T : INumber<T>
    {
        var sorted = System.Buffers.ArrayPool<T>.Shared.Rent(keys.Length);
        var order = System.Buffers.ArrayPool<int>.Shared.Rent(keys.Length);
        try
        {
            HighestFirst(keys, ranks, sorted.AsSpan(0, keys.Length), order.AsSpan(0, keys.Length));
        }
        finally
        {
            System.Buffers.ArrayPool<T>.Shared.Return(sorted);
            System.Buffers.ArrayPool<int>.Shared.Return(order);
        }
    }
}
