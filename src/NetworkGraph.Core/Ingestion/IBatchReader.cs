using NetworkGraph.Core.Ingestion.Batches;
using NetworkGraph.Core.Ingestion.Parsing;

namespace NetworkGraph.Core.Ingestion;

/// <summary>Reads one input file into batches.</summary>
internal interface IBatchReader : IDisposable
{
    /// <summary>Adds rows until the batch is full or the input ends; false when no row was left to read.</summary>
    bool Fill(IngestBatch batch, CancellationToken cancellationToken);
}

/// <summary>When a batch is full, and which times its rows may carry.</summary>
/// <param name="Rows">Most rows.</param>
/// <param name="TextBytes">Most bytes of text.</param>
/// <param name="Times">The accepted range of post and account times.</param>
internal readonly record struct BatchLimits(int Rows, int TextBytes, TimeRange Times)
{
    public bool IsFull(IngestBatch batch) => batch.PendingRows >= Rows || batch.TextBytes >= TextBytes;
}
