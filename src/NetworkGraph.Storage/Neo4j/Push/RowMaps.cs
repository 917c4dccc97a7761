using System.Globalization;
using NetworkGraph.Core.Model;
using NetworkGraph.Core.Snapshots;
using NetworkGraph.Core.Structure;
using Newtonsoft.Json;

namespace NetworkGraph.Storage.Neo4j.Push;

/// <summary>Turns model records into the parameter rows the cypher/write files read (row.id, row.handle...).</summary>
internal static class RowMaps
{
    public static Dictionary<string, object?> Account(Account a) => new(StringComparer.Ordinal)
    {
        ["id"] = a.Id,
        ["handle"] = a.Handle,
        ["displayName"] = a.DisplayName,
        ["location"] = a.Location,
        ["bio"] = a.Bio,
        ["language"] = a.Language,
        ["createdAt"] = a.CreatedAt,
        ["followers"] = a.Followers,
        ["following"] = a.Following,
        ["observedAt"] = a.ObservedAt,
    };

    public static Dictionary<string, object?> Post(Post p) => new(StringComparer.Ordinal)
    {
        ["id"] = p.Id,
        ["authorId"] = p.AuthorId,
        ["time"] = p.Time,
        ["text"] = p.Text,
        ["language"] = p.Language,
        ["kind"] = p.Kind.ToString(),
        ["referencedPostId"] = p.ReferencedPostId,
        ["hashtags"] = p.Hashtags,
        ["urls"] = p.Urls,
    };

    public static Dictionary<string, object?> Interaction(InteractionRelationship e) => new(StringComparer.Ordinal)
    {
        ["sourceId"] = e.SourceId,
        ["targetId"] = e.TargetId,
        ["count"] = e.Count,
        ["firstAt"] = e.FirstAt,
        ["lastAt"] = e.LastAt,
    };

    public static Dictionary<string, object?> Coordination(CoordinationRelationship e)
    {
        // Undirected pair, stored once: from the smaller id to the larger, whatever order the detector used.
        var swap = string.CompareOrdinal(e.SourceId, e.TargetId) > 0;
        var row = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["sourceId"] = swap ? e.TargetId : e.SourceId,
            ["targetId"] = swap ? e.SourceId : e.TargetId,
            ["weight"] = e.Weight,
            ["dtMin"] = e.DtMinSeconds,
            ["dtMean"] = e.DtMeanSeconds,
            ["dtMax"] = e.DtMaxSeconds,
            ["firstAt"] = e.FirstAt,
            ["lastAt"] = e.LastAt,
            ["evidence"] = e.Evidence,
            ["pairs"] = e.Pairs,
        };
        if (e.Kind is not null)
        {
            row["kind"] = e.Kind; // a property value, never part of the query text
        }

        return row;
    }

    public static Dictionary<string, object?> Snapshot(Snapshot s, string? previousId)
    {
        var summary = s.Summarize();
        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["id"] = s.Id,
            ["version"] = s.Version,
            ["createdAt"] = s.CreatedAt,
            ["previousId"] = previousId,
            ["profile"] = s.ProfileName,
            ["inputFingerprint"] = s.InputFingerprint,
            ["parameters"] = JsonConvert.SerializeObject(new SortedDictionary<string, string>(
                s.Parameters.ToDictionary(kv => kv.Key, kv => kv.Value), StringComparer.Ordinal)),
            ["clusterCount"] = summary.Clusters,
            ["flaggedCount"] = summary.FlaggedClusters,
            ["accountCount"] = summary.Accounts,
            ["flaggedAccountCount"] = summary.FlaggedAccounts,
        };
    }

    /// <summary>The node id of a cluster: cluster ids are stable across snapshots, nodes are per snapshot.</summary>
    public static string ClusterNodeId(string snapshotId, string clusterId) => snapshotId + "/" + clusterId;

    public static Dictionary<string, object?> Cluster(string snapshotId, SnapshotCluster c) => new(StringComparer.Ordinal)
    {
        ["id"] = ClusterNodeId(snapshotId, c.Id),
        ["stableId"] = c.Id,
        ["snapshotId"] = snapshotId,
        ["rank"] = c.Report.Rank,
        ["size"] = c.Size,
        ["score"] = c.Score,
        ["flagged"] = c.Flagged,
        ["lineage"] = c.Lineage.Kind.ToString(),
        ["explanation"] = c.Report.Narrative,
        ["verdict"] = c.Report.Score.Verdict,
        ["signals"] = c.Report.Score.Signals
            .Where(s => s.Contribution > 0)
            .OrderByDescending(s => s.Contribution)
            .ThenBy(s => s.Name, StringComparer.Ordinal)
            .Select(s => s.Sentence)
            .ToArray(),
        ["campaigns"] = c.Report.Campaigns.Select(Campaign).ToArray(),
    };

    public static Dictionary<string, object?> Membership(string snapshotId, string clusterId, string accountId) =>
        new(StringComparer.Ordinal)
        {
            ["accountId"] = accountId,
            ["clusterId"] = ClusterNodeId(snapshotId, clusterId),
            ["snapshotId"] = snapshotId,
        };

    public static Dictionary<string, object?> Lineage(string previousId, string snapshotId, string clusterId, LineageLink link) =>
        new(StringComparer.Ordinal)
        {
            ["fromId"] = ClusterNodeId(previousId, link.ClusterId),
            ["toId"] = ClusterNodeId(snapshotId, clusterId),
            ["shared"] = link.SharedMembers,
            ["jaccard"] = link.Jaccard,
            ["overlap"] = link.Overlap,
        };

    public static Dictionary<string, object?> Operation(string snapshotId, SnapshotOperation o) => new(StringComparer.Ordinal)
    {
        ["id"] = ClusterNodeId(snapshotId, o.Id),
        ["stableId"] = o.Id,
        ["snapshotId"] = snapshotId,
        ["rank"] = o.Rank,
        ["size"] = o.Size,
        ["score"] = o.Score,
        ["flagged"] = o.Flagged,
        ["parts"] = o.Parts.Select(p => ClusterNodeId(snapshotId, p)).ToArray(),
        ["explanation"] = o.Narrative,
    };

    public static Dictionary<string, object?> AmplifiedAccount(string snapshotId, string operationId, AmplifiedAccount a) => new(StringComparer.Ordinal)
    {
        ["accountId"] = a.AccountId,
        ["snapshotId"] = snapshotId,
        ["operationId"] = ClusterNodeId(snapshotId, operationId),
        ["pagerank"] = a.TargetRank,
        ["amplifierRank"] = a.AmplifierRank,
        ["ring"] = a.Ring,
        ["core"] = a.Core,
    };

    public static Dictionary<string, object?> Amplifies(string snapshotId, string operationId, AmplificationLink l) => new(StringComparer.Ordinal)
    {
        ["source"] = l.Source,
        ["target"] = l.Target,
        ["count"] = l.Count,
        ["snapshotId"] = snapshotId,
        ["operationId"] = ClusterNodeId(snapshotId, operationId),
    };

    private static string Campaign(Core.Clustering.Campaign c) => string.Create(CultureInfo.InvariantCulture,
        $"{c.Start:yyyy-MM-dd}..{c.End:yyyy-MM-dd}: {c.Volume} posts by {c.Accounts} accounts, peak {c.PeakDailyPosts}/day");
}
