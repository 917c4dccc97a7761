using System.Buffers;
using NetworkGraph.Bolt.PackStream;

namespace NetworkGraph.Bolt.Tests.Support;

public static class Bytes
{
    public static byte[] Hex(string hex) => Convert.FromHexString(hex.Replace(" ", "", StringComparison.Ordinal));

    public static string Packed(object? value, bool legacyDateTimes = false)
    {
        var buffer = new ArrayBufferWriter<byte>();
        new PackStreamWriter(buffer) { LegacyDateTimes = legacyDateTimes }.WriteValue(value);
        return Convert.ToHexString(buffer.WrittenSpan);
    }

    public static object? Unpacked(string hex)
    {
        var bytes = Hex(hex);
        var reader = new PackStreamReader(bytes);
        var value = reader.ReadValue();
        Assert.True(reader.AtEnd, "trailing bytes");
        return value;
    }
}
