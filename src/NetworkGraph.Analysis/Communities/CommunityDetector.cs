using NetworkGraph.Analysis.Communities.Leiden;
using NetworkGraph.Analysis.Graphs;

namespace NetworkGraph.Analysis.Communities;

/// <summary>Entry point for community detection on a <see cref="CsrGraph"/>.</summary>
public static partial class CommunityDetector
{
    private const long LabelPropagationUpdateCap = 1000;

    /// <summary>Partitions the graph; the same graph, options and seed always give the same partition.</summary>
    public static Partition Detect(CsrGraph graph, CommunityOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        options ??= new CommunityOptions();
        options.Validate();
        var raw = options.Algorithm switch
        {
            CommunityAlgorithm.Leiden or CommunityAlgorithm.Louvain when !(graph.TotalWeight > 0) => Singletons(graph),
            CommunityAlgorithm.Leiden => new MultilevelOptimizer(graph, options, refine: true).Run(cancellationToken),
            CommunityAlgorithm.Louvain => new MultilevelOptimizer(graph, options, refine: false).Run(cancellationToken),
            CommunityAlgorithm.LabelPropagation => RunLabelPropagation(graph, options, cancellationToken),
            _ => RunComponents(graph),
        };
        return Normalize(graph, raw, options);
    }

    private static Partition RunLabelPropagation(CsrGraph graph, CommunityOptions options, CancellationToken cancellationToken)
    {
        var n = Math.Max(1, graph.NodeCount);
        var (labels, updates) = LabelPropagation.Run(graph, options.Seed, LabelPropagationUpdateCap * n, cancellationToken);
        return new Partition(labels, 0, 0, 0, (int)((updates + n - 1) / n));
    }

    private static Partition RunComponents(CsrGraph graph)
    {
        var (membership, count) = ConnectedComponents.Run(graph);
        return new Partition(membership, count, 0, 0, 1);
    }

    private static Partition Singletons(CsrGraph graph)
    {
        var membership = new int[graph.NodeCount];
        for (var v = 0; v < membership.Length; v++)
        {
            membership[v] = v;
        }

        return new Partition(membership, membership.Length, 0, 0, 0);
    }

    /// Renumbers communities by decreasing size (ties: smallest node first) and fills in the qualities.
    private static Partition Normalize(CsrGraph graph, Partition raw, CommunityOptions options)
    {
        var membership = raw.Membership;
        var n = membership.Length;
        var first = new int[n];
        var size = new int[n];
        Array.Fill(first, -1);
        var count = 0;
        for (var v = 0; v < n; v++)
        {
            var c = membership[v];
            if (first[c] < 0)
            {
                first[c] = v;
                count++;
            }

            size[c]++;
        }

        // Key = (n - size, first node): largest first, ties by smallest node; keys are unique.
        var keys = new long[count];
        var ids = new int[count];
        var at = 0;
        for (var v = 0; v < n; v++)
        {
            var c = membership[v];
            if (first[c] == v)
            {
                keys[at] = ((long)(n - size[c]) << 32) | (uint)v;
                ids[at++] = c;
            }
        }

        Array.Sort(keys, ids);
        var newId = size; // reuse: old id -> new id
        for (var i = 0; i < count; i++)
        {
            newId[ids[i]] = i;
        }

        var result = new int[n];
        for (var v = 0; v < n; v++)
        {
            result[v] = newId[membership[v]];
        }

        var needsQuality = options.Algorithm is CommunityAlgorithm.LabelPropagation or CommunityAlgorithm.Components
            || raw.Iterations == 0;
        double quality = raw.Quality, modularity = raw.Modularity;
        if (needsQuality)
        {
            var totals = PartitionQuality.Totals(graph, result, null);
            modularity = PartitionQuality.ModularityOf(totals, graph.TotalWeight, 1.0);
            quality = options.Quality == QualityFunction.Cpm
                ? PartitionQuality.CpmOf(totals, options.Resolution)
                : PartitionQuality.ModularityOf(totals, graph.TotalWeight, options.Resolution);
        }

        return new Partition(result, count, quality, modularity, raw.Iterations);
    }
}
