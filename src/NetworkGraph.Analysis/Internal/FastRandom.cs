namespace NetworkGraph.Analysis.Internal;

/// xoshiro256** seeded through SplitMix64: small, fast and identical on every platform and runtime,
/// which System.Random does not promise for its unseeded paths.
internal struct FastRandom
{
    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;

    public FastRandom(ulong seed)
    {
        _s0 = SplitMix(ref seed);
        _s1 = SplitMix(ref seed);
        _s2 = SplitMix(ref seed);
        _s3 = SplitMix(ref seed);
    }

    /// Derives an independent stream from a seed and up to three integers (level, community...).
    public static FastRandom Derive(ulong seed, long a, long b = 0, long c = 0)
    {
        var x = seed;
        var h = SplitMix(ref x);
        h ^= (ulong)a * 0x9E3779B97F4A7C15UL;
        h = SplitMix(ref h);
        h ^= (ulong)b * 0xC2B2AE3D27D4EB4FUL;
        h = SplitMix(ref h);
        h ^= (ulong)c * 0x165667B19E3779F9UL;
        return new FastRandom(h);
    }

    public ulong NextUInt64()
    {
        var result = ulong.RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = ulong.RotateLeft(_s3, 45);
        return result;
    }

    /// Uniform integer in [0, bound) (Lemire's multiply-shift; the tiny bias is irrelevant here).
    public int NextInt(int bound) => (int)((NextUInt64() >> 32) * (ulong)(uint)bound >> 32);

    /// Uniform double in [0, 1).
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// Fisher-Yates shuffle in place.
    public void Shuffle(Span<int> items)
    {
        for (var i = items.Length - 1; i > 0; i--)
        {
            var j = NextInt(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }

    /// Fills `items` with 0..Length-1 in a random order of blocks of `block` consecutive values, each block
    /// shuffled inside. Nearly as random as a full shuffle when ids carry no structure, and consecutive visits
    /// stay within a few cache lines of every per-node array.
    public void BlockShuffle(Span<int> items, int block)
    {
        var blocks = (items.Length + block - 1) / block;
        Span<int> order = blocks <= 1024 ? stackalloc int[blocks] : new int[blocks];
        for (var b = 0; b < blocks; b++)
        {
            order[b] = b;
        }

        Shuffle(order);
        var at = 0;
        foreach (var b in order)
        {
            var start = b * block;
            var length = Math.Min(block, items.Length - start);
            var slice = items.Slice(at, length);
            for (var i = 0; i < length; i++)
            {
                slice[i] = start + i;
            }

            Shuffle(slice);
            at += length;
        }
    }

    private static ulong SplitMix(ref ulong state)
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
