using NetworkGraph.Scenarios.Tests.Support;

namespace NetworkGraph.Scenarios.Tests;

/// <summary>The organic population and the decoy communities look like the false positives they are meant to be.</summary>
[Collection(GeneratedScenarioCollection.Name)]
public sealed class PopulationRealismTests(GeneratedScenario scenario)
{
    [Theory]
    [InlineData("decoy-1")]
    [InlineData("decoy-2")]
    public void Decoys_retweet_each_other_a_lot_but_hours_rather_than_seconds_apart(string community)
    {
        var members = scenario.Truth.Count(t => t.Value.Community == community);
        var delays = scenario.Tweets
            .Where(t => t.IsRetweet && scenario.Community(t.UserId) == community && scenario.Community(t.RetweetUserId) == community)
            .Select(t => (t.Time - scenario.TweetsById[t.RetweetTweetId].Time).TotalMinutes)
            .Order()
            .ToList();
        Assert.True(delays.Count > 20 * members, $"{delays.Count} retweets inside {community} of {members} accounts");
        Assert.True(delays[delays.Count / 2] >= 20, $"median delay {delays[delays.Count / 2]} min");
        Assert.True(delays.Count(d => d < 2) < 0.02 * delays.Count, "too many retweets within two minutes");
    }

    [Fact]
    public void News_junkies_share_the_same_links_hours_apart()
    {
        var shares = scenario.Tweets
            .Where(t => !t.IsRetweet && scenario.Community(t.UserId) == "decoy-2" && t.Urls.Count > 0)
            .GroupBy(t => t.Urls[0])
            .Where(g => g.Count() >= 3)
            .ToList();
        Assert.True(shares.Count > 100, $"{shares.Count} links shared three times or more");
        var gaps = shares.SelectMany(g => g.OrderBy(t => t.Time).Zip(g.OrderBy(t => t.Time).Skip(1), (a, b) => (b.Time - a.Time).TotalMinutes)).Order().ToList();
        Assert.True(gaps[gaps.Count / 2] >= 20, $"median gap {gaps[gaps.Count / 2]} min");
    }

    [Fact]
    public void Organic_activity_is_heavy_tailed()
    {
        var counts = scenario.Tweets.Where(t => scenario.Role(t) == "organic").GroupBy(t => t.UserId).Select(g => g.Count()).OrderDescending().ToList();
        var topShare = counts.Take(counts.Count / 100).Sum() / (double)counts.Sum();
        Assert.True(topShare > 0.1, $"top 1% of accounts write {topShare:P1} of organic posts");
        Assert.True(counts[0] > 20 * counts[counts.Count / 2], $"max {counts[0]}, median {counts[counts.Count / 2]}");
    }

    [Fact]
    public void Organic_retweets_come_minutes_to_days_after_the_original()
    {
        var delays = scenario.Tweets
            .Where(t => t.IsRetweet && scenario.Role(t) == "organic")
            .Select(t => (t.Time - scenario.TweetsById[t.RetweetTweetId].Time).TotalMinutes)
            .Order()
            .ToList();
        Assert.InRange(delays[delays.Count / 20], 1, 120);
        Assert.InRange(delays[delays.Count * 19 / 20], 12 * 60, 10 * 24 * 60);
    }

    [Fact]
    public void Organic_posts_follow_a_daily_rhythm_in_the_authors_time_zone()
    {
        var french = scenario.Tweets.Where(t => scenario.Role(t) == "organic" && t.Language == "fr" && !t.IsRetweet).Select(t => t.Time.Hour).ToList();
        var night = french.Count(h => h is >= 1 and < 5);
        var evening = french.Count(h => h is >= 17 and < 21);
        Assert.True(evening > 5 * night, $"evening {evening}, night {night}");
    }

    [Fact]
    public void Unrelated_organic_texts_are_not_near_duplicates()
    {
        var texts = scenario.Tweets
            .Where(t => !t.IsRetweet && scenario.Role(t) == "organic" && t.Text.Length >= 30)
            .Take(1000)
            .Select(t => Tokens(t.Text))
            .ToList();
        long pairs = 0, similar = 0;
        for (var i = 0; i < texts.Count; i++)
        {
            for (var j = i + 1; j < texts.Count; j++)
            {
                pairs++;
                var inter = texts[i].Count(texts[j].Contains);
                if (inter / (double)(texts[i].Count + texts[j].Count - inter) >= 0.7)
                {
                    similar++;
                }
            }
        }

        Assert.True(similar < pairs / 10_000, $"{similar} near-duplicate pairs among {pairs}");
    }

    private static HashSet<string> Tokens(string text) => text
        .Split([' ', '\n', ',', '.', '!', '?', ':'], StringSplitOptions.RemoveEmptyEntries)
        .Where(w => !w.StartsWith("https://", StringComparison.Ordinal) && !w.StartsWith('@'))
        .Select(w => w.ToLowerInvariant())
        .ToHashSet();
}
