namespace NetworkGraph.Core.Ingestion;

/// <summary>An input format, or <see cref="Auto"/> to detect it per file.</summary>
public enum InputFormat
{
    /// <summary>Detect from the file's first bytes (JSON keys or CSV header).</summary>
    Auto = 0,

    /// <summary>Twitter information-operations archive CSV (tweets or users file).</summary>
    Archive,

    /// <summary>Twitter API v2 JSON: response pages or twarc2-flattened tweets, as JSON lines or whole documents.</summary>
    V2,

    /// <summary>Twitter API v1.1 tweet objects, as JSON lines or a whole document (an array).</summary>
    V1,

    /// <summary>Generic share table: object_id, account_id, content_id, timestamp_share[, object_kind].</summary>
    Shares,
}
