using NetworkGraph.Core.Coordination;
using NetworkGraph.Core.Export;
using NetworkGraph.Core.Model;
using ClusterEdge = NetworkGraph.Core.Clustering.CoordinationEdge;
using ClusterPair = NetworkGraph.Core.Clustering.ClusterEvidence;

namespace NetworkGraph.Core.Tests.Export;

public sealed class SnapshotExportEdgesTests
{
    private static readonly DateTimeOffset T0 = new(2024, 5, 15, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Takes_layer_edges_of_one_window_with_times_counts_and_evidence_post_ids()
    {
        var posts = new List<Post>();
        foreach (var (text, at) in new[] { ("first copied text here", T0), ("second copied text here", T0.AddHours(3)) })
        {
            posts.Add(Post($"a-{at.Hour}", "a", at, text));
            posts.Add(Post($"b-{at.Hour}", "b", at.AddSeconds(20), text));
        }

        var graph = CoordinationGraphBuilder.Build(posts, new CoordinationOptions
        {
            Kinds = [ShareKind.Text], Windows = [TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(5)], MinEdgeWeight = 1, MaxDegreeOfParallelism = 1,
        });

        var edge = Assert.Single(SnapshotExportEdges.FromGraph(graph));

        Assert.Equal(("a", "b", "co_tweet", 2d), (edge.A, edge.B, edge.Kind, edge.Weight));
        Assert.Equal(((double?)20, (long?)2), (edge.MeanDtSeconds, edge.EvidenceCount));
        Assert.Equal(((DateTimeOffset?)T0, (DateTimeOffset?)T0.AddHours(3).AddSeconds(20)), (edge.First, edge.Last));
        Assert.Equal(["a-8|b-8", "a-11|b-11"], edge.Evidence.Select(p => $"{p.PostA}|{p.PostB}"));
        Assert.Empty(SnapshotExportEdges.FromGraph(graph, TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public void Takes_cluster_edges_with_first_and_last_times_from_their_evidence_posts()
    {
        var posts = new[] { Post("p1", "a", T0, "x"), Post("p2", "b", T0.AddMinutes(5), "x"), Post("p3", "a", T0.AddDays(2), "y") };
        var edges = new[]
        {
            new ClusterEdge("a", "b", "co_tweet", 2, 150, [new ClusterPair("p1", "p2"), new ClusterPair("p3", "missing")]),
            new ClusterEdge("a", "c", "co_retweet", 1, 10, []),
        };

        var result = SnapshotExportEdges.FromClusterEdges(edges, posts);

        Assert.Equal(((DateTimeOffset?)T0, (DateTimeOffset?)T0.AddDays(2), (long?)2), (result[0].First, result[0].Last, result[0].EvidenceCount));
        Assert.Equal(2, result[0].Evidence.Count);
        Assert.Equal(((DateTimeOffset?)null, (long?)null), (result[1].First, result[1].EvidenceCount));
    }

    private static Post Post(string id, string author, DateTimeOffset at, string text) =>
        new(id, author, at, text, "en", PostKind.Original, null, null, [], [], []);
}
