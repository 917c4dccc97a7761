namespace NetworkGraph.Core.Export;

/// <summary>Names of the columns every export writes from first-class node and edge fields.</summary>
public static class ExportColumns
{
    /// <summary>The node's cluster id (string).</summary>
    public const string Cluster = "cluster";

    /// <summary>The node's coordination score (double).</summary>
    public const string Score = "score";

    /// <summary>Whether the node's cluster is flagged (boolean).</summary>
    public const string Flagged = "flagged";

    /// <summary>The edge's coordination kind (string; GEXF also writes it as the edge <c>kind</c>).</summary>
    public const string Kind = "kind";

    /// <summary>The edge's mean time gap between the coordinated posts, in seconds (double).</summary>
    public const string MeanDeltaSeconds = "mean_dt_s";

    /// <summary>How many pieces of evidence (co-actions) support the edge (long).</summary>
    public const string Evidence = "evidence";

    /// <summary>The node columns written from <see cref="ExportNode"/> fields, in order.</summary>
    public static IReadOnlyList<ExportColumn> NodeStandard { get; } =
    [
        new(Cluster, ExportValueType.String),
        new(Score, ExportValueType.Double),
        new(Flagged, ExportValueType.Boolean),
    ];

    /// <summary>The edge columns written from <see cref="ExportEdge"/> fields, in order (kind and weight are written natively).</summary>
    public static IReadOnlyList<ExportColumn> EdgeStandard { get; } =
    [
        new(MeanDeltaSeconds, ExportValueType.Double),
        new(Evidence, ExportValueType.Long),
    ];

    /// <summary>Column ids no extra column may use (case-insensitive): they clash with a format's own fields or a reader's keys.</summary>
    public static IReadOnlySet<string> Reserved { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "id", "label", "weight", "kind", "type", "source", "target", "color", "r", "g", "b", "a", "size", "x", "y", "z",
        "shape", "thickness", "pid", "start", "end", "spells", "viz", "timeset", "time interval", "key", "networkx_key",
        Cluster, Score, Flagged, MeanDeltaSeconds, Evidence,
    };
}
