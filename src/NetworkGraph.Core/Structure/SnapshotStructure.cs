using NetworkGraph.Core.Clustering;
using NetworkGraph.Core.Coordination;
using NetworkGraph.Core.Model;
using NetworkGraph.Core.Snapshots;

namespace NetworkGraph.Core.Structure;

/// <summary>The structure above clusters that a snapshot carries: operations, and who amplifies whom inside each
/// flagged one.</summary>
public static class SnapshotStructure
{
    /// <summary><paramref name="snapshot"/> with its operations (grouped on <paramref name="input"/>'s edges) and,
    /// for each flagged operation, its amplification summary computed with <paramref name="ranker"/>.</summary>
    public static Snapshot Attach(
        Snapshot snapshot, ClusterInput input, DirectedRanker ranker, OperationOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(ranker);
        var operations = OperationGrouper.Group(snapshot.Clusters, input.Edges, options);
        var grouped = snapshot with { Operations = operations };
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var a in input.Accounts.Where(a => !string.IsNullOrEmpty(a.Handle)))
        {
            labels[a.Id] = "@" + a.Handle;
        }

        var flagged = operations.Where(o => o.Flagged).ToArray();
        var memberSets = flagged.Select(o => grouped.MembersOf(o).ToHashSet(StringComparer.Ordinal)).ToArray();
        var postsOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < flagged.Length; i++)
        {
            foreach (var m in memberSets[i])
            {
                postsOf[m] = i;
            }
        }

        // The amplification graph straight from the member rows (no post object, no share table).
        var table = input.Columns();
        var rows = table.RowsGroupedBy(postsOf, flagged.Length);
        var summaries = flagged
            .Select((o, i) => AmplificationSummarizer.Summarize(o, memberSets[i], AmplificationGraphBuilder.Build(table, rows[i], cancellationToken), labels, ranker))
            .ToArray();
        return grouped with { Amplification = summaries };
    }
}
