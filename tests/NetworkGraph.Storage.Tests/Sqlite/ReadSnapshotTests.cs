using Microsoft.Data.Sqlite;
using NetworkGraph.Storage.Sqlite;
using NetworkGraph.Storage.Sqlite.Ingest;
using NetworkGraph.Storage.Tests.Support;
using SQLitePCL;

namespace NetworkGraph.Storage.Tests.Sqlite;

public sealed class ReadSnapshotTests
{
    [Fact]
    public async Task Two_connections_opened_as_a_pair_see_the_store_in_one_state_as_no_write_can_commit_between_their_begins()
    {
        var fixture = new IngestStoreFixture();
        await fixture.IngestFixturesAsync(IngestStoreFixture.AllFixtures);
        int? refused = null;
        void WriteBetween()
        {
            // A writer that does not wait (SQLite's C API, no busy timeout): refused while the pair begins, it would
            // otherwise split the pair's views.
            Assert.Equal(raw.SQLITE_OK, raw.sqlite3_open_v2(fixture.DatabasePath, out var writer, raw.SQLITE_OPEN_READWRITE, null));
            using (writer)
            {
                refused = raw.sqlite3_exec(writer, "DELETE FROM posts WHERE post_key = (SELECT max(post_key) FROM posts)");
            }
        }

        var (read, beside) = ReadSnapshot.OpenPair(fixture.DatabasePath, WriteBetween);
        using var first = read;
        using var second = beside;

        Assert.NotNull(second);
        Assert.Equal(raw.SQLITE_BUSY, refused);
        Assert.Equal(Count(read, "posts"), Count(second, "posts"));
    }

    [Fact]
    public async Task A_pair_is_one_connection_when_a_writer_holds_the_store()
    {
        var fixture = new IngestStoreFixture();
        await fixture.IngestFixturesAsync(IngestStoreFixture.AllFixtures);
        await using var writer = new SqliteConnection($"Data Source={fixture.DatabasePath};Pooling=False");
        await writer.OpenAsync();
        await using var transaction = writer.BeginTransaction(deferred: false);

        var (read, beside) = ReadSnapshot.OpenPair(fixture.DatabasePath);
        using var first = read;

        Assert.Null(beside);
        Assert.True(Count(read, "posts") > 0);
    }

    private static long Count(ReadSnapshot snapshot, string table)
    {
        using var statement = new RawStatement(snapshot.Db, $"SELECT count(*) FROM {table}");
        Assert.True(statement.Step());
        var count = statement.Int64(0);
        statement.Reset();
        return count;
    }
}
