using NetworkGraph.Core.Collections;

namespace NetworkGraph.Core.Export;

/// <summary>Selects the part of a graph to export: flagged clusters, a minimum weight, some edge kinds.</summary>
public sealed record ExportFilter
{
    /// <summary>A filter that keeps everything.</summary>
    public static ExportFilter None { get; } = new();

    /// <summary>Keep only nodes whose cluster is flagged (and the edges between them).</summary>
    public bool FlaggedClustersOnly { get; init; }

    /// <summary>Keep only edges whose weight is at least this, or null for any weight.</summary>
    public double? MinWeight { get; init; }

    /// <summary>Keep only edges of these kinds (ordinal match), or null for all kinds.</summary>
    public IReadOnlySet<string>? Kinds { get; init; }

    /// <summary>Drop nodes left without any edge once edges are filtered.</summary>
    public bool DropIsolatedNodes { get; init; }

    /// <summary>Returns the filtered graph: nodes first, then edges whose two ends survived and that pass the edge tests.
    /// The edges are a view of the graph's own (<see cref="Collections.IndexedList{T}.Where"/>), which must not change
    /// afterwards.</summary>
    public ExportGraph Apply(ExportGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var nodes = FlaggedClustersOnly ? graph.Nodes.Where(n => n.Flagged).ToList() : graph.Nodes.ToList();
        var kept = new HashSet<string>(nodes.Select(n => n.Id), StringComparer.Ordinal);
        var edges = IndexedList<ExportEdge>.Where(graph.Edges, e =>
            kept.Contains(e.Source) && kept.Contains(e.Target) && (MinWeight is not { } min || e.Weight >= min) && (Kinds is null || Kinds.Contains(e.Kind)));
        if (DropIsolatedNodes)
        {
            var touched = new HashSet<string>(StringComparer.Ordinal);
            foreach (var e in edges)
            {
                touched.Add(e.Source);
                touched.Add(e.Target);
            }

            nodes = nodes.Where(n => touched.Contains(n.Id)).ToList();
        }

        return graph with { Nodes = nodes, Edges = edges };
    }
}
