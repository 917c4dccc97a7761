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
}
