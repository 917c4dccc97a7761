using System.Buffers;
using System.Globalization;
using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Security.Cryptography;
using System.Text;
using NetworkGraph.Core.Clustering;

namespace NetworkGraph.Core.Snapshots;

/// <summary>The fingerprint's line writer and hash.</summary>
public static partial class InputFingerprint
{
    /// <summary>Hashes lines of length-prefixed fields (<c>tag|length:field|...\n</c>, null as length -1, a length in
    /// UTF-16 characters, or in bytes for a raw field, <see cref="Raw(ReadOnlySpan{byte})"/>, whose place in a line of a
    /// fixed layout says so), built as UTF-8 in one reused buffer: no separator inside a field can make two inputs collide.
    /// Each piece is encoded on its own, which gives the bytes of the whole line encoded at once: no piece ends inside a
    /// surrogate pair that the next one completes (a field is followed by a separator). Lines are gathered and handed to
    /// the hash some 64 KB at a time or, hashing alongside, a megabyte at a time through a two-buffer queue to a thread
    /// of its own that hashes each buffer while the next is written (the same bytes in the same order either way, so the
    /// same hash). A block's writer (<see cref="NewBlock"/>) only gathers lines, which the hashing writer then hands over
    /// whole, in their turn (<see cref="AppendBlock"/>, see <see cref="OrderedBlocks"/>). The buffer always keeps
    /// <see cref="Slack"/> bytes free past what a piece writes, so a short piece is copied as one 32-byte block.</summary>
    internal sealed class LineHasher : IDisposable
    {
        private readonly IncrementalHash? _hash; // none for a block's writer
        private readonly BlockingCollection<(byte[] Bytes, int Length)>? _written; // to the hashing thread, in order
        private readonly ConcurrentQueue<byte[]>? _hashed; // buffers the hashing thread is done with, for any writer
        private readonly Task? _hashing;
        private readonly int _flushBytes;
        private byte[] _bytes; // empty once a block's writer handed its lines over
        private int _length;

        /// <summary>Inline, lines go to the hash some 64 KB at a time; to the hashing thread a megabyte at a time, so
        /// that the two threads rarely wait for each other (each wait spins a little before it sleeps).</summary>
        private const int FlushBytes = 1 << 16;
        private const int AlongsideFlushBytes = 1 << 20;

