using NetworkGraph.Bolt.Tests.Support;
using NetworkGraph.Bolt.Values;

namespace NetworkGraph.Bolt.Tests.PackStream;

public sealed class ValueScenarioTests
{
    // The same instants given as BCL values where they fit, Bolt values where BCL has no exact type.
    private static List<object?> Values() =>
    [
        null, true, -17, (short)1000, 100_000, 5_000_000_000L, 1.5, "h\u00e9llo", new byte[] { 1, 2, 3 },
        new object[] { 1, "two" }, new Dictionary<string, object?> { ["k"] = "v" },
        new DateOnly(2022, 1, 8), new BoltLocalTime(3_723_000_000_042), new BoltTime(3_723_000_000_042, 3600),
        new BoltLocalDateTime(1_700_000_000, 123_456_789), new BoltDateTime(1_700_000_000, 123_456_789, 3600),
        new BoltZonedDateTime(1_700_000_000, 5, "Europe/Paris"), new BoltDuration(14, 3, 7200, 500),
        new BoltPoint(4326, 2.35, 48.85), new BoltPoint(4979, 1.0, 2.0, 3.0),
    ];

    [Theory]
    [InlineData("v5_value_types")]
    [InlineData("v44_legacy_datetime")]
    [InlineData("v44_utc_patch")]
    public async Task Sends_and_reads_every_packstream_type(string scenario)
    {
        await using var stub = await StubServer.StartAsync(scenario);
        await stub.VerifyAsync(async () =>
        {
            await using var driver = BoltDriver.Create(StubTest.Options(stub));
            await using var session = driver.OpenSession();
            var records = await session.RunAsync("RETURN $values AS v",
                new Dictionary<string, object?> { ["values"] = Values() }).ToListAsync();
            var v = records.Single().Get<IReadOnlyList<object?>>("v");
            Assert.Equal(20, v.Count);
            Assert.Equal([null, true, -17L, 1000L, 100_000L, 5_000_000_000L, 1.5, "h\u00e9llo"], v.Take(8));
            Assert.Equal([1, 2, 3], (byte[])v[8]!);
            Assert.Equal([1L, "two"], (IEnumerable<object?>)v[9]!);
            Assert.Equal("v", ((IReadOnlyDictionary<string, object?>)v[10]!)["k"]);
            Assert.Equal(new DateOnly(2022, 1, 8), ((BoltDate)v[11]!).ToDateOnly());
            Assert.Equal(Values().Skip(12), v.Skip(12));
            var dt = ((BoltDateTime)v[15]!).ToDateTimeOffset();
            Assert.Equal(new DateTimeOffset(2023, 11, 14, 23, 13, 20, TimeSpan.FromHours(1)).AddTicks(1_234_567), dt);
            Assert.Equal(TimeSpan.FromHours(1), ((BoltZonedDateTime)v[16]!).ToDateTimeOffset().Offset);
        });
    }

    [Theory]
    [InlineData("v5_graph_types", true)]
    [InlineData("v44_graph_types", false)]
    public async Task Reads_nodes_relationships_and_paths(string scenario, bool elementIds)
    {
        await using var stub = await StubServer.StartAsync(scenario);
        await stub.VerifyAsync(async () =>
        {
            await using var driver = BoltDriver.Create(StubTest.Options(stub));
            await using var session = driver.OpenSession();
            var record = (await session.RunAsync("MATCH p = (a)-[r:KNOWS]->(b) RETURN a, r, p").ToListAsync()).Single();
            var a = record.Get<BoltNode>("a");
            var r = record.Get<BoltRelationship>("r");
            var p = record.Get<BoltPath>("p");
            Assert.Equal((1L, "Person", "Ann"), (a.Id, a.Labels.Single(), a.Properties["name"]));
            Assert.Equal((9L, 1L, 2L, "KNOWS", 2020L), (r.Id, r.StartId, r.EndId, r.Type, r.Properties["since"]));
            Assert.Equal(elementIds ? "4:db:1" : null, a.ElementId);
            Assert.Equal(elementIds ? ("5:db:9", "4:db:1", "4:db:2") : (null, null, null), (r.ElementId, r.StartElementId, r.EndElementId));
            Assert.Equal(["Ann", "Bob"], p.WalkNodes().Select(n => n.Properties["name"]));
            Assert.Equal("KNOWS", p.Relationships.Single().Type);
        });
    }
}
