using NetworkGraph.Core.Coordination;
using NetworkGraph.Core.Model;
using NetworkGraph.Core.Structure;

namespace NetworkGraph.Core.Tests.Structure;

public sealed class AmplificationSummarizerTests
{
    private static readonly DateTimeOffset T0 = new(2024, 1, 1, 12, 0, 0, TimeSpan.Zero);
    private static int _next;

    private static Post Post(string author, PostKind kind, string? referencedAuthor, params string[] mentions) =>
        new($"p{Interlocked.Increment(ref _next)}", author, T0.AddMinutes(_next), "text", "en", kind, referencedAuthor is null ? null : "r" + _next,
            referencedAuthor, mentions, [], []);

    /// <summary>In-degree as target rank, out-degree as amplifier rank, two vertices tied both ways as one component,
    /// degree as core: enough to check how the summary maps and orders what the ranker returns.</summary>
    private static DirectedRanks Degrees(int n, int[] sources, int[] targets)
    {
        var inDegree = new double[n];
        var outDegree = new double[n];
        var component = Enumerable.Range(0, n).ToArray();
        var edges = sources.Zip(targets).ToHashSet();
        foreach (var (s, t) in edges)
        {
            inDegree[t]++;
            outDegree[s]++;
            if (edges.Contains((t, s)))
            {
                component[s] = component[t] = Math.Min(s, t);
            }
        }

        return new DirectedRanks(inDegree, outDegree, component, inDegree.Zip(outDegree, (a, b) => (int)(a + b)).ToArray());
    }

    private static readonly SnapshotOperation Operation = new("OP-C1-1", 1, ["C1-1"], 3, true, 0.9, [], "One network.");

    private static AmplificationSummary Summary() => AmplificationSummarizer.Summarize(
        Operation,
        new HashSet<string>(["a", "b", "c"], StringComparer.Ordinal),
        AmplificationGraphBuilder.Build(
        [
            Post("a", PostKind.Retweet, "z"),
            Post("a", PostKind.Retweet, "z"),
            Post("b", PostKind.Retweet, "z"),
            Post("c", PostKind.Quote, "z"),
            Post("a", PostKind.Original, null, "b", "a"),
            Post("b", PostKind.Original, null, "@a"),
            Post("a", PostKind.Reply, "y"),
            Post("c", PostKind.Retweet, "c"),
            Post("c", PostKind.Reply, "z"),
        ]),
        new Dictionary<string, string> { ["z"] = "@zed" },
        Degrees);

    [Fact]
    public void Links_sum_every_kind_per_amplifier_and_target_and_leave_out_self_amplification()
    {
        var links = Summary().Links.Select(l => $"{l.Source}->{l.Target}:{l.Count}").Order(StringComparer.Ordinal);

        Assert.Equal(["a->b:1", "a->y:1", "a->z:2", "b->a:1", "b->z:1", "c->z:2"], links);
        Assert.Equal(8, Summary().Interactions);
        Assert.DoesNotContain(Summary().TopTargets, r => r.AccountId == "c");
    }

    [Fact]
    public void Rankings_follow_the_ranker_with_labels_counts_and_membership()
    {
        var summary = Summary();

        var top = summary.TopTargets[0];
        Assert.Equal(("z", "@zed", 1, 3.0, 5, false), (top.AccountId, top.Label, top.Rank, top.PageRank, top.Interactions, top.Member));
        Assert.Equal("a", summary.TopAmplifiers[0].AccountId);
        Assert.True(summary.TopAmplifiers[0].Member);
        Assert.DoesNotContain(summary.TopAmplifiers, r => r.AccountId == "z");
    }

    [Fact]
    public void Accounts_tied_both_ways_form_ring_one_and_the_narrative_names_the_top_target()
    {
        var summary = Summary();

        Assert.Equal([2], summary.RingSizes);
        Assert.Equal(1, summary.Accounts.Single(a => a.AccountId == "a").Ring);
        Assert.Equal(1, summary.Accounts.Single(a => a.AccountId == "b").Ring);
        Assert.Equal(0, summary.Accounts.Single(a => a.AccountId == "z").Ring);
        Assert.Contains("Most amplified (PageRank): @zed", summary.Narrative, StringComparison.Ordinal);
        Assert.Contains("Mutual-amplification rings: one, the largest of 2 accounts", summary.Narrative, StringComparison.Ordinal);
    }
}
