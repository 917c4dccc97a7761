using System.Buffers;
using System.Buffers.Binary;
using System.Text;

namespace NetworkGraph.Bolt.PackStream;

/// Writes PackStream v1 values, big-endian, smallest form first, into a buffer writer.
internal sealed partial class PackStreamWriter(IBufferWriter<byte> output)
{
    /// Bolt 4.4 without the "utc" patch sends date-times as local seconds (tags 0x46 / 0x66).
    public bool LegacyDateTimes { get; set; }

    public void WriteNull() => WriteByte(Marker.Null);

    public void WriteBoolean(bool value) => WriteByte(value ? Marker.True : Marker.False);

    public void WriteInteger(long value)
    {
        if (value is >= -16 and <= 127)
        {
            WriteByte(unchecked((byte)value));
        }
        else if (value is >= sbyte.MinValue and <= sbyte.MaxValue)
        {
            var span = output.GetSpan(2);
            span[0] = Marker.Int8;
            span[1] = unchecked((byte)value);
            output.Advance(2);
        }
        else if (value is >= short.MinValue and <= short.MaxValue)
        {
            var span = output.GetSpan(3);
            span[0] = Marker.Int16;
            BinaryPrimitives.WriteInt16BigEndian(span[1..], (short)value);
            output.Advance(3);
        }
        else if (value is >= int.MinValue and <= int.MaxValue)
        {
            var span = output.GetSpan(5);
            span[0] = Marker.Int32;
            BinaryPrimitives.WriteInt32BigEndian(span[1..], (int)value);
            output.Advance(5);
        }
        else
        {
            var span = output.GetSpan(9);
            span[0] = Marker.Int64;
            BinaryPrimitives.WriteInt64BigEndian(span[1..], value);
            output.Advance(9);
        }
    }

    public void WriteFloat(double value)
    {
        var span = output.GetSpan(9);
        span[0] = Marker.Float64;
        BinaryPrimitives.WriteDoubleBigEndian(span[1..], value);
        output.Advance(9);
    }

    public void WriteString(string value)
    {
        var length = Encoding.UTF8.GetByteCount(value);
        WriteSizedHeader(length, Marker.TinyString, Marker.String8, Marker.String16, Marker.String32);
        var written = Encoding.UTF8.GetBytes(value, output.GetSpan(length));
        output.Advance(written);
    }

    public void WriteBytes(ReadOnlySpan<byte> value)
    {
        // Bytes have no tiny form: CC u8, CD u16, CE u32.
        var length = value.Length;
        if (length <= byte.MaxValue)
        {
            WriteByte(Marker.Bytes8);
            WriteByte((byte)length);
        }
        else if (length <= ushort.MaxValue)
        {
            WriteByte(Marker.Bytes16);
            WriteUInt16((ushort)length);
        }
        else
        {
            WriteByte(Marker.Bytes32);
            WriteUInt32((uint)length);
        }

        value.CopyTo(output.GetSpan(length));
        output.Advance(length);
    }

    public void WriteListHeader(int count) =>
        WriteSizedHeader(count, Marker.TinyList, Marker.List8, Marker.List16, Marker.List32);

    public void WriteMapHeader(int count) =>
        WriteSizedHeader(count, Marker.TinyMap, Marker.Map8, Marker.Map16, Marker.Map32);

    public void WriteStructHeader(int fieldCount, byte tag)
    {
        if (fieldCount is < 0 or > 15)
        {
            throw new BoltProtocolException($"A structure has at most 15 fields, not {fieldCount}.");
        }

        var span = output.GetSpan(2);
        span[0] = (byte)(Marker.TinyStruct | fieldCount);
        span[1] = tag;
        output.Advance(2);
    }

    private void WriteSizedHeader(int size, byte tiny, byte m8, byte m16, byte m32)
    {
        if (size < 16)
        {
            WriteByte((byte)(tiny | size));
        }
        else if (size <= byte.MaxValue)
        {
            WriteByte(m8);
            WriteByte((byte)size);
        }
        else if (size <= ushort.MaxValue)
        {
            WriteByte(m16);
            WriteUInt16((ushort)size);
        }
        else
        {
            WriteByte(m32);
            WriteUInt32((uint)size);
        }
    }

    private void WriteByte(byte value)
    {
        output.GetSpan(1)[0] = value;
        output.Advance(1);
    }

    private void WriteUInt16(ushort value)
    {
        BinaryPrimitives.WriteUInt16BigEndian(output.GetSpan(2), value);
        output.Advance(2);
    }

    private void WriteUInt32(uint value)
    {
        BinaryPrimitives.WriteUInt32BigEndian(output.GetSpan(4), value);
        output.Advance(4);
    }
}
