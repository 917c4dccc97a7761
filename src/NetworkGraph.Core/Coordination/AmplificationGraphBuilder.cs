using NetworkGraph.Core.Model;

namespace NetworkGraph.Core.Coordination;

/// <summary>Builds the direct amplification graph from the interactions recorded in a share table.</summary>
public static class AmplificationGraphBuilder
{
    /// <summary>Builds the graph straight from posts.</summary>
    public static AmplificationGraph Build(IEnumerable<Post> posts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(posts);
        var builder = new ShareTableBuilder(new ShareTableOptions { Kinds = [] });
        builder.AddRange(posts, cancellationToken);
        return Build(builder.Build(), cancellationToken);
    }

    /// <summary>Aggregates the table's interactions per (actor, target, kind) with counts and first/last times.</summary>
    public static AmplificationGraph Build(ShareTable table, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(table);
        var interactions = table.Interactions;
        var n = interactions.Count;
        var keys = new ulong[n];
        var items = new int[n];
        var actor = interactions.Actor;
        var target = interactions.Target;
        var kind = interactions.Kind;
        for (var i = 0; i < n; i++)
        {
            // actor (32 bits) | target (30 bits) | kind (2 bits): ordering by key orders by (source, target, kind).
            keys[i] = ((ulong)(uint)actor[i] << 32) | ((ulong)(uint)target[i] << 2) | kind[i];
            items[i] = i;
        }

        cancellationToken.ThrowIfCancellationRequested();
        RadixSort.Sort(keys, items, new ulong[n], new int[n], 0, 64);
        var time = interactions.Time;
        var edges = new List<AmplificationEdge>();
        var start = 0;
        while (start < n)
        {
            var end = start;
            long first = long.MaxValue, last = long.MinValue;
            for (; end < n && keys[end] == keys[start]; end++)
            {
                first = Math.Min(first, time[items[end]]);
                last = Math.Max(last, time[items[end]]);
            }

            edges.Add(new AmplificationEdge(
                (int)(keys[start] >> 32),
                (int)((uint)keys[start] >> 2),
                (InteractionKind)(keys[start] & 3),
                end - start,
                DateTimeOffset.FromUnixTimeMilliseconds(first),
                DateTimeOffset.FromUnixTimeMilliseconds(last)));
            start = end;
        }

        return new AmplificationGraph(table.AccountIds, edges);
    }
}
