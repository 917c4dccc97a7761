using NetworkGraph.Core.Collections;
using NetworkGraph.Core.Model;
using NetworkGraph.Core.Snapshots;

namespace NetworkGraph.Core.Export;

/// <summary>Turns a snapshot, its accounts, posts and coordination edges into an <see cref="ExportGraph"/> for every graph format.</summary>
public static class SnapshotExportMapper
{
    /// <summary>The edge column of the earliest share behind an edge.</summary>
    public const string FirstAt = "first_at";

    /// <summary>The edge column of the latest share behind an edge.</summary>
    public const string LastAt = "last_at";

    /// <summary>The node columns written besides cluster, score and flagged.</summary>
    public static IReadOnlyList<ExportColumn> NodeColumns { get; } =
    [
        .. AccountExport.Columns,
        new("display_name", ExportValueType.String),
        new("cluster_rank", ExportValueType.Integer),
        new("cluster_size", ExportValueType.Integer),
        new("lineage", ExportValueType.String),
        new("operation", ExportValueType.String),
        new("pagerank", ExportValueType.Double),
    ];

    /// <summary>The edge columns written besides kind, weight, mean dt and evidence.</summary>
    public static IReadOnlyList<ExportColumn> EdgeColumns { get; } =
    [
        new(FirstAt, ExportValueType.Date),
        new(LastAt, ExportValueType.Date),
    ];

    /// <summary>
    /// The colour of each cluster in every export of this snapshot: the i-th cluster in snapshot order (best score first)
    /// takes <see cref="ClusterPalette.ColorAt"/>(i), so the top clusters get the most distinct hues and filtering keeps colours.
    /// </summary>
    public static IReadOnlyDictionary<string, ExportColor> Colors(Snapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var colors = new Dictionary<string, ExportColor>(StringComparer.Ordinal);
        foreach (var cluster in snapshot.Clusters)
        {
            colors.TryAdd(cluster.Id, ClusterPalette.ColorAt(colors.Count));
        }

        return colors;
    }

    /// <summary>A cluster's colour from <see cref="Colors"/>, or <see cref="ClusterPalette.Unclustered"/>.</summary>
    public static ExportColor ColorOf(IReadOnlyDictionary<string, ExportColor> colors, string? clusterId)
    {
        ArgumentNullException.ThrowIfNull(colors);
        return clusterId is not null && colors.TryGetValue(clusterId, out var c) ? c : ClusterPalette.Unclustered;
    }

    /// <summary>Maps the snapshot to a graph, then applies <see cref="SnapshotExportOptions.Filter"/>.</summary>
    public static ExportGraph Map(SnapshotExportInput input, SnapshotExportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        options ??= new SnapshotExportOptions();
        var snapshot = input.Snapshot;
        // A palette given in the options (built over several snapshots) wins, for colours stable across files.
        var colors = Colors(snapshot);
        Func<string?, ExportColor> colorOf = options.Visuals.Palette is { } palette ? palette.ColorOf : id => ColorOf(colors, id);
        var clusterOf = new Dictionary<string, SnapshotCluster>(StringComparer.Ordinal);
        foreach (var cluster in snapshot.Clusters)
        {
            foreach (var member in cluster.Members)
            {
                clusterOf.TryAdd(member, cluster);
            }
        }

        var structure = AmplificationExportMapper.Attributes(snapshot);
        var edges = IndexedList<SnapshotExportEdge>.Where(input.Edges, e =>
            !string.Equals(e.A, e.B, StringComparison.Ordinal) && (options.IncludeUnclustered || (clusterOf.ContainsKey(e.A) && clusterOf.ContainsKey(e.B))));
        var ids = new SortedSet<string>(clusterOf.Keys, StringComparer.Ordinal);
        foreach (var e in edges)
        {
            ids.Add(e.A);
            ids.Add(e.B);
        }

        var accounts = new Dictionary<string, Account>(StringComparer.Ordinal);
        foreach (var account in input.Accounts)
        {
            accounts.TryAdd(account.Id, account);
        }

        // Activity comes from the account's posts; without posts, from the spans of its edges. When each exported account
        // posted (UTC ticks, ascending): from the source's times, else from the posts.
        var postTicks = input.Posts.Count == 0 && input.PostTimes is { } times
            ? times.Where(kv => ids.Contains(kv.Key) && kv.Value.Count > 0).ToDictionary(
                kv => kv.Key,
                kv => Sorted(kv.Value.Select(t => DateTimeOffset.FromUnixTimeSeconds(t).UtcTicks)),
                StringComparer.Ordinal)
            : input.Posts
                .Where(p => ids.Contains(p.AuthorId))
                .GroupBy(p => p.AuthorId, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => Sorted(g.Select(p => p.Time.UtcTicks)), StringComparer.Ordinal);
        var edgeSpans = EdgeSpansByAccount(edges, id => !postTicks.ContainsKey(id));

        var nodes = ids.Select(id =>
        {
            clusterOf.TryGetValue(id, out var cluster);
            accounts.TryGetValue(id, out var account);
            var activity = postTicks.TryGetValue(id, out var posted)
                ? PointSpells(posted, options.SpellGap)
                : Spells(edgeSpans.GetValueOrDefault(id) ?? [], options.SpellGap);
            return new ExportNode(id, account is null ? id : AccountExport.Label(account))
            {
                Cluster = cluster?.Id,
                Score = cluster?.Score,
                Flagged = cluster?.Flagged ?? false,
                Color = colorOf(cluster?.Id),
                Attributes = structure.AddTo(NodeValues(account, cluster, PostCount(input, id, cluster is not null, postTicks)), id, cluster?.Id),
                Spells = activity,
            };
        }).ToList();

        // Made when read, as the snapshot's edges are: at 10 M posts there are millions.
        var exportEdges = new IndexedList<ExportEdge>(edges.Count, i => ToExportEdge(edges[i]));

        var graph = new ExportGraph(nodes, exportEdges)
        {
            NodeColumns = NodeColumns,
            EdgeColumns = EdgeColumns,
            Description = $"NetworkGraph snapshot {snapshot.Id} (version {snapshot.Version}, profile {snapshot.ProfileName})",
            GeneratedAt = snapshot.CreatedAt,
        };
        return options.Filter.Apply(graph);
    }

