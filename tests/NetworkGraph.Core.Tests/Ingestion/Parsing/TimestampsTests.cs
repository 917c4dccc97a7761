using System.Text;
using NetworkGraph.Core.Ingestion.Parsing;

namespace NetworkGraph.Core.Tests.Ingestion.Parsing;

public sealed class TimestampsTests
{
    [Theory]
    [InlineData("2023-07-10 09:15", 1688980500)]
    [InlineData("2023-07-10 09:15:30", 1688980530)]
    [InlineData("2023-07-10T09:15:30.000Z", 1688980530)]
    [InlineData("2023-07-10T11:15:30+02:00", 1688980530)]
    [InlineData("2023-07-10T11:15:30+0200", 1688980530)]
    [InlineData("2019-05-01", 1556668800)]
    public void Reads_archive_and_iso_times(string text, long expected)
    {
        Assert.True(Timestamps.TryParseIso(Encoding.UTF8.GetBytes(text), out var seconds));
        Assert.Equal(expected, seconds);
    }

    [Theory]
    [InlineData("yesterday")]
    [InlineData("2023-02-30 10:00")]
    [InlineData("2023-07-10 25:00")]
    [InlineData("2023-07-10 09:15 extra")]
    [InlineData("")]
    public void Refuses_malformed_or_impossible_times(string text) =>
        Assert.False(Timestamps.TryParseIso(Encoding.UTF8.GetBytes(text), out _));

    [Fact]
    public void Reads_the_v1_time_form_with_its_offset()
    {
        Assert.True(Timestamps.TryParseTwitterV1("Wed Oct 10 20:19:24 +0000 2018", out var utc));
        Assert.True(Timestamps.TryParseTwitterV1("Wed Oct 10 22:19:24 +0200 2018", out var shifted));
        Assert.Equal(1539202764, utc);
        Assert.Equal(utc, shifted);
        Assert.False(Timestamps.TryParseTwitterV1("Wed Foo 10 20:19:24 +0000 2018", out _));
    }

    [Theory]
    [InlineData("1688980000", 1688980000)]
    [InlineData("1688980000.9", 1688980000)]
    [InlineData("2023-07-10 09:06:40", 1688980000)]
    public void Reads_unix_seconds_or_a_date_time(string text, long expected)
    {
        Assert.True(Timestamps.TryParseUnixOrIso(Encoding.UTF8.GetBytes(text), out var seconds));
        Assert.Equal(expected, seconds);
    }
}
