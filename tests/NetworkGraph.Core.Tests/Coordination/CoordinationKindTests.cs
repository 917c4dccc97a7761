using NetworkGraph.Core.Coordination;
using NetworkGraph.Core.Model;
using NetworkGraph.Core.Tests.Coordination.Support;
using static NetworkGraph.Core.Tests.Coordination.Support.SomePosts;

namespace NetworkGraph.Core.Tests.Coordination;

/// <summary>One hand-made case per object kind, with the exact edges expected (60 s window, no filters).</summary>
public sealed class CoordinationKindTests
{
    [Fact]
    public void Co_retweet_links_accounts_retweeting_the_same_post_within_the_window()
    {
        Post[] posts =
        [
            Retweet("1", "A", 0, "p0", "X"), Retweet("2", "B", 30, "p0", "X"), Retweet("3", "C", 200, "p0", "X"),
            Retweet("4", "C", 0, "p1", "X"), Original("5", "D", 1, "unrelated"),
        ];

        Assert.Equal(["A-B"], EdgeNames(posts, ShareKind.Retweet));
    }

    [Fact]
    public void Co_tweet_links_texts_equal_after_normalisation_and_ignores_retweets()
    {
        Post[] posts =
        [
            Original("1", "A", 0, "Hello, World!! https://t.co/abc @someone"),
            Original("2", "B", 10, "hello world 🙂"),
            Retweet("3", "C", 5, "1", "A", "RT @A: Hello, World!!"),
            Original("4", "D", 5, "hello there world"),
            Reply("5", "E", 20, "9", "Z", "@Z HELLO WORLD"),
        ];

        Assert.Equal(["A-B", "A-E", "B-E"], EdgeNames(posts, ShareKind.Text));
    }

    [Fact]
    public void Co_similar_links_edited_copies_but_not_unrelated_texts()
    {
        const string text = "The Baku Initiative Group conference exposed the crimes of colonialism in New Caledonia #Baku #France";
        Post[] posts =
        [
            Original("1", "A", 0, text),
            Original("2", "B", 20, "🇦🇿 " + text.Replace("#Baku #France", "#France #Baku", StringComparison.Ordinal) + " 🔥"),
            Original("3", "C", 40, text[..80] + "…"),
            Original("4", "D", 30, "Completely different words about the weather and football results this weekend"),
        ];

        Assert.Equal(["A-B", "A-C", "B-C"], EdgeNames(posts, ShareKind.SimilarText));
        Assert.Empty(EdgeNames(posts, ShareKind.Text)); // none of the copies is exact
    }

    [Fact]
    public void A_near_duplicate_group_is_labelled_by_its_representative_not_by_its_first_text()
    {
        // Two edits of one text come first; the text they were both edited from, similar to each (not they to each
        // other), comes last and represents the group.
        var words = NearDuplicateClustererTests.Words(70, seed: 1);
        Post[] posts =
        [
            Original("1", "A", 0, NearDuplicateClustererTests.Window(words, 0, 40)),
            Original("2", "B", 10, NearDuplicateClustererTests.Window(words, 12, 40)),
            Original("3", "C", 20, NearDuplicateClustererTests.Window(words, 6, 40)),
        ];

        var graph = CoordinationGraphBuilder.Build(posts, Options(ShareKind.SimilarText));

        Assert.Equal(1, graph.SimilarTextClusterCount);
        Assert.Equal("~" + graph.ObjectLabel(ShareKind.Text, 2), graph.ObjectLabel(ShareKind.SimilarText, 0));
        Assert.Equal("3", graph.PostId(graph.RepresentativePost(ShareKind.SimilarText, 0)));
        Assert.Equal(["A-B", "A-C", "B-C"], graph.Layers.Single().Edges.Select(e => graph.AccountIds[e.Source] + "-" + graph.AccountIds[e.Target]).Order());
    }

    [Fact]
    public void Co_link_matches_normalised_urls_and_co_domain_matches_their_domain()
    {
        Post[] posts =
        [
            Original("1", "A", 0, "a", urls: ["https://news.az/a?utm_source=tw"]),
            Original("2", "B", 5, "b", urls: ["http://www.news.az/a"]),
            Original("3", "C", 9, "c", urls: ["https://news.az/b"]),
            Original("4", "D", 9, "d", urls: ["https://other.org/a"]),
        ];

        Assert.Equal(["A-B"], EdgeNames(posts, ShareKind.Url));
        Assert.Equal(["A-B", "A-C", "B-C"], EdgeNames(posts, ShareKind.Domain));
    }

