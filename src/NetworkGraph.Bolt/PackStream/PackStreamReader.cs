using System.Buffers.Binary;
using System.Text;

namespace NetworkGraph.Bolt.PackStream;

/// Reads PackStream v1 values from one complete message held in memory.
internal ref partial struct PackStreamReader(ReadOnlySpan<byte> data)
{
    private const int MaxDepth = 512;
    private readonly ReadOnlySpan<byte> _data = data;
    private int _depth;

    public int Position { get; private set; }

    public readonly bool AtEnd => Position >= _data.Length;

    public object? ReadValue()
    {
        var marker = ReadByte();
        switch (marker)
        {
            case <= 0x7F: return (long)marker;
            case >= 0xF0: return (long)unchecked((sbyte)marker);
            case >= Marker.TinyString and <= 0x8F: return ReadUtf8(marker & 0x0F);
            case >= Marker.TinyList and <= 0x9F: return ReadListItems(marker & 0x0F);
            case >= Marker.TinyMap and <= 0xAF: return ReadMapEntries(marker & 0x0F);
            case >= Marker.TinyStruct and <= 0xBF: return ReadStructure(marker & 0x0F, ReadByte());
            case Marker.Null: return null;
            case Marker.Float64: return BinaryPrimitives.ReadDoubleBigEndian(Take(8));
            case Marker.False: return false;
            case Marker.True: return true;
            case Marker.Int8: return (long)unchecked((sbyte)ReadByte());
            case Marker.Int16: return (long)BinaryPrimitives.ReadInt16BigEndian(Take(2));
            case Marker.Int32: return (long)BinaryPrimitives.ReadInt32BigEndian(Take(4));
            case Marker.Int64: return BinaryPrimitives.ReadInt64BigEndian(Take(8));
            case Marker.Bytes8: return Take(ReadByte()).ToArray();
            case Marker.Bytes16: return Take(ReadUInt16()).ToArray();
            case Marker.Bytes32: return Take(ReadSize32()).ToArray();
            case Marker.String8: return ReadUtf8(ReadByte());
            case Marker.String16: return ReadUtf8(ReadUInt16());
            case Marker.String32: return ReadUtf8(ReadSize32());
            case Marker.List8: return ReadListItems(ReadByte());
            case Marker.List16: return ReadListItems(ReadUInt16());
            case Marker.List32: return ReadListItems(ReadSize32());
            case Marker.Map8: return ReadMapEntries(ReadByte());
            case Marker.Map16: return ReadMapEntries(ReadUInt16());
            case Marker.Map32: return ReadMapEntries(ReadSize32());
            default:
                throw new BoltProtocolException($"Unknown PackStream marker 0x{marker:X2} at byte {Position - 1}.");
        }
    }

    /// Reads a structure header: field count in the marker's low nibble, then the tag byte.
    public (int FieldCount, byte Tag) ReadStructHeader()
    {
        var marker = ReadByte();
        if (marker is < Marker.TinyStruct or > 0xBF)
        {
            throw new BoltProtocolException($"Expected a structure, found marker 0x{marker:X2} at byte {Position - 1}.");
        }

        return (marker & 0x0F, ReadByte());
    }

    public Dictionary<string, object?> ReadMap() =>
        ReadValue() as Dictionary<string, object?> ?? throw Unexpected("a map");

    public List<object?> ReadList() => ReadValue() as List<object?> ?? throw Unexpected("a list");

    public string ReadString() => ReadValue() as string ?? throw Unexpected("a string");

    public long ReadInteger() => ReadValue() is long value ? value : throw Unexpected("an integer");

    public double ReadFloat() => ReadValue() is double value ? value : throw Unexpected("a float");

    private readonly BoltProtocolException Unexpected(string what) =>
        new($"Expected {what} before byte {Position} of the message.");

    private List<object?> ReadListItems(int count)
    {
        Enter();
        var list = new List<object?>(Math.Min(count, _data.Length - Position));
        for (var i = 0; i < count; i++)
        {
            list.Add(ReadValue());
        }

        _depth--;
        return list;
    }

    private Dictionary<string, object?> ReadMapEntries(int count)
    {
        Enter();
        var map = new Dictionary<string, object?>(Math.Min(count, _data.Length - Position), StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var key = ReadValue() as string ?? throw Unexpected("a string map key");
            map[key] = ReadValue(); // on a duplicate key the last one wins
        }

        _depth--;
        return map;
    }

    private void Enter()
    {
        if (++_depth > MaxDepth)
        {
            throw new BoltProtocolException($"Values are nested deeper than {MaxDepth} levels.");
        }
    }

    private string ReadUtf8(int length)
    {
        try
        {
            return StrictUtf8.GetString(Take(length));
        }
        catch (DecoderFallbackException ex)
        {
            throw new BoltProtocolException($"Invalid UTF-8 in a string ending at byte {Position}.", ex);
        }
    }

    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    private byte ReadByte() => Take(1)[0];

    private int ReadUInt16() => BinaryPrimitives.ReadUInt16BigEndian(Take(2));

    private int ReadSize32()
    {
        var size = BinaryPrimitives.ReadUInt32BigEndian(Take(4));
        return size <= int.MaxValue ? (int)size : throw new BoltProtocolException($"Size {size} is too large.");
    }

    private ReadOnlySpan<byte> Take(int count)
    {
        if (count > _data.Length - Position)
        {
            throw new BoltProtocolException(
                $"The message ends early: needed {count} more bytes at byte {Position} of {_data.Length}.");
        }

        var slice = _data.Slice(Position, count);
        Position += count;
        return slice;
    }
}
