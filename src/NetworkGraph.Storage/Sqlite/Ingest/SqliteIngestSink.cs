using Microsoft.Data.Sqlite;
using NetworkGraph.Core.Ingestion;
using NetworkGraph.Core.Ingestion.Batches;
using SQLitePCL;

namespace NetworkGraph.Storage.Sqlite.Ingest;

/// <summary>Writes batches into the SQLite store: one transaction per batch, holding the batch's rows and the
/// file's checkpoint. Posts and shares are INSERT OR IGNORE by key, so replaying a batch changes nothing.</summary>
internal sealed partial class SqliteIngestSink : IIngestSink, IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly sqlite3 _db;
    private readonly AccountKeys _accounts;
    private readonly LookupKeys _lookups;
    private readonly PostWriter _posts;
    private readonly PairWriter _insertMention;
    private readonly PairWriter _insertHashtag;
    private readonly PairWriter _insertUrl;
    private readonly RawStatement _insertShare;
    private readonly RawStatement _checkpoint;
    private readonly RawStatement _rejects;
    private readonly WalCheckpointer _checkpointer;
    private long[] _accountKeys = new long[1024];

    public SqliteIngestSink(string path)
    {
        _connection = SqliteConnections.Open(path);
        _db = _connection.Handle!;
        // Bulk load: a bigger (bounded, 128 MiB) cache; checkpoints run on another thread (WalCheckpointer), and this
        // connection checkpoints itself only if the log outgrows 1 GiB because that thread fell behind.
        // temp_store = FILE: the index rebuilt after a bulk load sorts within the cache budget and spills the rest.
        RawStatement.Execute(_db, "PRAGMA cache_size = -131072; PRAGMA temp_store = FILE;");
        RawStatement.Execute(_db, $"PRAGMA wal_autocheckpoint = {(1 << 30) / PageSize()};");
        _checkpointer = new WalCheckpointer(path);
        DeferredIndexes.DeferIfEmpty(_connection);
        _accounts = new AccountKeys(_db);
        _lookups = new LookupKeys(_db);
        _posts = new PostWriter(_db);
        _insertMention = new PairWriter(_db, "post_mentions", "post_key", "account_key");
        _insertHashtag = new PairWriter(_db, "post_hashtags", "post_key", "hashtag_key");
        _insertUrl = new PairWriter(_db, "post_urls", "post_key", "url_key");
        _insertShare = new RawStatement(_db, """
            INSERT OR IGNORE INTO shares (object_key, content_id, account_key, time) VALUES (?1, ?2, ?3, ?4)
            """);
        _checkpoint = new RawStatement(_db, """
            UPDATE ingest_files
            SET byte_offset = ?2, line = ?3, rows_read = rows_read + ?4, accepted = accepted + ?5,
                duplicates = duplicates + ?6, rejected = rejected + ?7, skipped = skipped + ?8
            WHERE file_key = ?1
            """);
        _rejects = new RawStatement(_db, """
            INSERT INTO ingest_rejects (path, length) VALUES (?1, ?2)
            ON CONFLICT (path) DO UPDATE SET length = excluded.length
            """);
    }

    private long PageSize()
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "PRAGMA page_size";
        return (long)command.ExecuteScalar()!;
    }

    public long? CommittedRejectsLength(string rejectsPath)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT length FROM ingest_rejects WHERE path = $p";
        command.Parameters.AddWithValue("$p", rejectsPath);
        return command.ExecuteScalar() is long length ? length : null;
    }

    public FileCheckpoint BeginFile(string fingerprint, string path, string format)
    {
        using var transaction = _connection.BeginTransaction(deferred: false);
        using var command = _connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO ingest_files (fingerprint, path, format) VALUES ($f, $p, $fmt)
            ON CONFLICT (fingerprint) DO UPDATE SET path = excluded.path, format = excluded.format
                WHERE ingest_files.byte_offset = 0 AND ingest_files.completed = 0;
            SELECT file_key, format, byte_offset, line, rows_read, accepted, duplicates, rejected, skipped, completed
            FROM ingest_files WHERE fingerprint = $f;
            """;
        command.Parameters.AddWithValue("$f", fingerprint);
        command.Parameters.AddWithValue("$p", path);
        command.Parameters.AddWithValue("$fmt", format);
        FileCheckpoint checkpoint;
        using (var reader = command.ExecuteReader())
        {
            reader.Read();
            checkpoint = new FileCheckpoint(
                reader.GetInt64(0),
                reader.GetString(1),
                reader.GetInt64(2),
                reader.GetInt64(3),
                new FileCounts(reader.GetInt64(4), reader.GetInt64(5), reader.GetInt64(6), reader.GetInt64(7), reader.GetInt64(8)),
                reader.GetInt64(9) != 0);
        }

        transaction.Commit();
        return checkpoint;
    }

    public BatchOutcome Write(IngestBatch batch, FileCheckpoint file, string rejectsPath, long rejectsLength)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(file);
        RawStatement.Execute(_db, "BEGIN IMMEDIATE");
        try
        {
            ResolveAccounts(batch);
            var posts = WritePosts(batch);
            _insertMention.Flush();
            _insertHashtag.Flush();
            _insertUrl.Flush();
            var shares = WriteShares(batch);
            WriteProfiles(batch);
            var outcome = new BatchOutcome(posts.Accepted + shares.Accepted + batch.ProfileRows, posts.Duplicates + shares.Duplicates);
            _checkpoint.Bind(1, file.FileKey);
            _checkpoint.Bind(2, batch.EndOffset);
            _checkpoint.Bind(3, batch.EndLine);
            _checkpoint.Bind(4, batch.RowsRead);
            _checkpoint.Bind(5, outcome.Accepted);
            _checkpoint.Bind(6, outcome.Duplicates);
            _checkpoint.Bind(7, batch.Rejects.Count);
            _checkpoint.Bind(8, batch.Skipped);
            _checkpoint.Run();
            _rejects.BindText(1, System.Text.Encoding.UTF8.GetBytes(rejectsPath));
            _rejects.Bind(2, rejectsLength);
            _rejects.Run();
            RawStatement.Execute(_db, "COMMIT");
            _checkpointer.Committed();
            return outcome;
        }
        catch
        {
            RawStatement.Execute(_db, "ROLLBACK");
            _insertMention.Clear();
            _insertHashtag.Clear();
            _insertUrl.Clear();
            _posts.Reload();
            _accounts.Reload();
            _lookups.Reload();
            throw;
        }
    }

    public void CompleteFile(FileCheckpoint file)
    {
        ArgumentNullException.ThrowIfNull(file);
        using var command = _connection.CreateCommand();
        command.CommandText = "UPDATE ingest_files SET completed = 1 WHERE file_key = $k";
        command.Parameters.AddWithValue("$k", file.FileKey);
        command.ExecuteNonQuery();
    }

    public void Finish()
    {
        _checkpointer.Dispose();
        DeferredIndexes.Restore(_connection);
        RawStatement.Execute(_db, "PRAGMA wal_checkpoint(TRUNCATE); PRAGMA optimize;");
    }

    public void Dispose()
    {
        foreach (var statement in new IDisposable[] { _posts, _insertMention, _insertHashtag, _insertUrl, _insertShare, _checkpoint, _rejects })
        {
            statement.Dispose();
        }

        _checkpointer.Dispose();
        _accounts.Dispose();
        _lookups.Dispose();
        _connection.Dispose();
    }
}
