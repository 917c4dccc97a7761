namespace NetworkGraph.Core.Ingestion;

/// <summary>How to run an ingestion.</summary>
public sealed record IngestOptions
{
    /// <summary>The default share of rejected rows above which a run fails.</summary>
    public const double DefaultMaxRejectShare = 0.05;

    /// <summary>The format of every input, or Auto to detect each.</summary>
    public InputFormat Format { get; init; } = InputFormat.Auto;

    /// <summary>The JSON-lines file that receives rejected rows.</summary>
    public required string RejectsPath { get; init; }

    /// <summary>The share of rejected rows (over all rows read) above which the run is reported as failed.</summary>
    public double MaxRejectShare { get; init; } = DefaultMaxRejectShare;

    /// <summary>Most rows per batch (and so per transaction).</summary>
    public int BatchRows { get; init; } = 50_000;

    /// <summary>Most bytes of text per batch.</summary>
    public int BatchTextBytes { get; init; } = 16 << 20;

    /// <summary>The clock for throughput figures and for the latest accepted post time (a day after now).</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}
