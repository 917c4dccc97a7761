namespace NetworkGraph.Core.Coordination;

/// <summary>An append-only list held in blocks of at most 64K items: what it holds is never copied as it grows, no
/// single huge array is needed while it fills, and any item is read by index.</summary>
/// <remarks>The first block starts small and doubles up to the block size (the many short lists of the graph build stay
/// small); every later block is full-sized, so item i lives in block i / 64K.</remarks>
public sealed class BlockList<T>
{
    private const int Shift = 16;
    private const int BlockSize = 1 << Shift;
    private const int Mask = BlockSize - 1;
    private const int FirstBlock = 256;
    private readonly List<T[]> _blocks = [];

    /// <summary>How many items were added.</summary>
    public int Count { get; private set; }

    /// <summary>The item added <paramref name="index"/>-th.</summary>
    public T this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)Count, nameof(index));
            return _blocks[index >> Shift][index & Mask];
        }
    }

    /// <summary>Appends an item.</summary>
    public void Add(T item)
    {
        var offset = Count & Mask;
        if (offset == 0)
        {
            // Blocks are always written before they are read: no zeroing.
            _blocks.Add(GC.AllocateUninitializedArray<T>(_blocks.Count == 0 ? FirstBlock : BlockSize));
        }
        else if (offset == _blocks[^1].Length)
        {
            var grown = GC.AllocateUninitializedArray<T>(Math.Min(BlockSize, offset * 2));
            _blocks[^1].CopyTo(grown, 0);
            _blocks[^1] = grown;
        }

        _blocks[^1][offset] = item;
        Count++;
    }

    /// <summary>The items in one array of exactly <see cref="Count"/> items.</summary>
    public T[] ToArray()
    {
        var items = GC.AllocateUninitializedArray<T>(Count);
        CopyTo(items);
        return items;
    }

    /// <summary>The items in one array of exactly <see cref="Count"/> items; the blocks are let go and the list is empty.</summary>
    public T[] MoveToArray()
    {
        var items = ToArray();
        _blocks.Clear();
        Count = 0;
        return items;
    }

    /// <summary>The items in the order <paramref name="order"/> gives: entry k is the item added order[k]-th.</summary>
    public T[] Permuted(ReadOnlySpan<int> order)
    {
        var items = GC.AllocateUninitializedArray<T>(order.Length);
        for (var k = 0; k < order.Length; k++)
        {
            var index = order[k];
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)Count, nameof(order));
            items[k] = _blocks[index >> Shift][index & Mask];
        }

        return items;
    }

    /// <summary>Copies every item, in insertion order, to the start of <paramref name="destination"/>.</summary>
    public void CopyTo(Span<T> destination)
    {
        for (var b = 0; b < _blocks.Count; b++)
        {
            var n = Math.Min(BlockSize, Count - (b << Shift));
            _blocks[b].AsSpan(0, n).CopyTo(destination[(b << Shift)..]);
        }
    }
}
