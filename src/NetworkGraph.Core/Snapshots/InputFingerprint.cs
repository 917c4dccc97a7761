using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using NetworkGraph.Core.Clustering;

namespace NetworkGraph.Core.Snapshots;

/// <summary>A SHA-256 fingerprint of a cluster input that does not depend on the order of its lists.</summary>
public static class InputFingerprint
{
    /// <summary>Lower-case hex SHA-256 over accounts, posts, partition, edges (each sorted canonically) and the edge window.</summary>
    public static string Compute(ClusterInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        using var line = new LineHasher();
        foreach (var a in input.Accounts.OrderBy(a => a.Id, StringComparer.Ordinal).ThenBy(a => a.ObservedAt))
        {
            line.Start('A').Field(a.Id).Field(a.Handle).Field(a.DisplayName).Field(a.Location).Field(a.Bio).Field(a.Language)
                .Number(a.CreatedAt?.UtcTicks).Number(a.ObservedAt?.UtcTicks).End();
        }

        var posts = input.Columns();
        foreach (var r in posts.Ids.OrdinalOrder())
        {
            line.Start('P').Id(posts.Ids, r).Field(posts.Strings[posts.Authors[r]]).Number(posts.Ticks[r]).Number((int)posts.Kinds[r])
                .Id(posts.ReferencedIds, r).Field(posts.StringAt(posts.ReferencedAuthors[r])).Field(posts.StringAt(posts.Languages[r]))
                .Utf8Field(posts.Texts.Utf8(r)).Joined(posts, posts.Hashtags.Of(r)).Joined(posts, posts.Urls.Of(r)).Joined(posts, posts.Mentions.Of(r)).End();
        }

        foreach (var (account, community) in input.Partition.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            line.Start('M').Field(account).Number(community).End();
        }

        // Each edge with its ends in ordinal order, sorted by ends, kind, weight and mean dt (ties keep input order).
        var edges = input.Edges;
        foreach (var i in EdgeOrder(edges))
        {
            var (low, high) = string.CompareOrdinal(edges[i].A, edges[i].B) <= 0 ? (edges[i].A, edges[i].B) : (edges[i].B, edges[i].A);
            line.Start('E').Field(low).Field(high).Field(edges[i].Kind).Real(edges[i].Weight).Real(edges[i].MeanDtSeconds).End();
        }

        line.Start('W').Real(input.EdgeWindowSeconds).End();
        return line.Hash();
    }

    /// <summary>The edges' indexes sorted by low end, high end, kind (ordinal), weight, mean dt, then index: the ends
    /// and kinds are ranked once (each distinct string compared as often as a sort needs), so the sort compares numbers.</summary>
    private static int[] EdgeOrder(IReadOnlyList<ClusterEdge> edges)
    {
        var names = new Dictionary<string, int>(StringComparer.Ordinal);
        var kinds = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var e in edges)
        {
            names.TryAdd(e.A, 0);
            names.TryAdd(e.B, 0);
            kinds.TryAdd(e.Kind, 0);
        }

        Rank(names);
        Rank(kinds);
        var keys = new EdgeKey[edges.Count];
        for (var i = 0; i < keys.Length; i++)
        {
            var (a, b) = (names[edges[i].A], names[edges[i].B]);
            keys[i] = new EdgeKey(Math.Min(a, b), Math.Max(a, b), kinds[edges[i].Kind], edges[i].Weight, edges[i].MeanDtSeconds, i);
        }

