using NetworkGraph.Core.Clustering;
using NetworkGraph.Core.Model;
using static NetworkGraph.Core.Tests.Clustering.ClusterFixtures;

namespace NetworkGraph.Core.Tests.Clustering;

/// <summary>Synthetic clusters for the scoring tests: an operation, decoys and a profile-only look-alike.</summary>
internal static class ScoringScenarios
{
    /// <summary>
    /// 30 accounts posting 20 messages each, every message copy-pasted by all of them within about 40 s: four a day at
    /// the same hours, or with <paramref name="anyHour"/> one a day at a random hour.
    /// </summary>
    public static (string[] Members, List<Post> Posts) CopyPasteOperation(string prefix = "op", bool anyHour = false)
    {
        var rng = new Random(7);
        var members = Ids(prefix, 30);
        var posts = new List<Post>();
        for (var msg = 0; msg < 20; msg++)
        {
            var at = anyHour ? T0.AddDays(msg).AddMinutes(rng.Next(0, 24 * 60)) : T0.AddDays(msg / 4).AddHours(msg % 4 * 3);
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

    /// <summary>
    /// 20 accounts that only retweet, as the IRA's co-retweet clusters: five crews of four, each crew retweeting its 16
    /// seed posts within minutes of each other (fewer members than a synchronised window needs), and 320 popular posts
    /// each retweeted by two members of different crews 15 to 55 min apart. About 60% of the co-share weight is fast.
    /// </summary>
    public static (string[] Members, List<Post> Posts) RetweetCrews()
    {
        var rng = new Random(23);
        var members = Ids("crew", 20);
        var posts = new List<Post>();
        for (var crew = 0; crew < 5; crew++)
        {
            for (var k = 0; k < 16; k++)
            {
                var at = T0.AddHours((crew * 16 + k) * 9);
                posts.AddRange(members.Skip(crew * 4).Take(4)
                    .Select((m, i) => Retweet($"crew-{crew}-{k}-{i}", m, at.AddSeconds(rng.Next(60, 240)), $"seed-{crew}-{k}", "seeder")));
            }
        }

        for (var k = 0; k < 320; k++)
        {
            var a = rng.Next(20);
            var b = ((a / 4 * 4) + 4 + rng.Next(16)) % 20; // another crew
            var at = T0.AddMinutes(rng.Next(0, 30 * 24 * 60));
            posts.Add(Retweet($"pop-{k}-a", members[a], at, $"popular-{k}", "star"));
            posts.Add(Retweet($"pop-{k}-b", members[b], at.AddMinutes(rng.Next(15, 55)), $"popular-{k}", "star"));
        }

        return (members, posts);
    }

    /// <summary>
    /// A share table (no texts) of <paramref name="count"/> accounts sharing 40 objects at random times over three days:
    /// each share is a textless post, each co-share within the window a co_share edge.
    /// </summary>
    public static (string[] Members, List<Post> Posts, List<ClusterEdge> Edges) RandomShareTable(int count, int seed, double windowSeconds)
    {
        var rng = new Random(seed);
        var members = Ids("shr", count);
        var posts = members.SelectMany((m, i) => Enumerable.Range(0, 40).Select(k =>
            Share($"shr-{i}-{k}", m, T0.AddSeconds(rng.Next(0, 3 * 24 * 3600)), $"object-{rng.Next(40)}"))).ToList();
        return (members, posts, ShareEdges(posts, windowSeconds));
    }

    /// <summary>
    /// A share table (no texts) of 12 accounts in three teams of four: each team shares its 12 objects within a minute,
    /// and members of different teams share 100 common objects 20 to 50 min apart (about 65% of the weight is fast).
    /// </summary>
    public static (string[] Members, List<Post> Posts, List<ClusterEdge> Edges) CoordinatedShareTable(double windowSeconds)
    {
        var rng = new Random(29);
        var members = Ids("tab", 12);
        var posts = new List<Post>();
        for (var team = 0; team < 3; team++)
        {
            for (var k = 0; k < 12; k++)
            {
                var at = T0.AddHours((team * 12 + k) * 5);
                posts.AddRange(members.Skip(team * 4).Take(4).Select((m, i) => Share($"tab-{team}-{k}-{i}", m, at.AddSeconds(rng.Next(0, 60)), $"push-{team}-{k}")));
            }
        }

        for (var k = 0; k < 100; k++)
        {
            var a = rng.Next(12);
            var b = ((a / 4 * 4) + 4 + rng.Next(8)) % 12;
            var at = T0.AddMinutes(rng.Next(0, 20 * 24 * 60));
            posts.Add(Share($"com-{k}-a", members[a], at, $"common-{k}"));
            posts.Add(Share($"com-{k}-b", members[b], at.AddMinutes(rng.Next(20, 50)), $"common-{k}"));
        }

        return (members, posts, ShareEdges(posts, windowSeconds));
    }

    /// <summary>A share-table row as a post: no text, the shared object as its reference.</summary>
    private static Post Share(string id, string author, DateTimeOffset time, string objectId) =>
        new(id, author, time, "", null, PostKind.Original, objectId, null, [], [], []);

    /// <summary>co_share edges: two accounts sharing one object within the window (as a share table's graph build).</summary>
    private static List<ClusterEdge> ShareEdges(List<Post> posts, double windowSeconds)
    {
        var asRetweets = posts.Select(p => p with { Kind = PostKind.Retweet }).ToList();
        return DeriveEdges(asRetweets, windowSeconds).Select(e => e with { Kind = CoordinationKinds.CoShare }).ToList();
    }
}
