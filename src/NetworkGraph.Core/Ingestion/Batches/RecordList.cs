namespace NetworkGraph.Core.Ingestion.Batches;

/// <summary>A growable array of structs that is cleared without freeing, so a recycled batch allocates nothing.</summary>
internal sealed class RecordList<T>
    where T : struct
{
    private T[] _items;

    public RecordList(int capacity) => _items = new T[capacity];

    public int Count { get; private set; }

    public ReadOnlySpan<T> Span => _items.AsSpan(0, Count);

    public void Add(in T item)
    {
        if (Count == _items.Length)
        {
            Array.Resize(ref _items, _items.Length * 2);
        }

        _items[Count++] = item;
    }

    public ref T this[int index] => ref _items[index];

    public void Clear() => Count = 0;
}
