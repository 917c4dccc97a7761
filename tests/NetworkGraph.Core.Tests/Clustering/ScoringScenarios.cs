using NetworkGraph.Core.Clustering;
using NetworkGraph.Core.Model;
using static NetworkGraph.Core.Tests.Clustering.ClusterFixtures;

namespace NetworkGraph.Core.Tests.Clustering;

/// <summary>Synthetic clusters for the scoring tests: an operation, decoys and a profile-only look-alike.</summary>
internal static class ScoringScenarios
{
    /// <summary>30 accounts posting 20 messages each, every message copy-pasted by all of them within about 40 s.</summary>
    public static (string[] Members, List<Post> Posts) CopyPasteOperation(string prefix = "op")
    {
        var rng = new Random(7);
        var members = Ids(prefix, 30);
        var posts = new List<Post>();
        for (var msg = 0; msg < 20; msg++)
        {
            var at = T0.AddDays(msg / 4).AddHours(msg % 4 * 3);
            var text = $"Message number {msg} about the great initiative and its partners";
            posts.AddRange(members.Select((m, i) => Original($"{prefix}-{msg}-{i}", m, at.AddSeconds(i + rng.Next(0, 10)), text, "az", hashtags: ["BIG"])));
        }

        return (members, posts);
    }

    /// <summary>40 fans retweeting their club's 15 posts one to ten hours later, and writing their own posts.</summary>
    public static (string[] Members, List<Post> Posts) SlowRetweetFans()
    {
        var rng = new Random(11);
        var members = Ids("fan", 40);
        var posts = new List<Post>();
        for (var c = 0; c < 15; c++)
        {
            var clubPost = T0.AddDays(c);
            posts.AddRange(members.Select((m, i) => Retweet($"rt-{c}-{i}", m, clubPost.AddMinutes(rng.Next(60, 600)), $"club{c}", "club", "RT @club: what a match")));
        }

        posts.AddRange(members.SelectMany((m, i) => Enumerable.Range(0, 5)
            .Select(k => Original($"own-{i}-{k}", m, T0.AddDays(k * 3).AddMinutes(rng.Next(0, 3000)), $"my own thoughts number {k} from fan {i} on the game"))));
        return (members, posts);
    }

    /// <summary>25 news readers sharing the same ten headlines (identical share-button text) hours apart.</summary>
    public static (string[] Members, List<Post> Posts, List<ClusterEdge> Edges) NewsJunkies()
    {
        var rng = new Random(13);
        var members = Ids("news", 25);
        var posts = new List<Post>();
        for (var n = 0; n < 10; n++)
        {
            var published = T0.AddDays(n);
            var url = $"https://news.example/story-{n}";
            posts.AddRange(members.Select((m, i) => Original(
                $"news-{n}-{i}", m, published.AddMinutes(rng.Next(0, 24 * 60)), $"Headline of story {n} with the whole title via @outlet {url}", urls: [url])));
        }

        var edges = DeriveEdges(posts).ToList();
        edges.AddRange(edges.Where(e => e.Kind == CoordinationKinds.CoTweet).Select(e => e with { Kind = CoordinationKinds.CoLink }).ToArray());
        return (members, posts, edges);
    }

    /// <summary>20 accounts with every profile marker (Azeri, Baku, YAP bios, created together, silent on a holiday) posting independently.</summary>
    public static (Account[] Accounts, List<Post> Posts) ProfileOnlyLookAlike()
    {
        var rng = new Random(17);
        var accounts = Ids("pf", 20).Select(id => Account(id, location: "Bakı", bio: "YAP üzvü", language: "az", created: new DateTimeOffset(2023, 5, 1, 9, 0, 0, TimeSpan.Zero))).ToArray();
        var posts = new List<Post>();
        var start = new DateTimeOffset(2023, 9, 8, 0, 0, 0, TimeSpan.FromHours(4)); // local midnight in the profile's zone
        for (var day = 0; day < 15; day++)
        {
            if (day == 7)
            {
                continue; // 15 Sept: the test holiday
            }

            posts.AddRange(accounts.Select((a, i) => Original($"pf-{day}-{i}", a.Id, start.AddDays(day).AddMinutes(rng.Next(0, 24 * 60)), $"{a.Id} writes note {day} in his own words", "az")));
        }

        return (accounts, posts);
    }

    /// <summary>15 accounts retweeting the same 12 posts within seconds of each other.</summary>
    public static (string[] Members, List<Post> Posts) FastRetweetRing()
    {
        var members = Ids("ring", 15);
        var posts = new List<Post>();
        for (var k = 0; k < 12; k++)
        {
            var at = T0.AddHours(k * 7);
            posts.AddRange(members.Select((m, i) => Retweet($"ring-{k}-{i}", m, at.AddSeconds(2 * i), $"boss{k}", "boss")));
        }

        return (members, posts);
    }

    /// <summary>
    /// 40 accounts in 30 waves: each wave's text copy-pasted by 12 members over three minutes and its seed retweeted by
    /// 8 members within minutes; plus 15 unrelated filler posts per member (the generator's operation, in small).
    /// </summary>
    public static (string[] Members, List<Post> Posts) DilutedOperation()
    {
        var rng = new Random(19);
        var members = Ids("dil", 40);
        var posts = new List<Post>();
        for (var wave = 0; wave < 30; wave++)
        {
            var at = T0.AddDays(wave / 3).AddHours(3 * (wave % 3));
            var text = $"Wave {wave}: stand with the peoples fighting for their freedom, share widely";
            var shuffled = members.OrderBy(_ => rng.Next()).ToArray();
            posts.AddRange(shuffled.Take(12).Select((m, i) => Original($"dil-{wave}-c{i}", m, at.AddSeconds(rng.Next(0, 180)), text, "az", hashtags: ["Kanaky"])));
            posts.AddRange(shuffled.Skip(12).Take(8).Select((m, i) => Retweet($"dil-{wave}-r{i}", m, at.AddSeconds(rng.Next(30, 300)), $"seed{wave}", "seeder")));
        }

        posts.AddRange(members.SelectMany((m, i) => Enumerable.Range(0, 15)
            .Select(k => Original($"dil-f{i}-{k}", m, T0.AddMinutes(rng.Next(0, 14 * 24 * 60)), $"{m} filler thought number {k} of the day", "az"))));
        return (members, posts);
    }
}
