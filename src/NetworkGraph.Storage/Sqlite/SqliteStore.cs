using Microsoft.Data.Sqlite;
using NetworkGraph.Core.Ingestion;
using NetworkGraph.Storage.Sqlite.Ingest;

namespace NetworkGraph.Storage.Sqlite;

/// <summary>The embedded SQLite store: accounts, posts, what posts carry, generic shares. Opening it applies any
/// pending schema migration. Reads stream; ingestion writes through <see cref="CreateIngestSink"/>.</summary>
public sealed partial class SqliteStore : IDisposable, IAsyncDisposable
{
    private readonly SqliteConnection _connection;

    private SqliteStore(string path, SqliteConnection connection, int schemaVersion)
    {
        Path = path;
        _connection = connection;
        SchemaVersion = schemaVersion;
    }

    /// <summary>The database file.</summary>
    public string Path { get; }

    /// <summary>The schema version (the newest migration applied).</summary>
    public int SchemaVersion { get; }

    /// <summary>Opens (creating if needed) the store at <paramref name="path"/> and migrates it to the newest schema.</summary>
    public static SqliteStore Open(string path, TimeProvider? timeProvider = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }

        var connection = SqliteConnections.Open(path);
        try
        {
            var version = new MigrationRunner(Migration.LoadEmbedded(), timeProvider ?? TimeProvider.System).Apply(connection);
            DeferredIndexes.Restore(connection); // left over by a killed bulk load
            return new SqliteStore(path, connection, version);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>Opens a new connection to this store (WAL, synchronous=NORMAL), for stages that keep their own
    /// tables here (added by later migrations). The caller disposes it.</summary>
    internal SqliteConnection OpenConnection() => SqliteConnections.Open(Path);

    /// <summary>A sink for <see cref="IngestPipeline"/> writing into this store on its own connection. Dispose it
    /// after the run.</summary>
    public IIngestSink CreateIngestSink() => new SqliteIngestSink(Path);

    /// <summary>How many rows the main tables hold.</summary>
    public async Task<StoreCounts> CountAsync(CancellationToken cancellationToken = default)
    {
        await using var command = _connection.CreateCommand();
        command.CommandText = """
            SELECT (SELECT count(*) FROM accounts), (SELECT count(*) FROM accounts WHERE profiled = 1),
                   (SELECT count(*) FROM posts), (SELECT count(*) FROM post_mentions), (SELECT count(*) FROM post_hashtags),
                   (SELECT count(*) FROM post_urls), (SELECT count(*) FROM shares)
            """;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return new StoreCounts(
            reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4), reader.GetInt64(5), reader.GetInt64(6));
    }

    /// <summary>Closes the store.</summary>
    public void Dispose() => _connection.Dispose();

    /// <summary>Closes the store.</summary>
    public ValueTask DisposeAsync() => _connection.DisposeAsync();
}

/// <summary>Row counts of a store.</summary>
/// <param name="Accounts">Accounts, including those only referenced (mentioned, retweeted).</param>
/// <param name="ProfiledAccounts">Accounts with a stored profile observation.</param>
/// <param name="Posts">Posts.</param>
/// <param name="Mentions">Post-to-account mentions.</param>
/// <param name="Hashtags">Post-to-hashtag links.</param>
/// <param name="Urls">Post-to-URL links.</param>
/// <param name="Shares">Generic share rows.</param>
public sealed record StoreCounts(long Accounts, long ProfiledAccounts, long Posts, long Mentions, long Hashtags, long Urls, long Shares);
