using System.Text;
using NetworkGraph.Core.Clustering;

namespace NetworkGraph.Core.Snapshots;

/// <summary>A SHA-256 fingerprint of a cluster input that does not depend on the order of its lists, except for posts in
/// their store's order and edges in their graph's order: orders the store fixes (a change that only reorders them gives
/// a new fingerprint, never the same one for another input).</summary>
public static partial class InputFingerprint
{
    /// <summary>Lower-case hex SHA-256 over accounts, posts, partition, edges (each sorted canonically; posts in their
    /// store's order and edges in their graph's order as they lie, see <see cref="ClusterPosts.InStoreOrder"/> and
    /// <see cref="ClusterInput.EdgesInGraphOrder"/>) and the edge window.
    /// With <paramref name="hashAlongside"/> the lines are hashed on a second thread as they are written (the same bytes
    /// in the same order, so the same hash): a fingerprint that ends after the analysis it ran beside then ends sooner.</summary>
    public static string Compute(ClusterInput input, bool hashAlongside = false) => Compute(input, hashAlongside, PostBlockRows);

    /// <summary>As <see cref="Compute(ClusterInput, bool)"/>; hashing alongside, the post lines (of posts not in their
    /// store's order) are written on two threads in blocks of <paramref name="postBlockRows"/> rows (when there are no
    /// more posts than one block, on the calling thread).</summary>
    internal static string Compute(ClusterInput input, bool hashAlongside, int postBlockRows)
    {
        ArgumentNullException.ThrowIfNull(input);
        using var line = new LineHasher(hashAlongside);
        foreach (var a in input.Accounts.OrderBy(a => a.Id, StringComparer.Ordinal).ThenBy(a => a.ObservedAt))
        {
            line.Start('A').Field(a.Id).Field(a.Handle).Field(a.DisplayName).Field(a.Location).Field(a.Bio).Field(a.Language)
                .Number(a.CreatedAt?.UtcTicks).Number(a.ObservedAt?.UtcTicks).End();
        }

        var posts = input.Columns();
        var pool = new PoolUtf8(posts.Strings);
        if (posts.InStoreOrder)
        {
            WriteColumns(line, posts, pool);
        }
        else
        {
            WritePosts(line, posts, pool, hashAlongside, postBlockRows);
        }

        foreach (var (account, community) in input.Partition.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            line.Start('M').Field(account).Number(community).End();
        }

        if (input.EdgesInGraphOrder)
        {
            WriteEdgeColumns(line, input.Edges);
        }
        else
        {
            // Each edge with its ends in ordinal order, sorted by ends, kind, weight and mean dt (ties keep input order).
            var edges = new EdgeOrder(input.Edges);
            foreach (var i in edges.Order)
            {
                line.Start('E').Pooled(edges.Names, edges.Low[i]).Pooled(edges.Names, edges.High[i]).Pooled(edges.Kinds, edges.Kind[i])
                    .Real(edges.Weight[i]).Real(edges.MeanDt[i]).End();
            }
        }

        line.Start('W').Real(input.EdgeWindowSeconds).End();
        return line.Hash();
    }

    /// <summary>Edges in their graph's order (<see cref="ClusterInput.EdgesInGraphOrder"/>) as raw lines ('C'): their ends'
    /// and kinds' strings pooled in order of first use, then each column's values as the machine holds them.</summary>
    private static void WriteEdgeColumns(LineHasher line, IReadOnlyList<ClusterEdge> edges)
    {
        var n = edges.Count;
        var (names, kinds) = (new StringPool(), new StringPool());
        var (a, b, kind, weight, meanDt) = (new int[n], new int[n], new int[n], new double[n], new double[n]);
        for (var i = 0; i < n; i++)
        {
            var e = edges[i];
            (a[i], b[i], kind[i], weight[i], meanDt[i]) = (names.Intern(e.A), names.Intern(e.B), kinds.Intern(e.Kind), e.Weight, e.MeanDtSeconds);
        }

        line.Start('C').Raw(new PoolUtf8(names.Strings).Fields).Raw(new PoolUtf8(kinds.Strings).Fields).End();
        line.Start('C').Raw<int>(a).Raw<int>(b).Raw<int>(kind).Raw<double>(weight).Raw<double>(meanDt).End();
    }

