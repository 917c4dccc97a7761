namespace NetworkGraph.Core.Coordination;

/// <summary>An append-only array that doubles when full; cheaper than List for hot columns.</summary>
internal sealed class GrowArray<T>
{
    private T[] _items;

    public GrowArray(int capacity = 16)
    {
        _items = new T[Math.Max(4, capacity)];
    }

    public int Count { get; private set; }

    public ref T this[int index] => ref _items[index];

    public void Add(T item)
    {
        if (Count == _items.Length)
        {
            Array.Resize(ref _items, checked(_items.Length * 2));
        }

        _items[Count++] = item;
    }

    public void AddRange(ReadOnlySpan<T> items)
    {
        if (Count + items.Length > _items.Length)
        {
            Array.Resize(ref _items, Math.Max(Count + items.Length, checked(_items.Length * 2)));
        }

        items.CopyTo(_items.AsSpan(Count));
        Count += items.Length;
    }

    public Span<T> AsSpan() => _items.AsSpan(0, Count);

    /// <summary>The items, as memory (valid until the next add).</summary>
    public Memory<T> AsMemory() => _items.AsMemory(0, Count);

    /// <summary>Forgets the items, keeping the storage.</summary>
    public GrowArray<T> Cleared()
    {
        Count = 0;
        return this;
    }

    /// <summary>Returns the items in an array of exactly <see cref="Count"/> elements (the builder must not be used after).</summary>
    public T[] ToTrimmedArray()
    {
        if (_items.Length != Count)
        {
            Array.Resize(ref _items, Count);
        }

        return _items;
    }
}
