using NetworkGraph.Core.Clustering;
using NetworkGraph.Core.Model;
using NetworkGraph.Core.Text;
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

    [Theory]
    [InlineData(0, 200)] // most posts: counted in arrays by text id
    [InlineData(150, 8)] // a few posts of many texts: counted in a dictionary
    public void Top_texts_are_the_most_used_then_ordinal_labelled_by_their_first_post_however_counted(int from, int count)
    {
        var texts = Enumerable.Range(0, 200).Select(i => (i % 7) switch
        {
            0 => $"Alpha, one! {i % 2}",
            1 => "beta TWO",
            2 => "Ｚeta",
            3 => "𝔸 four",
            _ => $"unique text {i}",
        }).ToArray();
        var members = Ids("t", 3);
        var table = ClusterPosts.From([.. texts.Select((t, i) => Original($"p{i}", members[i % 3], T0.AddMinutes(i), t))]);
        var rows = Enumerable.Range(0, table.Count).ToArray();
        var ctx = new ClusterContext(1, members, new Dictionary<string, Account>(), table, rows, NormalizedTexts.Of(table, rows, 1, CancellationToken.None), TimeZoneInfo.Utc);
        var posts = Enumerable.Range(from, count).ToArray();

        var top = new TopObjects(table).Texts(ctx, posts, 4);

        var expected = posts
            .GroupBy(i => TextNormalizer.Normalize(texts[i]))
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(4)
            .Select(g => (g.Key, TextLabel.OneLine(texts[g.First()]), g.Count()));
        Assert.Equal(expected, top.Select(o => (o.Key, o.Label, o.Count)));
    }
}
