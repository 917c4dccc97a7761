using NetworkGraph.Core.Ingestion.Batches;

namespace NetworkGraph.Core.Ingestion;

/// <summary>Reads one input file into batches.</summary>
internal interface IBatchReader : IDisposable
{
    /// <summary>Adds rows until the batch is full or the input ends; false when no row was left to read.</summary>
    bool Fill(IngestBatch batch, CancellationToken cancellationToken);
}

/// <summary>When a batch is full.</summary>
/// <param name="Rows">Most rows.</param>
/// <param name="TextBytes">Most bytes of text.</param>
internal readonly record struct BatchLimits(int Rows, int TextBytes)
{
    public bool IsFull(IngestBatch batch) => batch.PendingRows >= Rows || batch.TextBytes >= TextBytes;
}
