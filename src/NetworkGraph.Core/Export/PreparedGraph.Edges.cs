using NetworkGraph.Core.Collections;

namespace NetworkGraph.Core.Export;

/// <summary>The edges of a prepared graph: checked in two passes (ends and kind in input order, then values, ids and
/// spells in canonical order), ordered by packed (source, target, kind) ranks, and made again when read.</summary>
internal sealed partial class PreparedGraph
{
    private static EdgeSet PrepareEdges(ExportGraph graph, List<PreparedNode> nodes, IReadOnlyList<ExportColumn> columns)
    {
        try
        {
            return CheckAndOrder(graph, nodes, columns);
        }
        catch (ArgumentException)
        {
            // The two passes find a problem, not necessarily the one an edge-by-edge check finds first: name that one.
            ThrowFirstProblem(graph, nodes, columns);
            throw;
        }
    }

    private static EdgeSet CheckAndOrder(ExportGraph graph, List<PreparedNode> nodes, IReadOnlyList<ExportColumn> columns)
    {
        var nodeRanks = new Dictionary<string, int>(nodes.Count, StringComparer.Ordinal);
        for (var i = 0; i < nodes.Count; i++)
        {
            nodeRanks.Add(nodes[i].Id, i);
        }

        var edges = graph.Edges;
        var count = edges.Count;
        var (sources, targets, kinds) = (new int[count], new int[count], new int[count]);
        var kindIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var ownIds = new HashSet<string>(StringComparer.Ordinal);
        var degrees = new int[nodeRanks.Count];
        for (var i = 0; i < count; i++)
        {
            var edge = edges[i];
            ArgumentNullException.ThrowIfNull(edge);
            // An end that is a node's id as given is clean already (node ids are): only the others are cleaned to be looked up.
            var (source, target, kind) = (edge.Source ?? string.Empty, edge.Target ?? string.Empty, TextSanitizer.Clean(edge.Kind));
            if ((!nodeRanks.TryGetValue(source, out sources[i]) && !nodeRanks.TryGetValue(source = TextSanitizer.Clean(source), out sources[i]))
                || (!nodeRanks.TryGetValue(target, out targets[i]) && !nodeRanks.TryGetValue(target = TextSanitizer.Clean(target), out targets[i])))
            {
                (source, target) = (TextSanitizer.Clean(source), TextSanitizer.Clean(target));
                throw EndsMissing(Owner(source, target, kind));
            }

            if (kind.Length == 0)
            {
                throw KindEmpty(Owner(source, target, kind));
            }

            if (!double.IsFinite(edge.Weight))
            {
                ExportValueFormatter.RequireFinite(edge.Weight, Owner(source, target, kind), "weight");
            }

            if (!kindIds.TryGetValue(kind, out kinds[i]))
            {
                kindIds.Add(kind, kinds[i] = kindIds.Count);
            }

            if (edge.Id is not null && !ownIds.Add(TextSanitizer.Clean(edge.Id)))
            {
                throw SharedId();
            }

            degrees[sources[i]]++;
            degrees[targets[i]]++;
        }

        var kindNames = kindIds.Keys.Order(StringComparer.Ordinal).ToArray();
        var kindRanks = new int[kindNames.Length];
        for (var r = 0; r < kindNames.Length; r++)
        {
            kindRanks[kindIds[kindNames[r]]] = r;
        }

        var order = Order(graph, nodeRanks.Count, sources, targets, kinds, kindRanks);
        var numbers = ownIds.Count == 0 ? null : Numbers(edges, order, ownIds);
        IReadOnlyList<PreparedEdge> prepared = new IndexedList<PreparedEdge>(count, p =>
        {
            var (i, edge) = (order[p], edges[order[p]]);
            return PrepareEdge(graph, edge, IdAt(numbers, edge, p), nodes[sources[i]].Id, nodes[targets[i]].Id, kindNames[kindRanks[kinds[i]]], columns);
        });
        var used = new bool[columns.Count];
        var anySpells = false;
        ArgumentException? reversed = null;
        foreach (var edge in prepared)
        {
            foreach (var value in edge.Values)
            {
                used[IndexOf(columns, value.Column)] = true;
            }

            foreach (var spell in edge.Source.Spells)
            {
                anySpells = true;
                if (spell.End < spell.Start)
                {
                    reversed ??= SpellSet.Reversed($"Edge '{edge.Id}'", spell);
                }
            }
        }

        var kindCounts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var name in kindNames)
        {
            kindCounts[name] = 0;
        }

        foreach (var k in kinds)
        {
            kindCounts[kindNames[kindRanks[k]]]++;
        }

