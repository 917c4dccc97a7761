using NetworkGraph.Core.Model;
using NetworkGraph.Scenarios.Accounts;
using NetworkGraph.Scenarios.Sampling;

namespace NetworkGraph.Scenarios.Activity;

/// <summary>
/// Gives pending retweets, replies, quotes and shares their referenced post. Each day: originals enter the pools in
/// time order, then pending posts pick from the pools a post made a drawn delay earlier (minutes to days).
/// </summary>
internal sealed class ReferenceResolver
{
    private const long Minute = 60_000;
    private const long Hour = 60 * Minute;
    private const long HorizonMs = 10L * 24 * Hour;
    private readonly long _seed;
    private readonly Rng _rng = new(0);
    private readonly PostPool _influencers = new();
    private readonly PostPool _club = new();
    private readonly PostPool _fans = new();
    private readonly PostPool _articles = new();
    private readonly PostPool _shares = new();
    private readonly PostPool _show = new();

    // Whether an account is a popular organic one, compact so the per-post check stays in cache.
    private readonly bool[] _popularOrganic;

    public ReferenceResolver(Population population, long seed)
    {
        _seed = seed;
        _popularOrganic = population.Accounts.Select(a => a.Popular && a.Role == AccountRole.Organic).ToArray();
    }

    /// <summary>Resolves the day's pending posts; <paramref name="order"/> is the batch in time order.</summary>
    public void Resolve(DayBatch batch, ReadOnlySpan<int> order)
    {
        _rng.Reseed(Rng.Mix(_seed, Streams.Plan, batch.DayIndex, 7));
        foreach (var pool in (ReadOnlySpan<PostPool>)[_influencers, _club, _fans, _articles, _shares, _show])
        {
            pool.DropBefore(batch.DayStartMs - HorizonMs);
        }

        foreach (var i in order)
        {
            ref var e = ref batch[i];
            if (e.Pending == Resolver.None && e.Kind == PostKind.Original)
            {
                Offer(ref e);
            }
        }

        foreach (var i in order)
        {
            ref var e = ref batch[i];
            if (e.Pending is not (Resolver.None or Resolver.JunkieRetweetJunkie))
            {
                ResolveOne(ref e);
                if (e.Text.Kind == TextKind.NewsShare && e.Kind == PostKind.Original)
                {
                    _shares.Add(e.TimeMs, e.TweetId, e.Author, e.Text);
                }
            }
        }

        foreach (var i in order)
        {
            ref var e = ref batch[i];
            if (e.Pending == Resolver.JunkieRetweetJunkie)
            {
                ResolveOne(ref e);
            }
        }
    }

    private void Offer(ref PostEvent e)
    {
        switch (e.Text.Kind)
        {
            case TextKind.ClubPost:
                _club.Add(e.TimeMs, e.TweetId, e.Author, e.Text);
                _influencers.Add(e.TimeMs, e.TweetId, e.Author, e.Text);
                break;
            case TextKind.FanPost:
                _fans.Add(e.TimeMs, e.TweetId, e.Author, e.Text);
                break;
            case TextKind.Article:
                _articles.Add(e.TimeMs, e.TweetId, e.Author, e.Text);
                _influencers.Add(e.TimeMs, e.TweetId, e.Author, e.Text);
                break;
            case TextKind.ShowPost:
                _show.Add(e.TimeMs, e.TweetId, e.Author, e.Text);
                break;
            case TextKind.Organic when _popularOrganic[e.Author]:
                _influencers.Add(e.TimeMs, e.TweetId, e.Author, e.Text);
                break;
        }
    }

    private void ResolveOne(ref PostEvent e)
    {
        var (pool, delay) = e.Pending switch
        {
            Resolver.OrganicReference => (_influencers, e.Kind switch
            {
                PostKind.Reply => _rng.LogNormal(25 * Minute, 1.5),
                PostKind.Quote => _rng.LogNormal(60 * Minute, 1.6),
                _ => _rng.LogNormal(90 * Minute, 1.8),
            }),
            Resolver.FanRetweet => (_fans, _rng.LogNormal(40 * Minute, 1.2)),
            Resolver.FanReply => (_club, _rng.LogNormal(20 * Minute, 1.2)),
            Resolver.NewsShare => (_articles, _rng.LogNormal(3 * Hour, 1.0)),
            Resolver.JunkieRetweetOutlet => (_articles, _rng.LogNormal(2 * Hour, 1.0)),
            Resolver.ViewerRetweet => (_show, _rng.LogNormal(15 * Minute, 0.9)),
            _ => (_shares, _rng.LogNormal(150 * Minute, 1.0)),
        };

        var minDelay = e.Pending == Resolver.OrganicReference ? 20_000 : 2 * Minute;
        var pick = pool.Pick(e.TimeMs, (long)delay, minDelay, _rng);
        e.Pending = Resolver.None;
        if (pick < 0 || pool.Author(pick) == e.Author)
        {
            // Nothing suitable earlier: the post becomes an original of its own.
            e.Kind = PostKind.Original;
            if (e.Text.Kind == TextKind.NewsShare)
            {
                e.Text = e.Text with { Kind = TextKind.Organic };
            }

            return;
        }

        var referenced = pool.Text(pick);
        if (e.Text.Kind == TextKind.NewsShare && e.Kind == PostKind.Original)
        {
            // A share is an original post carrying the article's link: its text source names the article
            // (outlet in the low bits, the comment's own variety above) so that it can be recomposed alone.
            var comment = (int)(e.Text.Seed & 0x1FFF_FFFF);
            e.Text = new TextSource(TextKind.NewsShare, e.Text.Lang, (comment << 2) | referenced.Param, referenced.Seed);
            return;
        }

        e.RefTweetId = pool.TweetId(pick);
        e.RefAuthor = pool.Author(pick);
        e.RefText = referenced;
    }
}
