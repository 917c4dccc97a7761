using NetworkGraph.Core.Snapshots;

namespace NetworkGraph.Storage.Sqlite;

/// <summary>The JSON a snapshot's rows hold (its parameters, and each cluster's lineage and report), made ahead of
/// writing them: it is most of a save's time, and depends only on the clusters, not on the structure attached
/// later.</summary>
public sealed class SnapshotJsonRows
{
    private readonly Snapshot _of;

    private SnapshotJsonRows(Snapshot of, string parameters, IReadOnlyList<(string Lineage, string Report)> clusters)
    {
        _of = of;
        Parameters = parameters;
        Clusters = clusters;
    }

    /// <summary>The id of the snapshot they were made of.</summary>
    public string SnapshotId => _of.Id;

    internal string Parameters { get; }

    /// <summary>Per cluster, in the snapshot's order, its lineage and its report without members.</summary>
    internal IReadOnlyList<(string Lineage, string Report)> Clusters { get; }

    /// <summary>The JSON of <paramref name="snapshot"/>'s rows.</summary>
    public static SnapshotJsonRows Of(Snapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return new SnapshotJsonRows(
            snapshot,
            SnapshotJson.Serialize(snapshot.Parameters),
            [.. snapshot.Clusters.Select(c => (SnapshotJson.Serialize(c.Lineage), SnapshotJson.Serialize(c.Report with { Members = [] })))]);
    }

    /// <summary>Whether these are the rows of <paramref name="snapshot"/>: made of it, or of the snapshot it was made
    /// from by attaching its structure (which keeps the same parameters and clusters, not copies).</summary>
    internal bool Fit(Snapshot snapshot) =>
        snapshot.Id == _of.Id && ReferenceEquals(snapshot.Parameters, _of.Parameters) && ReferenceEquals(snapshot.Clusters, _of.Clusters);
}
