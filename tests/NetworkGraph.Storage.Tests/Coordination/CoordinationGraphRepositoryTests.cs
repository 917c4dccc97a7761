using Microsoft.Data.Sqlite;
using NetworkGraph.Core.Coordination;
using NetworkGraph.Core.Model;
using NetworkGraph.Storage.Runs;
using NetworkGraph.Storage.Sqlite;
using NetworkGraph.Storage.Tests.Snapshots;

namespace NetworkGraph.Storage.Tests.Coordination;

public sealed class CoordinationGraphRepositoryTests : IDisposable
{
    private static readonly DateTimeOffset Origin = new(2024, 5, 15, 8, 0, 0, TimeSpan.Zero);
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "ng-coordination-" + Guid.NewGuid().ToString("N"));
    private readonly SqliteStore _store;

    public CoordinationGraphRepositoryTests()
    {
        _store = SqliteStore.Open(Path.Combine(_folder, "store.db"));
    }

    public void Dispose()
    {
        _store.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task A_saved_graph_reads_back_with_every_layer_edge_statistic_and_evidence_pair()
    {
        var graph = SampleGraph();
        var sut = new CoordinationGraphRepository(_store, new FakeClock(Origin));

        var runId = await sut.SaveAsync(graph, CancellationToken.None);
        var stored = await sut.LoadAsync(runId, CancellationToken.None);

        Assert.NotNull(stored);
        Assert.Equal(Origin, stored.CreatedAt);
        Assert.Equal(graph.Options.Windows, Newtonsoft.Json.Linq.JObject.Parse(stored.OptionsJson)["Windows"]!
            .Select(w => TimeSpan.Parse((string)w!, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(graph.Layers.Count, stored.Layers.Count);
        for (var l = 0; l < graph.Layers.Count; l++)
        {
            var layer = graph.Layers[l];
            var read = stored.Layers[l];
            Assert.Equal((layer.Kind, layer.Window, layer.CandidateEdges, layer.CandidatePairs, layer.WeightThreshold),
                (read.Kind, read.Window, read.CandidateEdges, read.CandidatePairs, read.WeightThreshold));
            Assert.Equal(layer.Edges.Select(e => Describe(graph, layer.Kind, e)), read.Edges.Select(Describe));
        }

        Assert.Contains(stored.Layers, l => l.Edges.Any(e => e.Evidence.Count > 0));
    }

    [Fact]
    public async Task A_graph_of_more_rows_than_one_statement_holds_reads_back_whole()
    {
        // 14 accounts posting the same three texts a second apart: 91 pairs per text, more rows than one statement holds.
        var start = Origin;
        var posts = Enumerable.Range(0, 3).SelectMany(t => Enumerable.Range(0, 14).Select(a => new Post(
            ((t * 100) + a + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), $"acc{a}", start.AddMinutes(t * 10).AddSeconds(a),
            $"the same copied text number {t}", "en", PostKind.Original, null, null, [], [], []))).ToList();
        var graph = CoordinationGraphBuilder.Build(posts, new CoordinationOptions
        {
            Kinds = [ShareKind.Text],
            Windows = [TimeSpan.FromMinutes(1), TimeSpan.FromHours(1)],
            MinParticipation = 1,
        });
        var repository = new CoordinationGraphRepository(_store, new FakeClock(Origin));

        var runId = await repository.SaveAsync(graph, CancellationToken.None);
        var run = await repository.LoadAsync(runId, CancellationToken.None);

        Assert.NotNull(run);
        Assert.Equal(graph.Layers.Count, run.Layers.Count);
        Assert.True(graph.Layers.Sum(l => l.Edges.Count) > 64);
        for (var l = 0; l < graph.Layers.Count; l++)
        {
            var (built, stored) = (graph.Layers[l], run.Layers[l]);
            Assert.Equal((built.Kind, built.Window, built.CandidateEdges, built.CandidatePairs, built.WeightThreshold),
                (stored.Kind, stored.Window, stored.CandidateEdges, stored.CandidatePairs, stored.WeightThreshold));
            Assert.Equal(
                built.Edges.Select(e => (graph.AccountIds[e.Source], graph.AccountIds[e.Target], e.PairCount, e.Weight, e.MeanDeltaSeconds,
                    e.MinDeltaSeconds, e.First, e.Last, e.SourcePosts, e.TargetPosts,
                    string.Join(';', e.Evidence.Select(p => $"{graph.PostId(p.SourcePost)},{graph.PostId(p.TargetPost)},{p.SourceTime:O},{p.TargetTime:O},{graph.ObjectLabel(built.Kind, p.Object)}")))),
                stored.Edges.Select(e => (e.SourceId, e.TargetId, e.PairCount, e.Weight, e.MeanDeltaSeconds, e.MinDeltaSeconds, e.First, e.Last,
                    e.SourcePosts, e.TargetPosts,
                    string.Join(';', e.Evidence.Select(p => $"{p.SourcePostId},{p.TargetPostId},{p.SourceTime:O},{p.TargetTime:O},{p.Object}")))));
        }
    }

    [Fact]
    public async Task An_edge_keeps_its_first_two_and_last_two_pairs_by_time_and_the_count_of_all()
    {
        // Two accounts posting the same ten texts a second apart: one edge of ten pairs, all of them in the graph.
        var posts = Enumerable.Range(0, 10).SelectMany(t => new[]
        {
            new Post($"a{t}", "A", Origin.AddMinutes(t * 10), $"copied text number {t}", "en", PostKind.Original, null, null, [], [], []),
            new Post($"b{t}", "B", Origin.AddMinutes(t * 10).AddSeconds(1), $"copied text number {t}", "en", PostKind.Original, null, null, [], [], []),
        }).ToList();
        var graph = CoordinationGraphBuilder.Build(posts, new CoordinationOptions
        {
            Kinds = [ShareKind.Text], Windows = [TimeSpan.FromMinutes(1)], MinParticipation = 1,
        });
        var built = Assert.Single(graph.Layers[0].Edges);
        Assert.Equal(10, built.Evidence.Count);
        var repository = new CoordinationGraphRepository(_store, new FakeClock(Origin));

        var run = await repository.LoadAsync(await repository.SaveAsync(graph, CancellationToken.None), CancellationToken.None);

        var stored = Assert.Single(run!.Layers[0].Edges);
        Assert.Equal(CoordinationGraphRepository.EvidencePerEdge, run.EvidenceCap);
        Assert.Equal(10, stored.PairCount);
        Assert.Equal(["a0>b0", "a1>b1", "a8>b8", "a9>b9"], stored.Evidence.Select(p => $"{p.SourcePostId}>{p.TargetPostId}"));
        Assert.Equal(new[] { 0, 1, 8, 9 }.Select(k => built.Evidence[k].SourceTime), stored.Evidence.Select(p => p.SourceTime));
        Assert.All(stored.Evidence, p => Assert.Equal(p.SourceTime.AddSeconds(1), p.TargetTime));
    }

    [Theory]
    [InlineData(0, 4, new int[0])]
    [InlineData(3, 4, new[] { 0, 1, 2 })]
    [InlineData(4, 4, new[] { 0, 1, 2, 3 })]
    [InlineData(5, 4, new[] { 0, 1, 3, 4 })]
    [InlineData(20, 4, new[] { 0, 1, 18, 19 })]
    [InlineData(20, 3, new[] { 0, 1, 19 })]
    [InlineData(20, 1, new[] { 0 })]
    public void The_kept_pairs_are_all_up_to_the_cap_else_the_first_and_the_last_halves(int count, int cap, int[] kept) =>
        Assert.Equal(kept, CoordinationGraphRepository.KeptEvidence(count, cap));

    [Fact]
    public async Task Post_ids_that_are_not_canonical_numbers_and_every_object_kind_read_back_unchanged()
    {
        string[] ids = ["007", "x-1", "ü9", "0", "9223372036854775807", "9223372036854775808", "-5", ""];
        var posts = ids.Select((id, i) => new Post(id.Length == 0 ? "empty?" : id, i % 2 == 0 ? "A" : "B", Origin.AddSeconds(i),
            "Stand with Baku 🇦🇿", null, PostKind.Original, null, null, [], ["baku"], [])).ToList();
        var graph = CoordinationGraphBuilder.Build(posts, new CoordinationOptions
        {
            Kinds = [ShareKind.Text, ShareKind.Hashtag], Windows = [TimeSpan.FromMinutes(1)], MinParticipation = 1,
            EvidenceCap = 100,
        });
        var repository = new CoordinationGraphRepository(_store, new FakeClock(Origin));

        var run = await repository.LoadAsync(await repository.SaveAsync(graph, CancellationToken.None), CancellationToken.None);

        for (var l = 0; l < graph.Layers.Count; l++)
        {
            var layer = graph.Layers[l];
            Assert.Equal(
                layer.Edges.Select(e => Describe(graph, layer.Kind, e, CoordinationGraphRepository.KeptEvidence(e.Evidence.Count, 4))),
                run!.Layers[l].Edges.Select(Describe));
            Assert.Contains(run.Layers[l].Edges, e => e.Evidence.Count == 4 && e.PairCount > 4);
        }
    }

    [Fact]
    public async Task A_run_read_for_its_widest_window_without_pairs_holds_that_windows_edges_as_the_whole_read_has_them()
    {
        // What the graph exports read: the widest window's layers (the others listed, with no edges), no evidence pairs,
        // every other statistic of an edge as the whole read gives it, post ids that are no numbers passed over too.
        string[] ids = ["007", "x-1", "ü9", "0", "9223372036854775807", "9223372036854775808", "-5", "12", "13", "14"];
        var posts = ids.Select((id, i) => new Post(id, i % 2 == 0 ? "A" : "B", Origin.AddSeconds(i * 40),
            "Stand with Baku 🇦🇿", null, PostKind.Original, null, null, [], ["baku"], [])).ToList();
        var graph = CoordinationGraphBuilder.Build(posts, new CoordinationOptions
        {
            Kinds = [ShareKind.Text, ShareKind.Hashtag], Windows = [TimeSpan.FromMinutes(1), TimeSpan.FromHours(1)], MinParticipation = 1,
        });
        var repository = new CoordinationGraphRepository(_store, new FakeClock(Origin));
        var runId = await repository.SaveAsync(graph, CancellationToken.None);

        var whole = await repository.LoadAsync(runId, CancellationToken.None);
        var light = await repository.LoadAsync(runId, new RunRead(WidestWindowOnly: true, RunRead.NoEdge), CancellationToken.None);

        static string WithoutPairs(StoredCoordinationEdge e) => Describe(e with { Evidence = [] });
        Assert.Equal(whole!.Layers.Select(l => (l.Kind, l.Window)), light!.Layers.Select(l => (l.Kind, l.Window)));
        Assert.All(light.Layers.Where(l => l.Window != TimeSpan.FromHours(1)), l => Assert.Empty(l.Edges));
        var wide = whole.Layers.Where(l => l.Window == TimeSpan.FromHours(1)).ToList();
        Assert.Equal(wide.Select(l => l.Edges.Select(WithoutPairs)), light.Layers.Where(l => l.Window == TimeSpan.FromHours(1)).Select(l => l.Edges.Select(WithoutPairs)));
        Assert.Contains(wide, l => l.Edges.Any(e => e.Evidence.Count > 0));
        Assert.All(light.Layers.SelectMany(l => l.Edges), e => Assert.Empty(e.Evidence));
        Assert.NotEmpty(whole.Layers.Where(l => l.Window == TimeSpan.FromMinutes(1)).SelectMany(l => l.Edges));
    }

    [Fact]
    public async Task A_run_read_with_pairs_of_some_edges_gives_those_edges_the_whole_reads_pairs_and_the_others_none()
    {
        // What the report reads: the pairs of the edges it may quote, named by their two account ids.
        var posts = Enumerable.Range(0, 12).Select(i => new Post($"{100 + i}", $"acc{i % 3}", Origin.AddSeconds(i * 20),
            "Stand with Baku", null, PostKind.Original, null, null, [], [], [])).ToList();
        var graph = CoordinationGraphBuilder.Build(posts, new CoordinationOptions
        {
            Kinds = [ShareKind.Text], Windows = [TimeSpan.FromHours(1)], MinParticipation = 1,
        });
        var repository = new CoordinationGraphRepository(_store, new FakeClock(Origin));
        var runId = await repository.SaveAsync(graph, CancellationToken.None);

        var whole = await repository.LoadAsync(runId, CancellationToken.None);
        var some = await repository.LoadAsync(runId, new RunRead(WidestWindowOnly: true, (a, b) => a == "acc0" || b == "acc0"), CancellationToken.None);

        var wholeEdges = whole!.Layers.SelectMany(l => l.Edges).ToList();
        var someEdges = some!.Layers.SelectMany(l => l.Edges).ToList();
        Assert.Equal(3, someEdges.Count);
        Assert.Equal(wholeEdges.Select(e => (e.SourceId, e.TargetId, e.PairCount)), someEdges.Select(e => (e.SourceId, e.TargetId, e.PairCount)));
        for (var i = 0; i < someEdges.Count; i++)
        {
            var named = someEdges[i].SourceId == "acc0" || someEdges[i].TargetId == "acc0";
            Assert.Equal(named ? wholeEdges[i].Evidence : [], someEdges[i].Evidence);
            Assert.NotEmpty(wholeEdges[i].Evidence);
        }
    }

    [Fact]
    public async Task Latest_is_the_last_saved_run_and_unknown_runs_are_null()
    {
        var sut = new CoordinationGraphRepository(_store);
        Assert.Null(await sut.LoadLatestAsync(CancellationToken.None));

        var first = await sut.SaveAsync(SampleGraph(), CancellationToken.None);
        var second = await sut.SaveAsync(SampleGraph(), CancellationToken.None);

        Assert.Equal(second, (await sut.LoadLatestAsync(CancellationToken.None))!.RunId);
        Assert.NotEqual(first, second);
        Assert.Null(await sut.LoadAsync(second + 1, CancellationToken.None));
    }

    [Fact]
    public async Task Pruning_keeps_the_newest_runs_whole_and_deletes_the_others()
    {
        var sut = new CoordinationGraphRepository(_store);
        var first = await sut.SaveAsync(SampleGraph(), CancellationToken.None);
        var second = await sut.SaveAsync(SampleGraph(), CancellationToken.None);
        var third = await sut.SaveAsync(SampleGraph(), CancellationToken.None);
        var kept = await sut.LoadAsync(third, CancellationToken.None);

        Assert.Equal(1, await sut.PruneAsync(2, CancellationToken.None));

        Assert.Null(await sut.LoadAsync(first, CancellationToken.None));
        Assert.NotNull(await sut.LoadAsync(second, CancellationToken.None));
        var after = await sut.LoadAsync(third, CancellationToken.None);
        Assert.Equal(kept!.Layers.Sum(l => l.Edges.Sum(e => e.Evidence.Count)), after!.Layers.Sum(l => l.Edges.Sum(e => e.Evidence.Count)));
        Assert.Equal(0L, await RowsOfRunAsync(first));
    }

    [Fact]
    public async Task Pruning_keeps_a_run_a_stored_snapshot_refers_to_until_the_snapshot_is_pruned()
    {
        var sut = new CoordinationGraphRepository(_store);
        var snapshots = new SnapshotRepository(_store);
        var referenced = await sut.SaveAsync(SampleGraph(), CancellationToken.None);
        await snapshots.SaveAsync(SnapshotSamples.Snapshot(1, SnapshotSamples.Noon), referenced, CancellationToken.None);
        var middle = await sut.SaveAsync(SampleGraph(), CancellationToken.None);
        var newest = await sut.SaveAsync(SampleGraph(), CancellationToken.None);
        await snapshots.SaveAsync(SnapshotSamples.Snapshot(2, SnapshotSamples.Noon.AddHours(1)), newest, CancellationToken.None);

        Assert.Equal(1, await sut.PruneAsync(1, CancellationToken.None));
        Assert.NotNull(await sut.LoadAsync(referenced, CancellationToken.None));
        Assert.Null(await sut.LoadAsync(middle, CancellationToken.None));
        Assert.Equal(referenced, await snapshots.CoordinationRunOfAsync(SnapshotSamples.Snapshot(1, SnapshotSamples.Noon).Id, CancellationToken.None));

        Assert.Equal(1, await snapshots.PruneAsync(1, CancellationToken.None));
        Assert.Equal(1, await sut.PruneAsync(1, CancellationToken.None));
        Assert.Null(await sut.LoadAsync(referenced, CancellationToken.None));
        Assert.NotNull(await sut.LoadAsync(newest, CancellationToken.None));
    }

    [Fact]
    public async Task Deleting_a_run_removes_it_whole_but_never_a_run_a_snapshot_refers_to()
    {
        var sut = new CoordinationGraphRepository(_store);
        var referenced = await sut.SaveAsync(SampleGraph(), CancellationToken.None);
        await new SnapshotRepository(_store).SaveAsync(SnapshotSamples.Snapshot(1, SnapshotSamples.Noon), referenced, CancellationToken.None);
        var unneeded = await sut.SaveAsync(SampleGraph(), CancellationToken.None);
        var newest = await sut.SaveAsync(SampleGraph(), CancellationToken.None);

        Assert.True(await sut.DeleteAsync(unneeded, CancellationToken.None));
        Assert.False(await sut.DeleteAsync(referenced, CancellationToken.None));

        Assert.Null(await sut.LoadAsync(unneeded, CancellationToken.None));
        Assert.NotNull(await sut.LoadAsync(referenced, CancellationToken.None));
        Assert.NotNull(await sut.LoadAsync(newest, CancellationToken.None));
        Assert.Equal(0L, await RowsOfRunAsync(unneeded));
    }

    /// <summary>The rows a run has left in its child tables.</summary>
    private async Task<long> RowsOfRunAsync(long run)
    {
        await using var connection = _store.OpenConnection();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT (SELECT count(*) FROM coordination_edge_blocks WHERE run_id = $run) + (SELECT count(*) FROM coordination_accounts WHERE run_id = $run)
                + (SELECT count(*) FROM coordination_objects WHERE run_id = $run) + (SELECT count(*) FROM coordination_layers WHERE run_id = $run)
            """;
        command.Parameters.AddWithValue("$run", run);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static CoordinationGraph SampleGraph()
    {
        static Post Retweet(string id, string author, double seconds, string target) =>
            new(id, author, Origin.AddSeconds(seconds), "", null, PostKind.Retweet, target, "x", [], [], []);
        static Post Text(string id, string author, double seconds, string text) =>
            new(id, author, Origin.AddSeconds(seconds), text, null, PostKind.Original, null, null, [], ["baku"], []);
        Post[] posts =
        [
            Retweet("1", "A", 0, "p"), Retweet("2", "B", 4, "p"), Retweet("3", "C", 30, "p"),
            Retweet("4", "A", 100, "q"), Retweet("5", "B", 101.5, "q"),
            Text("6", "A", 200, "Stand with Baku's initiative against colonialism today"),
            Text("7", "C", 205, "stand with baku s initiative against colonialism today!! 🇦🇿"),
        ];
        var options = new CoordinationOptions
        {
            Kinds = [ShareKind.Retweet, ShareKind.Text, ShareKind.Hashtag],
            Windows = [TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(60)],
            MinParticipation = 1,
            MinEdgeWeight = 1,
            EvidenceCap = 1,
        };
        return CoordinationGraphBuilder.Build(posts, options);
    }

    private static string Describe(CoordinationGraph graph, ShareKind kind, CoordinationEdge e) =>
        Describe(graph, kind, e, Enumerable.Range(0, e.Evidence.Count));

    private static string Describe(CoordinationGraph graph, ShareKind kind, CoordinationEdge e, IEnumerable<int> kept) =>
        $"{graph.AccountIds[e.Source]} {graph.AccountIds[e.Target]} {e.PairCount} {e.Weight} {e.MeanDeltaSeconds} {e.MinDeltaSeconds} " +
        $"{e.First:O} {e.Last:O} {e.SourcePosts} {e.TargetPosts} " +
        string.Join(';', kept.Select(k => e.Evidence[k]).Select(p => $"{graph.PostId(p.SourcePost)}>{graph.PostId(p.TargetPost)}@{p.SourceTime:O}/{p.TargetTime:O}:{graph.ObjectLabel(kind, p.Object)}"));

    private static string Describe(StoredCoordinationEdge e) =>
        $"{e.SourceId} {e.TargetId} {e.PairCount} {e.Weight} {e.MeanDeltaSeconds} {e.MinDeltaSeconds} " +
        $"{e.First:O} {e.Last:O} {e.SourcePosts} {e.TargetPosts} " +
        string.Join(';', e.Evidence.Select(p => $"{p.SourcePostId}>{p.TargetPostId}@{p.SourceTime:O}/{p.TargetTime:O}:{p.Object}"));
}
