using NetworkGraph.Bolt.Connection;
using NetworkGraph.Bolt.Tests.Support;

namespace NetworkGraph.Bolt.Tests.Connection;

public sealed class HandshakeTests
{
    private static readonly ServerAddress Address = new("db.example", 7687);

    [Fact]
    public void Offers_5_8_down_to_5_0_then_4_4() =>
        Assert.Equal(Bytes.Hex("6060B017 00080805 00000404 00000000 00000000"), Handshake.Request.ToArray());

    [Theory]
    [InlineData("00000805", "5.8")]
    [InlineData("00000005", "5.0")]
    [InlineData("00000404", "4.4")]
    public void Reads_the_chosen_version(string reply, string version) =>
        Assert.Equal(version, Handshake.Parse(Bytes.Hex(reply), Address).ToString());

    [Fact]
    public void Says_http_when_the_server_answers_http()
    {
        var error = Assert.Throws<BoltConnectionException>(() => Handshake.Parse("HTTP"u8, Address));
        Assert.Contains("db.example:7687 speaks HTTP", error.Message, StringComparison.Ordinal);
        Assert.False(error.IsRetryable);
    }

    [Theory]
    [InlineData("00000000", "supports none")]
    [InlineData("00000304", "did not offer")]
    [InlineData("00000905", "did not offer")]
    public void Rejects_versions_it_did_not_offer(string reply, string message)
    {
        var error = Assert.ThrowsAny<BoltException>(() => Handshake.Parse(Bytes.Hex(reply), Address));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }
}