        return new EdgeSet(prepared, degrees, [.. columns.Where((_, i) => used[i])], kindCounts, anySpells, reversed);
    }

    /// <summary>The edges' positions in canonical order: (source, target, kind) by rank, packed in one number; two edges
    /// joining the same nodes with the same kind (either way round when undirected) are refused.</summary>
    private static int[] Order(ExportGraph graph, int nodes, int[] sources, int[] targets, int[] kinds, int[] kindRanks)
    {
        var nodeBits = Bits(nodes - 1);
        var kindBits = Bits(kindRanks.Length - 1);
        if (2 * nodeBits + kindBits > 63)
        {
            throw new NotSupportedException("The graph has too many nodes to order its edges.");
        }

        var keys = new long[sources.Length];
        var order = new int[sources.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = Key(sources[i], targets[i], kindRanks[kinds[i]]);
            order[i] = i;
        }

        if (!graph.Directed)
        {
            // Undirected: a duplicate may join the same nodes the other way round, so check the ends in rank order.
            var pairs = new long[keys.Length];
            var positions = new int[keys.Length];
            for (var i = 0; i < keys.Length; i++)
            {
                pairs[i] = Key(Math.Min(sources[i], targets[i]), Math.Max(sources[i], targets[i]), kindRanks[kinds[i]]);
                positions[i] = i;
            }

            Array.Sort(pairs, positions);
            RefuseDuplicates(graph, pairs, positions);
        }

        Array.Sort(keys, order);
        if (graph.Directed)
        {
            RefuseDuplicates(graph, keys, order);
        }

        return order;

        long Key(int source, int target, int kind) => ((long)source << (nodeBits + kindBits)) | ((long)target << kindBits) | (long)kind;
    }

    // Refuses two edges with one key (ThrowFirstProblem then names the first such edge in input order).
    private static void RefuseDuplicates(ExportGraph graph, long[] sortedKeys, int[] positions)
    {
        for (var i = 1; i < sortedKeys.Length; i++)
        {
            if (sortedKeys[i] == sortedKeys[i - 1])
            {
                var edge = graph.Edges[positions[i]];
                var owner = Owner(TextSanitizer.Clean(edge.Source), TextSanitizer.Clean(edge.Target), TextSanitizer.Clean(edge.Kind));
                throw Repeated(owner);
            }
        }
    }

    /// <summary>Checks the edges one by one in input order (ends, kind, weight, a pair and kind seen before, values), then
    /// that no two share an id, and throws the first problem: a graph is refused with the same error however it is checked.</summary>
    private static void ThrowFirstProblem(ExportGraph graph, List<PreparedNode> nodes, IReadOnlyList<ExportColumn> columns)
    {
        var ids = nodes.Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        var seen = new HashSet<(string, string, string)>();
        var own = new HashSet<string>(StringComparer.Ordinal);
        var shared = false;
        foreach (var edge in graph.Edges)
        {
            ArgumentNullException.ThrowIfNull(edge);
            var (source, target, kind) = (TextSanitizer.Clean(edge.Source), TextSanitizer.Clean(edge.Target), TextSanitizer.Clean(edge.Kind));
            var owner = Owner(source, target, kind);
            if (!ids.Contains(source) || !ids.Contains(target))
            {
                throw EndsMissing(owner);
            }

            if (kind.Length == 0)
            {
                throw KindEmpty(owner);
            }

            ExportValueFormatter.RequireFinite(edge.Weight, owner, "weight");
            if (!seen.Add(graph.Directed || string.CompareOrdinal(source, target) <= 0 ? (source, target, kind) : (target, source, kind)))
            {
                throw Repeated(owner);
            }

            PrepareEdge(graph, edge, string.Empty, source, target, kind, columns);
            shared |= edge.Id is not null && !own.Add(TextSanitizer.Clean(edge.Id));
        }

        if (shared)
        {
            throw SharedId();
        }
    }

    // The number of each edge without an id of its own, in canonical order, passing over the numbers an edge's own id takes.
    private static int[] Numbers(IReadOnlyList<ExportEdge> edges, int[] order, HashSet<string> ownIds)
    {
        var numbers = new int[order.Length];
        var next = 0;
        for (var p = 0; p < order.Length; p++)
        {
            if (edges[order[p]].Id is not null)
            {
                numbers[p] = -1;
                continue;
            }

            while (ownIds.Contains($"e{next}"))
            {
                next++;
            }

            numbers[p] = next++;
        }

        return numbers;
    }

    private static string IdAt(int[]? numbers, ExportEdge edge, int position) =>
        edge.Id is { } own ? TextSanitizer.Clean(own) : $"e{(numbers is null ? position : numbers[position])}";

    private static PreparedEdge PrepareEdge(
        ExportGraph graph, ExportEdge edge, string id, string source, string target, string kind, IReadOnlyList<ExportColumn> all)
    {
        var owner = Owner(source, target, kind);
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
        return new PreparedEdge(edge, id, source, target, kind, edge.Weight, values);
    }

    private static string Owner(string source, string target, string kind) => $"Edge '{source}'-'{target}' ({kind})";

    // The edge errors, one text each for the two passes and the edge-by-edge check; the parameter named is the graph.
    private static ArgumentException EndsMissing(string owner) => new($"{owner}: both ends must be nodes of the graph.", "graph");

    private static ArgumentException KindEmpty(string owner) => new($"{owner}: the kind is empty.", "graph");

    private static ArgumentException Repeated(string owner) =>
        new($"{owner}: two edges join the same nodes with the same kind; merge them first.", "graph");

    private static ArgumentException SharedId() => new("Two edges share an id.", "graph");

    private static int IndexOf(IReadOnlyList<ExportColumn> columns, ExportColumn column)
    {
        for (var i = 0; i < columns.Count; i++)
        {
            if (string.Equals(columns[i].Id, column.Id, StringComparison.Ordinal))
            {
                return i;
            }
        }

        throw new InvalidOperationException($"Column '{column.Id}' is not an edge column.");
    }

    private static int Bits(int max) => max <= 0 ? 1 : 32 - int.LeadingZeroCount(max);

    /// <summary>Prepared edges with what was learnt while checking them.</summary>
    private sealed record EdgeSet(
        IReadOnlyList<PreparedEdge> Edges, int[] Degrees, IReadOnlyList<ExportColumn> UsedColumns, IReadOnlyDictionary<string, int> Kinds, bool AnySpells,
        ArgumentException? ReversedSpell);
}
