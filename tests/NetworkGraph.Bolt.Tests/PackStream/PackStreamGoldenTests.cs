using NetworkGraph.Bolt.Tests.Support;
using NetworkGraph.Bolt.Values;

namespace NetworkGraph.Bolt.Tests.PackStream;

/// Golden bytes produced by the official JavaScript driver's packer (neo4j-driver-bolt-connection packstream-v2)
/// and by BOLT.md; both directions are checked.
public sealed class PackStreamGoldenTests
{
    public static TheoryData<string, object?> Golden => new()
    {
        { "C0", null },
        { "C3", true },
        { "C2", false },
        { "00", 0L },
        { "7F", 127L },
        { "C90080", 128L },
        { "F0", -16L },
        { "C8EF", -17L },
        { "C880", -128L },
        { "C9FF7F", -129L },
        { "C97FFF", 32767L },
        { "CA00008000", 32768L },
        { "C98000", -32768L },
        { "CAFFFF7FFF", -32769L },
        { "CA7FFFFFFF", 2147483647L },
        { "CB0000000080000000", 2147483648L },
        { "CA80000000", -2147483648L },
        { "CBFFFFFFFF7FFFFFFF", -2147483649L },
        { "CB7FFFFFFFFFFFFFFF", long.MaxValue },
        { "CB8000000000000000", long.MinValue },
        { "C13FF3AE147AE147AE", 1.23 },
        { "C1BFE0000000000000", -0.5 },
        { "80", "" },
        { "8161", "a" },
        { "8F787878787878787878787878787878", new string('x', 15) },
        { "D01078787878787878787878787878787878", new string('x', 16) },
        { "D0124772C3B6C39F656E6D61C39F7374C3A46265", "Größenmaßstäbe" },
        { "CC03010203", new byte[] { 1, 2, 3 } },
        { "CC00", Array.Empty<byte>() },
        { "90", new List<object?>() },
        { "93010203", new List<object?> { 1L, 2L, 3L } },
        { "94018374776FC14008000000000000C0", new List<object?> { 1L, "two", 3.0, null } },
        { "D41000000000000000000000000000000000", Enumerable.Repeat<object?>(0L, 16).ToList() },
        { "A1836F6E658465696E73", new Dictionary<string, object?> { ["one"] = "eins" } },
        { "A0", new Dictionary<string, object?>() },
        { "B14401", new BoltDate(1) },
        { "B349C911942AC90E10", new BoltDateTime(4500, 42, 3600) },
    };

    [Theory]
    [MemberData(nameof(Golden))]
    public void Writes_the_official_bytes(string hex, object? value) => Assert.Equal(hex, Bytes.Packed(value));

    [Theory]
    [MemberData(nameof(Golden))]
    public void Reads_the_official_bytes(string hex, object? value) => Assert.Equal(value, Bytes.Unpacked(hex));

    [Fact]
    public void Writes_a_sixteen_entry_map_with_an_8_bit_size()
    {
        var map = Enumerable.Range(0, 16).ToDictionary(i => ((char)('a' + i)).ToString(), i => (object?)(long)i);
        Assert.Equal("D810816100816201816302816403816504816605816706816807816908816A09816B0A816C0B816D0C816E0D816F0E81700F",
            Bytes.Packed(map));
    }

    [Theory]
    [InlineData(256, "D1010078")]
    [InlineData(65536, "D20001000078")]
    public void Uses_wider_string_headers_for_long_strings(int length, string prefix) =>
        Assert.StartsWith(prefix, Bytes.Packed(new string('x', length)), StringComparison.Ordinal);

    [Fact]
    public void Uses_a_16_bit_header_for_a_256_item_list() =>
        Assert.StartsWith("D50100C0", Bytes.Packed(Enumerable.Repeat<object?>(null, 256).ToList()), StringComparison.Ordinal);

    [Fact]
    public void Writes_legacy_date_times_as_wall_clock_seconds_for_bolt_4_4()
    {
        // 1970-01-01T01:15:00Z at +01:00 is wall-clock 02:15: 8100 seconds.
        Assert.Equal("B346C91FA42AC90E10", Bytes.Packed(new BoltDateTime(4500, 42, 3600), legacyDateTimes: true));
        Assert.Equal(new BoltDateTime(4500, 42, 3600), Bytes.Unpacked("B346C91FA42AC90E10"));
    }

    [Theory]
    [InlineData("C4", "Unknown PackStream marker 0xC4")]
    [InlineData("D0058161", "ends early")]
    [InlineData("83C3A8", "ends early")]
    [InlineData("82FFFE", "Invalid UTF-8")]
    [InlineData("B1AA01", "Unknown structure tag 0xAA")]
    [InlineData("B2440102", "cannot have 2 fields")]
    [InlineData("A101C0", "string map key")]
    public void Rejects_malformed_bytes_with_a_clear_error(string hex, string message)
    {
        var error = Assert.Throws<BoltProtocolException>(() => Bytes.Unpacked(hex));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Keeps_the_last_value_of_a_duplicate_map_key() =>
        Assert.Equal(2L, ((IReadOnlyDictionary<string, object?>)Bytes.Unpacked("A2816101816102")!)["a"]);

    [Fact]
    public void Refuses_values_that_bolt_cannot_carry()
    {
        var error = Assert.Throws<BoltProtocolException>(() => Bytes.Packed(new Uri("http://example.org")));
        Assert.Contains("System.Uri cannot be sent over Bolt", error.Message, StringComparison.Ordinal);
        Assert.Throws<BoltProtocolException>(() => Bytes.Packed(new Dictionary<int, object?> { [1] = null }));
    }

    [Fact]
    public void Maps_bcl_values_to_bolt_types()
    {
        Assert.Equal(Bytes.Packed(new BoltDate(1)), Bytes.Packed(new DateOnly(1970, 1, 2)));
        Assert.Equal(Bytes.Packed(new BoltDateTime(4500, 0, 3600)),
            Bytes.Packed(new DateTimeOffset(1970, 1, 1, 2, 15, 0, TimeSpan.FromHours(1))));
        Assert.Equal(Bytes.Packed(new BoltLocalDateTime(4500, 0)), Bytes.Packed(new DateTime(1970, 1, 1, 1, 15, 0, DateTimeKind.Unspecified)));
        Assert.Equal(Bytes.Packed(new BoltDateTime(4500, 0, 0)), Bytes.Packed(new DateTime(1970, 1, 1, 1, 15, 0, DateTimeKind.Utc)));
        Assert.Equal(Bytes.Packed(new BoltLocalTime(3_600_000_000_000)), Bytes.Packed(new TimeOnly(1, 0)));
        Assert.Equal(Bytes.Packed(new BoltDuration(0, 0, 90, 500)), Bytes.Packed(TimeSpan.FromSeconds(90) + TimeSpan.FromTicks(5)));
        Assert.Equal(Bytes.Packed(new List<object?> { 1L, 2L }), Bytes.Packed(Enumerable.Range(1, 2).Select(i => i)));
    }
}
