using NetworkGraph.Bolt.Connection;

namespace NetworkGraph.Bolt.Routing;

/// Who serves a database: routers, readers and writers, valid until the TTL runs out.
internal sealed record RoutingTable(
    string? Database,
    IReadOnlyList<ServerAddress> Routers,
    IReadOnlyList<ServerAddress> Readers,
    IReadOnlyList<ServerAddress> Writers,
    long ExpiresAt)
{
    /// Parses the "rt" map of a ROUTE SUCCESS: {ttl, db, servers: [{addresses, role}]}.
    public static RoutingTable Parse(IReadOnlyDictionary<string, object?> rt, TimeProvider time)
    {
        var ttl = rt.GetValueOrDefault("ttl") as long? ?? throw Bad("ttl");
        var servers = rt.GetValueOrDefault("servers") as IReadOnlyList<object?> ?? throw Bad("servers");
        var routers = new List<ServerAddress>();
        var readers = new List<ServerAddress>();
        var writers = new List<ServerAddress>();
        foreach (var entry in servers)
        {
            if (entry is not IReadOnlyDictionary<string, object?> server
                || server.GetValueOrDefault("addresses") is not IReadOnlyList<object?> addresses)
            {
                throw Bad("servers[].addresses");
            }

            var target = server.GetValueOrDefault("role") switch
            {
                "ROUTE" => routers,
                "READ" => readers,
                "WRITE" => writers,
                var role => throw Bad($"role '{role}'"),
            };
            foreach (var address in addresses)
            {
                target.Add(ServerAddress.Parse(address as string ?? throw Bad("address")));
            }
        }

        var expires = time.GetTimestamp() + (long)(Math.Min(ttl, int.MaxValue) * (double)time.TimestampFrequency);
        return new RoutingTable(rt.GetValueOrDefault("db") as string, routers, readers, writers, expires);
    }

    public bool IsStaleFor(AccessMode mode, TimeProvider time) =>
        time.GetTimestamp() >= ExpiresAt || Routers.Count == 0
        || (mode == AccessMode.Read ? Readers.Count == 0 : Writers.Count == 0);

    public RoutingTable Without(ServerAddress address) => this with
    {
        Routers = Routers.Where(a => a != address).ToArray(),
        Readers = Readers.Where(a => a != address).ToArray(),
        Writers = Writers.Where(a => a != address).ToArray(),
    };

    public RoutingTable WithoutWriter(ServerAddress address) =>
        this with { Writers = Writers.Where(a => a != address).ToArray() };

    private static BoltProtocolException Bad(string what) => new($"The routing table has a missing or bad {what}.");
}