    private static ExportEdge ToExportEdge(SnapshotExportEdge e) => new(e.A, e.B, e.Kind, e.Weight)
    {
        MeanDeltaSeconds = e.MeanDtSeconds,
        EvidenceCount = e.EvidenceCount,
        Attributes = new EdgeTimes(e.First, e.Last),
        Spells = e.First is { } first && e.Last is { } last && last >= first ? [new ExportSpell(first, last)] : [],
    };

    private static long[] Sorted(IEnumerable<long> ticks)
    {
        var sorted = ticks.ToArray();
        Array.Sort(sorted);
        return sorted;
    }

    /// <summary>The spells of instants (UTC ticks, ascending), as <see cref="Spells"/> gives them for those instants (in
    /// UTC, where Spells keeps the instants' offsets; every writer writes spells in UTC): one pass, no interval per post.</summary>
    internal static IReadOnlyList<ExportSpell> PointSpells(long[] ticks, TimeSpan gap)
    {
        var spells = new List<ExportSpell>();
        for (var i = 0; i < ticks.Length;)
        {
            var (start, end) = (ticks[i], ticks[i]);
            while (++i < ticks.Length && ticks[i] - end <= gap.Ticks)
            {
                end = ticks[i];
            }

            spells.Add(new ExportSpell(new DateTimeOffset(start, TimeSpan.Zero), new DateTimeOffset(end, TimeSpan.Zero)));
        }

        return spells;
    }

    /// <summary>Inclusive spells covering the intervals, joining neighbours closer than <paramref name="gap"/>.</summary>
    internal static IReadOnlyList<ExportSpell> Spells(IEnumerable<ExportSpell> intervals, TimeSpan gap)
    {
        var sorted = intervals.OrderBy(i => i.Start).ThenBy(i => i.End).ToList();
        if (sorted.Count == 0)
        {
            return [];
        }

        var spells = new List<ExportSpell>();
        var (start, end) = (sorted[0].Start, sorted[0].End);
        foreach (var next in sorted.Skip(1))
        {
            if (next.Start - end <= gap)
            {
                end = next.End > end ? next.End : end;
                continue;
            }

            spells.Add(new ExportSpell(start, end));
            (start, end) = (next.Start, next.End);
        }

        spells.Add(new ExportSpell(start, end));
        return spells;
    }

    // An account's post count, or null (written empty) when unknown: a non-member's posts are not among the members' posts,
    // so without the source's counts it must not read as 0.
    private static long? PostCount(SnapshotExportInput input, string id, bool member, Dictionary<string, long[]> postTicks)
    {
        if (input.PostCounts is { } counts)
        {
            return counts.GetValueOrDefault(id);
        }

        return member && (input.Posts.Count > 0 || input.PostTimes is not null) ? postTicks.GetValueOrDefault(id)?.Length ?? 0 : null;
    }

    // The spans of the edges of each account that wanted names (those without posts).
    private static Dictionary<string, List<ExportSpell>> EdgeSpansByAccount(IEnumerable<SnapshotExportEdge> edges, Func<string, bool> wanted)
    {
        var spans = new Dictionary<string, List<ExportSpell>>(StringComparer.Ordinal);
        foreach (var e in edges)
        {
            if (e.First is not { } first || e.Last is not { } last || last < first)
            {
                continue;
            }

            foreach (var id in new[] { e.A, e.B })
            {
                if (!wanted(id))
                {
                    continue;
                }

                if (!spans.TryGetValue(id, out var list))
                {
                    spans[id] = list = [];
                }

                list.Add(new ExportSpell(first, last));
            }
        }

        return spans;
    }

    private static Dictionary<string, object?> NodeValues(Account? account, SnapshotCluster? cluster, long? posts)
    {
        var values = account is null
            ? new Dictionary<string, object?>(StringComparer.Ordinal) { ["posts"] = posts }
            : new Dictionary<string, object?>(AccountExport.Values(account, posts), StringComparer.Ordinal);
        values["display_name"] = account?.DisplayName;
        values["cluster_rank"] = cluster?.Report.Rank;
        values["cluster_size"] = cluster?.Size;
        values["lineage"] = cluster?.Lineage.Kind.ToString();
        return values;
    }
}
