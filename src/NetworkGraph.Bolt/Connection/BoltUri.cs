using System.Globalization;

namespace NetworkGraph.Bolt.Connection;

/// How to reach the server, read from a bolt:// or neo4j:// URI.
internal enum TlsMode
{
    None,
    SystemTrust,
    SelfSigned,
}

internal sealed record BoltUri(ServerAddress Address, bool Routing, TlsMode Tls, IReadOnlyDictionary<string, string> RoutingContext)
{
    public static BoltUri Parse(string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri))
        {
            throw new ArgumentException("The Neo4j URI is not a valid absolute URI (expected e.g. neo4j://host:7687).", nameof(text));
        }

        var (routing, tls) = uri.Scheme.ToLowerInvariant() switch
        {
            "bolt" => (false, TlsMode.None),
            "bolt+s" => (false, TlsMode.SystemTrust),
            "bolt+ssc" => (false, TlsMode.SelfSigned),
            "neo4j" => (true, TlsMode.None),
            "neo4j+s" => (true, TlsMode.SystemTrust),
            "neo4j+ssc" => (true, TlsMode.SelfSigned),
            _ => throw new ArgumentException(
                $"Unsupported URI scheme '{uri.Scheme}': use bolt://, bolt+s://, bolt+ssc://, neo4j://, neo4j+s:// or neo4j+ssc://.",
                nameof(text)),
        };
        if (!string.IsNullOrEmpty(uri.UserInfo))
        {
            throw new ArgumentException("Put credentials in the auth options, not in the URI.", nameof(text));
        }

        var port = uri.IsDefaultPort || uri.Port < 0 ? ServerAddress.DefaultPort : uri.Port;
        var address = new ServerAddress(uri.IdnHost.Trim('[', ']'), port);
        var context = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0)
            {
                throw new ArgumentException($"Bad routing context '{pair}' in the URI query (expected key=value).", nameof(text));
            }

            if (!routing)
            {
                throw new ArgumentException("Routing context in the URI query needs a neo4j:// URI.", nameof(text));
            }

            context[Uri.UnescapeDataString(pair[..eq])] = Uri.UnescapeDataString(pair[(eq + 1)..]);
        }

        if (context.ContainsKey("address"))
        {
            throw new ArgumentException("The routing context key 'address' is reserved.", nameof(text));
        }

        return new BoltUri(address, routing, tls, context);
    }

    /// The routing context sent in HELLO and ROUTE: the URI's query plus the address the user typed.
    public Dictionary<string, object?> RoutingMap()
    {
        var map = RoutingContext.ToDictionary(kv => kv.Key, kv => (object?)kv.Value, StringComparer.Ordinal);
        map["address"] = Address.ToString();
        return map;
    }

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{(Routing ? "neo4j" : "bolt")}{Tls switch { TlsMode.SystemTrust => "+s", TlsMode.SelfSigned => "+ssc", _ => "" }}://{Address}");
}
