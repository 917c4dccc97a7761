using System.Runtime.CompilerServices;

namespace NetworkGraph.Scenarios.Sampling;

/// <summary>
/// xoshiro256** seeded through splitmix64. Our own generator so that a seed gives the same stream on every
/// machine and .NET version (System.Random's algorithm for a given seed is not a compatibility promise).
/// </summary>
internal sealed class Rng
{
    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;

    public Rng(ulong seed) => Reseed(seed);

    /// <summary>Restarts the generator from a new seed (lets hot paths reuse one instance).</summary>
    public void Reseed(ulong seed)
    {
        var x = seed;
        _s0 = SplitMix(ref x);
        _s1 = SplitMix(ref x);
        _s2 = SplitMix(ref x);
        _s3 = SplitMix(ref x);
    }

    /// <summary>A generator for one named sub-stream, so that streams do not shift when another stream changes.</summary>
    public static Rng For(long seed, ulong stream, long a = 0, long b = 0) => new(Mix(seed, stream, a, b));

    /// <summary>Hashes a few integers into one well-mixed 64-bit value.</summary>
    public static ulong Mix(long seed, ulong stream, long a = 0, long b = 0)
    {
        var x = (ulong)seed * 0x9E3779B97F4A7C15UL;
        x = Fold(x ^ stream);
        x = Fold(x ^ (ulong)a);
        return Fold(x ^ (ulong)b);
    }

    /// <summary>The splitmix64 finaliser (a bijection on 64 bits).</summary>
    public static ulong Fold(ulong z)
    {
        z += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong NextULong()
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

    /// <summary>A uniform integer in [0, n); n must be positive.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Next(int n) => (int)((NextULong() >> 32) * (ulong)(uint)n >> 32);

    /// <summary>A uniform integer in [min, max).</summary>
    public int Next(int min, int max) => min + Next(max - min);

    /// <summary>A uniform long in [0, n).</summary>
    public long NextLong(long n) => (long)Math.BigMul(NextULong(), (ulong)n, out _);

    /// <summary>A uniform double in [0, 1).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double NextDouble() => (NextULong() >> 11) * (1.0 / (1UL << 53));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Chance(double p) => NextDouble() < p;

    public T Pick<T>(T[] items) => items[Next(items.Length)];

    /// <summary>Exponential with the given mean.</summary>
    public double Exponential(double mean) => -mean * Math.Log(1.0 - NextDouble());

    /// <summary>Standard normal (Box-Muller, one value per call).</summary>
    public double Normal()
    {
        var u1 = 1.0 - NextDouble();
        var u2 = NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    /// <summary>Log-normal with the given median and shape sigma.</summary>
    public double LogNormal(double median, double sigma) => median * Math.Exp(sigma * Normal());

    /// <summary>Poisson count (inversion for small means, normal approximation above 40).</summary>
    public int Poisson(double mean)
    {
        if (mean <= 0)
        {
            return 0;
        }

        if (mean > 40)
        {
            return Math.Max(0, (int)Math.Round(mean + (Math.Sqrt(mean) * Normal())));
        }

        var limit = Math.Exp(-mean);
        var k = 0;
        var p = NextDouble();
        while (p > limit)
        {
            k++;
            p *= NextDouble();
        }

        return k;
    }

    /// <summary>Geometric count of failures before a success with probability p.</summary>
    public int Geometric(double p) => (int)Math.Floor(Math.Log(1.0 - NextDouble()) / Math.Log(1.0 - p));

    /// <summary>Fisher-Yates shuffle of the whole span.</summary>
    public void Shuffle<T>(Span<T> items)
    {
        for (var i = items.Length - 1; i > 0; i--)
        {
            var j = Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }

    private static ulong SplitMix(ref ulong x)
    {
        x += 0x9E3779B97F4A7C15UL;
        var z = x;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong RotateLeft(ulong x, int k) => (x << k) | (x >> (64 - k));
}