    /// <summary>The edges in the fingerprint's order: by low end, high end, kind (ordinal), weight, mean dt, then index,
    /// with the ends and kinds as ranks in their sorted distinct strings (each distinct string is compared only as often
    /// as a sort of the distinct strings needs, and encoded once). The ranks are packed into one long per edge where they
    /// fit, so most edges are ordered by a primitive sort; equal keys are ordered by the whole comparison.</summary>
    private sealed class EdgeOrder
    {
        public EdgeOrder(IReadOnlyList<ClusterEdge> edges)
        {
            var n = edges.Count;
            (Low, High, Kind, Weight, MeanDt) = (new int[n], new int[n], new int[n], new double[n], new double[n]);
            var names = new StringPool();
            var kinds = new StringPool();
            for (var i = 0; i < n; i++)
            {
                var e = edges[i];
                (Low[i], High[i], Kind[i], Weight[i], MeanDt[i]) = (names.Intern(e.A), names.Intern(e.B), kinds.Intern(e.Kind), e.Weight, e.MeanDtSeconds);
            }

            var (sortedNames, nameRank) = Rank(names);
            var (sortedKinds, kindRank) = Rank(kinds);
            (Names, Kinds) = (new PoolUtf8(sortedNames), new PoolUtf8(sortedKinds));

            // Ends of 24 bits each and a kind of 15 fit in a non-negative long; else the low end alone is the key.
            var packed = sortedNames.Length <= 1 << 24 && sortedKinds.Length <= 1 << 15;
            var keys = new long[n];
            Order = new int[n];
            for (var i = 0; i < n; i++)
            {
                var (a, b) = (nameRank[Low[i]], nameRank[High[i]]);
                (Low[i], High[i], Kind[i]) = (Math.Min(a, b), Math.Max(a, b), kindRank[Kind[i]]);
                keys[i] = packed ? ((long)Low[i] << 39) | ((long)High[i] << 15) | (long)Kind[i] : Low[i];
                Order[i] = i;
            }

            RowOrder.Sort(keys, Order, Compare);
        }

        /// <summary>The edges' indexes in order.</summary>
        public int[] Order { get; }

        /// <summary>Per edge, the rank of its lower end.</summary>
        public int[] Low { get; }

        public int[] High { get; }

        /// <summary>Per edge, the rank of its kind.</summary>
        public int[] Kind { get; }

        public double[] Weight { get; }

        public double[] MeanDt { get; }

        /// <summary>The distinct ends, sorted.</summary>
        public PoolUtf8 Names { get; }

        /// <summary>The distinct kinds, sorted.</summary>
        public PoolUtf8 Kinds { get; }

        /// <summary>The pool's strings in ordinal order, and each pool index's rank there.</summary>
        private static (string[] Sorted, int[] RankOf) Rank(StringPool pool)
        {
            var sorted = pool.Strings.ToArray();
            var order = Enumerable.Range(0, sorted.Length).ToArray();
            Array.Sort(sorted, order, StringComparer.Ordinal);
            var rankOf = new int[order.Length];
            for (var r = 0; r < order.Length; r++)
            {
                rankOf[order[r]] = r;
            }

            return (sorted, rankOf);
        }

        private int Compare(int x, int y)
        {
            var c = Low[x].CompareTo(Low[y]);
            c = c != 0 ? c : High[x].CompareTo(High[y]);
            c = c != 0 ? c : Kind[x].CompareTo(Kind[y]);
            c = c != 0 ? c : Weight[x].CompareTo(Weight[y]);
            c = c != 0 ? c : MeanDt[x].CompareTo(MeanDt[y]);
            return c != 0 ? c : x.CompareTo(y);
        }
    }

    /// <summary>Each pool string encoded once as the hasher encodes a string (<see cref="Encoding.UTF8"/>, a lone
    /// surrogate as U+FFFD) and stored as the field the hasher writes for it (<c>|length:</c> and its bytes), with its
    /// length in UTF-16 characters: a row's strings are then copied, not encoded again. The bytes end with
    /// <see cref="LineHasher.Slack"/> spare bytes, so any field or value can be read as one 32-byte block.</summary>
    internal sealed class PoolUtf8
    {
        private readonly int[] _starts;

        public PoolUtf8(IReadOnlyList<string> strings)
        {
            Chars = new int[strings.Count];
            _starts = new int[strings.Count + 1];
            for (var i = 0; i < strings.Count; i++)
            {
                Chars[i] = strings[i].Length;
                _starts[i + 1] = ValueStart(i) + Encoding.UTF8.GetByteCount(strings[i]);
            }

            Bytes = new byte[_starts[^1] + LineHasher.Slack];
            for (var i = 0; i < strings.Count; i++)
            {
                var at = _starts[i];
                Bytes[at] = (byte)'|';
                at += 1 + DecimalDigits.Write(Chars[i], Bytes.AsSpan(at + 1));
                Bytes[at] = (byte)':';
                Encoding.UTF8.GetBytes(strings[i], Bytes.AsSpan(at + 1));
            }
        }

        /// <summary>Each string's length in UTF-16 characters.</summary>
        public int[] Chars { get; }

        /// <summary>The fields, one after another, and the spare bytes.</summary>
        public byte[] Bytes { get; }

        /// <summary>The fields, one after another, without the spare bytes.</summary>
        public ReadOnlySpan<byte> Fields => Bytes.AsSpan(0, Bytes.Length - LineHasher.Slack);

        /// <summary>Where a string's field (its length prefix and its UTF-8) is in <see cref="Bytes"/>.</summary>
        public (int Start, int Length) Field(int index) => (_starts[index], _starts[index + 1] - _starts[index]);

        /// <summary>Where a string's UTF-8 (without its prefix) is in <see cref="Bytes"/>.</summary>
        public (int Start, int Length) Value(int index) => (ValueStart(index), _starts[index + 1] - ValueStart(index));

        /// <summary>Where a string's UTF-8 starts: after "|", its length's digits and ":".</summary>
        private int ValueStart(int index) => _starts[index] + 2 + DecimalDigits.Count(Chars[index]);
    }
}
