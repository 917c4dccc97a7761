using Microsoft.Data.Sqlite;

namespace NetworkGraph.Storage.Sqlite;

/// <summary>Drops the secondary indexes of the posts table for a bulk load into an empty table (building them
/// once afterwards is cheaper than maintaining them row by row) and rebuilds them. The definitions are saved in
/// ingest_deferred_indexes in the same transaction as the drop, so a killed load loses none.</summary>
internal static class DeferredIndexes
{
    /// <summary>Drops the posts indexes when the table is empty and none are deferred already.</summary>
    public static void DeferIfEmpty(SqliteConnection connection)
    {
        using var transaction = connection.BeginTransaction(deferred: false);
        if (Scalar(connection, transaction, "SELECT EXISTS (SELECT 1 FROM posts)") != 0)
        {
            return;
        }

        var indexes = new List<string>();
        using (var list = connection.CreateCommand())
        {
            list.Transaction = transaction;
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'posts' AND sql IS NOT NULL ORDER BY name";
            using var reader = list.ExecuteReader();
            while (reader.Read())
            {
                indexes.Add(reader.GetString(0));
            }
        }

        foreach (var name in indexes)
        {
            using var save = connection.CreateCommand();
            save.Transaction = transaction;
            save.CommandText = """
                INSERT OR REPLACE INTO ingest_deferred_indexes (name, sql) SELECT name, sql FROM sqlite_master WHERE name = $n;
                """;
            save.Parameters.AddWithValue("$n", name);
            save.ExecuteNonQuery();
            Execute(connection, transaction, $"DROP INDEX \"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\"");
        }

        transaction.Commit();
    }

    /// <summary>Rebuilds every deferred index.</summary>
    public static void Restore(SqliteConnection connection)
    {
        using var transaction = connection.BeginTransaction(deferred: false);
        var definitions = new List<string>();
        using (var list = connection.CreateCommand())
        {
            list.Transaction = transaction;
            list.CommandText = "SELECT sql FROM ingest_deferred_indexes ORDER BY name";
            using var reader = list.ExecuteReader();
            while (reader.Read())
            {
                definitions.Add(reader.GetString(0));
            }
        }

        if (definitions.Count == 0)
        {
            return;
        }

        foreach (var sql in definitions)
        {
            Execute(connection, transaction, sql);
        }

        Execute(connection, transaction, "DELETE FROM ingest_deferred_indexes");
        transaction.Commit();
    }

    private static long Scalar(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
