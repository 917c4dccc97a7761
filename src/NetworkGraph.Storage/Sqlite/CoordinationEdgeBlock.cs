using System.Buffers.Binary;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using NetworkGraph.Storage.Runs;

namespace NetworkGraph.Storage.Sqlite;

/// <summary>The compact form of a run of edges of one layer with their kept evidence pairs (one
/// coordination_edge_blocks row, V007). Per edge: the two accounts' numbers in the run's coordination_accounts, the pair
/// count, the weight and the mean and smallest dt, the first time and the last minus the first, the two distinct post
/// counts and how many pairs follow; per pair: the two post ids, the source time minus the edge's first time, the target
/// time minus the source time and the object's number in the run's coordination_objects. Integers are varints (signed
/// ones zigzagged); times are unix milliseconds. A real is a varint of (zigzag(v * 1000) &lt;&lt; 1) when that gives v back
/// exactly, else 1 and its 8 bytes. A post id that is a canonical number below 2^61 is a varint of (zigzag(id minus the
/// edge's previous such id, 0 at first) &lt;&lt; 1): the posts of one edge are close in time, and so are their ids; any
/// other id is a varint of (its byte length &lt;&lt; 1 | 1) and its UTF-8 bytes.</summary>
internal sealed class CoordinationEdgeBlock
{
    /// <summary>The most edges a block holds (about a megabyte).</summary>
    public const int MaxEdges = 8192;

    private const long MaxNumericPost = 1L << 61;
    private const long MinTime = -62_135_596_800_000; // 0001-01-01, in UNIX milliseconds
    private const long MaxTime = 253_402_300_799_999; // 9999-12-31T23:59:59.999
    private const int VarintBytes = 10;
    private const int EdgeBytes = 11 * VarintBytes; // the most an edge's fields take (a real is a varint, or 1 and 8 bytes)
    private const int PairTimesBytes = 3 * VarintBytes;
    private const double MaxScaledReal = 1L << 52;
    private byte[] _buffer = new byte[1 << 16];
    private long _previousPost;

    /// <summary>The bytes written since the last <see cref="Clear"/>.</summary>
    public ReadOnlySpan<byte> Written => _buffer.AsSpan(0, Length);

    /// <summary>How many bytes were written since the last <see cref="Clear"/>.</summary>
    public int Length { get; private set; }

    /// <summary>How many edges were written since the last <see cref="Clear"/>.</summary>
    public int Edges { get; private set; }

    /// <summary>Starts the next block.</summary>
    public void Clear()
    {
        Length = 0;
        Edges = 0;
    }

