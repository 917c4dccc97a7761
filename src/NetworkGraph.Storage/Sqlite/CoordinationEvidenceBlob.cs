using System.Globalization;
using System.Text;
using NetworkGraph.Storage.Runs;

namespace NetworkGraph.Storage.Sqlite;

/// <summary>The compact form of an edge's kept evidence pairs (coordination_edges.evidence, V007): per pair the two post
/// ids (a canonical number as a varint, anything else as its UTF-8 bytes), the two times as varint offsets and the
/// object's number in the run's coordination_objects.</summary>
internal sealed class CoordinationEvidenceBlob
{
    private byte[] _buffer = new byte[256];

    /// <summary>The bytes written since the last <see cref="Clear"/>.</summary>
    public ReadOnlySpan<byte> Written => _buffer.AsSpan(0, Length);

    /// <summary>How many bytes were written since the last <see cref="Clear"/>.</summary>
    public int Length { get; private set; }

    /// <summary>Starts the next edge's blob.</summary>
    public void Clear() => Length = 0;

    /// <summary>Appends one pair; <paramref name="edgeFirst"/> is the edge's first_time (unix milliseconds).</summary>
    public void Add(string sourcePost, string targetPost, long sourceTime, long targetTime, long edgeFirst, int objectNumber)
    {
        AddPost(sourcePost);
        AddPost(targetPost);
        AddVarint(ZigZag(sourceTime - edgeFirst));
        AddVarint(ZigZag(targetTime - sourceTime));
        AddVarint((uint)objectNumber);
    }

    /// <summary>Reads the pairs of one blob back; <paramref name="objects"/> are the run's object labels by number.</summary>
    public static List<StoredEvidencePair> Read(ReadOnlySpan<byte> blob, long edgeFirst, IReadOnlyList<string> objects)
    {
        var pairs = new List<StoredEvidencePair>();
        var at = 0;
        while (at < blob.Length)
        {
            var source = ReadPost(blob, ref at);
            var target = ReadPost(blob, ref at);
            var sourceTime = edgeFirst + UnZigZag(ReadVarint(blob, ref at));
            var targetTime = sourceTime + UnZigZag(ReadVarint(blob, ref at));
            var objectNumber = ReadVarint(blob, ref at);
            if (objectNumber >= (ulong)objects.Count)
            {
                throw new InvalidDataException($"A stored evidence pair names object {objectNumber}, which its run does not hold.");
            }

            pairs.Add(new StoredEvidencePair(source, target, DateTimeOffset.FromUnixTimeMilliseconds(sourceTime),
                DateTimeOffset.FromUnixTimeMilliseconds(targetTime), objects[(int)objectNumber]));
        }

        return pairs;
    }

    private void AddPost(string id)
    {
        if (CanonicalNumber(id) is { } number)
        {
            AddVarint((ulong)number << 1);
            return;
        }

        var bytes = Encoding.UTF8.GetByteCount(id);
        AddVarint(((ulong)bytes << 1) | 1);
        Reserve(bytes);
        Length += Encoding.UTF8.GetBytes(id, _buffer.AsSpan(Length));
    }

    private void AddVarint(ulong value)
    {
        Reserve(10);
        while (value >= 0x80)
        {
            _buffer[Length++] = (byte)(value | 0x80);
            value >>= 7;
        }

        _buffer[Length++] = (byte)value;
    }

    private void Reserve(int bytes)
    {
        if (Length + bytes > _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Max(Length + bytes, _buffer.Length * 2));
        }
    }

    private static string ReadPost(ReadOnlySpan<byte> blob, ref int at)
    {
        var head = ReadVarint(blob, ref at);
        if ((head & 1) == 0)
        {
            return (head >> 1).ToString(CultureInfo.InvariantCulture);
        }

        var length = (int)(head >> 1);
        if (length > blob.Length - at)
        {
            throw new InvalidDataException("A stored evidence blob ends inside a post id.");
        }

        var id = Encoding.UTF8.GetString(blob.Slice(at, length));
        at += length;
        return id;
    }

    private static ulong ReadVarint(ReadOnlySpan<byte> blob, ref int at)
    {
        ulong value = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            if (at >= blob.Length)
            {
                throw new InvalidDataException("A stored evidence blob ends inside a number.");
            }

            var b = blob[at++];
            value |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return value;
            }
        }

        throw new InvalidDataException("A stored evidence blob holds a number longer than 64 bits.");
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
