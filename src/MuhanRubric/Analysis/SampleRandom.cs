using MathNet.Numerics.Random;

namespace MuhanRubric.Analysis;

/// <summary>
/// xoshiro256** (Blackman and Vigna 2018) with a full 64-bit seed, re-seeded for every Monte Carlo sample from
/// <c>(seed, sample index)</c> through SplitMix64. MathNet's <c>Xoshiro256StarStar</c> takes only a 32-bit seed,
/// which among 100,000 per-sample streams would make two identical samples likely (birthday bound); this one
/// derives the 256-bit state from 64 bits of seed and 64 bits of index.
/// </summary>
/// <remarks>
/// A <see cref="RandomSource"/>, with allocation-free normal and Gamma draws of its own. Not thread-safe: each
/// worker owns one and re-seeds it per sample, which makes a sample's draws independent of the thread that runs it.
/// </remarks>
internal sealed class SampleRandom : RandomSource
{
    private const double DoubleUnit = 1.0 / (1UL << 53);

    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;
    private double _spareGaussian;
    private bool _hasSpareGaussian;

    public SampleRandom(ulong seed, long sample)
        : base(false) => Reseed(seed, sample);

    /// <summary>Starts the stream of one sample.</summary>
    /// <param name="seed">The run's seed.</param>
    /// <param name="sample">The sample index.</param>
    public void Reseed(ulong seed, long sample)
    {
        unchecked
        {
            // The seed is mixed first, so that nearby seeds and nearby indices give unrelated streams.
            var x = Mix(seed + 0x9E3779B97F4A7C15UL) + ((ulong)sample * 0xD1B54A32D192ED03UL);
            _s0 = SplitMix64(ref x);
            _s1 = SplitMix64(ref x);
            _s2 = SplitMix64(ref x);
            _s3 = SplitMix64(ref x);
            _hasSpareGaussian = false;
        }
    }

    /// <summary>A standard normal draw (Marsaglia's polar method; the second draw of a pair is kept for the next call).</summary>
    public double NextGaussian()
    {
        if (_hasSpareGaussian)
        {
            _hasSpareGaussian = false;
            return _spareGaussian;
        }

        double u, v, s;
        do
        {
            u = (2 * DoSample()) - 1;
            v = (2 * DoSample()) - 1;
            s = (u * u) + (v * v);
        }
        while (s >= 1 || s == 0);

        var factor = Math.Sqrt(-2 * Math.Log(s) / s);
        _spareGaussian = v * factor;
        _hasSpareGaussian = true;
        return u * factor;
    }

    /// <summary>
    /// A Gamma(shape, 1) draw (Marsaglia and Tsang 2000; for a shape below 1, a Gamma(shape + 1) draw times
    /// <c>U^(1/shape)</c>). Allocation-free, unlike MathNet's Dirichlet sampler, which returns a new array per draw.
    /// </summary>
    public double NextGamma(double shape)
    {
        if (shape < 1)
        {
            return NextGamma(shape + 1) * Math.Pow(DoSample(), 1 / shape);
        }

        var d = shape - (1d / 3);
        var c = 1 / Math.Sqrt(9 * d);
        while (true)
        {
            double x, v;
            do
            {
                x = NextGaussian();
                v = 1 + (c * x);
            }
            while (v <= 0);

            v = v * v * v;
            var u = DoSample();
            if (u < 1 - (0.0331 * x * x * x * x) || Math.Log(u) < (0.5 * x * x) + (d * (1 - v + Math.Log(v))))
            {
                return d * v;
            }
        }
    }

    /// <summary>The next 64 random bits.</summary>
    public ulong NextUInt64()
    {
        unchecked
        {
            var result = RotateLeft(_s1 * 5, 7) * 9;
            var t = _s1 << 17;
            _s2 ^= _s0;
            _s3 ^= _s1;
            _s1 ^= _s2;
            _s0 ^= _s3;
            _s2 ^= t;
            _s3 = RotateLeft(_s3, 45);
            return result;
        }
    }

    /// <summary>A double in [0, 1) with 53 random bits.</summary>
    public double NextUnit() => DoSample();

    /// <summary>A double in [0, 1) with 53 random bits.</summary>
    protected override double DoSample() => (NextUInt64() >> 11) * DoubleUnit;

    /// <summary>A non-negative int below <see cref="int.MaxValue"/>.</summary>
    protected override int DoSampleInteger()
    {
        while (true)
        {
            var value = (int)(NextUInt64() >> 33);
            if (value != int.MaxValue)
            {
                return value;
            }
        }
    }

    private static ulong RotateLeft(ulong x, int k) => (x << k) | (x >> (64 - k));

    private static ulong SplitMix64(ref ulong x)
    {
        unchecked
        {
            x += 0x9E3779B97F4A7C15UL;
            return Mix(x);
        }
    }

    private static ulong Mix(ulong z)
    {
        unchecked
        {
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }
}
