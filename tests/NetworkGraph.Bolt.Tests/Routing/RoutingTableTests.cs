using NetworkGraph.Bolt.Connection;
using NetworkGraph.Bolt.Routing;

namespace NetworkGraph.Bolt.Tests.Routing;

public sealed class RoutingTableTests
{
    private static Dictionary<string, object?> Rt(long ttl) => new()
    {
        ["ttl"] = ttl,
        ["db"] = "neo4j",
        ["servers"] = new List<object?>
        {
            new Dictionary<string, object?> { ["addresses"] = new List<object?> { "r1:7687", "r2:7687" }, ["role"] = "ROUTE" },
            new Dictionary<string, object?> { ["addresses"] = new List<object?> { "f1:7687" }, ["role"] = "READ" },
            new Dictionary<string, object?> { ["addresses"] = new List<object?> { "l1:7687" }, ["role"] = "WRITE" },
        },
    };

    [Fact]
    public void Reads_roles_and_expires_after_the_ttl()
    {
        var time = new FakeClock();
        var table = RoutingTable.Parse(Rt(300), time);
        Assert.Equal(["r1:7687", "r2:7687"], table.Routers.Select(a => a.ToString()));
        Assert.Equal(new ServerAddress("f1", 7687), table.Readers.Single());
        Assert.Equal(new ServerAddress("l1", 7687), table.Writers.Single());
        Assert.Equal("neo4j", table.Database);
        Assert.False(table.IsStaleFor(AccessMode.Write, time));
        time.Advance(TimeSpan.FromSeconds(299));
        Assert.False(table.IsStaleFor(AccessMode.Read, time));
        time.Advance(TimeSpan.FromSeconds(1));
        Assert.True(table.IsStaleFor(AccessMode.Read, time));
    }

    [Fact]
    public void Becomes_stale_for_writes_once_the_writer_is_forgotten()
    {
        var time = new FakeClock();
        var table = RoutingTable.Parse(Rt(300), time).WithoutWriter(new ServerAddress("l1", 7687));
        Assert.True(table.IsStaleFor(AccessMode.Write, time));
        Assert.False(table.IsStaleFor(AccessMode.Read, time));
    }

    [Fact]
    public void Drops_an_unreachable_server_from_every_role()
    {
        var table = RoutingTable.Parse(Rt(300), new FakeClock()).Without(new ServerAddress("r1", 7687));
        Assert.Equal(["r2:7687"], table.Routers.Select(a => a.ToString()));
    }

    [Fact]
    public void Rejects_a_table_with_an_unknown_role()
    {
        var rt = Rt(10);
        ((List<object?>)rt["servers"]!).Add(new Dictionary<string, object?> { ["addresses"] = new List<object?>(), ["role"] = "BOSS" });
        Assert.Throws<BoltProtocolException>(() => RoutingTable.Parse(rt, new FakeClock()));
    }
}
