using System.Globalization;
using System.Xml;

namespace NetworkGraph.Core.Export;

/// <summary>Writes an <see cref="ExportGraph"/> as one GEXF 1.3 document (one file per snapshot) for Gephi, Gephi Lite, graphology and networkx.</summary>
public static class GexfWriter
{
    /// <summary>The GEXF 1.3 namespace.</summary>
    public const string Namespace = "http://gexf.net/1.3";

    /// <summary>The GEXF 1.3 visualisation namespace.</summary>
    public const string VizNamespace = "http://gexf.net/1.3/viz";

    /// <summary>Validates, sanitises and streams the graph to <paramref name="output"/> (left open); returns what was written.</summary>
    /// <exception cref="ArgumentException">The graph is inconsistent (duplicate ids, dangling edges, undeclared or mistyped values, non-finite numbers, reversed spells); nothing is written then.</exception>
    public static async Task<ExportSummary> WriteAsync(ExportGraph graph, Stream output, GexfOptions? options = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(output);
        options ??= new GexfOptions();
        var g = PreparedGraph.Create(graph);
        var visuals = NodeVisuals.Resolve(g, options.Visuals);
        var nodeSpells = g.Nodes.Select(n => Spells(n.Source.Spells, options, $"Node '{n.Id}'")).ToArray();
        if (options.WriteSpells && g.ReversedEdgeSpell is { } reversed)
        {
            throw reversed;
        }

        var dynamic = nodeSpells.Any(s => s.Count > 0) || (options.WriteSpells && g.AnyEdgeSpells);

        await using var xml = XmlWriter.Create(output, XmlExport.Settings);
        await xml.WriteStartDocumentAsync();
        await xml.WriteStartElementAsync(null, "gexf", Namespace);
        await xml.WriteAttributeStringAsync("xmlns", "viz", null, VizNamespace);
        await xml.WriteAttributeStringAsync(null, "version", null, "1.3");
        await WriteMetaAsync(xml, graph);

        await xml.WriteStartElementAsync(null, "graph", Namespace);
        await xml.WriteAttributeStringAsync(null, "defaultedgetype", null, graph.Directed ? "directed" : "undirected");
        await xml.WriteAttributeStringAsync(null, "mode", null, dynamic ? "dynamic" : "static");
        if (dynamic)
        {
            await xml.WriteAttributeStringAsync(null, "timeformat", null, options.TimeFormat == GexfTimeFormat.Date ? "date" : "dateTime");
            await xml.WriteAttributeStringAsync(null, "timerepresentation", null, "interval");
            await xml.WriteAttributeStringAsync(null, "timezone", null, "UTC");
        }

        await WriteColumnsAsync(xml, "node", g.NodeColumns);
        await WriteColumnsAsync(xml, "edge", g.EdgeColumns);

        await xml.WriteStartElementAsync(null, "nodes", Namespace);
        await xml.WriteAttributeStringAsync(null, "count", null, g.Nodes.Length.ToString(CultureInfo.InvariantCulture));
        for (var i = 0; i < g.Nodes.Length; i++)
        {
            ct.ThrowIfCancellationRequested();
            await WriteNodeAsync(xml, g.Nodes[i], visuals[i], nodeSpells[i], options);
        }

        await xml.WriteEndElementAsync();
        await xml.WriteStartElementAsync(null, "edges", Namespace);
        await xml.WriteAttributeStringAsync(null, "count", null, g.Edges.Count.ToString(CultureInfo.InvariantCulture));
        foreach (var edge in g.Edges)
        {
            ct.ThrowIfCancellationRequested();
            await WriteEdgeAsync(xml, edge, Spells(edge.Source.Spells, options, $"Edge '{edge.Id}'"), options);
        }

        await xml.WriteEndElementAsync();
        await xml.WriteEndElementAsync();
        await xml.WriteEndElementAsync();
        await xml.WriteEndDocumentAsync();
        await xml.FlushAsync();
        return ExportSummary.Of(g);
    }

    private static IReadOnlyList<ExportSpell> Spells(IReadOnlyList<ExportSpell> spells, GexfOptions options, string owner) =>
        options.WriteSpells ? SpellSet.Normalize(spells, options.TimeFormat, owner) : [];

