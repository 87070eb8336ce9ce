using System.Numerics;

namespace MuhanRubric.Analysis;

/// <summary>
/// First-order sensitivity indices <c>S_i = Var(E[Y | X_i]) ÷ Var(Y)</c> from one Monte Carlo sample (the
/// "given-data" or binning estimator, Plischke 2010; Strong, Oakley and Chilcott 2012): the sample is split into
/// classes of <c>X_i</c> and the variance of the class means of <c>Y</c> is compared with the variance of <c>Y</c>.
/// </summary>
/// <remarks>
/// <para>A continuous input is sorted (deterministically, also for ties) and cut into
/// <see cref="DefaultBins"/> classes of equal count; a categorical input has one class per category. Both variances
/// divide by <c>N</c>, and the between-class variance weights each class by its count.</para>
/// <para>The estimator is biased upwards by about <c>(B − 1) ÷ N × (1 − S_i)</c>, the noise of <c>B</c> class means
/// (0.005 for 10,000 samples and 50 classes), and downwards by the variation of <c>E[Y | X_i]</c> within a class,
/// which is small for smooth effects and many classes.</para>
/// </remarks>
internal static class GivenDataEstimator
{
    /// <summary>The most classes a continuous input is split into, so that a run's memory does not grow with its samples.</summary>
    public const int MaximumBins = 50;

    /// <summary>
    /// The number of classes for a continuous input: <c>⌊√N ÷ 2⌋</c> between 10 and <see cref="MaximumBins"/>, at most
    /// <c>N</c>: 11 for 500 samples, 50 from 10,000 on. The noise of the class means, about <c>(B − 1) ÷ N</c>, then
    /// shrinks as <c>N</c> grows.
    /// </summary>
    /// <param name="samples">The sample size.</param>
    /// <returns>The number of classes.</returns>
    public static int DefaultBins(int samples) => Math.Min(samples, Math.Clamp((int)(Math.Sqrt(samples) / 2), 10, MaximumBins));

    /// <summary>The first-order index of a continuous input, with <see cref="DefaultBins"/> classes unless given.</summary>
    /// <param name="x">The input's values, one per sample.</param>
    /// <param name="y">The output's values, one per sample.</param>
    /// <param name="bins">The number of classes, or null for <see cref="DefaultBins"/>.</param>
    /// <returns>The index; 0 when <paramref name="y"/> does not vary.</returns>
    public static double FirstOrderIndex(ReadOnlySpan<double> x, ReadOnlySpan<double> y, int? bins = null)
    {
        var count = bins ?? DefaultBins(x.Length);
        var classes = EqualCountBins(x, count);
        var (between, total) = VarianceDecomposition(classes, count, y);
        return total > 0 ? between / total : 0d;
    }

    /// <summary>The first-order index of a categorical input: one class per distinct value.</summary>
    /// <param name="categories">The input's category, one per sample.</param>
    /// <param name="y">The output's values, one per sample.</param>
    /// <returns>The index; 0 when <paramref name="y"/> does not vary.</returns>
    public static double FirstOrderIndexCategorical(ReadOnlySpan<double> categories, ReadOnlySpan<double> y)
    {
        var classes = CategoryBins(categories, out var count);
        var (between, total) = VarianceDecomposition(classes, count, y);
        return total > 0 ? between / total : 0d;
    }

    /// <summary>The class of every sample for a continuous input: its position in sorted order times <c>bins ÷ N</c>.</summary>
    /// <param name="x">The input's values.</param>
    /// <param name="bins">The number of classes, from 1 to <c>N</c>.</param>
    /// <returns>The class of each sample, from 0 to <c>bins − 1</c>.</returns>
    public static int[] EqualCountBins(ReadOnlySpan<double> x, int bins)
    {
        var n = x.Length;
        var keys = x.ToArray();
        var order = new int[n];
        for (var s = 0; s < n; s++)
        {
            order[s] = s;
        }

        // Introsort is not stable, but it is deterministic: the same values give the same classes on every run.
        Array.Sort(keys, order);
        var classes = new int[n];
        for (var position = 0; position < n; position++)
        {
            classes[order[position]] = (int)((long)position * bins / n);
        }

        return classes;
    }

    /// <summary>The class of every sample for a categorical input: the rank of its category among the distinct ones.</summary>
    /// <param name="categories">The input's values.</param>
    /// <param name="count">The number of distinct categories.</param>
    /// <returns>The class of each sample.</returns>
    public static int[] CategoryBins(ReadOnlySpan<double> categories, out int count)
    {
        var distinct = new SortedSet<double>();
        foreach (var category in categories)
        {
            distinct.Add(category);
        }

        var index = distinct.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i);
        var classes = new int[categories.Length];
        for (var s = 0; s < categories.Length; s++)
        {
            classes[s] = index[categories[s]];
        }

        count = distinct.Count;
        return classes;
    }

    /// <summary>
    /// The variance of the class means of <paramref name="y"/> (each class weighted by its count) and the variance
    /// of <paramref name="y"/>, both with divisor <c>N</c>.
    /// </summary>
    /// <typeparam name="T">The type of the output values (ranks are ints).</typeparam>
    /// <param name="classes">The class of each sample.</param>
    /// <param name="classCount">The number of classes.</param>
    /// <param name="y">The output's values.</param>
    /// <returns>The between-class variance and the total variance.</returns>
    public static (double Between, double Total) VarianceDecomposition<T>(ReadOnlySpan<int> classes, int classCount, ReadOnlySpan<T> y)
        where T : unmanaged, INumberBase<T>
    {
        var n = y.Length;
        if (n == 0)
        {
            return (0d, 0d);
        }

        var sums = new double[classCount];
        var counts = new int[classCount];
        var sum = 0d;
        for (var s = 0; s < n; s++)
        {
            var value = double.CreateTruncating(y[s]);
            sum += value;
            sums[classes[s]] += value;
            counts[classes[s]]++;
        }

        var mean = sum / n;
        var total = 0d;
        for (var s = 0; s < n; s++)
        {
            var d = double.CreateTruncating(y[s]) - mean;
            total += d * d;
        }

        return (BetweenClassVariance<double, int>(sums, counts, mean, n), total / n);
    }

    /// <summary>
    /// The variance of the class means, each class weighted by its count (divisor <c>N</c>), from each class's sum and
    /// count: the one formula for samples at hand and for the streaming accumulators of a run.
    /// </summary>
    public static double BetweenClassVariance<TSum, TCount>(ReadOnlySpan<TSum> sums, ReadOnlySpan<TCount> counts, double mean, double n)
        where TSum : INumberBase<TSum>
        where TCount : INumberBase<TCount>
    {
        var between = 0d;
        for (var b = 0; b < counts.Length; b++)
        {
            var count = double.CreateTruncating(counts[b]);
            if (count > 0)
            {
                var d = (double.CreateTruncating(sums[b]) / count) - mean;
                between += count * d * d;
            }
        }

        return between / n;
    }
}
