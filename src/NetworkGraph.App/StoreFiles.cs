using NetworkGraph.Storage.Sqlite;

namespace NetworkGraph.App;

/// <summary>Opens the store a reading command names with --db, with a usage error when there is no store file there.</summary>
internal static class StoreFiles
{
    /// <summary>Opens the existing store at <paramref name="db"/>; a missing file or a folder is a usage error.</summary>
    public static SqliteStore OpenExisting(string db, TimeProvider time)
    {
        if (Directory.Exists(db))
        {
            throw new UsageException($"--db {db} is a folder, not a store file");
        }

        return File.Exists(db)
            ? SqliteStore.Open(db, time)
            : throw new UsageException($"store '{db}' not found: run 'networkgraph ingest ... --db {db}' first");
    }
}
