namespace NetworkGraph.Core.Ingestion.Batches;

/// <summary>An input row that could not be parsed, or (with <see cref="Skipped"/>) one passed over as not data.</summary>
/// <param name="File">The input file.</param>
/// <param name="Line">The 1-based line where the row starts.</param>
/// <param name="Field">The offending field, when one is to blame.</param>
/// <param name="Reason">What is wrong.</param>
/// <param name="Raw">The row's raw text.</param>
public sealed record IngestReject(string File, long Line, string? Field, string Reason, string Raw)
{
    /// <summary>Whether the row was passed over as not data (a stream notice, say) rather than rejected.</summary>
    public bool Skipped { get; init; }
}
