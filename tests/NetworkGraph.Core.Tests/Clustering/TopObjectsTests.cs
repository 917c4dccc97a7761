using NetworkGraph.Core.Clustering;
using static NetworkGraph.Core.Tests.Clustering.ClusterFixtures;

namespace NetworkGraph.Core.Tests.Clustering;

public sealed class TopObjectsTests
{
    [Fact]
    public void Link_shorteners_are_counted_apart_from_the_domains()
    {
        // Short links whose targets the input did not give (the IRA release lists only t.co links) say nothing of
        // the sites shared: they must not crowd out the one real domain.
        var members = Ids("s", 3);
        var posts = Enumerable.Range(0, 12).Select(i => Original(
            $"p{i}", members[i % 3], T0.AddMinutes(i), $"look at this {i}",
            urls: i % 4 == 0 ? [$"https://t.co/x{i}", "https://news.example/story"] : i % 4 == 1 ? [$"https://bit.ly/y{i}"] : [$"https://t.co/z{i}"]))
            .ToArray();

        var objects = AnalyseSingle(new ClusterInput([], posts, Partition((1, members)), [])).Objects;

        Assert.Equal([("news.example", 3)], objects.Domains.Select(d => (d.Label, d.Count)));
        Assert.Equal([("t.co", 9), ("bit.ly", 3)], objects.ShortenedLinks.Select(d => (d.Label, d.Count)));
    }
}
