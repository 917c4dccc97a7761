namespace NetworkGraph.Core.Export;

/// <summary>Resolves each prepared node's colour (explicit, else its cluster's) and size (explicit, else scaled).</summary>
internal static class NodeVisuals
{
    public static (ExportColor Color, double Size)[] Resolve(PreparedGraph graph, ExportVisuals visuals)
    {
        ArgumentNullException.ThrowIfNull(visuals);
        var (min, max) = (visuals.MinNodeSize, visuals.MaxNodeSize);
        if (!double.IsFinite(min) || !double.IsFinite(max) || min < 0 || max < min)
        {
            throw new ArgumentException($"Node sizes need 0 <= MinNodeSize <= MaxNodeSize, got {min} and {max}.", nameof(visuals));
        }

        var palette = visuals.Palette ?? ClusterPalette.Create(graph.Nodes.Select(n => n.Cluster));
        var metric = graph.Nodes
            .Select(n => visuals.SizeBy switch
            {
                NodeSizing.Score => n.Source.Score,
                NodeSizing.Degree => n.Degree,
                _ => (double?)null,
            })
            .ToArray();
        var known = metric.Where(m => m is not null).Select(m => m!.Value).ToArray();
        var (lo, hi) = known.Length == 0 ? (0d, 0d) : (known.Min(), known.Max());

        var result = new (ExportColor, double)[graph.Nodes.Length];
        for (var i = 0; i < result.Length; i++)
        {
            var node = graph.Nodes[i];
            var color = node.Source.Color ?? palette.ColorOf(node.Cluster);
            var size = node.Source.Size ?? Scale(metric[i], visuals.SizeBy, lo, hi, min, max);
            result[i] = (color, size);
        }

        return result;
    }

    private static double Scale(double? value, NodeSizing sizeBy, double lo, double hi, double min, double max)
    {
        if (sizeBy == NodeSizing.Uniform || hi <= lo)
        {
            return (min + max) / 2;
        }

        return value is { } v ? min + ((v - lo) / (hi - lo) * (max - min)) : min;
    }
}
