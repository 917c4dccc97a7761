using NetworkGraph.Core.Ingestion.Batches;

namespace NetworkGraph.Core.Ingestion;

/// <summary>Where parsed batches go: a store that commits each batch together with the file's checkpoint, so that
/// a killed run can resume at the last commit and end with the same content as an uninterrupted one.</summary>
public interface IIngestSink : IDisposable
{
    /// <summary>The length the rejects file had at the last commit that recorded it, or null if none did.</summary>
    long? CommittedRejectsLength(string rejectsPath);

    /// <summary>Registers a file by content fingerprint, or returns its existing checkpoint.</summary>
    FileCheckpoint BeginFile(string fingerprint, string path, string format);

    /// <summary>Stores the batch and moves the file's checkpoint to the batch's end, atomically.</summary>
    BatchOutcome Write(IngestBatch batch, FileCheckpoint file, string rejectsPath, long rejectsLength);

    /// <summary>Marks the file as fully ingested.</summary>
    void CompleteFile(FileCheckpoint file);

    /// <summary>Finishes a run (e.g. flushes the write-ahead log).</summary>
    void Finish();
}

/// <summary>Where ingestion of a file stands.</summary>
/// <param name="FileKey">The store's key for the file.</param>
/// <param name="Format">The format recorded when the file was first seen.</param>
/// <param name="Offset">Input byte offset of the next row to read.</param>
/// <param name="Line">Line of the next row to read.</param>
/// <param name="Counts">Counts so far.</param>
/// <param name="Completed">Whether the file was fully ingested.</param>
public sealed record FileCheckpoint(long FileKey, string Format, long Offset, long Line, FileCounts Counts, bool Completed);

/// <summary>Row counts for one input file.</summary>
/// <param name="RowsRead">Rows read.</param>
/// <param name="Accepted">Rows stored.</param>
/// <param name="Duplicates">Rows whose post or share was already stored.</param>
/// <param name="Rejected">Rows that could not be parsed.</param>
/// <param name="Skipped">Rows that are not data (e.g. v1.1 delete notices).</param>
public readonly record struct FileCounts(long RowsRead, long Accepted, long Duplicates, long Rejected, long Skipped)
{
    /// <summary>Adds two counts.</summary>
    public static FileCounts operator +(FileCounts a, FileCounts b) => new(
        a.RowsRead + b.RowsRead, a.Accepted + b.Accepted, a.Duplicates + b.Duplicates, a.Rejected + b.Rejected, a.Skipped + b.Skipped);

    /// <summary>Adds two counts.</summary>
    public static FileCounts Add(FileCounts a, FileCounts b) => a + b;
}

/// <summary>What the store made of one batch.</summary>
/// <param name="Accepted">Rows newly stored.</param>
/// <param name="Duplicates">Rows already stored.</param>
public readonly record struct BatchOutcome(long Accepted, long Duplicates);
