using System.Globalization;
using NetworkGraph.Core.Model;
using NetworkGraph.Core.Tests.Coordination.Support;

namespace NetworkGraph.Benchmarks.Coordination;

/// <summary>A seeded, streamed (nothing kept) stream of posts in time order at collection scale.</summary>
/// <remarks>
/// Organic traffic: 55 % retweets (30 % of them of 50 "hot" posts that each stay hot for two simulated hours, the
/// rest of a uniformly chosen post among the last 200,000 originals), 30 % originals, 10 % replies and 5 % quotes;
/// 3 % of organic texts are one of 200 stock phrases (exact co-tweet noise); account activity is skewed (a few
/// heavy posters). Campaigns: 20 groups of 100 accounts; every 20 simulated minutes one group bursts for 10
/// minutes: its leader posts, 60 members retweet the post and 40 post edited copies of one text (copy-paste family).
/// </remarks>
internal sealed class SyntheticPosts
{
    private const int CampaignGroups = 20;
    private const int GroupSize = 100;
    private const int HotPosts = 50;
    private const int RecentOriginals = 200_000;
    private static readonly TimeSpan HotLifetime = TimeSpan.FromHours(2);
    private static readonly TimeSpan BurstEvery = TimeSpan.FromMinutes(20);
    private static readonly TimeSpan BurstLength = TimeSpan.FromMinutes(10);
    private readonly int _posts;
    private readonly int _accounts;
    private readonly int _seed;
    private readonly TimeSpan _span;

    public SyntheticPosts(int posts, int accounts, int seed, TimeSpan span)
    {
        _posts = posts;
        _accounts = accounts;
        _seed = seed;
        _span = span;
    }

    public static DateTimeOffset Start { get; } = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public IEnumerable<Post> Generate()
    {
        var random = new Random(_seed);
        var texts = CopyPasteCorpus.Streaming(_seed + 1);
        var phrases = Enumerable.Range(0, 200).Select(_ => texts.Unrelated()[..20]).ToArray();
        var recent = new (string Id, string Author)[RecentOriginals];
        var recentCount = 0;
        var hot = new (string Id, string Author, DateTimeOffset Until)[HotPosts];
        var pending = new PriorityQueue<Post, DateTimeOffset>();
        var nextBurst = Start + BurstEvery;
        var step = _span.Ticks / _posts;
        var organicAccounts = _accounts - (CampaignGroups * GroupSize);
        for (var i = 0; i < _posts; i++)
        {
            var now = Start + TimeSpan.FromTicks((i * step) + random.NextInt64(step));
            if (now >= nextBurst)
            {
                ScheduleBurst(random, texts, pending, now, i, organicAccounts);
                nextBurst += BurstEvery;
            }

            if (pending.TryPeek(out _, out var due) && due <= now)
            {
                yield return pending.Dequeue();
                continue;
            }

            var id = PostId(i);
            var author = "u" + ((int)(organicAccounts * Math.Pow(random.NextDouble(), 2.5))).ToString(CultureInfo.InvariantCulture);
            var roll = random.Next(100);
            if (roll < 55 && recentCount > 0)
            {
                var target = random.Next(10) < 3 ? Hot(random, hot, recent, recentCount, now) : recent[random.Next(Math.Min(recentCount, RecentOriginals))];
                yield return Post(id, author, now, "", PostKind.Retweet, target.Id, target.Author);
                continue;
            }

            var text = random.Next(100) < 3 ? phrases[random.Next(phrases.Length)] : texts.Unrelated();
            var kind = roll < 85 ? PostKind.Original : roll < 95 ? PostKind.Reply : PostKind.Quote;
            var reference = kind == PostKind.Original || recentCount == 0 ? default : recent[random.Next(Math.Min(recentCount, RecentOriginals))];
            recent[recentCount++ % RecentOriginals] = (id, author);
            yield return Post(id, author, now, text, kind, reference.Id, reference.Author);
        }
    }

    private static (string Id, string Author) Hot(
        Random random, (string Id, string Author, DateTimeOffset Until)[] hot, (string, string)[] recent, int recentCount, DateTimeOffset now)
    {
        var slot = random.Next(hot.Length);
        if (hot[slot].Id is null || hot[slot].Until < now)
        {
            var fresh = recent[(recentCount - 1) % RecentOriginals];
            hot[slot] = (fresh.Item1, fresh.Item2, now + HotLifetime);
        }

        return (hot[slot].Id, hot[slot].Author);
    }

    private static void ScheduleBurst(
        Random random, CopyPasteCorpus texts, PriorityQueue<Post, DateTimeOffset> pending, DateTimeOffset now, int i, int organicAccounts)
    {
        var group = random.Next(CampaignGroups);
        string Member(int m) => "u" + (organicAccounts + (group * GroupSize) + m).ToString(CultureInfo.InvariantCulture);
        var family = texts.NewFamily();
        var leaderPost = CampaignPostId(i, 0);
        var leader = Member(0);
        pending.Enqueue(Post(leaderPost, leader, now, texts.BaseText(family), PostKind.Original, null, null), now);
        for (var m = 1; m < GroupSize; m++)
        {
            var at = now + TimeSpan.FromTicks(random.NextInt64(BurstLength.Ticks));
            var id = CampaignPostId(i, m);
            var post = m <= 60
                ? Post(id, Member(m), at, "", PostKind.Retweet, leaderPost, leader)
                : Post(id, Member(m), at, texts.Variant(family).Text, PostKind.Original, null, null);
            pending.Enqueue(post, at);
        }
    }

    private static string CampaignPostId(int i, int member) =>
        (1_790_000_000_000_000_000L + (i * 100L) + member).ToString(CultureInfo.InvariantCulture);

    private static string PostId(int i) => (1_780_000_000_000_000_000L + i).ToString(CultureInfo.InvariantCulture);

    private static Post Post(string id, string author, DateTimeOffset time, string text, PostKind kind, string? reference, string? referenceAuthor) =>
        new(id, author, time, text, null, kind, reference, referenceAuthor, [], [], []);
}
