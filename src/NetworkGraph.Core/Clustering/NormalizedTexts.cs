using System.Buffers;
using System.Text;
using NetworkGraph.Core.Model;
using NetworkGraph.Core.Text;

namespace NetworkGraph.Core.Clustering;

/// <summary>The normalised text of chosen rows of a post table, each distinct text once (ids in row order, so the same
/// for any thread count); retweets and texts normalising to nothing have none. The distinct texts are kept as
/// characters in a few large buffers, not as a string each: a million rows of mostly distinct texts then make no
/// object per text for the collector to carry.</summary>
internal sealed class NormalizedTexts
{
    private readonly int[] _ids;
    private readonly Store _texts;

    private NormalizedTexts(int[] ids, Store texts)
    {
        _ids = ids;
        _texts = texts;
    }

    /// <summary>The text id of a row; -1 when it has none.</summary>
    public int IdOf(int row) => _ids[row];

    /// <summary>The normalised text of an id.</summary>
    public string Text(int id) => _texts.Chars(id).ToString();

    /// <summary>The length in characters of the normalised text of an id.</summary>
    public int Length(int id) => _texts.Chars(id).Length;

    /// <summary>Compares the normalised texts of two ids as <see cref="string.CompareOrdinal(string, string)"/> compares them.</summary>
    public int CompareOrdinal(int x, int y) => _texts.Chars(x).SequenceCompareTo(_texts.Chars(y));

    /// <summary>Normalises the texts of <paramref name="rows"/> (in that order) on up to <paramref name="threads"/> threads.</summary>
    public static NormalizedTexts Of(ClusterPosts table, int[] rows, int threads, CancellationToken cancellationToken)
    {
        // Batches normalised and hashed in parallel from the UTF-8 texts into one character buffer per chunk, then
        // interned in row order.
        const int Chunk = 4096, Batch = 16 * Chunk;
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, threads), CancellationToken = cancellationToken };
        var chunks = (Math.Min(rows.Length, Batch) + Chunk - 1) / Chunk;
        var buffers = new char[chunks][];
        var ends = new int[Math.Min(rows.Length, Batch) + 1];
        var hashes = new int[Math.Min(rows.Length, Batch)];
        var ids = new int[table.Count];
        Array.Fill(ids, -1);
        var store = new Store();
        for (var first = 0; first < rows.Length; first += Batch)
        {
            var count = Math.Min(Batch, rows.Length - first);
            Parallel.For(0, (count + Chunk - 1) / Chunk, options, c => NormalizeChunk(table, rows.AsSpan(first), c * Chunk, Math.Min(count, (c + 1) * Chunk), buffers, c, ends, hashes));
            for (var k = 0; k < count; k++)
            {
                // Each chunk's texts start at 0 of its buffer; ends[k + 1] is where row k's normalised text ends.
                var start = k % Chunk == 0 ? 0 : ends[k];
                if (ends[k + 1] > start)
                {
                    ids[rows[first + k]] = store.Intern(buffers[k / Chunk].AsSpan(start, ends[k + 1] - start), hashes[k]);
                }
            }
        }

        return new NormalizedTexts(ids, store);
    }

    /// <summary>Normalises rows [from, to) of a batch into <c>buffers[chunk]</c>, one after the other, and hashes each;
    /// a retweet's text normalises to nothing.</summary>
    private static void NormalizeChunk(ClusterPosts table, ReadOnlySpan<int> rows, int from, int to, char[][] buffers, int chunk, int[] ends, int[] hashes)
    {
        var texts = table.Texts;
        var chars = 0;
        for (var k = from; k < to; k++)
        {
            chars += table.Kinds[rows[k]] == PostKind.Retweet ? 0 : Encoding.UTF8.GetMaxCharCount(texts.Utf8(rows[k]).Length);
        }

        var buffer = buffers[chunk] is { } kept && kept.Length >= chars ? kept : buffers[chunk] = new char[Math.Max(chars, 1024)];
        var raw = ArrayPool<char>.Shared.Rent(1024);
        var written = 0;
        for (var k = from; k < to; k++)
        {
            var row = rows[k];
            if (table.Kinds[row] != PostKind.Retweet)
            {
                var utf8 = texts.Utf8(row);
                if (raw.Length < utf8.Length)
                {
                    ArrayPool<char>.Shared.Return(raw);
                    raw = ArrayPool<char>.Shared.Rent(utf8.Length);
                }

                var n = Encoding.UTF8.GetChars(utf8, raw);
                var length = TextNormalizer.Normalize(raw.AsSpan(0, n), buffer.AsSpan(written));
                hashes[k] = string.GetHashCode(buffer.AsSpan(written, length));
                written += length;
            }

            ends[k + 1] = written;
        }

        ArrayPool<char>.Shared.Return(raw);
    }

    /// <summary>Distinct texts by id, in the order first seen: characters in large buffers and an open-addressing table
    /// of ids by hash (the hash only places a text; equal texts are found by their characters).</summary>
    private sealed class Store
    {
        private const int ChunkChars = 1 << 20;

        private readonly List<char[]> _chunks = [];
        private (int Chunk, int Offset, int Length)[] _slots = new (int, int, int)[1024];
        private int[] _hashes = new int[1024];
        private int[] _table = NewTable(2048);
        private char[] _current = [];
        private int _used;
        private int _count;

        public ReadOnlySpan<char> Chars(int id)
        {
            var (chunk, offset, length) = _slots[id];
            return _chunks[chunk].AsSpan(offset, length);
        }

        /// <summary>The id of <paramref name="text"/> (whose hash is <paramref name="hash"/>), added when new.</summary>
        public int Intern(ReadOnlySpan<char> text, int hash)
        {
            var mask = _table.Length - 1;
            var at = hash & mask;
            while (_table[at] >= 0)
            {
                var id = _table[at];
                if (_hashes[id] == hash && Chars(id).SequenceEqual(text))
                {
                    return id;
                }

                at = (at + 1) & mask;
            }

            var added = Add(text, hash);
            _table[at] = added;
            if (2 * _count > _table.Length)
            {
                Grow();
            }

            return added;
        }

        private int Add(ReadOnlySpan<char> text, int hash)
        {
            if (_chunks.Count == 0 || _used + text.Length > _current.Length)
            {
                _current = new char[Math.Max(ChunkChars, text.Length)];
                _chunks.Add(_current);
                _used = 0;
            }

            text.CopyTo(_current.AsSpan(_used));
            if (_count == _slots.Length)
            {
                Array.Resize(ref _slots, _count * 2);
                Array.Resize(ref _hashes, _count * 2);
            }

            _slots[_count] = (_chunks.Count - 1, _used, text.Length);
            _hashes[_count] = hash;
            _used += text.Length;
            return _count++;
        }

        private void Grow()
        {
            _table = NewTable(_table.Length * 2);
            var mask = _table.Length - 1;
            for (var id = 0; id < _count; id++)
            {
                var at = _hashes[id] & mask;
                while (_table[at] >= 0)
                {
                    at = (at + 1) & mask;
                }

                _table[at] = id;
            }
        }

        private static int[] NewTable(int size)
        {
            var table = new int[size];
            Array.Fill(table, -1);
            return table;
        }
    }
}
