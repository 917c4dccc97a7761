using NetworkGraph.Core.Model;
using NetworkGraph.Storage.Sqlite.Ingest;

namespace NetworkGraph.Storage.Sqlite;

public sealed partial class SqliteStore
{
    /// <summary>Consecutive rows of the cluster read's scan (post_key, post_id, author_key, time, kind, ref_post_key,
    /// ref post_id, ref_author_key, language, text), copied out of SQLite so that another thread can add them to the
    /// columns while the scan steps on; cleared and reused once added.</summary>
    private sealed class ClusterRowChunk
    {
        /// <summary>How many rows a chunk holds at most.</summary>
        public const int Capacity = 4096;

        // The byte columns of a row, in the order they lie in the chunk's bytes.
        private const int Id = 0;
        private const int ReferencedId = 1;
        private const int Language = 2;
        private const int Text = 3;
        private const int ByteColumns = 4;

        private readonly long[] _keys = new long[Capacity];
        private readonly long[] _authorKeys = new long[Capacity];
        private readonly long[] _unixSeconds = new long[Capacity];
        private readonly PostKind[] _kinds = new PostKind[Capacity];
        private readonly long?[] _referencedKeys = new long?[Capacity];
        private readonly long[] _referencedAuthorKeys = new long[Capacity];

        /// <summary>Per row and byte column, where its bytes start in <see cref="_bytes"/> and how many there are (-1 for
        /// NULL).</summary>
        private readonly int[] _starts = new int[Capacity * ByteColumns];
        private readonly int[] _lengths = new int[Capacity * ByteColumns];
        private byte[] _bytes = new byte[1 << 20];
        private int _used;

        /// <summary>How many rows it holds.</summary>
        public int Count { get; private set; }

        /// <summary>Whether it holds <see cref="Capacity"/> rows.</summary>
        public bool IsFull => Count == Capacity;

        /// <summary>Appends a copy of the statement's current row.</summary>
        public void Add(RawStatement row)
        {
            var k = Count;
            _keys[k] = row.Int64(0);
            AddBytes(row, 1, k, Id);
            _authorKeys[k] = row.Int64(2);
            _unixSeconds[k] = row.Int64(3);
            _kinds[k] = (PostKind)row.Int64(4);
            _referencedKeys[k] = row.IsNull(5) ? null : row.Int64(5);
            AddBytes(row, 6, k, ReferencedId);
            _referencedAuthorKeys[k] = row.IsNull(7) ? NoKey : row.Int64(7);
            AddBytes(row, 8, k, Language);
            AddBytes(row, 9, k, Text);
            Count++;
        }

        /// <summary>The post key of row <paramref name="k"/>.</summary>
        public long Key(int k) => _keys[k];

        /// <summary>The post id of row <paramref name="k"/> as UTF-8; false when the id is the key (a number).</summary>
        public bool TryGetId(int k, out ReadOnlySpan<byte> utf8) => TryGetBytes(k, Id, out utf8);

        /// <summary>The author's account key of row <paramref name="k"/>.</summary>
        public long AuthorKey(int k) => _authorKeys[k];

        /// <summary>The time of row <paramref name="k"/> in Unix seconds.</summary>
        public long UnixSeconds(int k) => _unixSeconds[k];

        /// <summary>The kind of row <paramref name="k"/>.</summary>
        public PostKind Kind(int k) => _kinds[k];

        /// <summary>The key of the post row <paramref name="k"/> refers to, if any.</summary>
        public long? ReferencedKey(int k) => _referencedKeys[k];

        /// <summary>The referenced post's id as UTF-8; false when the id is its key (a number) or there is none.</summary>
        public bool TryGetReferencedId(int k, out ReadOnlySpan<byte> utf8) => TryGetBytes(k, ReferencedId, out utf8);

        /// <summary>The referenced author's account key of row <paramref name="k"/>, <see cref="NoKey"/> for none.</summary>
        public long ReferencedAuthorKey(int k) => _referencedAuthorKeys[k];

        /// <summary>The language of row <paramref name="k"/> as UTF-8; false for none.</summary>
        public bool TryGetLanguage(int k, out ReadOnlySpan<byte> utf8) => TryGetBytes(k, Language, out utf8);

        /// <summary>The text of row <paramref name="k"/> as stored (empty for NULL).</summary>
        public ReadOnlySpan<byte> TextOf(int k)
        {
            TryGetBytes(k, Text, out var utf8);
            return utf8;
        }

        /// <summary>Empties it for reuse.</summary>
        public void Clear()
        {
            Count = 0;
            _used = 0;
        }

        private void AddBytes(RawStatement row, int column, int k, int byteColumn)
        {
            var at = (k * ByteColumns) + byteColumn;
            if (row.IsNull(column))
            {
                _lengths[at] = -1;
                return;
            }

            var bytes = row.Bytes(column);
            if (_used + bytes.Length > _bytes.Length)
            {
                Array.Resize(ref _bytes, Math.Max(2 * _bytes.Length, _used + bytes.Length));
            }

            bytes.CopyTo(_bytes.AsSpan(_used));
            _starts[at] = _used;
            _lengths[at] = bytes.Length;
            _used += bytes.Length;
        }

        private bool TryGetBytes(int k, int byteColumn, out ReadOnlySpan<byte> utf8)
        {
            var at = (k * ByteColumns) + byteColumn;
            var length = _lengths[at];
            utf8 = length < 0 ? default : _bytes.AsSpan(_starts[at], length);
            return length >= 0;
        }
    }
}
