using Microsoft.Data.Sqlite;

namespace NetworkGraph.Storage.Sqlite;

/// <summary>Opens connections with the settings every user of the store shares.</summary>
internal static class SqliteConnections
{
    public static SqliteConnection Open(string path, bool readOnly = false)
    {
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = readOnly ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            DefaultTimeout = 60,
        };
        var connection = new SqliteConnection(builder.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = readOnly
            ? "PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY;"
            : "PRAGMA page_size = 32768; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY;";
        command.ExecuteNonQuery();
        return connection;
    }
}
