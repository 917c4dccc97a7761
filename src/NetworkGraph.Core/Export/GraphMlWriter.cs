using System.Globalization;
using System.Xml;

namespace NetworkGraph.Core.Export;

/// <summary>Writes an <see cref="ExportGraph"/> as GraphML with typed key declarations (label, colour, size, position, kind, weight and every column).</summary>
public static class GraphMlWriter
{
    /// <summary>The GraphML namespace.</summary>
    public const string Namespace = "http://graphml.graphdrawing.org/xmlns";

    /// <summary>Validates, sanitises and streams the graph to <paramref name="output"/> (left open); returns what was written.</summary>
    /// <exception cref="ArgumentException">The graph is inconsistent; nothing is written then.</exception>
    public static async Task<ExportSummary> WriteAsync(ExportGraph graph, Stream output, ExportVisuals? visuals = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(output);
        var g = PreparedGraph.Create(graph);
        var resolved = NodeVisuals.Resolve(g, visuals ?? new ExportVisuals());
        var positions = g.Nodes.Any(n => n.Source.Position is not null);
        var depth = g.Nodes.Any(n => n.Source.Position?.Z is not null);

        await using var xml = XmlWriter.Create(output, XmlExport.Settings);
        await xml.WriteStartDocumentAsync();
        await xml.WriteStartElementAsync(null, "graphml", Namespace);
        await KeyAsync(xml, "node", "label", "string");
        foreach (var channel in new[] { "r", "g", "b" })
        {
            await KeyAsync(xml, "node", channel, "int");
        }

        await KeyAsync(xml, "node", "size", "double");
        if (positions)
        {
            await KeyAsync(xml, "node", "x", "float");
            await KeyAsync(xml, "node", "y", "float");
            if (depth)
            {
                await KeyAsync(xml, "node", "z", "float");
            }
        }

        foreach (var column in g.NodeColumns)
        {
            await KeyAsync(xml, "node", column.Id, TypeName(column.Type));
        }

        await KeyAsync(xml, "edge", "kind", "string");
        await KeyAsync(xml, "edge", "weight", "double");
        foreach (var column in g.EdgeColumns)
        {
            await KeyAsync(xml, "edge", column.Id, TypeName(column.Type));
        }

        await xml.WriteStartElementAsync(null, "graph", Namespace);
        await xml.WriteAttributeStringAsync(null, "id", null, "G");
        await xml.WriteAttributeStringAsync(null, "edgedefault", null, graph.Directed ? "directed" : "undirected");
        for (var i = 0; i < g.Nodes.Length; i++)
        {
            ct.ThrowIfCancellationRequested();
            var node = g.Nodes[i];
            var (color, size) = resolved[i];
            await xml.WriteStartElementAsync(null, "node", Namespace);
            await xml.WriteAttributeStringAsync(null, "id", null, node.Id);
            await DataAsync(xml, "node", "label", node.Label.Length > 0 ? node.Label : node.Id);
            await DataAsync(xml, "node", "r", color.R.ToString(CultureInfo.InvariantCulture));
            await DataAsync(xml, "node", "g", color.G.ToString(CultureInfo.InvariantCulture));
            await DataAsync(xml, "node", "b", color.B.ToString(CultureInfo.InvariantCulture));
            await DataAsync(xml, "node", "size", ExportValueFormatter.Number(size));
            if (node.Source.Position is { } p)
            {
                await DataAsync(xml, "node", "x", ExportValueFormatter.Number(p.X));
                await DataAsync(xml, "node", "y", ExportValueFormatter.Number(p.Y));
                if (p.Z is { } z)
                {
                    await DataAsync(xml, "node", "z", ExportValueFormatter.Number(z));
                }
            }

            foreach (var value in node.Values)
            {
                await DataAsync(xml, "node", value.Column.Id, Text(value));
            }

            await xml.WriteEndElementAsync();
        }

        foreach (var edge in g.Edges)
        {
            ct.ThrowIfCancellationRequested();
            await xml.WriteStartElementAsync(null, "edge", Namespace);
            await xml.WriteAttributeStringAsync(null, "id", null, edge.Id!);
            await xml.WriteAttributeStringAsync(null, "source", null, edge.SourceId);
            await xml.WriteAttributeStringAsync(null, "target", null, edge.TargetId);
            await DataAsync(xml, "edge", "kind", edge.Kind);
            await DataAsync(xml, "edge", "weight", ExportValueFormatter.Number(edge.Weight));
            foreach (var value in edge.Values)
            {
                await DataAsync(xml, "edge", value.Column.Id, Text(value));
            }

            await xml.WriteEndElementAsync();
        }

        await xml.WriteEndElementAsync();
        await xml.WriteEndElementAsync();
        await xml.WriteEndDocumentAsync();
        await xml.FlushAsync();
        return ExportSummary.Of(g);
    }

    /// <summary>The key id of a node or edge attribute (keys share one id space, so each is prefixed by its domain).</summary>
    internal static string KeyId(string domain, string name) => $"{domain[0]}_{name}";

    private static async Task KeyAsync(XmlWriter xml, string domain, string name, string type)
    {
        await xml.WriteStartElementAsync(null, "key", Namespace);
        await xml.WriteAttributeStringAsync(null, "id", null, KeyId(domain, name));
        await xml.WriteAttributeStringAsync(null, "for", null, domain);
        await xml.WriteAttributeStringAsync(null, "attr.name", null, name);
        await xml.WriteAttributeStringAsync(null, "attr.type", null, type);
        await xml.WriteEndElementAsync();
    }

    private static async Task DataAsync(XmlWriter xml, string domain, string name, string value)
    {
        await xml.WriteStartElementAsync(null, "data", Namespace);
        await xml.WriteAttributeStringAsync(null, "key", null, KeyId(domain, name));
        await xml.WriteStringAsync(value);
        await xml.WriteEndElementAsync();
    }

    // GraphML has no list type: lists travel as one ';'-joined string.
    private static string Text(PreparedValue value) => value.Text ?? string.Join(';', value.Items!);

    private static string TypeName(ExportValueType type) => type switch
    {
        ExportValueType.Integer => "int",
        ExportValueType.Long => "long",
        ExportValueType.Double => "double",
        ExportValueType.Float => "float",
        ExportValueType.Boolean => "boolean",
        _ => "string",
    };
}
