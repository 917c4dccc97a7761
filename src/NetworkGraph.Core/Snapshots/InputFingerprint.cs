using System.Buffers;
using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Security.Cryptography;
using System.Text;
using NetworkGraph.Core.Clustering;

namespace NetworkGraph.Core.Snapshots;

/// <summary>A SHA-256 fingerprint of a cluster input that does not depend on the order of its lists.</summary>
public static class InputFingerprint
{
    /// <summary>Lower-case hex SHA-256 over accounts, posts, partition, edges (each sorted canonically) and the edge window.
    /// With <paramref name="hashAlongside"/> the lines are hashed on a second thread as they are written (the same bytes
    /// in the same order, so the same hash): a fingerprint that ends after the analysis it ran beside then ends sooner.</summary>
    public static string Compute(ClusterInput input, bool hashAlongside = false)
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
        foreach (var r in posts.Ids.OrdinalOrder())
        {
            line.Start('P').Id(posts.Ids, r).Pooled(pool, posts.Authors[r]).Number(posts.Ticks[r]).Number((int)posts.Kinds[r])
                .Id(posts.ReferencedIds, r).Pooled(pool, posts.ReferencedAuthors[r]).Pooled(pool, posts.Languages[r])
                .Utf8Field(posts.Texts.Utf8(r)).Joined(pool, posts.Hashtags.Of(r)).Joined(pool, posts.Urls.Of(r)).Joined(pool, posts.Mentions.Of(r)).End();
        }

        foreach (var (account, community) in input.Partition.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            line.Start('M').Field(account).Number(community).End();
        }

        // Each edge with its ends in ordinal order, sorted by ends, kind, weight and mean dt (ties keep input order).
        var edges = new EdgeOrder(input.Edges);
        foreach (var i in edges.Order)
        {
            line.Start('E').Pooled(edges.Names, edges.Low[i]).Pooled(edges.Names, edges.High[i]).Pooled(edges.Kinds, edges.Kind[i])
                .Real(edges.Weight[i]).Real(edges.MeanDt[i]).End();
        }

        line.Start('W').Real(input.EdgeWindowSeconds).End();
        return line.Hash();
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

    /// <summary>Hashes lines of length-prefixed fields (<c>tag|length:field|...\n</c>, null as length -1, a length in
    /// UTF-16 characters), built as UTF-8 in one reused buffer: no separator inside a field can make two inputs collide.
    /// Each piece is encoded on its own, which gives the bytes of the whole line encoded at once: no piece ends inside a
    /// surrogate pair that the next one completes (a field is followed by a separator). Lines are gathered and handed to
    /// the hash some 64 KB at a time (the same bytes in the same order, so the same hash), either at once or, hashing
    /// alongside, through a short queue to a thread of its own that hashes each buffer while the next is written. The
    /// buffer always keeps <see cref="Slack"/> bytes free past what a piece writes, so a short piece is copied as one
    /// 32-byte block.</summary>
    private sealed class LineHasher : IDisposable
    {
        private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        private readonly BlockingCollection<(byte[] Bytes, int Length)>? _written; // to the hashing thread, in order
        private readonly ConcurrentQueue<byte[]>? _hashed; // buffers the hashing thread is done with
        private readonly Task? _hashing;
        private readonly int _flushBytes;
        private byte[] _bytes;
        private int _length;

        /// <summary>Inline, lines go to the hash some 64 KB at a time; to the hashing thread a megabyte at a time, so
        /// that the two threads rarely wait for each other (each wait spins a little before it sleeps).</summary>
        private const int FlushBytes = 1 << 16;
        private const int AlongsideFlushBytes = 1 << 20;

