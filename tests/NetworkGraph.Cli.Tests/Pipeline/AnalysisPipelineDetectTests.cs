using System.Globalization;
using NetworkGraph.App.Pipeline;
using NetworkGraph.Core.Coordination;

namespace NetworkGraph.Cli.Tests.Pipeline;

/// <summary>How the multiplex weighting shapes the communities of the detection window: a bulk copy-paste block must
/// not set the scale under which a small group merges into its neighbour (the IRA NewsFeed accounts merged into the
/// HashtagGamers), and damping heavy pairs must not merge groups that only light ties join.</summary>
public sealed class AnalysisPipelineDetectTests
{
    private static readonly DateTimeOffset Origin = new(2024, 5, 15, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_small_group_with_two_light_ties_to_a_neighbour_stays_apart_beside_a_bulk_block()
    {
        var membership = Communities(BulkGamesAndNews(), new AnalysisSettings());

        Assert.Single(Members(membership, "games").Distinct());
        Assert.Single(Members(membership, "news").Distinct());
        Assert.NotEqual(membership["games0"], membership["news0"]);
        Assert.NotEqual(membership["games0"], membership["bulk0"]);
    }

    [Fact]
    public void Weighing_by_co_shares_merges_the_small_group_into_its_neighbour_beside_a_bulk_block()
    {
        var membership = Communities(BulkGamesAndNews(), new AnalysisSettings { Weighting = MultiplexWeighting.CoShares });

        Assert.Equal(membership["games0"], membership["news0"]);
    }

    [Fact]
    public void Two_groups_tied_member_to_member_by_a_few_co_shares_each_stay_two_communities()
    {
        var graph = Graph(builder =>
        {
            Group(builder, "left", 6, coShares: 100);
            Group(builder, "right", 6, coShares: 100);
            for (var l = 0; l < 6; l++)
            {
                for (var r = 0; r < 6; r++)
                {
                    Tie(builder, Name("left", l), Name("right", r), coShares: 2);
                }
            }
        });

        var membership = Communities(graph, new AnalysisSettings());

        Assert.Single(Members(membership, "left").Distinct());
        Assert.Single(Members(membership, "right").Distinct());
        Assert.NotEqual(membership["left0"], membership["right0"]);
    }

    /// <summary>Eight bulk accounts co-sharing 5,000 times, six "games" and four "news" accounts co-sharing 50 times
    /// within their group, and two games-news pairs with two co-shares each.</summary>
    private static CoordinationGraph BulkGamesAndNews() => Graph(builder =>
    {
        Group(builder, "bulk", 8, coShares: 5000);
        Group(builder, "games", 6, coShares: 50);
        Group(builder, "news", 4, coShares: 50);
        Tie(builder, "games0", "news0", coShares: 2);
        Tie(builder, "games1", "news1", coShares: 2);
    });

    private static CoordinationGraph Graph(Action<ShareTableBuilder> add)
    {
        var builder = new ShareTableBuilder();
        add(builder);
        return CoordinationGraphBuilder.Build(builder.Build(), new CoordinationOptions
        {
            Kinds = [ShareKind.Retweet],
            Windows = [TimeSpan.FromHours(1)],
            MinParticipation = 1,
            MinEdgeWeight = 1,
        });
    }

    /// <summary>Accounts name0..name(n-1) that all retweet the same <paramref name="coShares"/> tweets seconds apart,
    /// so every pair of them co-shares that many times.</summary>
    private static void Group(ShareTableBuilder builder, string name, int accounts, int coShares, string? objectPrefix = null)
    {
        for (var o = 0; o < coShares; o++)
        {
            for (var a = 0; a < accounts; a++)
            {
                var account = Name(name, a);
                var tweet = $"{objectPrefix ?? name}-{o}";
                builder.AddShare(account, $"{account}/{tweet}", Origin.AddHours(2 * o).AddSeconds(a), ShareKind.Retweet, tweet);
            }
        }
    }

    private static void Tie(ShareTableBuilder builder, string one, string other, int coShares)
    {
        for (var o = 0; o < coShares; o++)
        {
            var tweet = $"{one}+{other}-{o}";
            builder.AddShare(one, $"{one}/{tweet}", Origin.AddHours(2 * o), ShareKind.Retweet, tweet);
            builder.AddShare(other, $"{other}/{tweet}", Origin.AddHours(2 * o).AddMinutes(5), ShareKind.Retweet, tweet);
        }
    }

    private static Dictionary<string, int> Communities(CoordinationGraph graph, AnalysisSettings settings)
    {
        var partition = AnalysisPipeline.Detect(graph, settings with { Threads = 1 });
        return graph.AccountIds.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => partition.Membership[p.i], StringComparer.Ordinal);
    }

    private static IEnumerable<int> Members(Dictionary<string, int> membership, string name) =>
        membership.Where(kv => kv.Key.StartsWith(name, StringComparison.Ordinal) && char.IsDigit(kv.Key[name.Length])).Select(kv => kv.Value);

    private static string Name(string name, int index) => name + index.ToString(CultureInfo.InvariantCulture);
}
