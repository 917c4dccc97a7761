using System.Text;
using NetworkGraph.Core.Coordination;

namespace NetworkGraph.Core.Clustering;

/// <summary>One text per row kept as UTF-8 in a few large buffers instead of one string per row: about half the bytes
/// of UTF-16 strings and no object per row. Rows may share their bytes (a retweet carries its original's text).</summary>
public sealed class TextColumn
{
    /// <summary>The size of a full buffer; a longer text gets a buffer of its own.</summary>
    private const int ChunkBytes = 1 << 24;

    /// <summary>The size of the first buffer: each next one doubles up to <see cref="ChunkBytes"/>, so a column of a few
    /// texts holds no 16 MB buffer.</summary>
    private const int FirstChunkBytes = 1 << 16;

    private readonly byte[][] _chunks;
    private readonly Slot[] _slots;

    private TextColumn(byte[][] chunks, Slot[] slots)
    {
        _chunks = chunks;
        _slots = slots;
    }

    /// <summary>Number of rows.</summary>
    public int Count => _slots.Length;

    /// <summary>The UTF-8 bytes of a row's text.</summary>
    public ReadOnlySpan<byte> Utf8(int row)
    {
        var s = _slots[row];
        return _chunks[s.Chunk].AsSpan(s.Offset, s.Length);
    }

    /// <summary>A row's text as a string (what <see cref="Encoding.UTF8"/> decodes from its bytes).</summary>
    public string this[int row] => Encoding.UTF8.GetString(Utf8(row));

    /// <summary>The column of <paramref name="texts"/>, row for row (each string encoded as <see cref="Encoding.UTF8"/>
    /// does: a lone surrogate becomes U+FFFD).</summary>
    public static TextColumn Of(IEnumerable<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var builder = new Builder();
        foreach (var t in texts)
        {
            builder.Add(t);
        }

        return builder.Build();
    }

    /// <summary>Builds a column row by row.</summary>
    public sealed class Builder
    {
        private readonly List<byte[]> _chunks = [];
        private readonly BlockList<Slot> _slots = new();
        private byte[] _current = [];
        private int _used;

        /// <summary>Number of rows added.</summary>
        public int Count => _slots.Count;

        /// <summary>Appends a row holding a copy of <paramref name="utf8"/>.</summary>
        public void Add(ReadOnlySpan<byte> utf8)
        {
            var at = Reserve(utf8.Length);
            utf8.CopyTo(_current.AsSpan(at));
            _slots.Add(new Slot(_chunks.Count - 1, at, utf8.Length));
        }

        /// <summary>Appends a row holding <paramref name="text"/> as UTF-8.</summary>
        public void Add(string text)
        {
            ArgumentNullException.ThrowIfNull(text);
            var at = Reserve(Encoding.UTF8.GetByteCount(text));
            var n = Encoding.UTF8.GetBytes(text, _current.AsSpan(at));
            _slots.Add(new Slot(_chunks.Count - 1, at, n));
        }

        /// <summary>Appends a row sharing the bytes of row <paramref name="row"/> (no copy).</summary>
        public void AddSameAs(int row)
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)row, (uint)Count, nameof(row));
            _slots.Add(_slots[row]);
        }

        /// <summary>The bytes of a row added so far.</summary>
        public ReadOnlySpan<byte> Utf8(int row)
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)row, (uint)Count, nameof(row));
            var s = _slots[row];
            return _chunks[s.Chunk].AsSpan(s.Offset, s.Length);
        }

        /// <summary>The column of the rows added, with its rows in the order <paramref name="order"/> gives (row k is
        /// the added row order[k]); all rows in the order added when null.</summary>
        public TextColumn Build(int[]? order = null)
        {
            var slots = order is null ? _slots.ToArray() : _slots.Permuted(order);

            // The last buffer is cut to what it holds; shared rows point into buffers already built.
            if (_chunks.Count > 0 && _used < _current.Length)
            {
                _chunks[^1] = _current.AsSpan(0, _used).ToArray();
                _current = _chunks[^1];
            }

            return new TextColumn([.. _chunks], slots);
        }

        private int Reserve(int length)
        {
            if (_chunks.Count == 0 || _used + length > _current.Length)
            {
                // Bytes are written before they are read (and the last buffer is cut to them): no zeroing.
                _current = GC.AllocateUninitializedArray<byte>(Math.Max(Math.Clamp(2 * _current.Length, FirstChunkBytes, ChunkBytes), length));
                _chunks.Add(_current);
                _used = 0;
            }

            var at = _used;
            _used += length;
            return at;
        }
    }

    /// <summary>Where a row's bytes are: buffer, offset and length.</summary>
    private readonly record struct Slot(int Chunk, int Offset, int Length);
}
