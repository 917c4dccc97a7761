namespace NetworkGraph.Core.Coordination;

/// <summary>The one window policy for showing and scoring coordination edges: community detection partitions the
/// detection window's (fast) graph, but the cluster stage, the evidence, every export and the Neo4j push read the
/// layers of the widest window the run built (one per kind), so edge timing stays measurable and every view of one
/// run carries the same edges.</summary>
public static class EvidenceWindow
{
    /// <summary>The widest of <paramref name="windows"/>, or null when there are none.</summary>
    public static TimeSpan? Of(IEnumerable<TimeSpan> windows)
    {
        ArgumentNullException.ThrowIfNull(windows);
        TimeSpan? widest = null;
        foreach (var window in windows)
        {
            if (widest is null || window > widest)
            {
                widest = window;
            }
        }

        return widest;
    }
}
