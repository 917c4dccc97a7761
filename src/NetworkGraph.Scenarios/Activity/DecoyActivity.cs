using NetworkGraph.Core.Model;
using NetworkGraph.Scenarios.Accounts;
using NetworkGraph.Scenarios.Content;
using NetworkGraph.Scenarios.Sampling;

namespace NetworkGraph.Scenarios.Activity;

/// <summary>
/// The decoy communities: dense but uncoordinated. Fans retweet their club and each other minutes to hours later,
/// news junkies share the same article URLs hours apart, viewers live-tweet a weekly show with its hashtag.
/// </summary>
internal sealed class DecoyActivity
{
    private readonly ScenarioOptions _options;
    private readonly Population _population;
    private readonly Rng _rng = new(0);
    private readonly List<Carried> _carried = [];

    public DecoyActivity(ScenarioOptions options, Population population)
    {
        _options = options;
        _population = population;
    }

    /// <summary>Multiplies every rate, to fit small scenarios.</summary>
    public double Scale { get; set; } = 1.0;

    /// <summary>Forgets retweets carried over to later days (call before each pass over the period).</summary>
    public void Reset() => _carried.Clear();

    public void Generate(DayBatch batch)
    {
        _rng.Reseed(Rng.Mix(_options.Seed, Streams.Decoy, batch.DayIndex));
        EmitCarried(batch);
        var d = _population.Decoys;
        var weekday = batch.Date.DayOfWeek;
        if (d.Club >= 0)
        {
            Club(batch, d, weekday is DayOfWeek.Wednesday or DayOfWeek.Saturday);
        }

        if (d.Outlets.Length > 0)
        {
            News(batch, d);
        }

        if (d.Show >= 0)
        {
            Show(batch, d, weekday == DayOfWeek.Saturday);
        }
    }

    private void Club(DayBatch batch, DecoyGroups d, bool matchDay)
    {
        var boost = matchDay ? 1.5 : 1.0;
        var clubPosts = _rng.Poisson((matchDay ? 14 : 5) * Scale);
        for (var i = 0; i < clubPosts; i++)
        {
            // On match days most club posts cluster around the evening kick-off.
            var time = matchDay && _rng.Chance(0.7) ? Clock.Between(17.5, 21.5, _rng) : Clock.Between(7, 20, _rng);
            ref var post = ref batch.Add(batch.DayStartMs + time, d.Club, PostKind.Original, new TextSource(TextKind.ClubPost, Lang.Fr, 0, _rng.NextULong()));
            var (postTime, postId, postText) = (post.TimeMs, post.TweetId, post.Text);
            foreach (var fan in d.Fans)
            {
                if (_rng.Chance(0.08 * boost))
                {
                    // Fans see the post when they next open the app: minutes to hours later.
                    var delay = Math.Max(60_000, (long)_rng.LogNormal(35 * 60_000, 1.1));
                    Retweet(batch, postTime + delay, fan, postId, d.Club, postText);
                }
            }
        }

        foreach (var fan in d.Fans)
        {
            var account = _population.Accounts[fan];
            Repeat(batch, fan, _rng.Poisson(0.2 * boost * Scale), PostKind.Original, Resolver.None, TextKind.FanPost, account);
            Repeat(batch, fan, _rng.Poisson(0.1 * boost * Scale), PostKind.Retweet, Resolver.FanRetweet, TextKind.FanPost, account);
            Repeat(batch, fan, _rng.Poisson(0.08 * boost * Scale), PostKind.Reply, Resolver.FanReply, TextKind.FanPost, account);
        }
    }

    /// <summary>A retweet of a known post; one falling after midnight is carried over to its own day.</summary>
    private void Retweet(DayBatch batch, long timeMs, int author, long refId, int refAuthor, TextSource refText)
    {
        var day = batch.DayIndex + (int)((timeMs - batch.DayStartMs) / 86_400_000);
        if (day != batch.DayIndex)
        {
            _carried.Add(new Carried(day, timeMs, author, refId, refAuthor, refText));
            return;
        }

        ref var e = ref batch.Add(timeMs, author, PostKind.Retweet, default);
        e.RefTweetId = refId;
        e.RefAuthor = refAuthor;
        e.RefText = refText;
    }

