namespace NetworkGraph.Core.Coordination;

/// <summary>What each value id of a <see cref="PostValueLists"/> stands for in a share table (an object, an account, or
/// nothing: -1), so that a value is normalised and looked up once per read, not once per post that carries it.</summary>
/// <remarks>It remembers one value table: a batch with another table starts it afresh (the table of objects is the
/// truth; this only spares finding an object again).</remarks>
internal sealed class ValueIdMap
{
    private const int Unknown = int.MinValue;
    private IReadOnlyList<string>? _values;
    private int[] _mapped = [];

    /// <summary>Whether id <paramref name="id"/> of <paramref name="values"/> was mapped (see <see cref="Set"/>), and
    /// to what.</summary>
    public bool TryGet(IReadOnlyList<string> values, int id, out int mapped)
    {
        if (!ReferenceEquals(values, _values))
        {
            _values = values;
            _mapped = [];
        }

        if ((uint)id >= (uint)_mapped.Length)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(id);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(id, values.Count);
            var grown = new int[Math.Max(values.Count, 16)];
            Array.Fill(grown, Unknown);
            _mapped.CopyTo(grown, 0);
            _mapped = grown;
        }

        mapped = _mapped[id];
        return mapped != Unknown;
    }

    /// <summary>Maps id <paramref name="id"/> of the values last asked about to <paramref name="mapped"/>.</summary>
    public void Set(int id, int mapped) => _mapped[id] = mapped;
}
