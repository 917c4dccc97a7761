using System.Buffers;
using System.Collections.Concurrent;
using System.Text;
using System.Text.Unicode;
using NetworkGraph.Core.Coordination;
using NetworkGraph.Core.Model;
using NetworkGraph.Core.Text;

namespace NetworkGraph.Core.Clustering;

/// <summary>The normalised text of chosen rows of a post table, each distinct text once (ids in row order, so the same
/// for any thread count); retweets and texts normalising to nothing have none. The distinct texts are kept as UTF-8 in
/// a text column's large buffers, not as a string each: a million rows of mostly distinct texts then make no object per
/// text for the collector to carry, and half the bytes of UTF-16 characters. When the share table's identity of the
/// texts is handed over (<see cref="RowTextObjects"/>), no text is normalised again: texts are then one when their
/// normalised forms have the same 64-bit hash (as co-tweet takes them), each text's length comes from the share table,
/// and the texts shown or compared are normalised from one of their rows when asked for (identity by hash: two
/// different texts whose hashes collide would count as one, as they do for co-tweet).</summary>
internal sealed class NormalizedTexts
{
    private readonly int[] _ids;
    private readonly Store? _texts;
    private readonly ClusterPosts? _table;
    private readonly int[]? _firstRows;
    private readonly int[]? _lengths;
    private readonly ConcurrentDictionary<int, byte[]>? _normalized;
    private int _kept;

    /// <summary>How many texts normalised on demand are kept for the next time they are asked for.</summary>
    private const int MaxKept = 4096;

    private NormalizedTexts(int[] ids, Store texts)
    {
        _ids = ids;
        _texts = texts;
    }

    private NormalizedTexts(int[] ids, ClusterPosts table, int[] firstRows, int[] lengths)
    {
        _ids = ids;
        _table = table;
        _firstRows = firstRows;
        _lengths = lengths;
        _normalized = new ConcurrentDictionary<int, byte[]>();
    }

    /// <summary>The text id of a row; -1 when it has none.</summary>
    public int IdOf(int row) => _ids[row];

    /// <summary>How many distinct texts there are (ids run from 0 to one less).</summary>
    public int Count => _texts?.Count ?? _lengths!.Length;

    /// <summary>The normalised text of an id.</summary>
    public string Text(int id) => Encoding.UTF8.GetString(Utf8Of(id));

    /// <summary>The length in (UTF-16) characters of the normalised text of an id.</summary>
    public int Length(int id) => _lengths?[id] ?? Encoding.UTF8.GetCharCount(_texts!.Utf8(id));

    /// <summary>Compares the normalised texts of two ids as <see cref="string.CompareOrdinal(string, string)"/> compares them.</summary>
    public int CompareOrdinal(int x, int y) => CompareAsUtf16(Utf8Of(x), Utf8Of(y));

    /// <summary>Compares two valid UTF-8 texts as <see cref="string.CompareOrdinal(string, string)"/> compares their
    /// UTF-16 forms (by sign): UTF-8 bytes order texts by code point, UTF-16 code units differ from that only where a
    /// character beyond U+FFFF (a surrogate pair, D800-DFFF) meets one of U+E000-U+FFFF, so the first differing
    /// characters are compared as their UTF-16 code units.</summary>
    internal static int CompareAsUtf16(ReadOnlySpan<byte> x, ReadOnlySpan<byte> y)
    {
        var common = x.CommonPrefixLength(y);
        if (common == x.Length || common == y.Length)
        {
            return x.Length.CompareTo(y.Length);
        }

        // The differing characters start where the last shared lead byte is (a continuation byte is 10xxxxxx).
        var start = common;
        while (start > 0 && (x[start] & 0xC0) == 0x80)
        {
            start--;
        }

        Rune.DecodeFromUtf8(x[start..], out var a, out _);
        Rune.DecodeFromUtf8(y[start..], out var b, out _);
        return Utf16Key(a).CompareTo(Utf16Key(b));
    }

