using NetworkGraph.Core.Snapshots;

namespace NetworkGraph.Core.Evaluation;

/// <summary>Scores a snapshot's clusters against per-account labels: coverage, purity, NMI, ARI and the flagged share per label.</summary>
internal static class LabelScorer
{
    public static LabelEvaluation Score(Snapshot snapshot, GroundTruth truth)
    {
        var clusterOf = new Dictionary<string, SnapshotCluster>(StringComparer.Ordinal);
        foreach (var cluster in snapshot.Clusters)
        {
            foreach (var member in cluster.Members)
            {
                clusterOf.TryAdd(member, cluster);
            }
        }

        var perLabel = truth.Accounts.Values
            .GroupBy(a => a.Label, StringComparer.Ordinal)
            .Select(g =>
            {
                var inClusters = g.Count(a => clusterOf.ContainsKey(a.AccountId));
                var flagged = g.Count(a => clusterOf.TryGetValue(a.AccountId, out var c) && c.Flagged);
                return new LabelShare(g.Key, g.Count(), inClusters, flagged, flagged / (double)g.Count());
            })
            .OrderBy(s => s.Label, StringComparer.Ordinal)
            .ToList();
        return new LabelEvaluation(
            truth.LabelColumn,
            truth.Accounts.Count,
            Clusters(snapshot.Clusters, truth),
            Clusters(snapshot.Clusters.Where(c => c.Flagged).ToList(), truth),
            perLabel);
    }

    private static ClusterLabelScores Clusters(IReadOnlyList<SnapshotCluster> clusters, GroundTruth truth)
    {
        var found = new List<string>();
        var known = new List<string>();
        var majority = 0;
        foreach (var cluster in clusters)
        {
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var member in cluster.Members)
            {
                if (truth.Accounts.TryGetValue(member, out var account))
                {
                    found.Add(cluster.Id);
                    known.Add(account.Label);
                    counts[account.Label] = counts.GetValueOrDefault(account.Label) + 1;
                }
            }

            majority += counts.Count > 0 ? counts.Values.Max() : 0;
        }

        var labelled = found.Count;
        return new ClusterLabelScores(
            clusters.Count,
            clusters.Sum(c => c.Size),
            labelled,
            truth.Accounts.Count > 0 ? labelled / (double)truth.Accounts.Count : null,
            labelled > 0 ? majority / (double)labelled : null,
            labelled > 0 ? PartitionMetrics.Nmi(found, known) : null,
            labelled > 0 ? PartitionMetrics.Ari(found, known) : null);
    }
}
