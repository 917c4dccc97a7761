using NetworkGraph.Core.Coordination;

namespace NetworkGraph.App.Pipeline;

/// <summary>How big one coordination layer came out: what the commands print once the graph itself is let go.</summary>
/// <param name="Kind">The coordination kind.</param>
/// <param name="Window">The co-share window.</param>
/// <param name="Edges">The edges kept.</param>
/// <param name="CandidatePairs">The co-share pairs counted before the thresholds.</param>
internal sealed record LayerCount(ShareKind Kind, TimeSpan Window, int Edges, long CandidatePairs)
{
    /// <summary>Every layer of <paramref name="graph"/>, by kind then window.</summary>
    public static IReadOnlyList<LayerCount> Of(CoordinationGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return graph.Layers
            .OrderBy(l => l.Kind)
            .ThenBy(l => l.Window)
            .Select(l => new LayerCount(l.Kind, l.Window, l.Edges.Count, l.CandidatePairs))
            .ToList();
    }
}