    /// <summary>Normalises the texts of <paramref name="rows"/> (in that order) on up to <paramref name="threads"/> threads.</summary>
    public static NormalizedTexts Of(ClusterPosts table, int[] rows, int threads, CancellationToken cancellationToken)
    {
        // Batches normalised and hashed in parallel from the UTF-8 texts into one UTF-8 buffer per chunk, then interned
        // in row order.
        const int Chunk = 4096, Batch = 16 * Chunk;
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, threads), CancellationToken = cancellationToken };
        var chunks = (Math.Min(rows.Length, Batch) + Chunk - 1) / Chunk;
        var buffers = new byte[chunks][];
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

    /// <summary>The texts of <paramref name="rows"/> (in that order) as the share table identified them: ids by first
    /// appearance, as <see cref="Of(ClusterPosts, int[], int, CancellationToken)"/> numbers them, retweets left out as
    /// it leaves them out; nothing is normalised.</summary>
    public static NormalizedTexts Of(ClusterPosts table, int[] rows, RowTextObjects handed)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(handed);
        if (handed.Count != table.Count)
        {
            throw new ArgumentException($"The text objects are of {handed.Count} rows, the table has {table.Count}.", nameof(handed));
        }

        var ids = new int[table.Count];
        Array.Fill(ids, -1);
        var idOf = new int[handed.TextCount];
        Array.Fill(idOf, -1);
        var firstRows = new List<int>();
        var lengths = new List<int>();
        foreach (var row in rows)
        {
            if (table.Kinds[row] != PostKind.Retweet && handed.TextOf(row) is var text && text >= 0)
            {
                ref var id = ref idOf[text];
                if (id < 0)
                {
                    id = firstRows.Count;
                    firstRows.Add(row);
                    lengths.Add(handed.Length(text));
                }

                ids[row] = id;
            }
        }

        return new NormalizedTexts(ids, table, [.. firstRows], [.. lengths]);
    }

    /// <summary>The normalised text of an id as UTF-8: from the store, or normalised from its first row, kept for the
    /// next time while fewer than <see cref="MaxKept"/> are kept (ties between counts can compare every distinct text of
    /// a cluster: keeping them all would hold a big cluster's texts as an array each).</summary>
    private ReadOnlySpan<byte> Utf8Of(int id)
    {
        if (_texts is not null)
        {
            return _texts.Utf8(id);
        }

        if (_normalized!.TryGetValue(id, out var kept))
        {
            return kept;
        }

        var made = NormalizeFirstRow(id);
        if (Interlocked.Increment(ref _kept) <= MaxKept)
        {
            _normalized.TryAdd(id, made);
        }

        return made;
    }

    private byte[] NormalizeFirstRow(int id)
    {
        var raw = Encoding.UTF8.GetString(_table!.Texts.Utf8(_firstRows![id]));
        var normalized = new char[raw.Length];
        return Encoding.UTF8.GetBytes(normalized, 0, TextNormalizer.Normalize(raw, normalized));
    }

    /// <summary>A character's first UTF-16 code unit, then its second, as one ordered number (a character of the Basic
    /// Multilingual Plane is never a surrogate, so it never ties with a pair).</summary>
    private static int Utf16Key(Rune rune)
    {
        if (rune.IsBmp)
        {
            return rune.Value << 10;
        }

        var offset = rune.Value - 0x10000;
        return ((0xD800 + (offset >> 10)) << 10) | (offset & 0x3FF);
    }

    /// <summary>Normalises rows [from, to) of a batch into <c>buffers[chunk]</c> as UTF-8, one after the other, and
    /// hashes each; a retweet's text normalises to nothing.</summary>
    private static void NormalizeChunk(ClusterPosts table, ReadOnlySpan<int> rows, int from, int to, byte[][] buffers, int chunk, int[] ends, int[] hashes)
    {
        var texts = table.Texts;
        var buffer = buffers[chunk] ??= new byte[1 << 16];
        var raw = ArrayPool<char>.Shared.Rent(1024);
        var normalized = ArrayPool<char>.Shared.Rent(1024);
        var written = 0;
        for (var k = from; k < to; k++)
        {
            var row = rows[k];
            if (table.Kinds[row] != PostKind.Retweet)
            {
                var utf8 = texts.Utf8(row);
                if (raw.Length < utf8.Length)
                {
                    (raw, normalized) = (Rented(raw, utf8.Length), Rented(normalized, utf8.Length));
                }

                var n = Encoding.UTF8.GetChars(utf8, raw);
                var length = TextNormalizer.Normalize(raw.AsSpan(0, n), normalized);
                var chars = normalized.AsSpan(0, length);
                hashes[k] = string.GetHashCode(chars);

                // A normalised text is valid UTF-16 (the normaliser drops lone surrogates), so its UTF-8 gives it back.
                if (written + (3 * length) > buffer.Length)
                {
                    Array.Resize(ref buffer, Math.Max(buffer.Length * 2, written + (3 * length)));
                    buffers[chunk] = buffer;
                }

                if (Utf8.FromUtf16(chars, buffer.AsSpan(written), out _, out var bytes, replaceInvalidSequences: false) != OperationStatus.Done)
                {
                    throw new InvalidOperationException("A normalised text is not valid UTF-16.");
                }

                written += bytes;
            }

            ends[k + 1] = written;
        }

        ArrayPool<char>.Shared.Return(raw);
        ArrayPool<char>.Shared.Return(normalized);
    }

    private static char[] Rented(char[] returned, int length)
    {
        ArrayPool<char>.Shared.Return(returned);
        return ArrayPool<char>.Shared.Rent(length);
    }

    /// <summary>Distinct texts by id, in the order first seen: UTF-8 in a text column's buffers and an open-addressing
    /// table of ids by hash (the hash only places a text; equal texts are found by their bytes).</summary>
    private sealed class Store
    {
        private readonly TextColumn.Builder _texts = new();
        private readonly BlockList<int> _hashes = new();
        private int[] _table = NewTable(2048);

        public int Count => _texts.Count;

        public ReadOnlySpan<byte> Utf8(int id) => _texts.Utf8(id);

        /// <summary>The id of <paramref name="text"/> (whose hash is <paramref name="hash"/>), added when new.</summary>
        public int Intern(ReadOnlySpan<byte> text, int hash)
        {
            var mask = _table.Length - 1;
            var at = hash & mask;
            while (_table[at] >= 0)
            {
                var id = _table[at];
                if (_hashes[id] == hash && _texts.Utf8(id).SequenceEqual(text))
                {
                    return id;
                }

                at = (at + 1) & mask;
            }

            var added = _texts.Count;
            _texts.Add(text);
            _hashes.Add(hash);
            _table[at] = added;
            if (2 * _texts.Count > _table.Length)
            {
                Grow();
            }

            return added;
        }

        private void Grow()
        {
            _table = NewTable(_table.Length * 2);
            var mask = _table.Length - 1;
            for (var id = 0; id < _texts.Count; id++)
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
