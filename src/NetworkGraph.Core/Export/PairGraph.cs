namespace NetworkGraph.Core.Export;

/// <summary>The Gephi-sized view of an export graph, the GEXF and GraphML default: the flagged networks and their
/// neighbours (accounts with an edge to a flagged cluster), joined by one edge per account pair whose weight is the sum
/// of its kinds' weights, each kind's weight and the list of kinds present kept as attributes. An operation is close to
/// a clique (the demo's 416 flagged accounts share 72k pairs), so only each account's strongest pairs are kept by
/// default: the backbone Gephi can lay out, not a hairball.</summary>
public static class PairGraph
{
    /// <summary>The default number of strongest pairs kept per account.</summary>
    public const int DefaultEdgesPerAccount = 10;

    /// <summary>The kind of every pair edge.</summary>
    public const string PairKind = "coordination";

    /// <summary>The edge column listing the kinds present between the pair.</summary>
    public const string KindsColumn = "kinds";

    /// <summary>The edge column holding one kind's weight (0 when the kind is absent between the pair): <c>weight_</c>
    /// and the kind, characters outside [A-Za-z0-9_] replaced by '_' (a kind that then collides with another gets a
    /// numeric suffix).</summary>
    public static string WeightColumn(string kind)
    {
        ArgumentNullException.ThrowIfNull(kind);
        return string.Concat("weight_", new string(kind.Select(c => char.IsAsciiLetterOrDigit(c) || c == '_' ? c : '_').ToArray()));
    }

    /// <summary>Keeps the flagged networks and their neighbours (every clustered account when no cluster is flagged),
    /// merges the parallel edges of each pair into one, and keeps a pair when it is among the
    /// <paramref name="edgesPerAccount"/> heaviest of either account (0 keeps every pair).</summary>
    public static ExportGraph Focus(ExportGraph graph, int edgesPerAccount = DefaultEdgesPerAccount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(edgesPerAccount);
        ArgumentNullException.ThrowIfNull(graph);
        var kept = KeptNodes(graph);
        var pairs = new SortedDictionary<(string A, string B), List<ExportEdge>>(PairOrder.Instance);
        foreach (var e in graph.Edges.Where(e => kept.Contains(e.Source) && kept.Contains(e.Target)))
        {
            var key = string.CompareOrdinal(e.Source, e.Target) <= 0 ? (e.Source, e.Target) : (e.Target, e.Source);
            if (!pairs.TryGetValue(key, out var list))
            {
                pairs[key] = list = [];
            }

            list.Add(e);
        }

        var weightColumns = WeightColumns(graph.Edges.Select(e => e.Kind));
        var times = graph.EdgeColumns.Where(c => c.Id is SnapshotExportMapper.FirstAt or SnapshotExportMapper.LastAt).ToList();
        var edges = pairs.Select(p => Merge(p.Key.A, p.Key.B, p.Value, weightColumns, times.Count > 0)).ToList();
        if (edgesPerAccount > 0)
        {
            // Every account keeps its own heaviest pairs, so none is left without an edge.
            edges = Strongest(edges, edgesPerAccount);
        }

        var columns = new List<ExportColumn> { new(KindsColumn, ExportValueType.StringList) };
        columns.AddRange(weightColumns.Values.Select(c => new ExportColumn(c, ExportValueType.Double)));
        columns.AddRange(times);
        return graph with
        {
            Nodes = graph.Nodes.Where(n => kept.Contains(n.Id)).ToList(),
            Edges = edges,
            EdgeColumns = columns,
        };
    }

    // The pairs among the k heaviest of either end (ties by the other end's id), in their original order.
    private static List<ExportEdge> Strongest(List<ExportEdge> edges, int k)
    {
        var keep = new bool[edges.Count];
        var byAccount = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < edges.Count; i++)
        {
            foreach (var end in new[] { edges[i].Source, edges[i].Target })
            {
                if (!byAccount.TryGetValue(end, out var list))
                {
                    byAccount[end] = list = [];
                }

                list.Add(i);
            }
        }

