using NetworkGraph.Core.Model;
using NetworkGraph.Core.Snapshots;

namespace NetworkGraph.Core.Export;

/// <summary>The structure above clusters in exports: each node's operation and amplification PageRank, and the
/// directed graph of who amplifies whom inside the snapshot's flagged operations.</summary>
public static class AmplificationExportMapper
{
    /// <summary>The edge kind of amplification edges.</summary>
    public const string Kind = "amplifies";

    /// <summary>The operation of each cluster and the highest target PageRank of each account, for node columns.</summary>
    public static StructureAttributes Attributes(Snapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var operations = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var o in snapshot.Operations)
        {
            foreach (var part in o.Parts)
            {
                operations[part] = o.Id;
            }
        }

        var pagerank = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var a in snapshot.Amplification.SelectMany(a => a.Accounts))
        {
            pagerank[a.AccountId] = Math.Max(pagerank.GetValueOrDefault(a.AccountId), a.TargetRank);
        }

        return new StructureAttributes(operations, pagerank);
    }

    /// <summary>The directed amplification graph (amplifier -&gt; target, weight = interactions), or null when the
    /// snapshot has no amplification summary.</summary>
    public static ExportGraph? Map(SnapshotExportInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var snapshot = input.Snapshot;
        if (snapshot.Amplification.Count == 0)
        {
            return null;
        }

        var attributes = Attributes(snapshot);
        var colors = SnapshotExportMapper.Colors(snapshot);
        var clusterOf = new Dictionary<string, SnapshotCluster>(StringComparer.Ordinal);
        foreach (var c in snapshot.Clusters)
        {
            foreach (var m in c.Members)
            {
                clusterOf.TryAdd(m, c);
            }
        }

        var accounts = new Dictionary<string, Account>(StringComparer.Ordinal);
        foreach (var a in input.Accounts)
        {
            accounts.TryAdd(a.Id, a);
        }

        var weights = new SortedDictionary<(string, string), int>(Comparer<(string, string)>.Create((x, y) =>
            string.CompareOrdinal(x.Item1, y.Item1) is var c && c != 0 ? c : string.CompareOrdinal(x.Item2, y.Item2)));
        foreach (var l in snapshot.Amplification.SelectMany(a => a.Links))
        {
            weights[(l.Source, l.Target)] = weights.GetValueOrDefault((l.Source, l.Target)) + l.Count;
        }

        var ids = new SortedSet<string>(weights.Keys.SelectMany(k => new[] { k.Item1, k.Item2 }), StringComparer.Ordinal);
        var nodes = ids.Select(id =>
        {
            clusterOf.TryGetValue(id, out var cluster);
            accounts.TryGetValue(id, out var account);
            return new ExportNode(id, account is null ? id : AccountExport.Label(account))
            {
                Cluster = cluster?.Id,
                Score = cluster?.Score,
                Flagged = cluster?.Flagged ?? false,
                Color = SnapshotExportMapper.ColorOf(colors, cluster?.Id),
                Attributes = attributes.AddTo(new Dictionary<string, object?>(StringComparer.Ordinal), id, cluster?.Id),
            };
        }).ToList();
        var edges = weights.Select(kv => new ExportEdge(kv.Key.Item1, kv.Key.Item2, Kind, kv.Value) { EvidenceCount = kv.Value }).ToList();
        return new ExportGraph(nodes, edges)
        {
            Directed = true,
            NodeColumns = [new("operation", ExportValueType.String), new("pagerank", ExportValueType.Double)],
            Description = $"NetworkGraph snapshot {snapshot.Id}: who amplifies whom (retweets, quotes, replies, mentions) in its flagged operations",
            GeneratedAt = snapshot.CreatedAt,
        };
    }
}

/// <summary>Operation ids by cluster id and amplification PageRank by account id.</summary>
/// <param name="OperationOf">Cluster id to operation id.</param>
/// <param name="PageRank">Account id to its highest target PageRank.</param>
public sealed record StructureAttributes(IReadOnlyDictionary<string, string> OperationOf, IReadOnlyDictionary<string, double> PageRank)
{
    /// <summary>Adds the "operation" and "pagerank" values of an account (in <paramref name="clusterId"/>, or none) to <paramref name="values"/>.</summary>
    public Dictionary<string, object?> AddTo(Dictionary<string, object?> values, string accountId, string? clusterId)
    {
        ArgumentNullException.ThrowIfNull(values);
        values["operation"] = clusterId is not null ? OperationOf.GetValueOrDefault(clusterId) : null;
        values["pagerank"] = PageRank.TryGetValue(accountId, out var rank) ? rank : null;
        return values;
    }
}
