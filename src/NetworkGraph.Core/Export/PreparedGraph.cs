namespace NetworkGraph.Core.Export;

/// <summary>
/// A checked, sanitised and canonically ordered view of an <see cref="ExportGraph"/> that every writer shares:
/// nodes sorted by id, edges by (source, target, kind), text cleaned, values typed, and errors named.
/// </summary>
internal sealed partial class PreparedGraph
{
    private PreparedGraph(ExportGraph source, IReadOnlyList<ExportColumn> nodeColumns, IReadOnlyList<ExportColumn> edgeColumns,
        PreparedNode[] nodes, EdgeSet edges)
    {
        Source = source;
        NodeColumns = nodeColumns;
        EdgeColumns = edgeColumns;
        Nodes = nodes;
        Edges = edges.Edges;
        UsedEdgeColumns = edges.UsedColumns;
        EdgeKinds = edges.Kinds;
        AnyEdgeSpells = edges.AnySpells;
        ReversedEdgeSpell = edges.ReversedSpell;
    }

    public ExportGraph Source { get; }

    /// <summary>Standard columns then the graph's extra columns.</summary>
    public IReadOnlyList<ExportColumn> NodeColumns { get; }

    public IReadOnlyList<ExportColumn> EdgeColumns { get; }

    public PreparedNode[] Nodes { get; }

    /// <summary>The edges in canonical order, each made again (ends and kind cleaned, values formatted) when it is read: a
    /// graph of millions of edges keeps a number per edge, not its text.</summary>
    public IReadOnlyList<PreparedEdge> Edges { get; }

    /// <summary>The edge columns with a value on at least one edge, in declaration order.</summary>
    public IReadOnlyList<ExportColumn> UsedEdgeColumns { get; }

    /// <summary>How many edges each kind has, by kind.</summary>
    public IReadOnlyDictionary<string, int> EdgeKinds { get; }

    /// <summary>Whether any edge has a spell.</summary>
    public bool AnyEdgeSpells { get; }

    /// <summary>The error of the first edge (in canonical order) with a spell that ends before it starts, or null: a writer
    /// that writes spells throws it (after the nodes' spell errors), the others ignore spells.</summary>
    public ArgumentException? ReversedEdgeSpell { get; }

    public static PreparedGraph Create(ExportGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var nodeColumns = Columns(ExportColumns.NodeStandard, graph.NodeColumns, "node");
        var edgeColumns = Columns(ExportColumns.EdgeStandard, graph.EdgeColumns, "edge");
        var nodes = PrepareNodes(graph, nodeColumns);
        var edges = PrepareEdges(graph, nodes, edgeColumns);
        var sorted = nodes.Select((n, i) => n with { Degree = edges.Degrees[i] }).ToArray();
        return new PreparedGraph(graph, nodeColumns, edgeColumns, sorted, edges);
    }

    /// <summary>The graph's nodes, checked and sorted by id, without their degrees: for a writer of nodes alone.</summary>
    public static List<PreparedNode> PrepareNodes(ExportGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return PrepareNodes(graph, Columns(ExportColumns.NodeStandard, graph.NodeColumns, "node"));
    }

    private static List<PreparedNode> PrepareNodes(ExportGraph graph, IReadOnlyList<ExportColumn> nodeColumns)
    {
        var nodes = new List<PreparedNode>(graph.Nodes.Count);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in graph.Nodes)
        {
            var prepared = PrepareNode(node, graph.NodeColumns, nodeColumns);
            if (!ids.Add(prepared.Id))
            {
                throw new ArgumentException($"Node '{prepared.Id}' appears twice (ids are compared after removing characters XML cannot carry).", nameof(graph));
            }

            nodes.Add(prepared);
        }

        nodes.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        return nodes;
    }

    private static PreparedNode PrepareNode(ExportNode node, IReadOnlyList<ExportColumn> extra, IReadOnlyList<ExportColumn> all)
    {
        ArgumentNullException.ThrowIfNull(node);
        var id = TextSanitizer.Clean(node.Id);
        var owner = $"Node '{id}'";
        if (id.Length == 0)
        {
            throw new ArgumentException("A node has an empty id.", nameof(node));
        }

        if (node.Score is { } score)
        {
            ExportValueFormatter.RequireFinite(score, owner, "score");
        }

        if (node.Size is { } size && (!double.IsFinite(size) || size < 0))
        {
            throw new ArgumentException($"{owner}: size must be finite and not negative.");
        }

        if (node.Position is { } p && (!float.IsFinite(p.X) || !float.IsFinite(p.Y) || (p.Z is { } z && !float.IsFinite(z))))
        {
            throw new ArgumentException($"{owner}: position must be finite.");
        }

        var cluster = node.Cluster is null ? null : TextSanitizer.Clean(node.Cluster);
        var values = new List<PreparedValue>(all.Count);
        if (cluster is not null)
        {
            values.Add(new PreparedValue(all[0], cluster, null));
        }

        if (node.Score is { } s)
        {
            values.Add(new PreparedValue(all[1], ExportValueFormatter.Number(s), null));
        }

        values.Add(new PreparedValue(all[2], ExportValueFormatter.Bool(node.Flagged), null));
        AddExtra(values, extra, node.Attributes, owner);
        return new PreparedNode(node, id, TextSanitizer.Clean(node.Label), cluster, values, 0);
    }

    private static void AddExtra(List<PreparedValue> values, IReadOnlyList<ExportColumn> extra, IReadOnlyDictionary<string, object?> attributes, string owner)
    {
        ArgumentNullException.ThrowIfNull(attributes);
        foreach (var key in attributes.Keys)
        {
            if (!extra.Any(c => c.Id == key))
            {
                throw new ArgumentException($"{owner}: attribute '{TextSanitizer.Clean(key)}' is not a declared column.");
            }
        }

        foreach (var column in extra)
        {
            if (attributes.TryGetValue(column.Id, out var value) && value is not null)
            {
                values.Add(ExportValueFormatter.Prepare(column, value, owner));
            }
        }
    }

    private static IReadOnlyList<ExportColumn> Columns(IReadOnlyList<ExportColumn> standard, IReadOnlyList<ExportColumn> extra, string what)
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var column in extra)
        {
            ArgumentNullException.ThrowIfNull(column);
            if (!IsName(column.Id) || ExportColumns.Reserved.Contains(column.Id) || !names.Add(column.Id))
            {
                throw new ArgumentException(
                    $"The {what} column '{TextSanitizer.Clean(column.Id)}' must be a unique identifier ([A-Za-z_][A-Za-z0-9_]*) and not reserved.");
            }
        }

        return [.. standard, .. extra];
    }

    private static bool IsName(string id) =>
        id.Length > 0 && (char.IsAsciiLetter(id[0]) || id[0] == '_') && id.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');
}

/// <summary>A node ready to write; <see cref="Values"/> holds the non-null values in column order.</summary>
internal sealed record PreparedNode(ExportNode Source, string Id, string Label, string? Cluster, IReadOnlyList<PreparedValue> Values, int Degree);

/// <summary>An edge ready to write: its own id, or <c>e</c> and a number given in canonical order.</summary>
internal sealed record PreparedEdge(ExportEdge Source, string Id, string SourceId, string TargetId, string Kind, double Weight, IReadOnlyList<PreparedValue> Values);
