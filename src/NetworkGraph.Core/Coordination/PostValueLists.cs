namespace NetworkGraph.Core.Coordination;

/// <summary>A list column of a <see cref="PostBatch"/> (hashtags, URLs or mentioned accounts): per row, the ids of its
/// values in <see cref="Values"/>, a table of distinct values that every batch of one read shares, so that each value is
/// looked at once per read rather than once per post.</summary>
public sealed class PostValueLists
{
    private readonly int[] _starts; // row r (below _rows) holds _ids[_starts[r] .. _starts[r + 1])
    private int[] _ids = new int[256];
    private int _rows;
    private IReadOnlyList<string> _values = [];

    /// <summary>Creates an empty column for up to <paramref name="capacity"/> rows.</summary>
    public PostValueLists(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _starts = new int[capacity + 1];
    }

    /// <summary>The distinct values by id (e.g. hashtags as written); one list for every batch of a read, whose values
    /// never change once given (values may be appended).</summary>
    public IReadOnlyList<string> Values
    {
        get => _values;
        set => _values = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>The value ids of row <paramref name="row"/>, in the order added; empty where none or not read.</summary>
    public ReadOnlySpan<int> IdsOf(int row) =>
        row < _rows ? _ids.AsSpan(_starts[row], _starts[row + 1] - _starts[row]) : default;

    /// <summary>The values of row <paramref name="row"/>.</summary>
    public IEnumerable<string> ValuesOf(int row)
    {
        var ids = IdsOf(row).ToArray();
        return ids.Select(id => _values[id]);
    }

    /// <summary>Appends value <paramref name="id"/> to row <paramref name="row"/>; rows are filled in order (rows
    /// skipped stay empty).</summary>
    public void Add(int row, int id)
    {
        if (row < _rows - 1 || row + 1 >= _starts.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(row), row, "Rows are filled in order, within the capacity.");
        }

        var used = _starts[_rows];
        while (_rows <= row)
        {
            _starts[++_rows] = used; // opens the rows up to this one, empty
        }

        if (used == _ids.Length)
        {
            Array.Resize(ref _ids, _ids.Length * 2);
        }

        _ids[used] = id;
        _starts[row + 1] = used + 1;
    }

    /// <summary>Empties the column for refilling (the arrays and <see cref="Values"/> are kept).</summary>
    public void Clear() => _rows = 0;
}
