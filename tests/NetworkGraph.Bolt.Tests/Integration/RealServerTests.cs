using NetworkGraph.Bolt.Tests.Support;
using NetworkGraph.Bolt.Values;

namespace NetworkGraph.Bolt.Tests.Integration;

/// Against a real Neo4j (skipped unless NEO4J_URI is set). Writes only under the :BoltTestMarker label and removes it.
public sealed class RealServerTests
{
    [Neo4jFact]
    public async Task Connects_and_reports_the_server()
    {
        await using var driver = BoltDriver.Create(Neo4jFactAttribute.Options());
        var info = await driver.GetServerInfoAsync();
        Assert.StartsWith("Neo4j/", info.Agent, StringComparison.Ordinal);
        Assert.Matches(@"^(4\.4|5\.\d)$", info.ProtocolVersion);
    }

    [Neo4jFact]
    public async Task Round_trips_parameters_of_every_type()
    {
        await using var driver = BoltDriver.Create(Neo4jFactAttribute.Options());
        await using var session = driver.OpenSession();
        var values = new Dictionary<string, object?>
        {
            ["i"] = 5_000_000_000L, ["f"] = 1.5, ["s"] = "h\u00e9llo", ["b"] = new byte[] { 1, 2 }, ["l"] = new[] { 1, 2 },
            ["m"] = new Dictionary<string, object?> { ["k"] = "v" }, ["d"] = new DateOnly(2024, 2, 29),
            ["dt"] = new DateTimeOffset(2024, 2, 29, 12, 0, 0, TimeSpan.FromHours(4)),
            ["z"] = new BoltZonedDateTime(1_700_000_000, 5, "Asia/Baku"), ["p"] = new BoltPoint(4326, 49.87, 40.41),
        };
        var record = (await session.RunAsync("RETURN $i AS i, $f AS f, $s AS s, $b AS b, $l AS l, $m AS m, $d AS d, " +
            "$dt AS dt, $z AS z, $p AS p", values).ToListAsync()).Single();
        Assert.Equal(5_000_000_000L, record["i"]);
        Assert.Equal("h\u00e9llo", record["s"]);
        Assert.Equal(new DateOnly(2024, 2, 29), record.Get<DateOnly>("d"));
        Assert.Equal((DateTimeOffset)values["dt"]!, record.Get<DateTimeOffset>("dt"));
        Assert.Equal(values["z"], record["z"]);
        Assert.Equal(values["p"], record["p"]);
    }

    [Neo4jFact]
    public async Task Writes_in_a_managed_transaction_and_reads_with_the_bookmark()
    {
        await using var driver = BoltDriver.Create(Neo4jFactAttribute.Options());
        await using var session = driver.OpenSession();
        var rows = Enumerable.Range(1, 2500).Select(i => new Dictionary<string, object?> { ["id"] = i });
        var summary = await session.ExecuteWriteAsync(tx => tx.RunAndConsumeAsync(
            "UNWIND $rows AS row CREATE (:BoltTestMarker {id: row.id})", new Dictionary<string, object?> { ["rows"] = rows }));
        Assert.Equal(2500, summary.Counter("nodes-created"));
        await using var reader = driver.OpenSession(new BoltSessionConfig
        {
            Bookmarks = session.LastBookmarks, DefaultAccessMode = AccessMode.Read, FetchSize = 100,
        });
        var ids = await reader.RunAsync("MATCH (m:BoltTestMarker) RETURN m.id AS id ORDER BY id").ToListAsync();
        Assert.Equal(2500, ids.Count);
        await session.RunAndConsumeAsync("MATCH (m:BoltTestMarker) DETACH DELETE m");
    }

    [Neo4jFact]
    public async Task Reports_a_syntax_error_and_keeps_working()
    {
        await using var driver = BoltDriver.Create(Neo4jFactAttribute.Options());
        await using var session = driver.OpenSession();
        var error = await Assert.ThrowsAsync<BoltServerException>(() => session.RunAsync("RETURN 1 +").ToListAsync());
        Assert.Equal("Neo.ClientError.Statement.SyntaxError", error.Code);
        Assert.Single(await session.RunAsync("RETURN 1 AS n").ToListAsync());
    }
}
