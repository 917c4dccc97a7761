using NetworkGraph.Core.Clustering;
using NetworkGraph.Core.Model;
using static NetworkGraph.Core.Tests.Clustering.ClusterFixtures;

namespace NetworkGraph.Core.Tests.Clustering;

/// <summary>A cluster's context numbers the authors of its posts once, in order of each author's first post.</summary>
public sealed class ClusterContextTests
{
    [Fact]
    public void Authors_are_numbered_in_order_of_their_first_post_among_the_cluster_rows()
    {
        string[] authors = ["c", "a", "c", "b", "a", "outsider", "b"];
        var table = ClusterPosts.From([.. authors.Select((a, i) => Original($"p{i}", a, T0.AddMinutes(i), $"text {i}"))]);
        int[] rows = [0, 1, 2, 3, 4, 6];
        var ctx = new ClusterContext(1, ["a", "b", "c"], new Dictionary<string, Account>(), table, rows, NormalizedTexts.Of(table, rows, 1, CancellationToken.None), TimeZoneInfo.Utc);

        Assert.Equal([0, 1, 0, 2, 1, 2], ctx.AuthorIndexes);
        Assert.Equal(3, ctx.AuthorCount);
        Assert.Same(ctx.AuthorIndexes, ctx.AuthorIndexes);
    }
}
