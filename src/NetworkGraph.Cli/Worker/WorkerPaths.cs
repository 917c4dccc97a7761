namespace NetworkGraph.Cli.Worker;

/// <summary>The files and folders one worker uses, as full paths.</summary>
/// <param name="Database">The SQLite store.</param>
/// <param name="Inbox">The watched folder.</param>
/// <param name="StatusFile">The JSON status file.</param>
internal sealed record WorkerPaths(string Database, string Inbox, string StatusFile)
{
    /// <summary>Where ingested files go.</summary>
    public string Processed => Path.Combine(Inbox, WorkerDefaults.ProcessedFolder);

    /// <summary>Where files that could not be ingested go, each with a reason file.</summary>
    public string Failed => Path.Combine(Inbox, WorkerDefaults.FailedFolder);

    /// <summary>The rejected rows of every ingested file.</summary>
    public string Rejects => WorkerDefaults.RejectsPath(Database);

    public static WorkerPaths From(WorkerOptions options, string database)
    {
        ArgumentNullException.ThrowIfNull(options);
        var db = Path.GetFullPath(database);
        return new WorkerPaths(
            db,
            Path.GetFullPath(options.Inbox),
            string.IsNullOrWhiteSpace(options.StatusFile) ? WorkerDefaults.StatusPath(db) : Path.GetFullPath(options.StatusFile));
    }

    /// <summary>Creates the inbox with its processed/ and failed/ folders, and the store's folder.</summary>
    public void CreateFolders()
    {
        Directory.CreateDirectory(Processed);
        Directory.CreateDirectory(Failed);
        Directory.CreateDirectory(Path.GetDirectoryName(Database)!);
        Directory.CreateDirectory(Path.GetDirectoryName(StatusFile)!);
    }
}
