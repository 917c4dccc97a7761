using NetworkGraph.App.Communities;
using NetworkGraph.Cli.Hosting;
using NetworkGraph.Cli.Tests.Support;
using NetworkGraph.Core.Coordination;
using NetworkGraph.Core.Model;
using NetworkGraph.Storage.Sqlite;

namespace NetworkGraph.Cli.Tests.Commands.Communities;

[Collection(SerialCliCollection.Name)]
public sealed class StoreGraphSourceTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("ng-communities-db-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    [Fact]
    public async Task Partitions_the_stored_coordination_graph_and_names_accounts_in_the_membership()
    {
        var db = await StoreTwoGroupsAsync();

        var output = Path.Combine(_dir, "membership.txt");
        var code = await CliApplication.RunAsync(["communities", "--db", db, "--out", output, "--window", "60s", "--seed", "3"]);

        Assert.Equal(0, code);
        var membership = (await File.ReadAllLinesAsync(output)).Select(l => l.Split(' ')).ToDictionary(p => p[0], p => p[1]);
        Assert.Equal(6, membership.Count);
        Assert.Equal(membership["a1"], membership["a3"]);
        Assert.Equal(membership["b1"], membership["b2"]);
        Assert.NotEqual(membership["a2"], membership["b3"]);
    }

    [Fact]
    public async Task Weighs_each_pair_as_analyze_does_for_community_detection()
    {
        var db = await StoreTwoGroupsAsync();

        var graph = await new StoreGraphSource(db, TimeSpan.FromSeconds(60), TimeProvider.System, MultiplexWeighting.SquareRoot).LoadAsync(1, CancellationToken.None);

        // Each of the six linked pairs co-posted four texts: weight 2, not 4.
        Assert.Equal(6, graph.EdgeCount);
        Assert.All(Enumerable.Range(0, graph.NodeCount), n => Assert.All(graph.NeighborWeights(n).ToArray(), w => Assert.Equal(2.0, w)));
    }

    /// <summary>A store holding the 60 s co-tweet run of two groups of three accounts, each copy-pasting its own four
    /// texts within seconds.</summary>
    private async Task<string> StoreTwoGroupsAsync()
    {
        var start = new DateTimeOffset(2024, 1, 1, 12, 0, 0, TimeSpan.Zero);
        var posts = new List<Post>();
        foreach (var (group, accounts) in new[] { ("alpha", new[] { "a1", "a2", "a3" }), ("beta", new[] { "b1", "b2", "b3" }) })
        {
            for (var text = 0; text < 4; text++)
            {
                for (var i = 0; i < accounts.Length; i++)
                {
                    posts.Add(new Post($"{group}-{text}-{i}", accounts[i], start.AddHours(text * 3 + (group == "beta" ? 1 : 0)).AddSeconds(i * 5),
                        $"{group} message number {text} about the same thing", "fr", PostKind.Original, null, null, [], [], []));
                }
            }
        }

        var db = Path.Combine(_dir, "ng.db");
        await using (var store = SqliteStore.Open(db))
        {
            var graph = CoordinationGraphBuilder.Build(posts, new CoordinationOptions { Kinds = [ShareKind.Text], Windows = [TimeSpan.FromSeconds(60)] });
            await new CoordinationGraphRepository(store).SaveAsync(graph, CancellationToken.None);
        }

        return db;
    }

    [Fact]
    public async Task Refuses_both_an_edge_file_and_a_store()
    {
        var code = await CliApplication.RunAsync(["communities", "--edges", "e.txt", "--db", "x.db", "--out", "m.txt"]);

        Assert.Equal(2, code);
    }
}
