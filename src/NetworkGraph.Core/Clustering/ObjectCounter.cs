namespace NetworkGraph.Core.Clustering;

/// <summary>Counts objects by key, keeping the first label seen; top lists are ordered by count, then key.</summary>
internal sealed class ObjectCounter
{
    private readonly Dictionary<string, (string Label, int Count)> _counts = new(StringComparer.Ordinal);

    public int Distinct => _counts.Count;

    public void Add(string key, string label)
    {
        if (!TryIncrement(key))
        {
            _counts[key] = (label, 1);
        }
    }

    /// <summary>Counts one more of a key already seen; false when the key is new (then call <see cref="Add"/>).</summary>
    public bool TryIncrement(string key)
    {
        ref var slot = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrNullRef(_counts, key);
        if (System.Runtime.CompilerServices.Unsafe.IsNullRef(ref slot))
        {
            return false;
        }

        slot.Count++;
        return true;
    }

    public IReadOnlyList<ObjectCount> Top(int n) =>
        Array.ConvertAll(
            TopSelection.First(_counts, n, (x, y) => y.Value.Count.CompareTo(x.Value.Count) is var c && c != 0 ? c : string.CompareOrdinal(x.Key, y.Key)),
            kv => new ObjectCount(kv.Key, kv.Value.Label, kv.Value.Count));
}
