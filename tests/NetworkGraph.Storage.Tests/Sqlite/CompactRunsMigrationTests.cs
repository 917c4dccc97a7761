using Microsoft.Data.Sqlite;
using NetworkGraph.Core.Coordination;
using NetworkGraph.Core.Model;
using NetworkGraph.Storage.Sqlite;
using NetworkGraph.Storage.Tests.Support;

namespace NetworkGraph.Storage.Tests.Sqlite;

/// <summary>V007 on a store whose runs were written with the V002 evidence rows.</summary>
public sealed class CompactRunsMigrationTests : IDisposable
{
    private static readonly DateTimeOffset T0 = new(2024, 5, 15, 8, 0, 0, TimeSpan.Zero);
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "ng-v007-" + Guid.NewGuid().ToString("N"));
    private readonly string _path;

    public CompactRunsMigrationTests()
    {
        Directory.CreateDirectory(_folder);
        _path = Path.Combine(_folder, "store.db");
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task A_run_stored_before_V007_reads_every_evidence_row_after_the_migration()
    {
        WriteOldStore();

        using var store = SqliteStore.Open(_path);
        var run = await new CoordinationGraphRepository(store).LoadAsync(1, CancellationToken.None);

        Assert.NotNull(run);
        Assert.Null(run.EvidenceCap);
        Assert.Equal(T0, run.CreatedAt);
        var layer = Assert.Single(run.Layers);
        Assert.Equal((ShareKind.Retweet, TimeSpan.FromMinutes(1), 2L, 7L), (layer.Kind, layer.Window, layer.CandidateEdges, layer.CandidatePairs));
        Assert.Equal(["A B 6", "A C 1"], layer.Edges.Select(e => $"{e.SourceId} {e.TargetId} {e.PairCount}"));
        Assert.Equal(
            ["p1>p2@08:00:00/08:00:04:rt:9", "p3>p4@08:10:00/08:10:01:rt:9", "p5>p6@08:20:00/08:20:02:rt:10",
                "p7>p8@08:30:00/08:30:03:rt:10", "p9>p10@08:40:00/08:40:04:rt:11"],
            layer.Edges[0].Evidence.Select(p => $"{p.SourcePostId}>{p.TargetPostId}@{p.SourceTime:HH:mm:ss}/{p.TargetTime:HH:mm:ss}:{p.Object}"));
        Assert.Empty(layer.Edges[1].Evidence);
    }

    [Fact]
    public async Task The_migrated_store_keeps_old_and_new_runs_readable_and_prunes_both_whole()
    {
        WriteOldStore();
        using var store = SqliteStore.Open(_path);
        var runs = new CoordinationGraphRepository(store, new FakeClock(T0));
        Post[] posts =
        [
            new("10", "A", T0, "", null, PostKind.Retweet, "p", "x", [], [], []),
            new("11", "B", T0.AddSeconds(2), "", null, PostKind.Retweet, "p", "x", [], [], []),
        ];
        var graph = CoordinationGraphBuilder.Build(posts, new CoordinationOptions
        {
            Kinds = [ShareKind.Retweet], Windows = [TimeSpan.FromMinutes(1)], MinParticipation = 1, MinEdgeWeight = 1,
        });

        var second = await runs.SaveAsync(graph, CancellationToken.None);
        var old = await runs.LoadAsync(1, CancellationToken.None);
        var compact = await runs.LoadAsync(second, CancellationToken.None);

        Assert.Equal(5, old!.Layers[0].Edges[0].Evidence.Count);
        Assert.Equal(["10>11"], compact!.Layers[0].Edges.SelectMany(e => e.Evidence).Select(p => $"{p.SourcePostId}>{p.TargetPostId}"));
        Assert.Equal(1, await runs.PruneAsync(1, CancellationToken.None));
        Assert.Null(await runs.LoadAsync(1, CancellationToken.None));
        await using var connection = store.OpenConnection();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT (SELECT count(*) FROM coordination_evidence) || ' ' || (SELECT count(*) FROM coordination_edges WHERE run_id = 1)
                || ' ' || (SELECT count(*) FROM sqlite_master WHERE name LIKE 'ix_coordination_edges_%')
            """;
        Assert.Equal("0 0 0", await command.ExecuteScalarAsync());
    }

    /// <summary>A store at V005 (as builds before V007 wrote it) holding run 1: one layer, an edge with five evidence rows
    /// (of six pairs) and an edge with none.</summary>
    private void WriteOldStore()
    {
        using var connection = new SqliteConnection($"Data Source={_path};Pooling=False");
        connection.Open();
        new MigrationRunner(Migration.LoadEmbedded().Where(m => m.Version <= 5).ToList(), new FakeClock()).Apply(connection);
        using var command = connection.CreateCommand();
        var ms = T0.ToUnixTimeMilliseconds();
        var evidence = string.Join(", ", Enumerable.Range(0, 5).Select(k =>
            $"(1, 0, 0, {k}, 'p{(2 * k) + 1}', 'p{(2 * k) + 2}', {ms + (k * 600_000)}, {ms + (k * 600_000) + ((k == 0 ? 4 : k) * 1000)}, 'rt:{9 + (k / 2)}')"));
        command.CommandText = $"""
            INSERT INTO coordination_runs (run_id, created_at, options_json) VALUES (1, '{T0:O}', '{"{}"}');
            INSERT INTO coordination_layers VALUES (1, 0, 'Retweet', 60000, 2, 7, NULL);
            INSERT INTO coordination_edges VALUES (1, 0, 0, 'A', 'B', 6, 6, 2.5, 1, {ms}, {ms + 2_400_000}, 5, 5);
            INSERT INTO coordination_edges VALUES (1, 0, 1, 'A', 'C', 1, 1, 3, 3, {ms}, {ms}, 1, 1);
            INSERT INTO coordination_evidence VALUES {evidence};
            """;
        command.ExecuteNonQuery();
    }
}
