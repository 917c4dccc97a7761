using NetworkGraph.App.Neo4j;
using NetworkGraph.Storage.Neo4j.Communities;
using NetworkGraph.Storage.Sqlite;

namespace NetworkGraph.Cli.Tests.Commands.Neo4j;

public sealed class Neo4jCommunitiesSnapshotTests : IAsyncLifetime
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "ng-neo4j-communities-" + Guid.NewGuid().ToString("N") + ".db");
    private SqliteStore _store = null!;

    public async Task InitializeAsync() => _store = await SmallStore.CreateAsync(_path);

    public async Task DisposeAsync() => await SmallStore.DeleteAsync(_store, _path);

    [Fact]
    public async Task Stores_the_communities_found_in_Neo4j_as_a_scored_snapshot()
    {
        var run = new CommunityRun(CommunityMethod.Components,
            [new("1001", "1001"), new("1002", "1001"), new("h-3", "1001")], 1, null, "GDS is not installed");
        var time = new FakeClock(new DateTimeOffset(2024, 2, 1, 12, 0, 0, TimeSpan.Zero));

        var snapshot = await new Neo4jCommunitiesSnapshot(_store, time).BuildAndSaveAsync(
            run, null, new Dictionary<string, string> { ["algorithm"] = "neo4j-components" }, CancellationToken.None);

        Assert.Equal(1, snapshot.Version);
        Assert.Equal(time.GetUtcNow(), snapshot.CreatedAt);
        var cluster = Assert.Single(snapshot.Clusters);
        Assert.Equal(["1001", "1002", "h-3"], cluster.Members);
        var stored = await new SnapshotRepository(_store).LoadLatestAsync(CancellationToken.None);
        Assert.Equal(snapshot.Id, stored?.Id);
        Assert.Equal("neo4j-components", stored!.Parameters["algorithm"]);
    }

    [Fact]
    public void Numbers_communities_in_the_order_of_their_names()
    {
        var run = new CommunityRun(CommunityMethod.Leiden, [new("x", "7"), new("y", "12"), new("z", "7")], 2, 0.3, "");
        Assert.Equal(new Dictionary<string, int> { ["x"] = 1, ["y"] = 0, ["z"] = 1 }, Neo4jCommunitiesSnapshot.Partition(run));
    }
}
