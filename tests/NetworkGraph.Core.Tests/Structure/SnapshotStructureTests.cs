using NetworkGraph.Core.Clustering;
using NetworkGraph.Core.Coordination;
using NetworkGraph.Core.Model;
using NetworkGraph.Core.Snapshots;
using NetworkGraph.Core.Structure;
using static NetworkGraph.Core.Tests.Snapshots.SnapshotFixtures;

namespace NetworkGraph.Core.Tests.Structure;

public sealed class SnapshotStructureTests
{
    private static readonly DateTimeOffset T0 = new(2024, 1, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly string[] Flagged = Members("f", 10, 14);
    private static readonly string[] Organic = Members("o", 10, 14);

    /// <summary>Who retweets, quotes, replies to and mentions whom: members of both clusters and outsiders, each
    /// author's posts spread over the collection.</summary>
    private static List<Post> Posts()
    {
        var authors = Flagged.Concat(Organic).Append("outsider").ToArray();
        var posts = new List<Post>();
        for (var i = 0; i < 120; i++)
        {
            var author = authors[(i * 7) % authors.Length];
            var target = authors[(i * 3 + 1) % authors.Length];
            var kind = (PostKind)(i % 4);
            posts.Add(new Post(
                $"p{i}", author, T0.AddMinutes(i), $"text {i % 5}", "en", kind,
                kind == PostKind.Original ? null : $"p{i / 2}", kind == PostKind.Original ? null : target,
                i % 3 == 0 ? [authors[(i + 5) % authors.Length]] : [], [], []));
        }

        return posts;
    }

    private static DirectedRanks Degrees(int n, int[] sources, int[] targets)
    {
        var inDegree = new double[n];
        var outDegree = new double[n];
        for (var i = 0; i < sources.Length; i++)
        {
            outDegree[sources[i]]++;
            inDegree[targets[i]]++;
        }

        return new DirectedRanks(inDegree, outDegree, Enumerable.Range(0, n).ToArray(), new int[n]);
    }

    [Fact]
    public void A_flagged_operations_amplification_links_its_members_to_what_they_amplify()
    {
        var snapshot = Build(Analysis(Report(1, 0.9, true, Flagged), Report(2, 0.1, false, Organic)), null);
        var edges = Flagged.SelectMany(a => Flagged.Where(b => string.CompareOrdinal(a, b) < 0)
            .Select(b => new ClusterEdge(a, b, CoordinationKinds.CoTweet, 2, 5, []))).ToArray();
        var posts = Posts();
        var input = new ClusterInput([], [], new Dictionary<string, int>(), edges) { PostColumns = ClusterPosts.From(posts) };

        var attached = SnapshotStructure.Attach(snapshot, input, Degrees);

        var summary = Assert.Single(attached.Amplification);
        Assert.NotEmpty(summary.Links);
        Assert.DoesNotContain(summary.Links, l => !Flagged.Contains(l.Source));
        var flaggedPosts = posts.Where(p => Flagged.Contains(p.AuthorId)).ToList();
        Assert.Equal(AmplificationGraphBuilder.Build(flaggedPosts).Edges.Sum(e => e.Count), summary.Interactions);
    }
}
