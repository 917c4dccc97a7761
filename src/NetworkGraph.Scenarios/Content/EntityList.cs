namespace NetworkGraph.Scenarios.Content;

/// <summary>A small list of UTF-8 strings kept in one arena (no allocation per post).</summary>
internal sealed class EntityList
{
    private const int MaxItems = 16;
    private byte[] _arena = new byte[1024];
    private readonly int[] _starts = new int[MaxItems];
    private readonly int[] _lengths = new int[MaxItems];
    private int _used;

    public int Count { get; private set; }

    public ReadOnlySpan<byte> this[int index] => _arena.AsSpan(_starts[index], _lengths[index]);

    public void Clear()
    {
        Count = 0;
        _used = 0;
    }

    public void Add(ReadOnlySpan<byte> item)
    {
        if (Count == MaxItems)
        {
            return;
        }

        if (_used + item.Length > _arena.Length)
        {
            Array.Resize(ref _arena, Math.Max(_arena.Length * 2, _used + item.Length));
        }

        item.CopyTo(_arena.AsSpan(_used));
        _starts[Count] = _used;
        _lengths[Count] = item.Length;
        _used += item.Length;
        Count++;
    }
}
