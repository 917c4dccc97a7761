using NetworkGraph.Bolt.Tests.Support;

namespace NetworkGraph.Bolt.Tests.Routing;

public sealed class RoutingScenarioTests
{
    private static readonly Dictionary<string, object?> Id1 = new() { ["id"] = 1 };

    [Theory]
    [InlineData("v5_routing")]
    [InlineData("v44_routing")]
    public async Task Routes_writes_to_the_writer_and_reads_to_the_reader(string scenario)
    {
        await using var stub = await StubServer.StartAsync(scenario);
        await stub.VerifyAsync(async () =>
        {
            await using var driver = BoltDriver.Create(StubTest.Options(stub, scheme: "neo4j"));
            await using var session = driver.OpenSession();
            await session.ExecuteWriteAsync(tx => tx.RunAndConsumeAsync("CREATE (a:Account {id: $id})", Id1));
            var count = await session.ExecuteReadAsync(async tx =>
                (await tx.RunAsync("MATCH (a:Account) RETURN count(a) AS c").ToListAsync()).Single().Get<long>("c"));
            Assert.Equal(1, count);
            Assert.Equal(["bm:r1"], session.LastBookmarks);
        });
    }

    [Theory]
    [InlineData("v5_routing_not_a_leader")]
    [InlineData("v44_routing_not_a_leader")]
    public async Task Refreshes_the_routing_table_when_the_writer_is_not_the_leader(string scenario)
    {
        await using var stub = await StubServer.StartAsync(scenario);
        await stub.VerifyAsync(async () =>
        {
            await using var driver = BoltDriver.Create(StubTest.Options(stub, scheme: "neo4j"));
            await using var session = driver.OpenSession();
            var attempts = 0;
            var summary = await session.ExecuteWriteAsync(tx =>
            {
                attempts++;
                return tx.RunAndConsumeAsync("CREATE (a:Account {id: $id})", new Dictionary<string, object?> { ["id"] = 42 });
            });
            Assert.Equal(2, attempts);
            Assert.Equal(stub.Addresses["writer2"], summary.Server.Address);
            Assert.Equal(["bm:leader"], session.LastBookmarks);
        });
    }
}
