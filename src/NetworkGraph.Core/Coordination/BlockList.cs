namespace NetworkGraph.Core.Coordination;

/// <summary>An append-only list in growing blocks: no copy on growth and no single huge array.</summary>
internal sealed class BlockList<T>
{
    private const int FirstBlock = 256;
    private const int LargestBlock = 1 << 16;
    private readonly List<T[]> _full = [];
    private T[] _current = [];
    private int _used;

    public long Count { get; private set; }

    public void Add(T item)
    {
        if (_used == _current.Length)
        {
            if (_current.Length > 0)
            {
                _full.Add(_current);
            }

            // Blocks are always written before they are read: skip zeroing them.
            _current = GC.AllocateUninitializedArray<T>(_current.Length == 0 ? FirstBlock : Math.Min(LargestBlock, _current.Length * 2));
            _used = 0;
        }

        _current[_used++] = item;
        Count++;
    }

    /// <summary>The items in one array of exactly <see cref="Count"/> items; the blocks are let go.</summary>
    public T[] ToArray()
    {
        var items = GC.AllocateUninitializedArray<T>(checked((int)Count));
        CopyTo(items);
        _full.Clear();
        _current = [];
        _used = 0;
        Count = 0;
        return items;
    }

    /// <summary>Copies every item, in insertion order, to the start of <paramref name="destination"/>.</summary>
    public void CopyTo(Span<T> destination)
    {
        var offset = 0;
        foreach (var block in _full)
        {
            block.CopyTo(destination[offset..]);
            offset += block.Length;
        }

        _current.AsSpan(0, _used).CopyTo(destination[offset..]);
    }
}
