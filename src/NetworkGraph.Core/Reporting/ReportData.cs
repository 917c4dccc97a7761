using NetworkGraph.Core.Clustering;
using NetworkGraph.Core.Export;
using NetworkGraph.Core.Snapshots;

namespace NetworkGraph.Core.Reporting;

/// <summary>Everything the HTML and Markdown reports print, computed once from a snapshot and its posts.</summary>
internal sealed record ReportData(Snapshot Snapshot, ReportTotals Totals, IReadOnlyList<ClusterView> Clusters, IReadOnlyList<ClusterDetail> Details);

/// <summary>Counts over the whole snapshot: posts, and shares when the collection holds share tables.</summary>
internal sealed record ReportTotals(
    int Clusters,
    int FlaggedClusters,
    int Accounts,
    int FlaggedAccounts,
    CollectionCount Posts,
    CollectionCount? Shares,
    int Edges,
    DateOnly? FirstDay,
    DateOnly? LastDay);

/// <summary>Items (posts or shares) made by the clustered accounts, and in the whole collection (null when unknown).</summary>
internal sealed record CollectionCount(long Clustered, long? Collection)
{
    /// <summary>The clustered accounts' fraction of the collection, when its size is known and not zero.</summary>
    public double? ClusteredFraction => Collection is > 0 ? Clustered / (double)Collection.Value : null;
}

/// <summary>A cluster with its palette colour.</summary>
internal sealed record ClusterView(SnapshotCluster Cluster, ExportColor Color);

/// <summary>The detailed section of one cluster (a flagged one, or the fallback when none is flagged).</summary>
internal sealed record ClusterDetail(
    ClusterView View,
    string TimeZone,
    IReadOnlyList<DailyCount> Daily,
    IReadOnlyList<int> Hours,
    IReadOnlyList<int> Weekdays,
    IReadOnlyList<ShareCount> Languages,
    IReadOnlyList<ShareCount> DeclaredLocations,
    IReadOnlyList<ReportMember> Members,
    IReadOnlyList<EvidenceEdge> Evidence)
{
    public SnapshotCluster Cluster => View.Cluster;

    public ClusterReport Report => View.Cluster.Report;
}

/// <summary>One listed member: what its profile declares (all of it user text) and how many of its posts were read.</summary>
internal sealed record ReportMember(string Label, string? DisplayName, string? Location, DateOnly? Created, int Posts, string? Bio);

/// <summary>Posts of a cluster on one local day.</summary>
internal readonly record struct DailyCount(DateOnly Day, int Posts);

/// <summary>One of a cluster's heaviest internal edges and a few of the post pairs behind it.</summary>
internal sealed record EvidenceEdge(
    string LabelA,
    string LabelB,
    string Kind,
    double Weight,
    double? MeanDtSeconds,
    long? EvidenceCount,
    IReadOnlyList<EvidenceSample> Samples);

/// <summary>A post pair behind an edge; text and time are null when the post was not given.</summary>
internal sealed record EvidenceSample(
    string PostA,
    string? TextA,
    DateTimeOffset? TimeA,
    string PostB,
    string? TextB,
    DateTimeOffset? TimeB,
    string? Object);