    [Fact]
    public void Co_hashtag_ignores_case_and_the_hash_sign()
    {
        Post[] posts =
        [
            Original("1", "A", 0, "x", hashtags: ["Baku"]),
            Original("2", "B", 59, "y", hashtags: ["#BAKU", "baku"]),
            Original("3", "C", 30, "z", hashtags: ["Paris"]),
        ];

        Assert.Equal(["A-B"], EdgeNames(posts, ShareKind.Hashtag));
    }

    [Fact]
    public void Co_mention_links_accounts_mentioning_the_same_account()
    {
        Post[] posts =
        [
            Original("1", "A", 0, "x", mentions: ["100"]),
            Original("2", "B", 40, "y", mentions: ["@100", "200"]),
            Original("3", "C", 50, "z", mentions: ["200"]),
        ];

        Assert.Equal(["A-B", "B-C"], EdgeNames(posts, ShareKind.Mention));
    }

    [Fact]
    public void Co_reply_links_replies_to_the_same_parent()
    {
        Post[] posts =
        [
            Reply("1", "A", 0, "p", "Z", "first"), Reply("2", "B", 10, "p", "Z", "second"),
            Reply("3", "C", 10, "q", "Z", "third"), Original("4", "D", 10, "p"),
        ];

        Assert.Equal(["A-B"], EdgeNames(posts, ShareKind.ReplyParent));
    }

    [Fact]
    public void Co_post_links_any_activity_within_the_window()
    {
        Post[] posts =
        [
            Original("1", "A", 0, "x"), Retweet("2", "B", 50, "q", "Z"), Reply("3", "C", 100, "p", "Z", "y"),
            Original("4", "D", 500, "w"),
        ];

        Assert.Equal(["A-B", "B-C"], EdgeNames(posts, ShareKind.Activity));
    }

    [Fact]
    public void Builds_one_layer_per_window_from_a_single_run()
    {
        // A and B co-retweet three posts, 5 s, 30 s and 600 s apart.
        Post[] posts =
        [
            Retweet("1", "A", 0, "p1", "X"), Retweet("2", "B", 5, "p1", "X"),
            Retweet("3", "A", 1000, "p2", "X"), Retweet("4", "B", 1030, "p2", "X"),
            Retweet("5", "A", 2000, "p3", "X"), Retweet("6", "B", 2600, "p3", "X"),
        ];
        var options = Options(ShareKind.Retweet) with
        {
            Windows = [TimeSpan.FromHours(1), TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(60)],
        };

        var graph = CoordinationGraphBuilder.Build(posts, options);

        Assert.Equal([10, 60, 3600], graph.Layers.Select(l => l.Window.TotalSeconds));
        Assert.Equal([1L, 2L, 3L], graph.Layers.Select(l => l.Edges.Single().PairCount));
        Assert.Equal(5, graph.Layers[0].Edges.Single().MeanDeltaSeconds, 9);
        Assert.Equal(17.5, graph.Layers[1].Edges.Single().MeanDeltaSeconds, 9);
        Assert.Equal(635 / 3.0, graph.Layers[2].Edges.Single().MeanDeltaSeconds, 9);
        Assert.Equal(At(2600), graph.Layers[2].Edges.Single().Last);
    }

    internal static CoordinationOptions Options(ShareKind kind) => new()
    {
        Kinds = [kind],
        Windows = [TimeSpan.FromSeconds(60)],
        MinParticipation = 1,
        MinEdgeWeight = 1,
        EvidenceCap = 100,
    };

    private static List<string> EdgeNames(Post[] posts, ShareKind kind)
    {
        var graph = CoordinationGraphBuilder.Build(posts, Options(kind));
        return graph.Layers.Single().Edges
            .Select(e => graph.AccountIds[e.Source] + "-" + graph.AccountIds[e.Target])
            .Order()
            .ToList();
    }
}
