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

    /// <summary>The definition of the top objects, on the posts of the cluster in its order (time, then id): per post
    /// each object once (hashtags alike when equal ignoring case), counted by key, labelled as first counted.</summary>
    private static Dictionary<string, (string Key, string Label, int Count)[]> Reference(IEnumerable<Post> posts, IReadOnlyDictionary<string, Account> accounts, int top)
    {
        string[] shorteners = ["t.co", "bit.ly"];
        string Label(string id) => accounts.TryGetValue(id, out var a) ? "@" + a.Handle : "@" + id;
        var found = new Dictionary<string, List<(string Key, string Label)>>
        {
            ["hashtags"] = [], ["urls"] = [], ["domains"] = [], ["shortened"] = [], ["targets"] = [], ["amplified"] = [],
        };
        foreach (var p in posts.OrderBy(p => p.Time).ThenBy(p => p.Id, StringComparer.Ordinal))
        {
            found["hashtags"].AddRange(p.Hashtags.Select(h => h.TrimStart('#')).Distinct(StringComparer.OrdinalIgnoreCase)
                .Where(t => t.Length > 0).Select(t => (t.ToLowerInvariant(), "#" + t)));
            found["urls"].AddRange(p.Urls.Select(u => u.Trim()).Where(u => u.Length > 0).Distinct().Select(u => (u, u)));
            foreach (var d in p.Urls.Select(UrlHost.Domain).OfType<string>().Distinct())
            {
                found[shorteners.Contains(d) ? "shortened" : "domains"].Add((d, d));
            }

            var targets = p.Mentions.Select(m => m.TrimStart('@')).Where(m => m.Length > 0).Distinct().ToList();
            if (p.Kind == PostKind.Reply && !string.IsNullOrEmpty(p.ReferencedAuthorId) && !targets.Contains(p.ReferencedAuthorId))
            {
                targets.Add(p.ReferencedAuthorId);
            }

            found["targets"].AddRange(targets.Select(t => (t, Label(t))));
            if (p.Kind is PostKind.Retweet or PostKind.Quote && !string.IsNullOrEmpty(p.ReferencedAuthorId))
            {
                found["amplified"].Add((p.ReferencedAuthorId, Label(p.ReferencedAuthorId)));
            }
        }

        return found.ToDictionary(
            kv => kv.Key,
            kv => kv.Value.GroupBy(o => o.Key).Select(g => (g.Key, g.First().Label, g.Count()))
                .OrderByDescending(g => g.Item3).ThenBy(g => g.Key, StringComparer.Ordinal).Take(top).ToArray());
    }

    [Fact]
    public void Top_objects_are_those_of_their_definition_on_hostile_values()
    {
        var members = Ids("m", 4);
        Post Make(int i, PostKind kind, string[] tags, string[] urls, string[] mentions, string? source) =>
            new($"p{i:D2}", members[i % 4], T0.AddMinutes(i / 3), $"text {i}", "en", kind, source is null ? null : "x" + i, source, mentions, tags, urls);
        var posts = new List<Post>();
        for (var i = 0; i < 60; i++)
        {
            posts.Add(Make(
                i,
                (i % 5) switch { 0 => PostKind.Reply, 1 => PostKind.Retweet, 2 => PostKind.Quote, _ => PostKind.Original },
                (i % 6) switch
                {
                    0 => ["#Tag", "tag", "#TAG", "other"],
                    1 => ["#", "", "#İstanbul", "#istanbul"],
                    2 => ["#Tag" + (i % 4), "#ß", "#SS"],
                    _ => ["##tag", "#Other"],
                },
                (i % 4) switch
                {
                    0 => [" https://a.example/x ", "https://a.example/x", "https://t.co/" + i, "not a url"],
                    1 => ["https://b.example/" + (i % 3), "https://bit.ly/q", "   "],
                    2 => ["HTTPS://A.EXAMPLE/x", "https://b.example/0"],
                    _ => [],
                },
                (i % 3) switch
                {
                    0 => ["@m001", "m001", "@", "@@m002"],
                    1 => ["m003", "@m004"],
                    _ => [],
                },
                (i % 7) switch { 0 => null, 1 => "", 2 => "m001", 3 => "@m002", 4 => "m003", _ => "outsider" + (i % 2) }));
        }

        var accounts = new[] { Account("m001", handle: "first"), Account("m003", handle: "third"), Account("outsider1") };
        var options = new ClusterAnalysisOptions { TopCount = 4 };

        var objects = AnalyseSingle(new ClusterInput(accounts, posts, Partition((1, members)), []), options: options).Objects;

        var expected = Reference(posts, accounts.ToDictionary(a => a.Id), 4);
        (string, string, int)[] Of(IReadOnlyList<ObjectCount> counts) => [.. counts.Select(c => (c.Key, c.Label, c.Count))];
        Assert.Equal(expected["hashtags"], Of(objects.Hashtags));
        Assert.Equal(expected["urls"], Of(objects.Urls));
        Assert.Equal(expected["domains"], Of(objects.Domains));
        Assert.Equal(expected["shortened"], Of(objects.ShortenedLinks));
        Assert.Equal(expected["targets"], Of(objects.Targets));
        Assert.Equal(expected["amplified"], Of(objects.Amplified));
    }
}
