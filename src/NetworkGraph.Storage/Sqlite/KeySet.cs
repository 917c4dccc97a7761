namespace NetworkGraph.Storage.Sqlite;

/// <summary>A fixed set of keys asked about once per row of a scan: a flag per key of their span when the span is small
/// beside the keys' count (account keys are a table's dense row ids), else a hash set.</summary>
internal sealed class KeySet
{
    /// <summary>The widest span kept as flags (64 MB at most).</summary>
    private const long MaxFlagSpan = 1 << 26;

    /// <summary>Flags per key a set may spend beyond a base of 64 KB (a few keys far apart are hashed).</summary>
    private const long FlagsPerKey = 64;

    private readonly bool[]? _flags;
    private readonly long _first;
    private readonly HashSet<long>? _keys;

    private KeySet(bool[]? flags, long first, HashSet<long>? keys)
    {
        (_flags, _first, _keys) = (flags, first, keys);
    }

    /// <summary>The set of <paramref name="keys"/> (read, not held, when they are kept as flags).</summary>
    public static KeySet Of(HashSet<long> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (keys.Count == 0)
        {
            return new KeySet([], 0, null);
        }

        var (min, max) = (keys.Min(), keys.Max());
        var span = (Int128)max - min + 1;
        if (span > MaxFlagSpan || span > (FlagsPerKey * keys.Count) + (1 << 16))
        {
            return new KeySet(null, 0, keys);
        }

        var flags = new bool[max - min + 1];
        foreach (var key in keys)
        {
            flags[key - min] = true;
        }

        return new KeySet(flags, min, null);
    }

    /// <summary>Whether <paramref name="key"/> is in the set.</summary>
    public bool Contains(long key)
    {
        if (_flags is null)
        {
            return _keys!.Contains(key);
        }

        var at = (ulong)(key - _first);
        return at < (ulong)_flags.Length && _flags[at];
    }
}
