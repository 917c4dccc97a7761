using System.Buffers.Binary;
using System.Globalization;
using System.Text;

namespace NetworkGraph.TestSupport.Bolt;

/// A raw PackStream structure as the stub sees it: tag and fields, no interpretation.
public sealed record RawStruct(byte Tag, IReadOnlyList<object?> Fields);

/// The stub server's own PackStream codec, written apart from the client's so the two check each other.
/// Values: null, bool, long, double, string, byte[], List, Dictionary, RawStruct.
public static class StubCodec
{
    public static byte[] Encode(object? value)
    {
        var output = new MemoryStream();
        Write(output, value);
        return output.ToArray();
    }

    public static object? Decode(ReadOnlySpan<byte> bytes)
    {
        var position = 0;
        var value = Read(bytes, ref position);
        if (position != bytes.Length)
        {
            throw new FormatException($"{bytes.Length - position} trailing bytes after a value.");
        }

        return value;
    }

    private static void Write(Stream o, object? value)
    {
        switch (value)
        {
            case null: o.WriteByte(0xC0); break;
            case bool b: o.WriteByte(b ? (byte)0xC3 : (byte)0xC2); break;
            case long l: WriteInt(o, l); break;
            case int i: WriteInt(o, i); break;
            case double d:
                o.WriteByte(0xC1);
                Span<byte> f = stackalloc byte[8];
                BinaryPrimitives.WriteInt64BigEndian(f, BitConverter.DoubleToInt64Bits(d));
                o.Write(f);
                break;
            case string s:
                var utf8 = Encoding.UTF8.GetBytes(s);
                WriteHeader(o, utf8.Length, 0x80, 0xD0);
                o.Write(utf8);
                break;
            case byte[] bytes:
                WriteHeader(o, bytes.Length, null, 0xCC);
                o.Write(bytes);
                break;
            case IReadOnlyList<object?> list:
                WriteHeader(o, list.Count, 0x90, 0xD4);
                foreach (var item in list)
                {
                    Write(o, item);
                }

                break;
            case IReadOnlyDictionary<string, object?> map:
                WriteHeader(o, map.Count, 0xA0, 0xD8);
                foreach (var (k, v) in map)
                {
                    Write(o, k);
                    Write(o, v);
                }

                break;
            case RawStruct st:
                o.WriteByte((byte)(0xB0 | st.Fields.Count));
                o.WriteByte(st.Tag);
                foreach (var field in st.Fields)
                {
                    Write(o, field);
                }

                break;
            default:
                throw new ArgumentException($"The stub cannot encode {value.GetType().Name}.");
        }
    }

    private static void WriteInt(Stream o, long v)
    {
        Span<byte> b = stackalloc byte[9];
        if (v is >= -16 and <= 127)
        {
            o.WriteByte((byte)(sbyte)v);
        }
        else if (v is >= -128 and <= 127)
        {
            o.WriteByte(0xC8);
            o.WriteByte((byte)(sbyte)v);
        }
        else if (v is >= short.MinValue and <= short.MaxValue)
        {
            b[0] = 0xC9;
            BinaryPrimitives.WriteInt16BigEndian(b[1..], (short)v);
            o.Write(b[..3]);
        }
        else if (v is >= int.MinValue and <= int.MaxValue)
        {
            b[0] = 0xCA;
            BinaryPrimitives.WriteInt32BigEndian(b[1..], (int)v);
            o.Write(b[..5]);
        }
        else
        {
            b[0] = 0xCB;
            BinaryPrimitives.WriteInt64BigEndian(b[1..], v);
            o.Write(b);
        }
    }

    // Sizes: tiny (if any) below 16, then the 8/16/32-bit markers that follow `first`.
    private static void WriteHeader(Stream o, int size, byte? tiny, byte first)
    {
        Span<byte> b = stackalloc byte[5];
        if (tiny is { } t && size < 16)
        {
            o.WriteByte((byte)(t | size));
        }
        else if (size <= 0xFF)
        {
            o.WriteByte(first);
            o.WriteByte((byte)size);
        }
        else if (size <= 0xFFFF)
        {
            b[0] = (byte)(first + 1);
            BinaryPrimitives.WriteUInt16BigEndian(b[1..], (ushort)size);
            o.Write(b[..3]);
        }
        else
        {
            b[0] = (byte)(first + 2);
            BinaryPrimitives.WriteInt32BigEndian(b[1..], size);
            o.Write(b);
        }
    }

