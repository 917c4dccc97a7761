using NetworkGraph.Core.Coordination;
using NetworkGraph.Core.Model;
using ClusterEdge = NetworkGraph.Core.Clustering.CoordinationEdge;

namespace NetworkGraph.Core.Export;

/// <summary>Builds <see cref="SnapshotExportEdge"/> lists from the coordination stage's two edge shapes.</summary>
public static class SnapshotExportEdges
{
    /// <summary>The edges of every layer of one window (default: the largest window built), with times and evidence post ids.</summary>
    public static IReadOnlyList<SnapshotExportEdge> FromGraph(CoordinationGraph graph, TimeSpan? window = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var chosen = window ?? (graph.Layers.Count == 0 ? TimeSpan.Zero : graph.Layers.Max(l => l.Window));
        var ids = graph.AccountIds;
        var result = new List<SnapshotExportEdge>();
        foreach (var layer in graph.Layers.Where(l => l.Window == chosen))
        {
            var kind = ShareKindNames.ClusterName(layer.Kind);
            foreach (var e in layer.Edges)
            {
                result.Add(new SnapshotExportEdge(ids[e.Source], ids[e.Target], kind, e.Weight)
                {
                    MeanDtSeconds = e.MeanDeltaSeconds,
                    EvidenceCount = e.PairCount,
                    First = e.First,
                    Last = e.Last,
                    Evidence = e.Evidence
                        .Select(p => new SnapshotEvidence(graph.PostId(p.SourcePost), graph.PostId(p.TargetPost), graph.ObjectLabel(layer.Kind, p.Object)))
                        .ToList(),
                });
            }
        }

        return result;
    }

    /// <summary>The cluster analysis' edges; first and last times come from the evidence posts found in <paramref name="posts"/>.</summary>
    public static IReadOnlyList<SnapshotExportEdge> FromClusterEdges(IEnumerable<ClusterEdge> edges, IEnumerable<Post>? posts = null)
    {
        ArgumentNullException.ThrowIfNull(edges);
        var times = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        foreach (var post in posts ?? [])
        {
            times.TryAdd(post.Id, post.Time);
        }

        return edges.Select(e =>
        {
            var seen = e.Evidence
                .SelectMany(p => new[] { p.PostA, p.PostB })
                .Where(times.ContainsKey)
                .Select(id => times[id])
                .ToList();
            return new SnapshotExportEdge(e.A, e.B, e.Kind, e.Weight)
            {
                MeanDtSeconds = e.MeanDtSeconds,
                EvidenceCount = e.Evidence.Count == 0 ? null : e.Evidence.Count,
                First = seen.Count == 0 ? null : seen.Min(),
                Last = seen.Count == 0 ? null : seen.Max(),
                Evidence = e.Evidence.Select(p => new SnapshotEvidence(p.PostA, p.PostB)).ToList(),
            };
        }).ToList();
    }
}
