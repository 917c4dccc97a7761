namespace NetworkGraph.Core.Export;

/// <summary>
/// A checked, sanitised and canonically ordered view of an <see cref="ExportGraph"/> that every writer shares:
/// nodes sorted by id, edges by (source, target, kind), text cleaned, values typed, and errors named.
/// </summary>
internal sealed class PreparedGraph
{
    private PreparedGraph(ExportGraph source, IReadOnlyList<ExportColumn> nodeColumns, IReadOnlyList<ExportColumn> edgeColumns,
        PreparedNode[] nodes, PreparedEdge[] edges)
    {
        Source = source;
        NodeColumns = nodeColumns;
        EdgeColumns = edgeColumns;
        Nodes = nodes;
        Edges = edges;
    }

    public ExportGraph Source { get; }

    /// <summary>Standard columns then the graph's extra columns.</summary>
    public IReadOnlyList<ExportColumn> NodeColumns { get; }

    public IReadOnlyList<ExportColumn> EdgeColumns { get; }

    public PreparedNode[] Nodes { get; }

    public PreparedEdge[] Edges { get; }

    public static PreparedGraph Create(ExportGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var nodeColumns = Columns(ExportColumns.NodeStandard, graph.NodeColumns, "node");
        var edgeColumns = Columns(ExportColumns.EdgeStandard, graph.EdgeColumns, "edge");

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

        var edges = PrepareEdges(graph, ids, edgeColumns);
        nodes.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        var degree = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var e in edges)
        {
            degree[e.SourceId] = degree.GetValueOrDefault(e.SourceId) + 1;
            degree[e.TargetId] = degree.GetValueOrDefault(e.TargetId) + 1;
        }

        var sorted = nodes.Select(n => n with { Degree = degree.GetValueOrDefault(n.Id) }).ToArray();
        return new PreparedGraph(graph, nodeColumns, edgeColumns, sorted, edges);
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

    private static PreparedEdge[] PrepareEdges(ExportGraph graph, HashSet<string> nodeIds, IReadOnlyList<ExportColumn> all)
    {
        var edges = new List<PreparedEdge>(graph.Edges.Count);
        var seen = new HashSet<(string, string, string)>();
        foreach (var edge in graph.Edges)
        {
            ArgumentNullException.ThrowIfNull(edge);
            var (source, target, kind) = (TextSanitizer.Clean(edge.Source), TextSanitizer.Clean(edge.Target), TextSanitizer.Clean(edge.Kind));
            var owner = $"Edge '{source}'-'{target}' ({kind})";
            if (!nodeIds.Contains(source) || !nodeIds.Contains(target))
            {
                throw new ArgumentException($"{owner}: both ends must be nodes of the graph.", nameof(graph));
            }

            if (kind.Length == 0)
            {
                throw new ArgumentException($"{owner}: the kind is empty.", nameof(graph));
            }

            ExportValueFormatter.RequireFinite(edge.Weight, owner, "weight");
            var key = graph.Directed || string.CompareOrdinal(source, target) <= 0 ? (source, target, kind) : (target, source, kind);
            if (!seen.Add(key))
            {
                throw new ArgumentException($"{owner}: two edges join the same nodes with the same kind; merge them first.", nameof(graph));
            }

            var values = new List<PreparedValue>(all.Count);
            if (edge.MeanDeltaSeconds is { } dt)
            {
                ExportValueFormatter.RequireFinite(dt, owner, "mean dt");
                values.Add(new PreparedValue(all[0], ExportValueFormatter.Number(dt), null));
            }

            if (edge.EvidenceCount is { } n)
            {
                values.Add(ExportValueFormatter.Prepare(all[1], n, owner));
            }

            AddExtra(values, graph.EdgeColumns, edge.Attributes, owner);
            edges.Add(new PreparedEdge(edge, edge.Id is null ? null : TextSanitizer.Clean(edge.Id), source, target, kind, edge.Weight, values));
        }

        edges.Sort((a, b) => Compare(a, b));
        var result = new PreparedEdge[edges.Count];
        var edgeIds = new HashSet<string>(edges.Where(e => e.Id is not null).Select(e => e.Id!), StringComparer.Ordinal);
        if (edgeIds.Count != edges.Count(e => e.Id is not null))
        {
            throw new ArgumentException("Two edges share an id.", nameof(graph));
        }

        var next = 0;
        for (var i = 0; i < edges.Count; i++)
        {
            var id = edges[i].Id;
            while (id is null && !edgeIds.Add(id = $"e{next++}"))
            {
                id = null;
            }

            result[i] = edges[i] with { Id = id };
        }

        return result;
    }

    private static int Compare(PreparedEdge a, PreparedEdge b)
    {
        var c = string.CompareOrdinal(a.SourceId, b.SourceId);
        if (c == 0)
        {
            c = string.CompareOrdinal(a.TargetId, b.TargetId);
        }

        if (c == 0)
        {
            c = string.CompareOrdinal(a.Kind, b.Kind);
        }

        return c;
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

/// <summary>An edge ready to write; <see cref="Id"/> is set once edges are sorted.</summary>
internal sealed record PreparedEdge(ExportEdge Source, string? Id, string SourceId, string TargetId, string Kind, double Weight, IReadOnlyList<PreparedValue> Values);