    private static object? Read(ReadOnlySpan<byte> d, ref int p)
    {
        var m = d[p++];
        if (m < 0x80)
        {
            return (long)m;
        }

        if (m >= 0xF0)
        {
            return (long)(sbyte)m;
        }

        var hi = m & 0xF0;
        var lo = m & 0x0F;
        switch (hi)
        {
            case 0x80: return ReadString(d, ref p, lo);
            case 0x90: return ReadList(d, ref p, lo);
            case 0xA0: return ReadMap(d, ref p, lo);
            case 0xB0:
                var tag = d[p++];
                return new RawStruct(tag, ReadList(d, ref p, lo));
        }

        switch (m)
        {
            case 0xC0: return null;
            case 0xC1: var dbl = BitConverter.Int64BitsToDouble(BinaryPrimitives.ReadInt64BigEndian(d[p..])); p += 8; return dbl;
            case 0xC2: return false;
            case 0xC3: return true;
            case 0xC8: return (long)(sbyte)d[p++];
            case 0xC9: var s16 = BinaryPrimitives.ReadInt16BigEndian(d[p..]); p += 2; return (long)s16;
            case 0xCA: var s32 = BinaryPrimitives.ReadInt32BigEndian(d[p..]); p += 4; return (long)s32;
            case 0xCB: var s64 = BinaryPrimitives.ReadInt64BigEndian(d[p..]); p += 8; return s64;
            case 0xCC or 0xCD or 0xCE: var bl = Size(d, ref p, m - 0xCC); var bytes = d.Slice(p, bl).ToArray(); p += bl; return bytes;
            case 0xD0 or 0xD1 or 0xD2: return ReadString(d, ref p, Size(d, ref p, m - 0xD0));
            case 0xD4 or 0xD5 or 0xD6: return ReadList(d, ref p, Size(d, ref p, m - 0xD4));
            case 0xD8 or 0xD9 or 0xDA: return ReadMap(d, ref p, Size(d, ref p, m - 0xD8));
            default: throw new FormatException($"Unknown marker 0x{m:X2}.");
        }
    }

    private static int Size(ReadOnlySpan<byte> d, ref int p, int width)
    {
        int size;
        switch (width)
        {
            case 0: size = d[p]; p += 1; break;
            case 1: size = BinaryPrimitives.ReadUInt16BigEndian(d[p..]); p += 2; break;
            default: size = checked((int)BinaryPrimitives.ReadUInt32BigEndian(d[p..])); p += 4; break;
        }

        return size;
    }

    private static string ReadString(ReadOnlySpan<byte> d, ref int p, int length)
    {
        var s = Encoding.UTF8.GetString(d.Slice(p, length));
        p += length;
        return s;
    }

    private static List<object?> ReadList(ReadOnlySpan<byte> d, ref int p, int count)
    {
        var list = new List<object?>(count);
        for (var i = 0; i < count; i++)
        {
            list.Add(Read(d, ref p));
        }

        return list;
    }

    private static Dictionary<string, object?> ReadMap(ReadOnlySpan<byte> d, ref int p, int count)
    {
        var map = new Dictionary<string, object?>(count);
        for (var i = 0; i < count; i++)
        {
            var key = (string)Read(d, ref p)!;
            map[key] = Read(d, ref p);
        }

        return map;
    }

    /// A readable rendering in the script's own syntax (used in mismatch reports).
    public static string Render(object? value) => value switch
    {
        null => "null",
        bool b => b ? "true" : "false",
        long l => l.ToString(CultureInfo.InvariantCulture),
        double d => d.ToString("0.0###############", CultureInfo.InvariantCulture),
        string s => s.Length > 80 ? $"\"{s[..40]}...\" ({s.Length} chars)" : $"\"{s}\"",
        byte[] b => $"#bytes({Convert.ToHexString(b)})",
        RawStruct st => $"#{st.Tag:X2}({string.Join(", ", st.Fields.Select(Render))})",
        IReadOnlyDictionary<string, object?> m => "{" + string.Join(", ", m.Select(kv => $"\"{kv.Key}\": {Render(kv.Value)}")) + "}",
        IReadOnlyList<object?> list => "[" + string.Join(", ", list.Select(Render)) + "]",
        _ => value.ToString() ?? "",
    };
}