        foreach (var (account, incident) in byAccount)
        {
            var other = (int i) => edges[i].Source == account ? edges[i].Target : edges[i].Source;
            foreach (var i in incident.OrderByDescending(i => edges[i].Weight).ThenBy(other, StringComparer.Ordinal).Take(k))
            {
                keep[i] = true;
            }
        }

        return edges.Where((_, i) => keep[i]).ToList();
    }

    private static HashSet<string> KeptNodes(ExportGraph graph)
    {
        var flagged = graph.Nodes.Where(n => n.Flagged).Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        if (flagged.Count == 0)
        {
            return graph.Nodes.Where(n => n.Cluster is not null).Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        }

        var kept = new HashSet<string>(flagged, StringComparer.Ordinal);
        foreach (var e in graph.Edges)
        {
            if (flagged.Contains(e.Source))
            {
                kept.Add(e.Target);
            }

            if (flagged.Contains(e.Target))
            {
                kept.Add(e.Source);
            }
        }

        return kept;
    }

    // Kind -> its weight column, by kind.
    private static SortedDictionary<string, string> WeightColumns(IEnumerable<string> kinds)
    {
        var columns = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var kind in kinds.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var column = WeightColumn(kind);
            for (var i = 2; !taken.Add(column); i++)
            {
                column = $"{WeightColumn(kind)}_{i}";
            }

            columns[kind] = column;
        }

        return columns;
    }

    private static ExportEdge Merge(string a, string b, List<ExportEdge> parallel, SortedDictionary<string, string> weightColumns, bool times)
    {
        // One weight per kind: should a kind come twice (several windows), its largest weight, not their sum.
        var byKind = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var e in parallel)
        {
            byKind[e.Kind] = Math.Max(byKind.GetValueOrDefault(e.Kind), e.Weight);
        }

        var values = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            [KindsColumn] = byKind.Keys.Order(StringComparer.Ordinal).ToArray(),
        };
        foreach (var (kind, column) in weightColumns)
        {
            values[column] = byKind.GetValueOrDefault(kind);
        }

        if (times)
        {
            var firsts = parallel.Select(e => e.Attributes.GetValueOrDefault(SnapshotExportMapper.FirstAt)).OfType<DateTimeOffset>().ToList();
            var lasts = parallel.Select(e => e.Attributes.GetValueOrDefault(SnapshotExportMapper.LastAt)).OfType<DateTimeOffset>().ToList();
            values[SnapshotExportMapper.FirstAt] = firsts.Count > 0 ? firsts.Min() : null;
            values[SnapshotExportMapper.LastAt] = lasts.Count > 0 ? lasts.Max() : null;
        }

        var evidence = parallel.Where(e => e.EvidenceCount is not null).ToList();
        var timed = evidence.Where(e => e.MeanDeltaSeconds is not null).ToList();
        var timedCount = timed.Sum(e => e.EvidenceCount!.Value);
        return new ExportEdge(a, b, PairKind, byKind.Values.Sum())
        {
            EvidenceCount = evidence.Count > 0 ? evidence.Sum(e => e.EvidenceCount!.Value) : null,
            MeanDeltaSeconds = timedCount > 0 ? timed.Sum(e => e.MeanDeltaSeconds!.Value * e.EvidenceCount!.Value) / timedCount : null,
            Attributes = values,
            Spells = SnapshotExportMapper.Spells(parallel.SelectMany(e => e.Spells), TimeSpan.Zero),
        };
    }

    private sealed class PairOrder : IComparer<(string A, string B)>
    {
        public static readonly PairOrder Instance = new();

        public int Compare((string A, string B) x, (string A, string B) y)
        {
            var c = string.CompareOrdinal(x.A, y.A);
            return c != 0 ? c : string.CompareOrdinal(x.B, y.B);
        }
    }
}