    private void EmitCarried(DayBatch batch)
    {
        var kept = 0;
        for (var i = 0; i < _carried.Count; i++)
        {
            var c = _carried[i];
            if (c.Day == batch.DayIndex)
            {
                ref var e = ref batch.Add(c.TimeMs, c.Author, PostKind.Retweet, default);
                e.RefTweetId = c.RefId;
                e.RefAuthor = c.RefAuthor;
                e.RefText = c.RefText;
            }
            else if (c.Day > batch.DayIndex)
            {
                _carried[kept++] = c;
            }
        }

        _carried.RemoveRange(kept, _carried.Count - kept);
    }

    private readonly record struct Carried(int Day, long TimeMs, int Author, long RefId, int RefAuthor, TextSource RefText);

    private void News(DayBatch batch, DecoyGroups d)
    {
        var articles = _rng.Poisson(24 * Scale);
        for (var i = 0; i < articles; i++)
        {
            var outlet = _rng.Next(d.Outlets.Length);
            var time = Clock.Between(5, 22, _rng);
            batch.Add(batch.DayStartMs + time, d.Outlets[outlet], PostKind.Original,
                new TextSource(TextKind.Article, Lang.Fr, outlet, _rng.NextULong()));
        }

        foreach (var junkie in d.Junkies)
        {
            var account = _population.Accounts[junkie];
            Repeat(batch, junkie, _rng.Poisson(0.65 * Scale), PostKind.Original, Resolver.NewsShare, TextKind.NewsShare, account);
            Repeat(batch, junkie, _rng.Poisson(0.12 * Scale), PostKind.Retweet, Resolver.JunkieRetweetOutlet, TextKind.NewsShare, account);
            Repeat(batch, junkie, _rng.Poisson(0.12 * Scale), PostKind.Retweet, Resolver.JunkieRetweetJunkie, TextKind.NewsShare, account);
            Repeat(batch, junkie, _rng.Poisson(0.15 * Scale), PostKind.Original, Resolver.None, TextKind.Organic, account);
        }
    }

    private void Show(DayBatch batch, DecoyGroups d, bool showNight)
    {
        if (!showNight)
        {
            foreach (var viewer in d.Viewers)
            {
                Repeat(batch, viewer, _rng.Poisson(0.2 * Scale), PostKind.Original, Resolver.None, TextKind.Organic, _population.Accounts[viewer]);
            }

            return;
        }

        // The show airs 21:00-23:15 Paris time (20:00-22:15 UTC); viewers tweet along with its hashtag.
        var official = _rng.Poisson(8 * Scale);
        for (var i = 0; i < official; i++)
        {
            Add(batch, Clock.Between(19.8, 22.25, _rng), d.Show, TextKind.ShowPost);
        }

        foreach (var viewer in d.Viewers)
        {
            if (!_rng.Chance(0.7))
            {
                continue;
            }

            var posts = _rng.Poisson(3 * Scale);
            for (var i = 0; i < posts; i++)
            {
                Add(batch, Clock.Between(20, 22.5, _rng), viewer, TextKind.ViewerPost);
            }

            var retweets = _rng.Poisson(0.5 * Scale);
            for (var i = 0; i < retweets; i++)
            {
                ref var e = ref batch.Add(batch.DayStartMs + Clock.Between(20.1, 22.75, _rng), viewer, PostKind.Retweet,
                    new TextSource(TextKind.ViewerPost, Lang.Fr, 0, _rng.NextULong()));
                e.Pending = Resolver.ViewerRetweet;
            }
        }
    }

    private void Add(DayBatch batch, long timeOfDay, int author, TextKind kind) =>
        batch.Add(batch.DayStartMs + timeOfDay, author, PostKind.Original, new TextSource(kind, Lang.Fr, 0, _rng.NextULong()));

    /// <summary>Adds <paramref name="count"/> posts at everyday times; pending ones are resolved against the pools later.</summary>
    private void Repeat(DayBatch batch, int author, int count, PostKind kind, Resolver resolver, TextKind text, SimAccount account)
    {
        for (var i = 0; i < count; i++)
        {
            ref var e = ref batch.Add(batch.DayStartMs + Clock.Everyday(account.UtcOffsetMinutes, _rng), author, kind,
                new TextSource(text, account.Lang, 0, _rng.NextULong()));
            e.Pending = resolver;
        }
    }
}
