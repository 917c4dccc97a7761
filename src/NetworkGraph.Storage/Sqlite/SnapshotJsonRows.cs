using NetworkGraph.Core.Snapshots;

namespace NetworkGraph.Storage.Sqlite;

/// <summary>The JSON a snapshot's rows hold (its parameters, and each cluster's lineage and report), made ahead of
/// writing them: it is most of a save's time, and depends only on the clusters, not on the structure attached
/// later.</summary>
public sealed class SnapshotJsonRows
{
    private SnapshotJsonRows(string snapshotId, string parameters, IReadOnlyList<(string Lineage, string Report)> clusters)
    {
        SnapshotId = snapshotId;
        Parameters = parameters;
        Clusters = clusters;
    }

    /// <summary>The snapshot they were made of.</summary>
    public string SnapshotId { get; }

    internal string Parameters { get; }

    /// <summary>Per cluster, in the snapshot's order, its lineage and its report without members.</summary>
    internal IReadOnlyList<(string Lineage, string Report)> Clusters { get; }

    /// <summary>The JSON of <paramref name="snapshot"/>'s rows.</summary>
    public static SnapshotJsonRows Of(Snapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return new SnapshotJsonRows(
            snapshot.Id,
            SnapshotJson.Serialize(snapshot.Parameters),
            [.. snapshot.Clusters.Select(c => (SnapshotJson.Serialize(c.Lineage), SnapshotJson.Serialize(c.Report with { Members = [] })))]);
    }

    /// <summary>Whether these are the rows of <paramref name="snapshot"/>: the same id and clusters (attaching its
    /// structure leaves both as they are).</summary>
    internal bool Fit(Snapshot snapshot) => snapshot.Id == SnapshotId && snapshot.Clusters.Count == Clusters.Count;
}
