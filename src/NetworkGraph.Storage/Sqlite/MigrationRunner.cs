using System.Globalization;
using Microsoft.Data.Sqlite;

namespace NetworkGraph.Storage.Sqlite;

/// <summary>Brings a database to the newest schema: applies, in order, each migration not yet recorded in
/// schema_version, each in its own transaction together with its record.</summary>
internal sealed class MigrationRunner(IReadOnlyList<Migration> migrations, TimeProvider timeProvider)
{
    /// <summary>Applies the pending migrations and returns the schema version reached.</summary>
    public int Apply(SqliteConnection connection)
    {
        Execute(connection, null, """
            CREATE TABLE IF NOT EXISTS schema_version (
                version    INTEGER PRIMARY KEY,
                name       TEXT NOT NULL,
                applied_at TEXT NOT NULL
            )
            """);
        var known = migrations.Count == 0 ? 0 : migrations[^1].Version;
        foreach (var migration in migrations)
        {
            using var transaction = connection.BeginTransaction(deferred: false);
            var current = CurrentVersion(connection, transaction);
            if (current > known)
            {
                throw new InvalidOperationException(
                    $"The database's schema is at version {current}, newer than this build knows ({known}).");
            }

            if (migration.Version <= current)
            {
                continue;
            }

            Execute(connection, transaction, migration.Sql);
            using var record = connection.CreateCommand();
            record.Transaction = transaction;
            record.CommandText = "INSERT INTO schema_version (version, name, applied_at) VALUES ($v, $n, $t)";
            record.Parameters.AddWithValue("$v", migration.Version);
            record.Parameters.AddWithValue("$n", migration.Name);
            record.Parameters.AddWithValue("$t", timeProvider.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
            record.ExecuteNonQuery();
            transaction.Commit();
        }

        return CurrentVersion(connection, null);
    }

    private static int CurrentVersion(SqliteConnection connection, SqliteTransaction? transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT coalesce(max(version), 0) FROM schema_version";
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
