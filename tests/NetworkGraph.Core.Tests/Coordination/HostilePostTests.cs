using NetworkGraph.Core.Coordination;
using NetworkGraph.Core.Model;

namespace NetworkGraph.Core.Tests.Coordination;

/// <summary>Posts carrying values an adversary or a broken export puts in a field never stop the graph build.</summary>
public sealed class HostilePostTests
{
    private static readonly DateTimeOffset T0 = new(2024, 5, 15, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Builds_every_kind_over_posts_with_hostile_values()
    {
        string[] hostile = ["", "\0", "\uFFFE", "\uD800x", "\u202Eevil", "zero\u200Bwidth", "<script>alert(1)</script>", "http://\u00E9-.com/x",
            "javascript:alert(1)", "http://example.com/%zz%", "https://xn--\u00F1.com/page"];
        var posts = new List<Post>();
        var n = 0;
        foreach (var author in new[] { "a", "b", "c" })
        {
            foreach (var (value, k) in hostile.Select((v, k) => (v, k)))
            {
                posts.Add(new Post("p" + ++n, author, T0.AddSeconds(k), value + " shared words of the campaign", "az", PostKind.Original, null, null,
                    [value, "victim"], [value, "Baku"], [value, "https://news.example/a"]));
            }

            posts.Add(new Post("p" + ++n, author, DateTimeOffset.MinValue, "year one", null, PostKind.Retweet, "orig", "z", [], [], []));
            posts.Add(new Post("p" + ++n, author, DateTimeOffset.MaxValue, "year 9999", null, PostKind.Reply, "orig", "z", [], [], []));
            posts.Add(new Post("big" + author, author, T0, new string('w', 1_000_000), "az", PostKind.Original, null, null, [],
                Enumerable.Range(0, 5000).Select(i => "tag" + i).ToArray(), []));
        }

        // One id, two contents: a second "p1" by another author with other text.
        posts.Add(new Post("p1", "d", T0, "other content entirely", "en", PostKind.Original, null, null, [], [], []));
        var options = new CoordinationOptions
        {
            Kinds = Enum.GetValues<ShareKind>(),
            Windows = [TimeSpan.FromMinutes(1), TimeSpan.FromDays(1)],
            MinEdgeWeight = 1,
            MinParticipation = 1,
            MaxDegreeOfParallelism = 1,
        };

        var graph = CoordinationGraphBuilder.Build(posts, options);
        var amplification = AmplificationGraphBuilder.Build(posts);

        var hashtags = graph.Layer(ShareKind.Hashtag, TimeSpan.FromMinutes(1))!;
        Assert.Contains(hashtags.Edges, e => e.PairCount >= 5000);
        Assert.NotEmpty(graph.Layer(ShareKind.Url, TimeSpan.FromMinutes(1))!.Edges);
        Assert.NotEmpty(graph.Layer(ShareKind.Retweet, TimeSpan.FromMinutes(1))!.Edges);
        Assert.NotNull(amplification);
    }
}
