using System.ComponentModel.DataAnnotations;

namespace NetworkGraph.Cli.Worker;

/// <summary>Settings of <c>networkgraph worker</c>, read from the NetworkGraph:Worker section (NETWORKGRAPH__Worker__*).</summary>
internal sealed class WorkerOptions
{
    public const string Section = "NetworkGraph:Worker";

    /// <summary>The folder watched for new input files; processed/ and failed/ are created inside it.</summary>
    [Required(AllowEmptyStrings = false)]
    public string Inbox { get; set; } = WorkerDefaults.Inbox;

    /// <summary>Seconds between the starts of two analysis cycles.</summary>
    [Range(1, WorkerDefaults.MaxIntervalSeconds)]
    public int IntervalSeconds { get; set; } = WorkerDefaults.IntervalSeconds;

    /// <summary>Seconds between two scans of the inbox.</summary>
    [Range(1, 3600)]
    public int InboxPollSeconds { get; set; } = WorkerDefaults.InboxPollSeconds;

    /// <summary>Seconds a file's size and modification time must stay unchanged before it is read (0: at once).</summary>
    [Range(0, 3600)]
    public int SettleSeconds { get; set; } = WorkerDefaults.SettleSeconds;

    /// <summary>Days of posts, back from the cycle's start, that the analysis covers (0: every post).</summary>
    [Range(0, 3650)]
    public int LookbackDays { get; set; } = WorkerDefaults.LookbackDays;

    /// <summary>How many snapshots (and coordination runs) retention keeps, newest first.</summary>
    [Range(1, 100_000)]
    public int KeepSnapshots { get; set; } = WorkerDefaults.KeepSnapshots;

    /// <summary>Push each new snapshot to Neo4j (needs NEO4J_URI).</summary>
    public bool PushToNeo4j { get; set; }

    /// <summary>Push the posts too, not only accounts, clusters and edges.</summary>
    public bool PushPosts { get; set; }

    /// <summary>Rows per Neo4j transaction.</summary>
    [Range(1, 1_000_000)]
    public int PushBatchSize { get; set; } = WorkerDefaults.PushBatchSize;

    /// <summary>How often a step that failed with a transient error is tried again within one cycle.</summary>
    [Range(0, 20)]
    public int Retries { get; set; } = WorkerDefaults.Retries;

    /// <summary>Seconds before the first retry; each further retry waits twice as long.</summary>
    [Range(1, 3600)]
    public int RetryDelaySeconds { get; set; } = WorkerDefaults.RetryDelaySeconds;

    /// <summary>The JSON status file (default: beside the store, <c>&lt;db&gt;.worker-status.json</c>).</summary>
    public string? StatusFile { get; set; }

    /// <summary>The analysis profile file (default: the built-in BIG profile).</summary>
    public string? Profile { get; set; }

    /// <summary>Seconds a stop (SIGTERM, Ctrl-C) waits for the current step to finish or give up.</summary>
    [Range(1, 3600)]
    public int ShutdownSeconds { get; set; } = WorkerDefaults.ShutdownSeconds;
}
