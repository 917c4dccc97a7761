using NetworkGraph.Bolt.Connection;

namespace NetworkGraph.Bolt.Tests.Connection;

public sealed class BoltUriTests
{
    [Theory]
    [InlineData("bolt://db:7000", false, "None", "db:7000")]
    [InlineData("bolt+s://db", false, "SystemTrust", "db:7687")]
    [InlineData("bolt+ssc://db", false, "SelfSigned", "db:7687")]
    [InlineData("neo4j://db", true, "None", "db:7687")]
    [InlineData("neo4j+s://x.databases.neo4j.io", true, "SystemTrust", "x.databases.neo4j.io:7687")]
    [InlineData("neo4j+ssc://[::1]:7688", true, "SelfSigned", "[::1]:7688")]
    public void Reads_scheme_tls_and_address(string text, bool routing, string tls, string address)
    {
        var uri = BoltUri.Parse(text);
        Assert.Equal((routing, tls, address), (uri.Routing, uri.Tls.ToString(), uri.Address.ToString()));
    }

    [Fact]
    public void Turns_the_query_into_routing_context_with_the_address()
    {
        var map = BoltUri.Parse("neo4j://db:7687?region=eu&policy=fast").RoutingMap();
        Assert.Equal(new Dictionary<string, object?> { ["region"] = "eu", ["policy"] = "fast", ["address"] = "db:7687" }, map);
    }

    [Theory]
    [InlineData("http://db:7474", "Unsupported URI scheme 'http'")]
    [InlineData("bolt://neo4j:hunter2@db", "not in the URI")]
    [InlineData("bolt://db?region=eu", "needs a neo4j:// URI")]
    [InlineData("db:7687", "Unsupported URI scheme")]
    public void Rejects_bad_uris_without_echoing_secrets(string text, string message)
    {
        var error = Assert.Throws<ArgumentException>(() => BoltUri.Parse(text));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", error.Message, StringComparison.Ordinal);
    }
}
