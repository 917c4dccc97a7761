namespace NetworkGraph.Core.Coordination;

/// <summary>Dense ids of 64-bit hashes: an open-addressing table (linear probing) whose slots hold the hash and its id
/// side by side, so a lookup reads one cache line where a <see cref="Dictionary{TKey, TValue}"/> reads its bucket and
/// then its entry (two misses each in a table of millions of texts).</summary>
/// <remarks>The hashes must be well mixed (the top bits place a hash). Lookups may run on several threads while no
/// thread adds.</remarks>
internal sealed class HashIds
{
    private const int MinBits = 10;
    private Slot[] _slots = new Slot[1 << MinBits];
    private int _shift = 64 - MinBits;

    /// <summary>How many hashes have an id.</summary>
    public int Count { get; private set; }

    /// <summary>The id of <paramref name="hash"/>; -1 when it has none.</summary>
    public int IdOf(ulong hash) => _slots[Find(_slots, _shift, hash)].Id - 1;

    /// <summary>The id of <paramref name="hash"/>; a new hash gets <paramref name="newId"/> and
    /// <paramref name="added"/> says so.</summary>
    public int GetOrAdd(ulong hash, int newId, out bool added)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(newId);
        var at = Find(_slots, _shift, hash);
        if (_slots[at].Id != 0)
        {
            added = false;
            return _slots[at].Id - 1;
        }

        _slots[at] = new Slot(hash, newId + 1);
        Count++;
        if (Count > _slots.Length / 4 * 3)
        {
            Grow();
        }

        added = true;
        return newId;
    }

    /// <summary>The slot holding <paramref name="hash"/>, or the free slot where it would go.</summary>
    private static int Find(Slot[] slots, int shift, ulong hash)
    {
        var mask = slots.Length - 1;
        var at = (int)(hash >> shift);
        while (slots[at].Id != 0 && slots[at].Hash != hash)
        {
            at = (at + 1) & mask;
        }

        return at;
    }

    private void Grow()
    {
        var shift = _shift - 1;
        var slots = new Slot[_slots.Length * 2];
        foreach (var slot in _slots)
        {
            if (slot.Id != 0)
            {
                slots[Find(slots, shift, slot.Hash)] = slot;
            }
        }

        (_slots, _shift) = (slots, shift);
    }

    /// <summary>A hash and its id + 1 (0: free).</summary>
    private readonly record struct Slot(ulong Hash, int Id);
}