    private static async Task WriteMetaAsync(XmlWriter xml, ExportGraph graph)
    {
        await xml.WriteStartElementAsync(null, "meta", Namespace);
        if (graph.GeneratedAt is { } at)
        {
            await xml.WriteAttributeStringAsync(null, "lastmodifieddate", null, at.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        await xml.WriteElementStringAsync(null, "creator", Namespace, "NetworkGraph");
        if (graph.Description is not null)
        {
            await xml.WriteElementStringAsync(null, "description", Namespace, TextSanitizer.Clean(graph.Description));
        }

        await xml.WriteEndElementAsync();
    }

    private static async Task WriteColumnsAsync(XmlWriter xml, string @class, IReadOnlyList<ExportColumn> columns)
    {
        await xml.WriteStartElementAsync(null, "attributes", Namespace);
        await xml.WriteAttributeStringAsync(null, "class", null, @class);
        await xml.WriteAttributeStringAsync(null, "mode", null, "static");
        foreach (var column in columns)
        {
            await xml.WriteStartElementAsync(null, "attribute", Namespace);
            await xml.WriteAttributeStringAsync(null, "id", null, column.Id);
            await xml.WriteAttributeStringAsync(null, "title", null, column.Id);
            await xml.WriteAttributeStringAsync(null, "type", null, TypeName(column.Type));
            await xml.WriteEndElementAsync();
        }

        await xml.WriteEndElementAsync();
    }

    private static async Task WriteNodeAsync(XmlWriter xml, PreparedNode node, (ExportColor Color, double Size) visual, IReadOnlyList<ExportSpell> spells, GexfOptions options)
    {
        await xml.WriteStartElementAsync(null, "node", Namespace);
        await xml.WriteAttributeStringAsync(null, "id", null, node.Id);
        await xml.WriteAttributeStringAsync(null, "label", null, node.Label.Length > 0 ? node.Label : node.Id);
        await WriteValuesAsync(xml, node.Values);
        await WriteSpellsAsync(xml, spells, options.TimeFormat);

        await xml.WriteStartElementAsync("viz", "color", VizNamespace);
        if (options.ColorFormat == GexfColorFormat.Hex)
        {
            await xml.WriteAttributeStringAsync(null, "hex", null, visual.Color.Hex);
        }
        else
        {
            await xml.WriteAttributeStringAsync(null, "r", null, visual.Color.R.ToString(CultureInfo.InvariantCulture));
            await xml.WriteAttributeStringAsync(null, "g", null, visual.Color.G.ToString(CultureInfo.InvariantCulture));
            await xml.WriteAttributeStringAsync(null, "b", null, visual.Color.B.ToString(CultureInfo.InvariantCulture));
        }

        await xml.WriteEndElementAsync();
        await xml.WriteStartElementAsync("viz", "size", VizNamespace);
        await xml.WriteAttributeStringAsync(null, "value", null, ExportValueFormatter.Number(visual.Size));
        await xml.WriteEndElementAsync();
        if (options.WritePositions && node.Source.Position is { } p)
        {
            await xml.WriteStartElementAsync("viz", "position", VizNamespace);
            await xml.WriteAttributeStringAsync(null, "x", null, ExportValueFormatter.Number(p.X));
            await xml.WriteAttributeStringAsync(null, "y", null, ExportValueFormatter.Number(p.Y));
            if (p.Z is { } z)
            {
                await xml.WriteAttributeStringAsync(null, "z", null, ExportValueFormatter.Number(z));
            }

            await xml.WriteEndElementAsync();
        }

        await xml.WriteEndElementAsync();
    }

    private static async Task WriteEdgeAsync(XmlWriter xml, PreparedEdge edge, IReadOnlyList<ExportSpell> spells, GexfOptions options)
    {
        await xml.WriteStartElementAsync(null, "edge", Namespace);
        await xml.WriteAttributeStringAsync(null, "id", null, edge.Id!);
        await xml.WriteAttributeStringAsync(null, "source", null, edge.SourceId);
        await xml.WriteAttributeStringAsync(null, "target", null, edge.TargetId);
        await xml.WriteAttributeStringAsync(null, "kind", null, edge.Kind);
        await xml.WriteAttributeStringAsync(null, "weight", null, ExportValueFormatter.Number(edge.Weight));
        await WriteValuesAsync(xml, edge.Values);
        await WriteSpellsAsync(xml, spells, options.TimeFormat);
        await xml.WriteEndElementAsync();
    }

    private static async Task WriteValuesAsync(XmlWriter xml, IReadOnlyList<PreparedValue> values)
    {
        if (values.Count == 0)
        {
            return;
        }

        await xml.WriteStartElementAsync(null, "attvalues", Namespace);
        foreach (var value in values)
        {
            await xml.WriteStartElementAsync(null, "attvalue", Namespace);
            await xml.WriteAttributeStringAsync(null, "for", null, value.Column.Id);
            await xml.WriteAttributeStringAsync(null, "value", null, XmlExport.Text(value));
            await xml.WriteEndElementAsync();
        }

        await xml.WriteEndElementAsync();
    }

    private static async Task WriteSpellsAsync(XmlWriter xml, IReadOnlyList<ExportSpell> spells, GexfTimeFormat format)
    {
        if (spells.Count == 0)
        {
            return;
        }

        await xml.WriteStartElementAsync(null, "spells", Namespace);
        foreach (var spell in spells)
        {
            await xml.WriteStartElementAsync(null, "spell", Namespace);
            await xml.WriteAttributeStringAsync(null, "start", null, SpellSet.Format(spell.Start, format));
            await xml.WriteAttributeStringAsync(null, "end", null, SpellSet.Format(spell.End, format));
            await xml.WriteEndElementAsync();
        }

        await xml.WriteEndElementAsync();
    }

    private static string TypeName(ExportValueType type) => type switch
    {
        ExportValueType.Integer => "integer",
        ExportValueType.Long => "long",
        ExportValueType.Double => "double",
        ExportValueType.Float => "float",
        ExportValueType.Boolean => "boolean",
        ExportValueType.StringList => "liststring",
        _ => "string", // GEXF 1.3 has no date type: dates travel as ISO 8601 strings.
    };
}
