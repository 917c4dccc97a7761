using NetworkGraph.Bolt;
using NetworkGraph.Storage.Neo4j.Push;
using NetworkGraph.Storage.Neo4j.Read;
using NetworkGraph.Storage.Tests.Neo4j.Support;

namespace NetworkGraph.Storage.Tests.Neo4j.Read;

public sealed class Neo4jReaderTests
{
    [Fact]
    public async Task Pulls_the_chosen_types_and_merges_the_types_of_one_pair_into_one_weighted_edge()
    {
        await using var stub = await Neo4jStub.StartAsync("pull_coordination");
        PulledGraph? graph = null;
        await stub.VerifyAsync(async () =>
        {
            await using var driver = BoltDriver.Create(StubTest.Options(stub, fetchSize: 2));
            graph = await new Neo4jReader(driver).PullCoordinationAsync([CoordinationType.Retweet, CoordinationType.Tweet], 2.0);
        });

        Assert.NotNull(graph);
        Assert.Equal(["a", "b", "c"], graph.AccountIds);
        Assert.Equal([0, 0, 1], graph.Sources);
        Assert.Equal([1, 2, 2], graph.Targets);
        Assert.Equal([6.5, 3.0, 2.0], graph.Weights);
        Assert.Equal(4, graph.RelationshipsRead);
    }

    [Fact]
    public async Task Reports_no_latest_snapshot_in_an_empty_store()
    {
        await using var stub = await Neo4jStub.StartAsync("latest_snapshot_empty");
        string? id = "unset";
        await stub.VerifyAsync(async () =>
        {
            await using var driver = Neo4jStub.Driver(stub);
            id = await new Neo4jReader(driver).LatestSnapshotIdAsync();
        });

        Assert.Null(id);
    }
}
