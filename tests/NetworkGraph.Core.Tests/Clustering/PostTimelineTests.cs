using NetworkGraph.Core.Clustering;
using static NetworkGraph.Core.Tests.Clustering.ClusterFixtures;

namespace NetworkGraph.Core.Tests.Clustering;

/// <summary>A timeline moved by the null model comes back in time order, each post with its author.</summary>
public sealed class PostTimelineTests
{
    [Fact]
    public void Moved_posts_come_in_time_order_with_their_authors_as_a_sort_of_all_of_them_gives()
    {
        var rng = new Random(11);
        var authors = Enumerable.Range(0, 40).Select(a => $"a{a}").ToArray();
        var posts = Enumerable.Range(0, 3000)
            .Select(i => Original($"p{i}", authors[rng.Next(authors.Length)], T0.AddSeconds(rng.Next(0, 20 * 86400)), $"text {i}"))
            .OrderBy(p => p.Time)
            .ToList();
        var table = ClusterPosts.From(posts);
        var rows = Enumerable.Range(0, table.Count).ToArray();
        var ctx = new ClusterContext(1, authors, new Dictionary<string, NetworkGraph.Core.Model.Account>(), table, rows, NormalizedTexts.Of(table, rows, 1, CancellationToken.None), TimeZoneInfo.Utc);
        var timeline = PostTimeline.Of(ctx, 1);

        for (var round = 0; round < 5; round++)
        {
            var shifted = new long[timeline.Count];
            var move = timeline.Shift(rng, 7, shifted);
            var (ticks, ordered) = (new long[timeline.Count], new int[timeline.Count]);

            timeline.InTimeOrder(shifted, move, ticks, ordered);

            var expected = shifted.Select((t, i) => (t, timeline.Authors[i])).Order().ToArray();
            Assert.True(ticks.Zip(ticks.Skip(1)).All(p => p.First <= p.Second), "times in order");
            Assert.Equal(expected, ticks.Zip(ordered).Order().ToArray());
        }
    }
}
