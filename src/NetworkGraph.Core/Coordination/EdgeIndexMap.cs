using System.Numerics;
using NetworkGraph.Core.Text;

namespace NetworkGraph.Core.Coordination;

/// <summary>Open-addressing map from an account pair (lo &lt; hi) to a dense index; read-only once filled.</summary>
/// <remarks>A blocked Bloom filter (one 64-bit word per key, three bits, about 8 bits per key) answers most misses
/// from a cache-resident array: phase two probes every pair in the window, and most pairs belong to no kept edge.</remarks>
internal sealed class EdgeIndexMap
{
    private readonly ulong[] _keys;
    private readonly int[] _values;
    private readonly int _mask;
    private readonly ulong[] _filter;
    private readonly int _filterMask;

    public EdgeIndexMap(int capacity)
    {
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, capacity * 2));
        _keys = new ulong[size];
        _values = new int[size];
        _mask = size - 1;
        var words = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(64, capacity / 8));
        _filter = new ulong[words];
        _filterMask = words - 1;
    }

    public static ulong Pack(int lo, int hi) => ((ulong)(uint)lo << 32) | (uint)hi;

    public void Add(int lo, int hi, int value)
    {
        var key = Pack(lo, hi); // never 0, since hi > lo >= 0
        var hash = StableHash.Mix(key);
        _filter[(int)hash & _filterMask] |= FilterBits(hash);
        var slot = (int)(hash >> 32) & _mask;
        while (_keys[slot] != 0)
        {
            slot = (slot + 1) & _mask;
        }

        _keys[slot] = key;
        _values[slot] = value;
    }

    public bool TryGet(int lo, int hi, out int value)
    {
        var key = Pack(lo, hi);
        var hash = StableHash.Mix(key);
        var bits = FilterBits(hash);
        if ((_filter[(int)hash & _filterMask] & bits) != bits)
        {
            value = -1;
            return false;
        }

        var slot = (int)(hash >> 32) & _mask;
        while (true)
        {
            var stored = _keys[slot];
            if (stored == key)
            {
                value = _values[slot];
                return true;
            }

            if (stored == 0)
            {
                value = -1;
                return false;
            }

            slot = (slot + 1) & _mask;
        }
    }

    private static ulong FilterBits(ulong hash) =>
        (1UL << (int)(hash >> 58)) | (1UL << (int)((hash >> 52) & 63)) | (1UL << (int)((hash >> 46) & 63));
}
