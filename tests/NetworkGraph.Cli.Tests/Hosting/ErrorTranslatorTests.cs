using Microsoft.Data.Sqlite;
using NetworkGraph.Cli.Hosting;
using NetworkGraph.Cli.Tests.Commands.Neo4j;

namespace NetworkGraph.Cli.Tests.Hosting;

/// <summary>Store failures that cannot be staged for a whole command here (root ignores file modes; a lock makes
/// SQLite wait for its busy timeout) are translated from the exceptions SQLite raises for them.</summary>
public sealed class ErrorTranslatorTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("ng-translator-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    [Fact]
    public async Task A_write_to_a_read_only_store_says_so_and_names_the_store()
    {
        var db = Path.Combine(_dir, "small.db");
        await using (await SmallStore.CreateAsync(db))
        {
        }

        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = db, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO hashtags (hashtag_key, tag) VALUES (2, 'x')";
        var ex = await Assert.ThrowsAsync<SqliteException>(() => command.ExecuteNonQueryAsync());

        Assert.Equal($"the store is read-only (check the permissions of the file and its folder), {db}", ErrorTranslator.Describe(ex, db, "ingest"));
    }

    [Theory]
    [InlineData(5, "database is locked", "the store is locked by another process (retry when it has finished)")]
    [InlineData(13, "database or disk is full", "the disk is full: the store could not grow")]
    public void A_locked_store_or_a_full_disk_says_so_and_names_the_store(int code, string sqliteMessage, string expected)
    {
        var ex = new AggregateException(new SqliteException($"SQLite Error {code}: '{sqliteMessage}'.", code));

        Assert.Equal($"{expected}, case.db", ErrorTranslator.Describe(ex, "case.db", "analyze"));
    }

    [Fact]
    public void An_unexpected_exception_names_its_type_and_the_store_the_command_works_on()
    {
        var ex = new UriFormatException("Invalid URI: The hostname could not be parsed.");

        Assert.Equal("Invalid URI: The hostname could not be parsed (UriFormatException), store case.db", ErrorTranslator.Describe(ex, "case.db", "analyze"));
        Assert.Equal("Invalid URI: The hostname could not be parsed (UriFormatException), command 'generate'", ErrorTranslator.Describe(ex, null, "generate"));
    }
}