        public LineHasher(bool hashAlongside)
        {
            _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            _flushBytes = hashAlongside ? AlongsideFlushBytes : FlushBytes;
            _bytes = ArrayPool<byte>.Shared.Rent(_flushBytes * 2);
            if (hashAlongside)
            {
                _written = new BlockingCollection<(byte[], int)>(boundedCapacity: 2);
                _hashed = new ConcurrentQueue<byte[]>();
                _hashing = Task.Factory.StartNew(HashWritten, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
            }
        }

        /// <summary>A block's writer: it neither hashes nor flushes, it only gathers lines (see <see cref="TakeBlock"/>),
        /// in a buffer taken from those <paramref name="hashed"/> holds when it has one.</summary>
        private LineHasher(ConcurrentQueue<byte[]>? hashed, int bufferBytes)
        {
            _hashed = hashed;
            _flushBytes = int.MaxValue;
            _bytes = FreeBuffer(hashed, bufferBytes);
        }

        /// <summary>A writer for a block of lines that <see cref="AppendBlock"/> takes later (it may write on any thread);
        /// only a hashing writer has blocks.</summary>
        public LineHasher NewBlock() => _hash is not null
            ? new(_hashed, _flushBytes * 2)
            : throw new InvalidOperationException("A block's writer has no blocks of its own.");

        /// <summary>A block writer's lines: its buffer and how much of it is written; the writer holds nothing after.</summary>
        public (byte[] Bytes, int Length) TakeBlock()
        {
            var block = (_bytes, _length);
            (_bytes, _length) = ([], 0);
            return block;
        }

        /// <summary>Hashes a block's lines after the lines written so far (the block's buffer is taken over).</summary>
        public void AppendBlock(byte[] bytes, int length)
        {
            Flush();
            if (_written is null)
            {
                _hash!.AppendData(bytes, 0, length);
                Recycle(bytes);
            }
            else
            {
                Hand(bytes, length);
            }
        }

        /// <summary>A buffer for a writer: one the hashing thread is done with when <paramref name="hashed"/> holds one, else
        /// one of at least <paramref name="bytes"/> bytes from the pool.</summary>
        private static byte[] FreeBuffer(ConcurrentQueue<byte[]>? hashed, int bytes) =>
            hashed is not null && hashed.TryDequeue(out var free) ? free : ArrayPool<byte>.Shared.Rent(bytes);

        /// <summary>Takes back a buffer no line is left in, for the next buffer a writer needs.</summary>
        public void Recycle(byte[] bytes)
        {
            if (_hashed is not null)
            {
                _hashed.Enqueue(bytes);
            }
            else
            {
                ArrayPool<byte>.Shared.Return(bytes);
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

        /// <summary>Raw bytes as a field, its length counted in bytes (in the fixed layout of the 'C' lines, where each
        /// field's place says whether it is raw).</summary>
        public LineHasher Raw(ReadOnlySpan<byte> bytes)
        {
            Prefix(bytes.Length);
            return Bytes(bytes);
        }

        /// <summary>A column of values as one raw field: their bytes as the machine holds them (little-endian).</summary>
        public LineHasher Raw<T>(ReadOnlySpan<T> values)
            where T : unmanaged => Raw(MemoryMarshal.AsBytes(values));

        /// <summary>Bytes as they are, with no length before them (in raw lines, after a field that gives their
        /// lengths), handed to the hash a buffer at a time however many they are.</summary>
        public LineHasher Bytes(ReadOnlySpan<byte> bytes)
        {
            while (!bytes.IsEmpty)
            {
                var piece = Math.Min(bytes.Length, Math.Max(_flushBytes - _length, FlushBytes));
                AppendBytes(bytes[..piece]);
                bytes = bytes[piece..];
                if (_length >= _flushBytes)
                {
                    Flush();
                }
            }

            return this;
        }

        public string Hash()
        {
            Flush();
            if (_written is not null)
            {
                _written.CompleteAdding();
                _hashing!.GetAwaiter().GetResult();
            }

            return Convert.ToHexStringLower(_hash!.GetHashAndReset());
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

            _hash?.Dispose();
            if (_bytes.Length > 0)
            {
                ArrayPool<byte>.Shared.Return(_bytes);
                _bytes = [];
            }
        }

        private void Flush()
        {
            if (_written is null)
            {
                _hash!.AppendData(_bytes.AsSpan(0, _length));
            }
            else if (_length > 0)
            {
                Hand(_bytes, _length);
                _bytes = FreeBuffer(_hashed, _flushBytes * 2);
            }

            _length = 0;
        }

        /// <summary>Gives a buffer of lines to the hashing thread, which hands it back once hashed.</summary>
        private void Hand(byte[] bytes, int length)
        {
            try
            {
                _written!.Add((bytes, length));
            }
            catch (InvalidOperationException) when (_written!.IsAddingCompleted)
            {
                // The hashing thread failed and closed the queue: its error is the one to report (the buffer stays
                // its holder's: the writer's own is returned when it is disposed, a block's is left to the collector).
                _hashing!.GetAwaiter().GetResult();
                throw;
            }
        }

        /// <summary>The hashing thread: hashes the written buffers in order and hands each back. If it fails, adding
        /// ends too (the writer's next add throws rather than waits for a queue nobody empties).</summary>
        private void HashWritten()
        {
            try
            {
                foreach (var (bytes, length) in _written!.GetConsumingEnumerable())
                {
                    _hash!.AppendData(bytes, 0, length);
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
}
