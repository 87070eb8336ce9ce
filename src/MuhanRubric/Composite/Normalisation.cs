using System.Globalization;
using MathNet.Numerics.Statistics;

namespace MuhanRubric.Composite;

/// <summary>COINr's normalisation functions (<c>R/normalise.R</c>), on the present values of one indicator.</summary>
internal static class Normalisation
{
    /// <summary>Normalises <paramref name="x"/> in place (NaN where a value cannot be normalised).</summary>
    public static (double Minimum, double Maximum, string? Note) Apply(NormaliseStep step, CompositeNode node, Span<double> x)
    {
        if (x.Length == 0)
        {
            return (double.NaN, double.NaN, "no values");
        }

        var (low, high) = (step.Low, step.High);
        var direction = node.Direction;
        if (step.Method is not (NormalisationMethod.Goalposts or NormalisationMethod.DistanceToTarget))
        {
            // COINr's Normalise.numeric: x <- x * direction.
            for (var i = 0; i < x.Length; i++)
            {
                x[i] *= direction;
            }
        }

        var values = x.ToArray();
        var min = values.Min();
        var max = values.Max();
        switch (step.Method)
        {
            case NormalisationMethod.MinMax:
                if (min == max)
                {
                    x.Fill(double.NaN);
                    return (min, max, ZeroRange(min));
                }

                for (var i = 0; i < x.Length; i++)
                {
                    x[i] = ((x[i] - min) / (max - min) * (high - low)) + low;
                }

                break;
            case NormalisationMethod.ZScore:
                var mean = values.Mean();
                var sd = values.StandardDeviation();
                if (!(sd > 0))
                {
                    x.Fill(double.NaN);
                    return (min, max, values.Length < 2 ? "one value: no standard deviation" : ZeroRange(min));
                }

                for (var i = 0; i < x.Length; i++)
                {
                    x[i] = ((x[i] - mean) / sd * high) + low;
                }

                break;
            case NormalisationMethod.Rank:
            case NormalisationMethod.PercentileRank:
                var ranks = values.Select(v => 1 + values.Count(w => w < v)).ToArray();
                if (step.Method == NormalisationMethod.PercentileRank && values.Length < 2)
                {
                    x.Fill(double.NaN);
                    return (min, max, "one value: no percentile rank");
                }

                for (var i = 0; i < x.Length; i++)
                {
                    x[i] = step.Method == NormalisationMethod.Rank ? ranks[i] : ((ranks[i] - 1.0) / (values.Length - 1) * (high - low)) + low;
                }

                break;
            case NormalisationMethod.Goalposts:
                var posts = node.Goalposts!;
                for (var i = 0; i < x.Length; i++)
                {
                    var y = direction == 1 ? (x[i] - posts.Lower) / (posts.Upper - posts.Lower) : (posts.Upper - x[i]) / (posts.Upper - posts.Lower);
                    x[i] = (Math.Clamp(y, 0, 1) * (high - low)) + low;
                }

                break;
            default:
                var target = node.Target!.Value;
                var reference = direction == 1 ? min : max;
                if (reference == target)
                {
                    x.Fill(double.NaN);
                    return (min, max, string.Create(CultureInfo.InvariantCulture, $"the target {target} equals the {(direction == 1 ? "least" : "greatest")} value: no distance to normalise by"));
                }

                for (var i = 0; i < x.Length; i++)
                {
                    var y = direction == 1 ? (x[i] - min) / (target - min) : (max - x[i]) / (max - target);
                    x[i] = (Math.Min(y, 1) * (high - low)) + low;
                }

                break;
        }

        return (min, max, null);
    }

    private static string ZeroRange(double value) =>
        string.Create(CultureInfo.InvariantCulture, $"every value is {value}: a zero range, so the normalised values are missing (COINr gives NaN)");
}
