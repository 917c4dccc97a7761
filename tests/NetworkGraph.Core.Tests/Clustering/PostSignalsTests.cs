using NetworkGraph.Core.Clustering;
using NetworkGraph.Core.Coordination;
using NetworkGraph.Core.Model;
using static NetworkGraph.Core.Tests.Clustering.ClusterFixtures;

namespace NetworkGraph.Core.Tests.Clustering;

public sealed class PostSignalsTests
{
    private const string Long = "Support the initiative for a free and fair future today";

    private static ClusterReport Analyse(IReadOnlyList<Post> posts, ClusterAnalysisOptions? options = null, IReadOnlyList<Account>? accounts = null) =>
        AnalyseSingle(new ClusterInput(accounts ?? [], posts, Partition((1, ["a", "b", "c"])), []), options: options);

    [Fact]
    public void Copy_paste_counts_posts_another_member_repeated_within_the_window()
    {
        var report = Analyse(
        [
            Original("1", "a", T0, Long + " https://t.co/x"),
            Original("2", "b", T0.AddSeconds(20), "RT @someone: " + Long.ToUpperInvariant() + " @c"),
            Original("3", "a", T0.AddSeconds(30), Long), // same author as 1, but b is within 10 s of it
            Original("4", "c", T0.AddHours(2), Long), // same text, too late
            Original("5", "c", T0.AddHours(3), "ok thanks"), // too short to count
            Original("6", "b", T0.AddHours(3).AddSeconds(5), "ok thanks"),
        ]);

        Assert.Equal(3, report.Metrics.CopyPastedPosts);
        Assert.Equal(0.5, report.Metrics.CopyPasteShare, 12);
    }

    [Fact]
    public void Copy_paste_counts_the_posts_that_the_co_tweet_layer_calls_the_same_text()
    {
        Post[] posts =
        [
            Original("1", "a", T0, "Bakı gözəldir, vive la Corse libre !"),
            Original("2", "b", T0.AddSeconds(5), "BAKI GOZELDIR... Vive la Corse libre"),
        ];
        var shares = new ShareTableBuilder(new ShareTableOptions { Kinds = [ShareKind.Text] });
        shares.AddRange(posts);

        var report = Analyse(posts);

        Assert.Equal(1, shares.Build().ObjectCount(ShareKind.Text));
        Assert.Equal(2, report.Metrics.CopyPastedPosts);
    }

    [Fact]
    public void Copy_paste_ignores_one_author_repeating_itself_and_retweets()
    {
        var report = Analyse(
        [
            Original("1", "a", T0, Long),
            Original("2", "a", T0.AddSeconds(5), Long),
            Retweet("3", "b", T0.AddSeconds(6), "99", "z", Long),
        ]);

        Assert.Equal(0, report.Metrics.CopyPastedPosts);
    }

    [Fact]
    public void Synchronised_posts_need_enough_distinct_members_in_the_window()
    {
        var options = new ClusterAnalysisOptions { MinSyncAccounts = 3, SyncWindowSeconds = 600 };
        var report = Analyse(
        [
            Original("1", "a", T0, "one"),
            Original("2", "b", T0.AddMinutes(2), "two"),
            Original("3", "c", T0.AddMinutes(4), "three"),
            Original("4", "a", T0.AddHours(5), "four"),
            Original("5", "b", T0.AddHours(6), "five"),
        ], options);

        Assert.Equal(3, report.Metrics.SynchronisedPosts);
        Assert.Equal(0.6, report.Metrics.SynchronisedShare, 12);
    }

    [Fact]
    public void Top_objects_count_posts_per_object()
    {
        var report = Analyse(
            [
                Original("1", "a", T0, "x", hashtags: ["YAP", "yap"], urls: ["https://www.Example.com/a"], mentions: ["t1"]),
                Original("2", "b", T0.AddHours(1), "y", hashtags: ["yap"], urls: ["http://example.com/b"], mentions: ["t1", "t2"]),
                Retweet("3", "c", T0.AddHours(2), "99", "t2"),
            ],
            accounts: [Account("t1", handle: "target_one")]);

        var o = report.Objects;
        Assert.Equal(new ObjectCount("yap", "#YAP", 2), o.Hashtags[0]);
        Assert.Equal(new ObjectCount("example.com", "example.com", 2), Assert.Single(o.Domains));
        Assert.Equal(2, o.Urls.Count);
        Assert.Equal(new ObjectCount("t1", "@target_one", 2), o.Targets[0]);
        Assert.Equal(new ObjectCount("t2", "@t2", 1), o.Targets[1]);
        Assert.Equal(new ObjectCount("t2", "@t2", 1), Assert.Single(o.Amplified));
        Assert.Equal(2, o.Texts.Count);
    }
}
