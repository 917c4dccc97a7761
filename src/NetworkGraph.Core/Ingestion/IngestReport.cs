namespace NetworkGraph.Core.Ingestion;

/// <summary>How the ingestion of one input file ended.</summary>
public enum FileStatus
{
    /// <summary>Read to the end in this run.</summary>
    Ingested = 0,

    /// <summary>Read to the end, continuing from a checkpoint left by an interrupted run.</summary>
    Resumed,

    /// <summary>Already fully ingested earlier (same content); nothing was read.</summary>
    AlreadyIngested,

    /// <summary>The file could not be read; see the error.</summary>
    Failed,

    /// <summary>A file found in a folder that is not data the run recognises; nothing was read (see the reason).</summary>
    Skipped,
}

/// <summary>The outcome for one input file; counts cover the whole file, including any part ingested before a resume.</summary>
/// <param name="Path">The file.</param>
/// <param name="Format">The format it was read as.</param>
/// <param name="Status">How it ended.</param>
/// <param name="Counts">Row counts.</param>
/// <param name="Error">Why it failed or was skipped, when it was.</param>
public sealed record FileIngestResult(string Path, string Format, FileStatus Status, FileCounts Counts, string? Error)
{
    /// <summary>Rows passed over as not data in this run, by reason (the rejects file lists each one).</summary>
    public IReadOnlyDictionary<string, long> SkippedBy { get; init; } = new Dictionary<string, long>();

    /// <summary>Whether the file held rows but none was stored or already present: every row was rejected or skipped.</summary>
    public bool NothingAccepted => Status is FileStatus.Ingested or FileStatus.Resumed && Counts.RowsRead > 0
        && Counts.Accepted == 0 && Counts.Duplicates == 0;
}

/// <summary>The outcome of an ingestion run.</summary>
/// <param name="Files">One result per input file, in order.</param>
/// <param name="MaxRejectShare">The configured limit on the rejected share.</param>
/// <param name="RowsPerSecond">Rows read per second in this run.</param>
public sealed record IngestReport(IReadOnlyList<FileIngestResult> Files, double MaxRejectShare, double RowsPerSecond)
{
    /// <summary>Counts over all files.</summary>
    public FileCounts Total => Files.Aggregate(default(FileCounts), (sum, f) => sum + f.Counts);

    /// <summary>Rejected rows over rows read, over all files.</summary>
    public double RejectShare => Total.RowsRead == 0 ? 0 : (double)Total.Rejected / Total.RowsRead;

    /// <summary>Whether more rows were rejected than allowed.</summary>
    public bool TooManyRejects => RejectShare > MaxRejectShare;

    /// <summary>Files that held rows of which none was accepted.</summary>
    public IEnumerable<FileIngestResult> FilesWithNothingAccepted => Files.Where(f => f.NothingAccepted);

    /// <summary>Whether no file was read at all: none was given (an empty folder) or every one was skipped.</summary>
    public bool ReadNothing => Files.All(f => f.Status == FileStatus.Skipped);

    /// <summary>Whether some file could not be read.</summary>
    public bool HasFailures => Files.Any(f => f.Status == FileStatus.Failed);
}

/// <summary>Progress of a run, reported after each committed batch.</summary>
/// <param name="FileIndex">Index of the current file.</param>
/// <param name="FileCount">How many files the run covers.</param>
/// <param name="Path">The current file.</param>
/// <param name="BytesDone">Bytes of the current file read (compressed bytes for a .gz file).</param>
/// <param name="BytesTotal">Size of the current file.</param>
/// <param name="RowsDone">Rows read in this run so far, all files.</param>
/// <param name="RowsPerSecond">Rows read per second in this run.</param>
public readonly record struct IngestProgress(
    int FileIndex, int FileCount, string Path, long BytesDone, long BytesTotal, long RowsDone, double RowsPerSecond);
