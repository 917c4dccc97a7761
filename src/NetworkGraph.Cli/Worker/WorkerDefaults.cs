namespace NetworkGraph.Cli.Worker;

/// <summary>Defaults and limits of the worker settings.</summary>
internal static class WorkerDefaults
{
    public const string Inbox = "inbox";
    public const int IntervalSeconds = 300;
    public const int MaxIntervalSeconds = 7 * 24 * 3600;
    public const int InboxPollSeconds = 5;
    public const int SettleSeconds = 2;
    public const int LookbackDays = 0;
    public const int KeepSnapshots = 10;
    public const int Retries = 3;
    public const int RetryDelaySeconds = 5;
    public const int PushBatchSize = 5000;
    public const int ShutdownSeconds = 20;

    /// <summary>Sub-folder of the inbox that receives ingested files.</summary>
    public const string ProcessedFolder = "processed";

    /// <summary>Sub-folder of the inbox that receives files that could not be ingested, each with a reason file.</summary>
    public const string FailedFolder = "failed";

    /// <summary>The lock file beside a store held by its one worker.</summary>
    public static string LockPath(string database) => Path.GetFullPath(database) + ".worker.lock";

    /// <summary>The status file beside a store when Worker:StatusFile is not set.</summary>
    public static string StatusPath(string database) => Path.GetFullPath(database) + ".worker-status.json";

    /// <summary>The rejects file of the worker's ingestion, beside the store.</summary>
    public static string RejectsPath(string database) => Path.GetFullPath(database) + ".rejects.jsonl";
}
