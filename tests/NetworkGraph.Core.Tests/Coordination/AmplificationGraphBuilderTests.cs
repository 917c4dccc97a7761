using NetworkGraph.Core.Clustering;
using NetworkGraph.Core.Coordination;
using NetworkGraph.Core.Model;
using static NetworkGraph.Core.Tests.Coordination.Support.SomePosts;

namespace NetworkGraph.Core.Tests.Coordination;

public sealed class AmplificationGraphBuilderTests
{
    [Fact]
    public void Counts_each_direction_and_kind_with_first_and_last_times()
    {
        Post[] posts =
        [
            Retweet("1", "B", 10, "p", "A"),
            Retweet("2", "B", 70, "q", "A"),
            Quote("3", "B", 30, "p", "A", "look @A"),
            Reply("4", "C", 40, "p", "A", "@A no"),
            Original("5", "A", 50, "hi", mentions: ["B", "C", "C"]),
            Reply("6", "A", 60, "5", "A", "self thread"),
        ];

        var graph = AmplificationGraphBuilder.Build(posts);

        // Dense ids in first-seen order (B, A, C); mentions come from the post's mention list, not its text; the
        // self-reply is dropped.

        var edges = graph.Edges.Select(e => $"{graph.AccountIds[e.Source]}>{graph.AccountIds[e.Target]} {e.Kind} {e.Count}").ToList();
        Assert.Equal(
            ["B>A Retweet 2", "B>A Quote 1", "A>B Mention 1", "A>C Mention 1", "C>A Reply 1"],
            edges);
        var retweets = graph.Edges.Single(e => e.Kind == InteractionKind.Retweet);
        Assert.Equal(At(10), retweets.First);
        Assert.Equal(At(70), retweets.Last);
    }

    [Fact]
    public void The_graph_of_table_rows_is_the_graph_of_those_rows_as_posts()
    {
        // Random posts of every kind: referenced authors missing, empty or the author; mentions repeated, prefixed,
        // padded, naming the author or nothing; retweets carrying mentions (which count for nothing).
        var rng = new Random(5);
        string[] accounts = ["a", "b", "c", "d", "", "e f"];
        string[] mentions = ["a", "@a", " b ", "＠c", "@", "  ", "d", "@e f", "z", "@@a"];
        var kinds = Enum.GetValues<PostKind>();
        var t0 = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var posts = Enumerable.Range(0, 400).Select(i => new Post(
                "p" + i,
                accounts[rng.Next(4)],
                t0.AddTicks(rng.NextInt64(TimeSpan.TicksPerDay * 3)),
                "text",
                "en",
                kinds[rng.Next(kinds.Length)],
                "r" + i,
                rng.Next(5) == 0 ? null : accounts[rng.Next(accounts.Length)],
                Enumerable.Range(0, rng.Next(4)).Select(_ => mentions[rng.Next(mentions.Length)]).ToArray(),
                [],
                []))
            .ToArray();
        var table = ClusterPosts.From(posts);
        var rows = Enumerable.Range(0, posts.Length).Where(r => r % 7 != 3).ToArray();

        var fromPosts = AmplificationGraphBuilder.Build(rows.Select(r => posts[r]));
        var fromRows = AmplificationGraphBuilder.Build(table, rows);

        Assert.Equal(fromPosts.AccountIds, fromRows.AccountIds);
        Assert.Equal(fromPosts.Edges, fromRows.Edges);
        Assert.Contains(fromRows.Edges, e => e.Kind == InteractionKind.Mention && e.Count > 1);
        Assert.Equal(Enum.GetValues<InteractionKind>().Length, fromRows.Edges.Select(e => e.Kind).Distinct().Count());
    }
}
