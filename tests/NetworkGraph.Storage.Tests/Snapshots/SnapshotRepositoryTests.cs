using Microsoft.Data.Sqlite;
using NetworkGraph.Core.Snapshots;
using NetworkGraph.Core.Structure;
using NetworkGraph.Storage.Sqlite;
using static NetworkGraph.Storage.Tests.Snapshots.SnapshotSamples;

namespace NetworkGraph.Storage.Tests.Snapshots;

public sealed class SnapshotRepositoryTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "ng-snapshots-" + Guid.NewGuid().ToString("N"));
    private readonly SqliteStore _store;

    public SnapshotRepositoryTests()
    {
        _store = SqliteStore.Open(Path.Combine(_folder, "store.db"), new FakeClock(Noon));
    }

    public void Dispose()
    {
        _store.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private SnapshotRepository CreateSut() => new(_store);

    private static Snapshot First() => Snapshot(1, Noon, ("C1-1", Report(4, 0.9, true, "a", "b", "c")), ("C1-2", Report(2, 0.1, false, "x", "y")));

    private static Snapshot Second() => Snapshot(2, Noon.AddDays(1), ("C1-1", Report(4, 0.8, true, "a", "b", "c", "d")));

    [Fact]
    public async Task A_saved_snapshot_loads_back_identical()
    {
        var sut = CreateSut();
        await sut.SaveAsync(First(), CancellationToken.None);

        var loaded = await sut.LoadAsync("v1-test", CancellationToken.None);

        Assert.NotNull(loaded);
        Assert.Equal(SnapshotJson.Serialize(First()), SnapshotJson.Serialize(loaded));
    }

    private static Snapshot WithStructure() => WithStructure(First());

    private static Snapshot WithStructure(Snapshot snapshot) => snapshot with
    {
        Operations =
        [
            new SnapshotOperation("OP-C1-1", 1, ["C1-1"], 3, true, 0.9, [new OperationTie("C1-1", "C9-9", 12, 0.6, 0.8, 2)], "One network."),
            new SnapshotOperation("OP-C1-2", 2, ["C1-2"], 2, false, 0.1, [], "Another."),
        ],
        Amplification =
        [
            new AmplificationSummary("OP-C1-1", 7, [new RankedAccount("z", "@z", 1, 2.5, 5, false)], [new RankedAccount("a", "@a", 1, 0.4, 5, true)], [2], 1, 3, "a amplifies z.")
            {
                Accounts = [new AmplifiedAccount("a", 0.15, 0.4, 1, 1), new AmplifiedAccount("z", 2.5, 0.15, 0, 1)],
                Links = [new AmplificationLink("a", "b", 2), new AmplificationLink("a", "z", 5)],
            },
        ],
    };

    [Fact]
    public async Task A_snapshot_saved_with_the_JSON_rows_made_before_its_structure_was_attached_loads_back_identical()
    {
        var sut = CreateSut();
        var first = First();
        var json = SnapshotJsonRows.Of(first);
        var structured = WithStructure(first);

        await sut.SaveAsync(structured, json, null, CancellationToken.None);

        var loaded = await sut.LoadAsync("v1-test", CancellationToken.None);
        Assert.NotNull(loaded);
        Assert.Equal(SnapshotJson.Serialize(structured), SnapshotJson.Serialize(loaded));
    }

    [Fact]
    public async Task The_JSON_rows_of_another_snapshot_even_of_the_same_id_and_size_are_refused_and_nothing_is_saved()
    {
        var sut = CreateSut();
        var first = First();
        var sameIdOtherReport = first with { Clusters = [first.Clusters[0] with { Report = first.Clusters[0].Report with { Narrative = "Another narrative." } }, first.Clusters[1]] };

        await Assert.ThrowsAsync<ArgumentException>(() => sut.SaveAsync(first, SnapshotJsonRows.Of(Second()), null, CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentException>(() => sut.SaveAsync(first, SnapshotJsonRows.Of(sameIdOtherReport), null, CancellationToken.None));

        Assert.Null(await sut.LoadAsync("v1-test", CancellationToken.None));
    }

    [Fact]
    public async Task Operations_and_amplification_summaries_load_back_identical_and_are_pruned_with_their_snapshot()
    {
        var sut = CreateSut();
        await sut.SaveAsync(WithStructure(), CancellationToken.None);

        var loaded = await sut.LoadAsync("v1-test", CancellationToken.None);

        Assert.NotNull(loaded);
        Assert.Equal(2, loaded.Operations.Count);
        Assert.Equal(2, loaded.Amplification[0].Links.Count);
        Assert.Equal(SnapshotJson.Serialize(WithStructure()), SnapshotJson.Serialize(loaded));

        await sut.SaveAsync(Second(), CancellationToken.None);
        await sut.PruneAsync(1, CancellationToken.None);
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(_folder, "store.db")}");
        await connection.OpenAsync();
        foreach (var table in new[] { "snapshot_operations", "snapshot_operation_parts", "snapshot_amplification", "snapshot_amplified_accounts", "snapshot_amplification_links" })
        {
            await using var count = connection.CreateCommand();
            count.CommandText = "SELECT count(*) FROM " + table;
            Assert.Equal(0L, await count.ExecuteScalarAsync());
        }
    }

    [Fact]
    public async Task Latest_is_the_highest_version_and_versions_load_by_number()
    {
        var sut = CreateSut();
        await sut.SaveAsync(Second(), CancellationToken.None);
        await sut.SaveAsync(First(), CancellationToken.None);

        Assert.Equal(2, (await sut.LoadLatestAsync(CancellationToken.None))!.Version);
        Assert.Equal("v1-test", (await sut.LoadVersionAsync(1, CancellationToken.None))!.Id);
        Assert.Null(await sut.LoadVersionAsync(3, CancellationToken.None));
        Assert.Null(await sut.LoadAsync("nope", CancellationToken.None));
    }

    [Fact]
    public async Task An_empty_store_has_no_latest_snapshot()
    {
        Assert.Null(await CreateSut().LoadLatestAsync(CancellationToken.None));
        Assert.Empty(await CreateSut().ListAsync(CancellationToken.None));
    }

    [Fact]
    public async Task The_listing_counts_clusters_and_accounts_in_version_order()
    {
        var sut = CreateSut();
        await sut.SaveAsync(Second(), CancellationToken.None);
        await sut.SaveAsync(First(), CancellationToken.None);

        var list = await sut.ListAsync(CancellationToken.None);

        Assert.Equal([First().Summarize(), Second().Summarize()], list);
        Assert.Equal((2, 1, 5, 3), (list[0].Clusters, list[0].FlaggedClusters, list[0].Accounts, list[0].FlaggedAccounts));
    }

    [Fact]
    public async Task A_version_is_stored_once()
    {
        var sut = CreateSut();
        await sut.SaveAsync(First(), CancellationToken.None);

        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => sut.SaveAsync(First() with { Id = "v1-other" }, CancellationToken.None));

        Assert.Contains("version 1", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failed_save_leaves_nothing_behind()
    {
        var sut = CreateSut();

        // The same account in two clusters breaks the member key after the header and first cluster were written.
        var broken = Snapshot(1, Noon, ("C1-1", Report(1, 0.9, true, "a", "b")), ("C1-2", Report(2, 0.5, false, "b", "c")));
        await Assert.ThrowsAsync<InvalidOperationException>(() => sut.SaveAsync(broken, CancellationToken.None));

        Assert.Empty(await sut.ListAsync(CancellationToken.None));
        await using var connection = _store.OpenConnection();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT (SELECT count(*) FROM snapshot_clusters) + (SELECT count(*) FROM snapshot_members) + (SELECT count(*) FROM snapshot_campaigns)";
        Assert.Equal(0L, await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task Campaign_dates_are_queryable()
    {
        await CreateSut().SaveAsync(First(), CancellationToken.None);

        await using var connection = _store.OpenConnection();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT cluster_id || ' ' || start_day || ' ' || end_day FROM snapshot_campaigns ORDER BY cluster_id";
        Assert.Equal("C1-1 2023-09-10 2023-09-12", await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task Pruning_keeps_the_newest_versions_and_deletes_the_rows_of_the_others()
    {
        var sut = CreateSut();
        await sut.SaveAsync(First(), CancellationToken.None);
        await sut.SaveAsync(Second(), CancellationToken.None);
        var third = Snapshot(3, Noon.AddDays(2), ("C3-1", Report(7, 0.7, true, "p", "q")));
        await sut.SaveAsync(third, CancellationToken.None);

        Assert.Equal(1, await sut.PruneAsync(2, CancellationToken.None));
        Assert.Equal(0, await sut.PruneAsync(2, CancellationToken.None));

        Assert.Equal([2, 3], (await sut.ListAsync(CancellationToken.None)).Select(s => s.Version));
        await using var connection = _store.OpenConnection();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT (SELECT count(*) FROM snapshot_clusters WHERE snapshot_id = 'v1-test')
                 + (SELECT count(*) FROM snapshot_members WHERE snapshot_id = 'v1-test')
                 + (SELECT count(*) FROM snapshot_campaigns WHERE snapshot_id = 'v1-test'),
                   (SELECT count(*) FROM snapshot_members)
            """;
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        Assert.Equal((0L, 6L), (reader.GetInt64(0), reader.GetInt64(1)));
    }
}
