using NetworkGraph.Core.Ingestion;

namespace NetworkGraph.App.Ingest;

/// <summary>Which files go into which store, and how.</summary>
/// <param name="Database">The SQLite store (created when missing).</param>
/// <param name="Paths">The input files, read in this order.</param>
/// <param name="RejectsPath">Where rejected rows are written, one JSON object a line.</param>
internal sealed record IngestRequest(string Database, IReadOnlyList<string> Paths, string RejectsPath)
{
    /// <summary>The input format, or auto-detection per file.</summary>
    public InputFormat Format { get; init; } = InputFormat.Auto;

    /// <summary>Share of rejected rows above which the run counts as failed.</summary>
    public double MaxRejectShare { get; init; } = IngestOptions.DefaultMaxRejectShare;

    /// <summary>Rows per committed batch, or null for the pipeline's default.</summary>
    public int? BatchRows { get; init; }
}
