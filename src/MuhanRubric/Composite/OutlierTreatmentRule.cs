using MathNet.Numerics.Statistics;

namespace MuhanRubric.Composite;

/// <summary>
/// COINr's default outlier treatment (<c>R/treat.R</c>: <c>Treat.numeric</c>, <c>winsorise</c>, <c>log_CT</c>,
/// <c>check_SkewKurt</c>), on the present values of one indicator.
/// </summary>
internal static class OutlierTreatmentRule
{
    /// <summary>
    /// COINr's <c>skew</c> (e1071's type 2, G1) and <c>kurt</c> (G2, excess): MathNet's <c>Skewness</c> and
    /// <c>Kurtosis</c> are these estimators. NaN for fewer than 3 (4) values or no spread.
    /// </summary>
    public static (double Skewness, double Kurtosis) SkewKurt(ReadOnlySpan<double> x)
    {
        var values = x.ToArray();
        return (values.Length < 3 ? double.NaN : values.Skewness(), values.Length < 4 ? double.NaN : values.Kurtosis());
    }

    /// <summary>COINr's <c>check_SkewKurt</c>: passes when |skew| &lt; threshold or kurtosis &lt; threshold; null when not computable (R's NA).</summary>
    public static bool? Passes((double Skewness, double Kurtosis) sk, TreatOutliersStep step)
    {
        var skewOk = Math.Abs(sk.Skewness) < step.SkewnessThreshold;
        var kurtOk = sk.Kurtosis < step.KurtosisThreshold;

        // R: NA | TRUE is TRUE, NA | FALSE is NA.
        if ((!double.IsNaN(sk.Skewness) && skewOk) || (!double.IsNaN(sk.Kurtosis) && kurtOk))
        {
            return true;
        }

        return double.IsNaN(sk.Skewness) || double.IsNaN(sk.Kurtosis) ? null : false;
    }

    /// <summary>Treats <paramref name="x"/> in place; returns the treatment and the indices winsorising changed.</summary>
    public static (OutlierTreatment Treatment, (double, double) Before, (double, double) After, List<int> Changed) Treat(Span<double> x, TreatOutliersStep step)
    {
        var before = SkewKurt(x);
        var pass = Passes(before, step);
        if (pass is null)
        {
            return (OutlierTreatment.NotTestable, before, before, []);
        }

        if (pass.Value)
        {
            return (OutlierTreatment.None, before, before, []);
        }

        // winsorise: while failing and fewer than winmax points winsorised (COINr counts the tied extremes of the last
        // high and the last low winsorisation: nwin = length(imax) + length(imin)).
        var y = x.ToArray();
        var nwin = 0;
        var lastHigh = 0;
        var lastLow = 0;
        bool? passing = false;
        while (passing == false && nwin < step.WinsoriseMax)
        {
            var (s, _) = SkewKurt(y);
            var high = s >= 0;
            var extreme = high ? y.Max() : y.Min();
            var others = y.Where(v => v != extreme).ToArray();
            if (others.Length == 0)
            {
                passing = null;
                break;
            }

            var next = high ? others.Max() : others.Min();
            var count = 0;
            for (var i = 0; i < y.Length; i++)
            {
                if (y[i] == extreme)
                {
                    y[i] = next;
                    count++;
                }
            }

            if (high)
            {
                lastHigh = count;
            }
            else
            {
                lastLow = count;
            }

            nwin = lastHigh + lastLow;
            passing = Passes(SkewKurt(y), step);
        }

        if (passing is null)
        {
            return (OutlierTreatment.NotTestable, before, before, []);
        }

        if (passing.Value)
        {
            var changed = Changed(x, y);
            y.CopyTo(x);
            return (OutlierTreatment.Winsorised, before, SkewKurt(x), changed);
        }

        switch (step.Fallback)
        {
            case OutlierFallback.Log:
                // COINr's log_CT on the original values: log(x - min + 0.01 (max - min)).
                var min = double.PositiveInfinity;
                var max = double.NegativeInfinity;
                foreach (var v in x)
                {
                    min = Math.Min(min, v);
                    max = Math.Max(max, v);
                }

                for (var i = 0; i < x.Length; i++)
                {
                    x[i] = Math.Log(x[i] - min + (0.01 * (max - min)));
                }

                return (OutlierTreatment.Log, before, SkewKurt(x), []);
            case OutlierFallback.KeepWinsorised:
                var changedKept = Changed(x, y);
                y.CopyTo(x);
                return (OutlierTreatment.WinsorisedNotPassing, before, SkewKurt(x), changedKept);
            default:
                return (OutlierTreatment.Failing, before, before, []);
        }
    }

    private static List<int> Changed(ReadOnlySpan<double> x, double[] y)
    {
        var changed = new List<int>();
        for (var i = 0; i < y.Length; i++)
        {
            if (x[i] != y[i])
            {
                changed.Add(i);
            }
        }

        return changed;
    }
}