        Array.Sort(keys);
        return Array.ConvertAll(keys, k => k.Index);
    }

    /// <summary>Sets each key's value to its rank in ordinal order.</summary>
    private static void Rank(Dictionary<string, int> ranks)
    {
        var sorted = ranks.Keys.ToArray();
        Array.Sort(sorted, StringComparer.Ordinal);
        for (var r = 0; r < sorted.Length; r++)
        {
            ranks[sorted[r]] = r;
        }
    }

    /// <summary>An edge's sort key: ranks of its ends (low first) and kind, weight, mean dt, input index.</summary>
    private readonly record struct EdgeKey(int Low, int High, int Kind, double Weight, double MeanDt, int Index) : IComparable<EdgeKey>
    {
        public int CompareTo(EdgeKey other)
        {
            var c = Low.CompareTo(other.Low);
            c = c != 0 ? c : High.CompareTo(other.High);
            c = c != 0 ? c : Kind.CompareTo(other.Kind);
            c = c != 0 ? c : Weight.CompareTo(other.Weight);
            c = c != 0 ? c : MeanDt.CompareTo(other.MeanDt);
            return c != 0 ? c : Index.CompareTo(other.Index);
        }
    }

    /// <summary>Hashes lines of length-prefixed fields (<c>tag|length:field|...\n</c>, null as length -1, a length in
    /// UTF-16 characters), built as UTF-8 in one reused buffer: no separator inside a field can make two inputs collide.
    /// Each piece is encoded on its own, which gives the bytes of the whole line encoded at once: no piece ends inside a
    /// surrogate pair that the next one completes (a field is followed by a separator). Lines are gathered and handed to
    /// the hash some 64 KB at a time (the same bytes in the same order, so the same hash).</summary>
    private sealed class LineHasher : IDisposable
    {
        private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        private byte[] _bytes = ArrayPool<byte>.Shared.Rent(4096);
        private int _length;

        private const int FlushBytes = 1 << 16;

        public LineHasher Start(char tag)
        {
            Append([tag]);
            return this;
        }

        public LineHasher Field(string? value)
        {
            if (value is null)
            {
                Append("|-1:");
                return this;
            }

            Prefix(value.Length);
            Append(value);
            return this;
        }

        /// <summary>A row's id as a field (a number is written as its digits, the string it stands for).</summary>
        public LineHasher Id(PostIdColumn ids, int row) => ids.TryNumber(row, out var number) ? Number(number) : Field(ids[row]);

        /// <summary>A field given as UTF-8 (its length counted in the UTF-16 characters it decodes to).</summary>
        public LineHasher Utf8Field(ReadOnlySpan<byte> utf8)
        {
            Prefix(Encoding.UTF8.GetCharCount(utf8));
            Reserve(utf8.Length);
            utf8.CopyTo(_bytes.AsSpan(_length));
            _length += utf8.Length;
            return this;
        }

        public LineHasher Number(long? value)
        {
            if (value is not { } v)
            {
                return Field(null);
            }

            Span<char> digits = stackalloc char[24];
            v.TryFormat(digits, out var n, default, CultureInfo.InvariantCulture);
            Prefix(n);
            Append(digits[..n]);
            return this;
        }

        public LineHasher Real(double? value)
        {
            if (value is not { } v)
            {
                return Field(null);
            }

            Span<char> digits = stackalloc char[40];
            v.TryFormat(digits, out var n, "R", CultureInfo.InvariantCulture);
            Prefix(n);
            Append(digits[..n]);
            return this;
        }

        /// <summary>The pool strings of <paramref name="values"/> joined by U+001F, as one field.</summary>
        public LineHasher Joined(ClusterPosts posts, ReadOnlySpan<int> values)
        {
            var length = Math.Max(0, values.Length - 1);
            foreach (var v in values)
            {
                length += posts.Strings[v].Length;
            }

            Prefix(length);
            for (var k = 0; k < values.Length; k++)
            {
                if (k > 0)
                {
                    Append("\u001f");
                }

                Append(posts.Strings[values[k]]);
            }

            return this;
        }

        public void End()
        {
            Append("\n");
            if (_length >= FlushBytes)
            {
                Flush();
            }
        }

        public string Hash()
        {
            Flush();
            return Convert.ToHexStringLower(_hash.GetHashAndReset());
        }

        public void Dispose()
        {
            _hash.Dispose();
            ArrayPool<byte>.Shared.Return(_bytes);
        }

        private void Flush()
        {
            _hash.AppendData(_bytes.AsSpan(0, _length));
            _length = 0;
        }

        private void Prefix(int length)
        {
            Span<char> digits = stackalloc char[12];
            length.TryFormat(digits, out var n, default, CultureInfo.InvariantCulture);
            Append("|");
            Append(digits[..n]);
            Append(":");
        }

        private void Append(ReadOnlySpan<char> text)
        {
            Reserve(Encoding.UTF8.GetMaxByteCount(text.Length));
            _length += Encoding.UTF8.GetBytes(text, _bytes.AsSpan(_length));
        }

        private void Reserve(int bytes)
        {
            if (_length + bytes > _bytes.Length)
            {
                var bigger = ArrayPool<byte>.Shared.Rent(Math.Max(_bytes.Length * 2, _length + bytes));
                _bytes.AsSpan(0, _length).CopyTo(bigger);
                ArrayPool<byte>.Shared.Return(_bytes);
                _bytes = bigger;
            }
        }
    }
}