        public LineHasher(bool hashAlongside)
        {
            _flushBytes = hashAlongside ? AlongsideFlushBytes : FlushBytes;
            _bytes = ArrayPool<byte>.Shared.Rent(_flushBytes * 2);
            if (hashAlongside)
            {
                _written = new BlockingCollection<(byte[], int)>(boundedCapacity: 2);
                _hashed = new ConcurrentQueue<byte[]>();
                _hashing = Task.Factory.StartNew(HashWritten, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
            }
        }

        /// <summary>The bytes a block copy may write past a piece's end (overwritten by what comes next).</summary>
        public const int Slack = 32;

        /// <summary>Starts a line with its tag (an ASCII letter: its one byte).</summary>
        public LineHasher Start(char tag)
        {
            Reserve(1);
            _bytes[_length++] = (byte)tag;
            return this;
        }

        public LineHasher Field(string? value)
        {
            if (value is null)
            {
                return Null();
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

        public LineHasher Number(long? value) => value is { } v ? Number(v) : Null();

        /// <summary>A number's invariant digits ("-" and digits) as a field: as many characters as bytes.</summary>
        public LineHasher Number(long value)
        {
            Prefix(DecimalDigits.Count(value));
            Reserve(DecimalDigits.MaxBytes);
            _length += DecimalDigits.Write(value, _bytes.AsSpan(_length));
            return this;
        }

        public LineHasher Real(double? value)
        {
            if (value is not { } v)
            {
                return Null();
            }

            // A whole number below 10^9 (not -0) is written as "R" writes it: its digits (most weights are counts).
            if (v == Math.Floor(v) && Math.Abs(v) < 1e9 && !(v == 0 && double.IsNegative(v)))
            {
                return Number((long)v);
            }

            // "R" gives ASCII: its UTF-8 is its characters, one byte each.
            Span<byte> digits = stackalloc byte[40];
            v.TryFormat(digits, out var n, "R", CultureInfo.InvariantCulture);
            Prefix(n);
            AppendBytes(digits[..n]);
            return this;
        }

        /// <summary>The pool string of an index as a field (null for -1).</summary>
        public LineHasher Pooled(PoolUtf8 pool, int index)
        {
            if (index < 0)
            {
                return Null();
            }

            var (start, length) = pool.Field(index);
            Copy(pool.Bytes, start, length);
            return this;
        }

        /// <summary>The pool strings of <paramref name="values"/> joined by U+001F, as one field.</summary>
        public LineHasher Joined(PoolUtf8 pool, ReadOnlySpan<int> values)
        {
            if (values.IsEmpty)
            {
                AppendBytes("|0:"u8);
                return this;
            }

            var length = values.Length - 1;
            foreach (var v in values)
            {
                length += pool.Chars[v];
            }

            Prefix(length);
            for (var k = 0; k < values.Length; k++)
            {
                if (k > 0)
                {
                    Reserve(1);
                    _bytes[_length++] = 0x1f;
                }

                var (start, bytes) = pool.Value(values[k]);
                Copy(pool.Bytes, start, bytes);
            }

            return this;
        }

        public void End()
        {
            Reserve(1);
            _bytes[_length++] = (byte)'\n';
            if (_length >= _flushBytes)
            {
                Flush();
            }
        }

        public string Hash()
        {
            Flush();
            if (_written is not null)
            {
                _written.CompleteAdding();
                _hashing!.GetAwaiter().GetResult();
            }

            return Convert.ToHexStringLower(_hash.GetHashAndReset());
        }

        public void Dispose()
        {
            if (_written is not null)
            {
                // Stopped early (a failure while writing), the hashing thread ends with what it was given.
                _written.CompleteAdding();
                try
                {
                    _hashing!.Wait();
                }
                catch (AggregateException)
                {
                    // Hash() rethrew the hashing thread's failure already, or the writer's own failure is the one reported.
                }
                while (_hashed!.TryDequeue(out var buffer))
                {
                    ArrayPool<byte>.Shared.Return(buffer);
                }

                _written.Dispose();
            }

            _hash.Dispose();
            ArrayPool<byte>.Shared.Return(_bytes);
        }

        private void Flush()
        {
            if (_written is null)
            {
                _hash.AppendData(_bytes.AsSpan(0, _length));
            }
            else if (_length > 0)
            {
                _written.Add((_bytes, _length));
                _bytes = _hashed!.TryDequeue(out var free) ? free : ArrayPool<byte>.Shared.Rent(_flushBytes * 2);
            }

            _length = 0;
        }

        /// <summary>The hashing thread: hashes the written buffers in order and hands each back. If it fails, adding
        /// ends too (the writer's next add throws rather than waits for a queue nobody empties).</summary>
        private void HashWritten()
        {
            try
            {
                foreach (var (bytes, length) in _written!.GetConsumingEnumerable())
                {
                    _hash.AppendData(bytes, 0, length);
                    _hashed!.Enqueue(bytes);
                }
            }
            finally
            {
                _written!.CompleteAdding();
            }
        }

        /// <summary>A null field: length -1, nothing after.</summary>
        private LineHasher Null()
        {
            AppendBytes("|-1:"u8);
            return this;
        }

        /// <summary>A field's length prefix, <c>|length:</c> (one or two digits, as most are, written directly).</summary>
        private void Prefix(int length)
        {
            Reserve(13);
            _bytes[_length++] = (byte)'|';
            if (length < 10)
            {
                _bytes[_length++] = (byte)('0' + length);
            }
            else if (length < 100)
            {
                _bytes[_length++] = (byte)('0' + (length / 10));
                _bytes[_length++] = (byte)('0' + (length % 10));
            }
            else
            {
                _length += DecimalDigits.Write(length, _bytes.AsSpan(_length));
            }

            _bytes[_length++] = (byte)':';
        }

        /// <summary>Copies <paramref name="length"/> bytes from <paramref name="source"/> at <paramref name="start"/>,
        /// which has at least <see cref="Slack"/> bytes after that start: a piece that short moves as one block.</summary>
        private void Copy(byte[] source, int start, int length)
        {
            Reserve(length);
            if (length <= Slack && Vector256.IsHardwareAccelerated)
            {
                Vector256.LoadUnsafe(ref MemoryMarshal.GetArrayDataReference(source), (nuint)start)
                    .StoreUnsafe(ref MemoryMarshal.GetArrayDataReference(_bytes), (nuint)_length);
            }
            else
            {
                source.AsSpan(start, length).CopyTo(_bytes.AsSpan(_length));
            }

            _length += length;
        }

        private void AppendBytes(ReadOnlySpan<byte> utf8)
        {
            Reserve(utf8.Length);
            utf8.CopyTo(_bytes.AsSpan(_length));
            _length += utf8.Length;
        }

        private void Append(ReadOnlySpan<char> text)
        {
            Reserve(Encoding.UTF8.GetMaxByteCount(text.Length));
            _length += Encoding.UTF8.GetBytes(text, _bytes.AsSpan(_length));
        }

        /// <summary>Makes room for <paramref name="bytes"/> more bytes and the slack after them.</summary>
        private void Reserve(int bytes)
        {
            if (_length + bytes + Slack > _bytes.Length)
            {
                var bigger = ArrayPool<byte>.Shared.Rent(Math.Max(_bytes.Length * 2, _length + bytes + Slack));
                _bytes.AsSpan(0, _length).CopyTo(bigger);
                ArrayPool<byte>.Shared.Return(_bytes);
                _bytes = bigger;
            }
        }
    }

    /// <summary>Each pool string encoded once as the hasher encodes a string (<see cref="Encoding.UTF8"/>, a lone
    /// surrogate as U+FFFD) and stored as the field the hasher writes for it (<c>|length:</c> and its bytes), with its
    /// length in UTF-16 characters: a row's strings are then copied, not encoded again. The bytes end with
    /// <see cref="LineHasher.Slack"/> spare bytes, so any field or value can be read as one 32-byte block.</summary>
    private sealed class PoolUtf8
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

        /// <summary>Where a string's field (its length prefix and its UTF-8) is in <see cref="Bytes"/>.</summary>
        public (int Start, int Length) Field(int index) => (_starts[index], _starts[index + 1] - _starts[index]);

        /// <summary>Where a string's UTF-8 (without its prefix) is in <see cref="Bytes"/>.</summary>
        public (int Start, int Length) Value(int index) => (ValueStart(index), _starts[index + 1] - ValueStart(index));

        /// <summary>Where a string's UTF-8 starts: after "|", its length's digits and ":".</summary>
        private int ValueStart(int index) => _starts[index] + 2 + DecimalDigits.Count(Chars[index]);
    }
}
