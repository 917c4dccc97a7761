using NetworkGraph.Storage.Neo4j.Communities;
using NetworkGraph.Storage.Neo4j.Push;
using NetworkGraph.Storage.Tests.Neo4j.Support;

namespace NetworkGraph.Storage.Tests.Neo4j.Communities;

public sealed class Neo4jCommunitiesTests
{
    [Fact]
    public async Task Runs_seeded_Leiden_through_GDS_when_it_is_installed_and_reads_the_communities_back()
    {
        var run = await RunAsync("communities_leiden", new CommunityRunOptions());
        Assert.Equal(CommunityMethod.Leiden, run.Method);
        Assert.Equal(2, run.CommunityCount);
        Assert.Equal(0.41, run.Modularity);
        Assert.Equal([new("a", "0"), new("b", "0"), new CommunityAssignment("c", "1")], run.Assignments);
    }

    [Fact]
    public async Task Sends_Louvain_no_random_seed()
    {
        var run = await RunAsync("communities_louvain", new CommunityRunOptions { Method = CommunityMethod.Louvain });
        Assert.Equal(CommunityMethod.Louvain, run.Method);
        Assert.Equal(0.38, run.Modularity);
        Assert.DoesNotContain("randomSeed", Neo4jCommunities.LouvainConfig(new CommunityRunOptions()).Keys);
    }

    [Fact]
    public async Task Falls_back_to_Cypher_components_without_GDS_and_stops_when_a_round_changes_nothing()
    {
        var options = new CommunityRunOptions { Types = [CoordinationType.Retweet, CoordinationType.Tweet], MinWeight = 2 };
        var run = await RunAsync("communities_components", options);
        Assert.Equal(CommunityMethod.Components, run.Method);
        Assert.Null(run.Modularity);
        Assert.Equal(2, run.CommunityCount);
        Assert.Contains("not installed", run.Gds);
    }

    [Fact]
    public void Picks_Leiden_then_Louvain_then_components_from_what_GDS_offers()
    {
        GdsSupport Support(string[] procedures, string[] functions) => new(procedures.ToHashSet(), functions.ToHashSet());
        Assert.Equal(CommunityMethod.Leiden, Support(["gds.graph.drop", "gds.leiden.write", "gds.louvain.write"], ["gds.graph.project"]).Best);
        Assert.Equal(CommunityMethod.Louvain, Support(["gds.graph.drop", "gds.louvain.write"], ["gds.graph.project"]).Best);
        Assert.Equal(CommunityMethod.Components, Support(["gds.graph.drop", "gds.leiden.write"], []).Best);
        Assert.Equal(CommunityMethod.Components, Support([], []).Best);
    }

    [Fact]
    public void Rejects_settings_that_GDS_or_the_loop_could_not_use()
    {
        Assert.Throws<ArgumentException>(() => new CommunityRunOptions { Types = [] }.Validate());
        Assert.Throws<ArgumentOutOfRangeException>(() => new CommunityRunOptions { Concurrency = 0 }.Validate());
        Assert.Throws<ArgumentOutOfRangeException>(() => new CommunityRunOptions { Gamma = 0 }.Validate());
    }

    private static async Task<CommunityRun> RunAsync(string scenario, CommunityRunOptions options)
    {
        await using var stub = await Neo4jStub.StartAsync(scenario);
        CommunityRun? run = null;
        await stub.VerifyAsync(async () =>
        {
            await using var driver = Neo4jStub.Driver(stub);
            run = await new Neo4jCommunities(driver).RunAsync(options);
        });
        return run!;
    }
}
