using System.Numerics;

namespace MuhanRubric.Analysis;

/// <summary>
/// What a run keeps of its samples, whatever their number: per unit how often it took each rank and the sum and sum of
/// squares of its rounded normalized total's key; per input and class the number of samples and each unit's sum of
/// ranks. Every count and sum is an integer, so accumulators merge exactly in any order: a run gives the same
/// result for a seed whatever the number of threads and however the samples are split among them.
/// </summary>
internal sealed class SensitivityAccumulator
{
    private readonly int _units;
    private readonly int[] _classOffsets;

    public SensitivityAccumulator(int units, IReadOnlyList<int> classCounts)
    {
        _units = units;
        RankCounts = new long[units * (units + 1)];
        KeySums = new long[units];
        KeySquares = new Int128[units];
        _classOffsets = new int[classCounts.Count + 1];
        for (var x = 0; x < classCounts.Count; x++)
        {
            _classOffsets[x + 1] = _classOffsets[x] + classCounts[x];
        }

        ClassCounts = new long[_classOffsets[^1]];
        ClassRankSums = new long[_classOffsets[^1] * units];
    }

    public long Samples { get; private set; }

    /// <summary>Unit i took rank r (1-based) <c>RankCounts[i × (n + 1) + r]</c> times.</summary>
    public long[] RankCounts { get; }

    public long[] KeySums { get; }

    public Int128[] KeySquares { get; }

    /// <summary>Samples per input and class.</summary>
    public long[] ClassCounts { get; }

    /// <summary>Per input, class and unit, the sum of the unit's ranks.</summary>
    public long[] ClassRankSums { get; }

    public int ClassOffset(int input) => _classOffsets[input];

    /// <summary>Adds one sample: the ranks, the keys, and each input's class.</summary>
    public void Add(ReadOnlySpan<int> ranks, ReadOnlySpan<double> keys, ReadOnlySpan<int> classes, Span<long> widenedRanks)
    {
        var n = _units;
        Samples++;
        for (var i = 0; i < n; i++)
        {
            RankCounts[(i * (n + 1)) + ranks[i]]++;
            var key = (long)keys[i];
            KeySums[i] += key;
            KeySquares[i] += (Int128)key * key;
            widenedRanks[i] = ranks[i];
        }

        for (var x = 0; x < classes.Length; x++)
        {
            var cls = _classOffsets[x] + classes[x];
            ClassCounts[cls]++;
            AddTo(ClassRankSums.AsSpan(cls * n, n), widenedRanks[..n]);
        }
    }

    /// <summary>Adds another accumulator's counts and sums (exact, so the order of merging does not matter).</summary>
    public void Merge(SensitivityAccumulator other)
    {
        Samples += other.Samples;
        AddTo(RankCounts, other.RankCounts);
        AddTo(KeySums, other.KeySums);
        for (var i = 0; i < KeySquares.Length; i++)
        {
            KeySquares[i] += other.KeySquares[i];
        }

        AddTo(ClassCounts, other.ClassCounts);
        AddTo(ClassRankSums, other.ClassRankSums);
    }

    private static void AddTo(Span<long> target, ReadOnlySpan<long> values)
    {
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            for (; i <= target.Length - Vector<long>.Count; i += Vector<long>.Count)
            {
                (new Vector<long>(target[i..]) + new Vector<long>(values[i..])).CopyTo(target[i..]);
            }
        }

        for (; i < target.Length; i++)
        {
            target[i] += values[i];
        }
    }
}
