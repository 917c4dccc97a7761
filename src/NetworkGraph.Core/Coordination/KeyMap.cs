using System.Runtime.CompilerServices;

namespace NetworkGraph.Core.Coordination;

/// <summary>Maps a store's 64-bit keys to non-negative numbers: small keys of either sign (rowids, and the dense
/// negative keys a store gives ids that are not numbers) through tables indexed by the key, all others through a
/// dictionary, so that a lookup of a small key reads one array slot and hashes nothing.</summary>
/// <remarks>A table grows to the largest small key it holds, so positive keys go in one only below the bound given:
/// keys that are numeric ids are sparse (a few accounts with ids in the millions would make tens of megabytes).</remarks>
public sealed class KeyMap
{
    private const long MaxNegativeTableKey = 1 << 24;
    private readonly long _maxPositiveTableKey;
    private int[] _positive = new int[1024]; // value + 1; 0: absent
    private int[] _negative = new int[1024]; // by -key, value + 1; 0: absent
    private Dictionary<long, int>? _large;

    /// <summary>Creates an empty map whose table holds the non-negative keys below <paramref name="maxPositiveTableKey"/>
    /// (at most 2^24) and the negative keys above -2^24.</summary>
    public KeyMap(long maxPositiveTableKey)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxPositiveTableKey);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxPositiveTableKey, MaxNegativeTableKey);
        _maxPositiveTableKey = maxPositiveTableKey;
    }

    /// <summary>How many keys the map holds.</summary>
    public int Count { get; private set; }

    /// <summary>Whether <paramref name="key"/> is mapped, and to what.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryGetValue(long key, out int value)
    {
        if (key >= 0 && key < _maxPositiveTableKey)
        {
            value = key < _positive.Length ? _positive[key] - 1 : -1;
            return value >= 0;
        }

        if (key < 0 && key > -MaxNegativeTableKey)
        {
            value = -key < _negative.Length ? _negative[-key] - 1 : -1;
            return value >= 0;
        }

        value = -1;
        return _large?.TryGetValue(key, out value) == true;
    }

    /// <summary>Maps <paramref name="key"/>, which the map does not hold yet, to <paramref name="value"/> (not negative).</summary>
    public void Add(long key, int value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        if (key >= 0 && key < _maxPositiveTableKey)
        {
            AddToTable(ref _positive, key, value, _maxPositiveTableKey);
        }
        else if (key < 0 && key > -MaxNegativeTableKey)
        {
            AddToTable(ref _negative, -key, value, MaxNegativeTableKey);
        }
        else
        {
            (_large ??= []).Add(key, value);
        }

        Count++;
    }

    private static void AddToTable(ref int[] table, long index, int value, long bound)
    {
        if (index >= table.Length)
        {
            Array.Resize(ref table, (int)Math.Min(bound, Math.Max(index + 1, table.Length * 2L)));
        }

        if (table[index] != 0)
        {
            throw new ArgumentException($"The key is already mapped to {table[index] - 1}.", nameof(index));
        }

        table[index] = value + 1;
    }
}
