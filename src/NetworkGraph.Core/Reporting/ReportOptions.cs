namespace NetworkGraph.Core.Reporting;

/// <summary>How much the analyst's report shows.</summary>
public sealed record ReportOptions
{
    /// <summary>Rows of each top list (texts, hashtags, targets...).</summary>
    public int TopItems { get; init; } = 8;

    /// <summary>Heaviest internal edges shown with their evidence, per cluster.</summary>
    public int EvidenceEdges { get; init; } = 5;

    /// <summary>Post pairs shown per evidence edge.</summary>
    public int EvidencePairsPerEdge { get; init; } = 2;

    /// <summary>Member handles listed per cluster.</summary>
    public int MemberSample { get; init; } = 20;

    /// <summary>Clusters drawn in the size chart and listed in the summary table.</summary>
    public int ClusterListLimit { get; init; } = 25;

    /// <summary>When no cluster is flagged, detail this many of the best-scored ones instead (0 for none).</summary>
    public int UnflaggedFallback { get; init; } = 1;

    /// <summary>Longest user text shown before it is cut with an ellipsis.</summary>
    public int MaxTextLength { get; init; } = 280;
}
