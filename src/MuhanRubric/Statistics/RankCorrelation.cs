using Ardalis.GuardClauses;
using MathNet.Numerics.Statistics;

namespace MuhanRubric.Statistics;

/// <summary>A correlation coefficient with the number of pairs it rests on.</summary>
/// <param name="Coefficient">The coefficient in [−1, 1]; NaN when undefined (fewer than two pairs, or a constant series).</param>
/// <param name="Pairs">The municipalities present in both series.</param>
/// <param name="ExcludedPairs">The municipalities missing from either series.</param>
[Immutable]
public sealed record CorrelationResult(double Coefficient, int Pairs, int ExcludedPairs);

/// <summary>Rank correlations between two measures (or two rankings) over the same municipalities.</summary>
/// <remarks>Pairs are matched by municipality; a municipality missing from either series is excluded and counted.</remarks>
public static class RankCorrelation
{
    /// <summary>Spearman's rho: Pearson's correlation of fractional ranks (MathNet.Numerics <c>Correlation.Spearman</c>).</summary>
    /// <param name="x">The first series.</param>
    /// <param name="y">The second series.</param>
    /// <returns>Rho with its pair counts.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static CorrelationResult Spearman(MeasureSeries x, MeasureSeries y)
    {
        var (xs, ys, excluded) = Pair(x, y);
        var rho = xs.Length < 2 ? double.NaN : Correlation.Spearman(xs, ys);
        return new CorrelationResult(rho, xs.Length, excluded);
    }

    /// <summary>
    /// Kendall's tau-b, which corrects for ties in either series:
    /// <c>(C − D) / √((n₀ − n₁)(n₀ − n₂))</c>. MathNet.Numerics has no Kendall correlation, so it is computed
    /// here over all pairs (O(n²), fine for 31 municipalities).
    /// </summary>
    /// <param name="x">The first series.</param>
    /// <param name="y">The second series.</param>
    /// <returns>Tau-b with its pair counts.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static CorrelationResult Kendall(MeasureSeries x, MeasureSeries y)
    {
        var (xs, ys, excluded) = Pair(x, y);
        long concordant = 0, discordant = 0, tiesX = 0, tiesY = 0;
        for (var i = 0; i < xs.Length; i++)
        {
            for (var j = i + 1; j < xs.Length; j++)
            {
                var dx = Math.Sign(xs[i] - xs[j]);
                var dy = Math.Sign(ys[i] - ys[j]);
                if (dx == 0)
                {
                    tiesX++;
                }

                if (dy == 0)
                {
                    tiesY++;
                }

                if (dx != 0 && dy != 0)
                {
                    if (dx == dy)
                    {
                        concordant++;
                    }
                    else
                    {
                        discordant++;
                    }
                }
            }
        }

        long n0 = (long)xs.Length * (xs.Length - 1) / 2;
        var denominator = Math.Sqrt((double)(n0 - tiesX) * (n0 - tiesY));
        var tau = denominator == 0 ? double.NaN : (concordant - discordant) / denominator;
        return new CorrelationResult(tau, xs.Length, excluded);
    }

    private static (double[] X, double[] Y, int Excluded) Pair(MeasureSeries x, MeasureSeries y)
    {
        Guard.Against.Null(x);
        Guard.Against.Null(y);
        var ys = y.ToDictionary(o => o.Municipality, o => o.Value);
        var pairs = new List<(double, double)>();
        var excluded = 0;
        foreach (var observation in x)
        {
            if (observation.Value is { } a && ys.TryGetValue(observation.Municipality, out var other) && other is { } b)
            {
                pairs.Add(((double)a, (double)b));
            }
            else
            {
                excluded++;
            }
        }

        excluded += y.Count(o => !x.Any(p => p.Municipality == o.Municipality));
        return ([.. pairs.Select(p => p.Item1)], [.. pairs.Select(p => p.Item2)], excluded);
    }
}