    /// <summary>Appends an edge; its <paramref name="pairs"/> evidence pairs follow with <see cref="AddPair(string, string, long, long, long, int)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void AddEdge(
        int source, int target, long pairCount, double weight, double meanDt, double minDt, long first, long last, int sourcePosts,
        int targetPosts, int pairs)
    {
        Edges++;
        _previousPost = 0;
        Reserve(EdgeBytes);
        PutVarint((uint)source);
        PutVarint((uint)target);
        PutVarint(ZigZag(pairCount));
        PutReal(weight);
        PutReal(meanDt);
        PutReal(minDt);
        PutVarint(ZigZag(first));
        PutVarint(ZigZag(last - first));
        PutVarint((uint)sourcePosts);
        PutVarint((uint)targetPosts);
        PutVarint((uint)pairs);
    }

    /// <summary>Appends one evidence pair of the last edge; <paramref name="edgeFirst"/> is that edge's first time.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void AddPair(string sourcePost, string targetPost, long sourceTime, long targetTime, long edgeFirst, int objectNumber)
    {
        AddPost(sourcePost);
        AddPost(targetPost);
        AddPairTimes(sourceTime, targetTime, edgeFirst, objectNumber);
    }

    /// <summary>Appends one evidence pair of the last edge whose post ids are canonical decimal numbers, given as those
    /// numbers (the same bytes as their decimal text): no string per id.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void AddPair(long sourcePost, long targetPost, long sourceTime, long targetTime, long edgeFirst, int objectNumber)
    {
        AddPost(sourcePost);
        AddPost(targetPost);
        AddPairTimes(sourceTime, targetTime, edgeFirst, objectNumber);
    }

    /// <summary>Reads a block's edges back (appended to <paramref name="edges"/>); <paramref name="accounts"/> and
    /// <paramref name="objects"/> are the run's account ids and object labels by number.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Read(byte[] block, IReadOnlyList<string> accounts, IReadOnlyList<string> objects, List<StoredCoordinationEdge> edges) =>
        Read(block, accounts, objects, edges, RunRead.AllEdges);

    /// <summary>As <see cref="Read(byte[], IReadOnlyList{string}, IReadOnlyList{string}, List{StoredCoordinationEdge})"/>;
    /// only the edges whose (source, target) ids <paramref name="evidenceOf"/> accepts get their evidence pairs, the others
    /// have theirs checked and passed over (their pair counts stay).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Read(
        byte[] block, IReadOnlyList<string> accounts, IReadOnlyList<string> objects, List<StoredCoordinationEdge> edges,
        Func<string, string, bool> evidenceOf)
    {
        var at = 0;
        while (at < block.Length)
        {
            var source = Lookup(accounts, ReadVarint(block, ref at), "account");
            var target = Lookup(accounts, ReadVarint(block, ref at), "account");
            var pairCount = UnZigZag(ReadVarint(block, ref at));
            var weight = ReadReal(block, ref at);
            var meanDt = ReadReal(block, ref at);
            var minDt = ReadReal(block, ref at);
            var first = UnZigZag(ReadVarint(block, ref at));
            var last = first + UnZigZag(ReadVarint(block, ref at));
            var sourcePosts = (int)ReadVarint(block, ref at);
            var targetPosts = (int)ReadVarint(block, ref at);
            var count = ReadVarint(block, ref at);
            var evidenceAt = at;
            var previousPost = 0L;
            for (ulong k = 0; k < count; k++)
            {
                SkipPair(block, ref at, ref previousPost, first, objects);
            }

            // Checked now, decoded when read: a run's blocks are a fraction of the size of its pairs as objects.
            IReadOnlyList<StoredEvidencePair> pairs = count > 0 && evidenceOf(source, target)
                ? new BlockEvidence(block, evidenceAt, (int)count, first, objects)
                : [];
            edges.Add(new StoredCoordinationEdge(source, target, pairCount, weight, meanDt, minDt, DateTimeOffset.FromUnixTimeMilliseconds(first),
                DateTimeOffset.FromUnixTimeMilliseconds(last), sourcePosts, targetPosts, pairs));
        }
    }

    /// <summary>Reads the evidence pair at <paramref name="at"/> of an edge whose first time is <paramref name="first"/>;
    /// <paramref name="previousPost"/> carries the edge's last numeric post id from pair to pair (0 before its first).</summary>
    public static StoredEvidencePair ReadPair(ReadOnlySpan<byte> block, ref int at, ref long previousPost, long first, IReadOnlyList<string> objects)
    {
        var sourcePost = ReadPost(block, ref at, ref previousPost);
        var targetPost = ReadPost(block, ref at, ref previousPost);
        var sourceTime = first + UnZigZag(ReadVarint(block, ref at));
        var targetTime = sourceTime + UnZigZag(ReadVarint(block, ref at));
        return new StoredEvidencePair(sourcePost, targetPost, DateTimeOffset.FromUnixTimeMilliseconds(sourceTime),
            DateTimeOffset.FromUnixTimeMilliseconds(targetTime), Lookup(objects, ReadVarint(block, ref at), "object"));
    }

    // Passes over a pair, checking what ReadPair will read of it.
    private static void SkipPair(ReadOnlySpan<byte> block, ref int at, ref long previousPost, long first, IReadOnlyList<string> objects)
    {
        SkipPost(block, ref at, ref previousPost);
        SkipPost(block, ref at, ref previousPost);
        var sourceTime = first + UnZigZag(ReadVarint(block, ref at));
        var targetTime = sourceTime + UnZigZag(ReadVarint(block, ref at));
        if (sourceTime is < MinTime or > MaxTime || targetTime is < MinTime or > MaxTime)
        {
            throw new InvalidDataException("A stored coordination evidence pair has a time outside the calendar.");
        }

        Lookup(objects, ReadVarint(block, ref at), "object");
    }

    private static string Lookup(IReadOnlyList<string> names, ulong number, string what) => number < (ulong)names.Count
        ? names[(int)number]
        : throw new InvalidDataException($"A stored coordination edge names {what} {number}, which its run does not hold.");

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void AddPairTimes(long sourceTime, long targetTime, long edgeFirst, int objectNumber)
    {
        Reserve(PairTimesBytes);
        PutVarint(ZigZag(sourceTime - edgeFirst));
        PutVarint(ZigZag(targetTime - sourceTime));
        PutVarint((uint)objectNumber);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void AddPost(long number)
    {
        if (number is < 0 or >= MaxNumericPost)
        {
            AddPost(number.ToString(CultureInfo.InvariantCulture));
            return;
        }

        AddVarint(ZigZag(number - _previousPost) << 1);
        _previousPost = number;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void AddPost(string id)
    {
        if (CanonicalNumber(id) is { } number and < MaxNumericPost)
        {
            AddPost(number);
            return;
        }

        var bytes = Encoding.UTF8.GetByteCount(id);
        AddVarint(((ulong)bytes << 1) | 1);
        Reserve(bytes);
        Length += Encoding.UTF8.GetBytes(id, _buffer.AsSpan(Length));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void PutReal(double value)
    {
        var thousandths = value * 1000;
        if (Math.Abs(thousandths) < MaxScaledReal
            && BitConverter.DoubleToInt64Bits((long)thousandths / 1000.0) == BitConverter.DoubleToInt64Bits(value))
        {
            PutVarint(ZigZag((long)thousandths) << 1);
            return;
        }

        PutVarint(1);
        BinaryPrimitives.WriteDoubleLittleEndian(_buffer.AsSpan(Length), value);
        Length += 8;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void AddVarint(ulong value)
    {
        Reserve(VarintBytes);
        PutVarint(value);
    }

    /// <summary>Writes a varint where room was reserved.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void PutVarint(ulong value)
    {
        var buffer = _buffer;
        var at = Length;
        while (value >= 0x80)
        {
            buffer[at++] = (byte)(value | 0x80);
            value >>= 7;
        }

        buffer[at++] = (byte)value;
        Length = at;
    }

    private void Reserve(int bytes)
    {
        if (Length + bytes > _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Max(Length + bytes, _buffer.Length * 2));
        }
    }

    /// <summary>Passes over a post as <see cref="ReadPost"/> reads it, with its checks, making no string.</summary>
    private static void SkipPost(ReadOnlySpan<byte> block, ref int at, ref long previous) => NextPost(block, ref at, ref previous, out _);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static string ReadPost(ReadOnlySpan<byte> block, ref int at, ref long previous) =>
        NextPost(block, ref at, ref previous, out var length)
            ? previous.ToString(CultureInfo.InvariantCulture)
            : Encoding.UTF8.GetString(block.Slice(at - length, length));

    /// <summary>Steps over a post: true when it is a number (then <paramref name="previous"/>), false when it is an id
    /// given as UTF-8 (its <paramref name="length"/> bytes end at <paramref name="at"/>); throws when the block is damaged.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool NextPost(ReadOnlySpan<byte> block, ref int at, ref long previous, out int length)
    {
        var head = ReadVarint(block, ref at);
        if ((head & 1) == 0)
        {
            previous += UnZigZag(head >> 1);
            length = 0;
            return previous is >= 0 and < MaxNumericPost
                ? true
                : throw new InvalidDataException("A stored coordination edge block holds a post number out of range.");
        }

        if (head >> 1 > (ulong)(block.Length - at))
        {
            throw new InvalidDataException("A stored coordination edge block ends inside a post id.");
        }

        length = (int)(head >> 1);
        at += length;
        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static double ReadReal(ReadOnlySpan<byte> block, ref int at)
    {
        var head = ReadVarint(block, ref at);
        if ((head & 1) == 0)
        {
            return UnZigZag(head >> 1) / 1000.0;
        }

        if (head != 1)
        {
            throw new InvalidDataException("A stored coordination edge block holds a real of an unknown form.");
        }

        if (block.Length - at < 8)
        {
            throw new InvalidDataException("A stored coordination edge block ends inside a number.");
        }

        var value = BinaryPrimitives.ReadDoubleLittleEndian(block[at..]);
        at += 8;
        return value;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static ulong ReadVarint(ReadOnlySpan<byte> block, ref int at)
    {
        ulong value = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            if (at >= block.Length)
            {
                throw new InvalidDataException("A stored coordination edge block ends inside a number.");
            }

            var b = block[at++];
            value |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return value;
            }
        }

        throw new InvalidDataException("A stored coordination edge block holds a number longer than 64 bits.");
    }

    /// <summary>The value of an id that is a canonical non-negative decimal number (digits only, no leading zero but
    /// "0" itself), which converts back to the same id; else null.</summary>
    private static long? CanonicalNumber(string id) =>
        id.Length is > 0 and <= 19 && (id[0] != '0' || id.Length == 1)
        && long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? number
            : null;

    private static ulong ZigZag(long value) => (ulong)((value << 1) ^ (value >> 63));

    private static long UnZigZag(ulong value) => (long)(value >> 1) ^ -(long)(value & 1);
}
