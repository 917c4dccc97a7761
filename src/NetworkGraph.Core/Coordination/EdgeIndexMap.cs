using System.Numerics;
using NetworkGraph.Core.Text;

namespace NetworkGraph.Core.Coordination;

/// <summary>Open-addressing map from an account pair (lo &lt; hi) to a dense index; read-only once filled.</summary>
internal sealed class EdgeIndexMap
{
    private readonly ulong[] _keys;
    private readonly int[] _values;
    private readonly int _mask;

    public EdgeIndexMap(int capacity)
    {
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, capacity * 2));
        _keys = new ulong[size];
        _values = new int[size];
        _mask = size - 1;
    }

    public static ulong Pack(int lo, int hi) => ((ulong)(uint)lo << 32) | (uint)hi;

    public void Add(int lo, int hi, int value)
    {
        var key = Pack(lo, hi); // never 0, since hi > lo >= 0
        var slot = (int)StableHash.Mix(key) & _mask;
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
        var slot = (int)StableHash.Mix(key) & _mask;
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
}
