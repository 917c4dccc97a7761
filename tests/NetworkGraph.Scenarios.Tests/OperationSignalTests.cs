using System.Text.RegularExpressions;
using NetworkGraph.Scenarios.Tests.Support;

namespace NetworkGraph.Scenarios.Tests;

/// <summary>The operation shows the traits of the VIGINUM case, within tolerances.</summary>
[Collection(GeneratedScenarioCollection.Name)]
public sealed partial class OperationSignalTests(GeneratedScenario scenario)
{
    private IEnumerable<string> OperationAccounts => scenario.Truth.Where(t => t.Value.Role == "operation").Select(t => t.Key);

    [Fact]
    public void About_93_percent_of_operation_accounts_post_mostly_in_Azeri()
    {
        var mostly = scenario.Tweets
            .Where(t => scenario.Role(t) == "operation")
            .GroupBy(t => t.UserId)
            .Select(g => g.GroupBy(t => t.Language).OrderByDescending(l => l.Count()).First().Key)
            .ToList();
        var share = mostly.Count(l => l == "az") / (double)mostly.Count;
        Assert.InRange(share, 0.89, 0.97);
    }

    [Fact]
    public void About_115_operation_accounts_declare_an_Azerbaijani_location()
    {
        var located = OperationAccounts.Count(id => AzerbaijanPattern().IsMatch(scenario.Users[id].Location));
        Assert.InRange(located, 105, 125);
    }

    [Fact]
    public void About_39_operation_bios_declare_ties_to_the_ruling_party()
    {
        var party = OperationAccounts.Count(id => PartyPattern().IsMatch(scenario.Users[id].Bio));
        Assert.InRange(party, 34, 44);
        Assert.DoesNotContain(scenario.Truth.Where(t => t.Value.Role != "operation"), t => PartyPattern().IsMatch(scenario.Users[t.Key].Bio));
    }

    [Fact]
    public void Copy_pasted_texts_fall_inside_the_campaign_windows()
    {
        // Copy-paste: the same text posted by five or more operation accounts within half an hour.
        var windows = scenario.Summary.Campaigns.Select(c => (Start: c.Start.ToDateTime(TimeOnly.MinValue), End: c.End.ToDateTime(TimeOnly.MaxValue))).ToList();
        var copies = scenario.Tweets
            .Where(t => !t.IsRetweet && scenario.Role(t) == "operation")
            .GroupBy(t => t.Text)
            .SelectMany(g => Bursts(g.OrderBy(t => t.Time).ToList(), 5, TimeSpan.FromMinutes(30)))
            .ToList();
        Assert.True(copies.Count > 2000, $"only {copies.Count} copy-pasted posts");
        Assert.All(copies, t => Assert.Contains(windows, w => t.Time >= w.Start && t.Time <= w.End));
    }

    [Fact]
    public void Each_campaign_has_thousands_of_posts_with_its_hashtags()
    {
        foreach (var c in scenario.Summary.Campaigns)
        {
            var posts = scenario.Tweets.Count(t => scenario.Role(t) == "operation" && t.Hashtags.Intersect(c.Hashtags).Any()
                && DateOnly.FromDateTime(t.Time) >= c.Start && DateOnly.FromDateTime(t.Time) <= c.End);
            Assert.True(posts >= 1500, $"campaign {c.Id} has {posts} posts");
        }
    }

    [Fact]
    public void Operation_accounts_retweet_each_other_within_minutes()
    {
        var delays = IntraRetweetDelays("operation");
        Assert.True(delays.Count > 1000);
        Assert.True(delays.Count(d => d <= 5) >= 0.95 * delays.Count, "most co-retweets should come within five minutes");
    }

    [Fact]
    public void The_truth_lists_the_campaigns_each_operation_account_posted_in()
    {
        var ids = scenario.Summary.Campaigns.ToDictionary(c => c.Id);
        var withCampaigns = scenario.Truth.Values.Count(t => t.Role == "operation" && t.Campaigns.Length > 0);
        Assert.True(withCampaigns > 0.8 * scenario.Options.OperationAccounts);
        Assert.All(scenario.Truth.Values.Where(t => t.Role != "operation"), t => Assert.Empty(t.Campaigns));
        Assert.All(scenario.Truth.Values.SelectMany(t => t.Campaigns), id => Assert.True(ids.ContainsKey(id)));
    }

    [Fact]
    public void The_operation_falls_silent_on_Azerbaijani_holidays()
    {
        var holidays = scenario.Options.OperationHolidays.ToHashSet();
        var perDay = scenario.Tweets.Where(t => scenario.Role(t) == "operation").GroupBy(t => DateOnly.FromDateTime(t.Time)).ToDictionary(g => g.Key, g => g.Count());
        var onHolidays = holidays.Average(d => perDay.GetValueOrDefault(d));
        var weekdays = perDay.Where(p => !holidays.Contains(p.Key) && p.Key.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)).Average(p => p.Value);
        Assert.True(onHolidays < 0.1 * weekdays, $"{onHolidays:F1} posts per holiday against {weekdays:F1} per weekday");
    }

    [Fact]
    public void The_operation_posts_in_Baku_office_hours()
    {
        var hours = scenario.Tweets.Where(t => scenario.Role(t) == "operation").Select(t => (t.Time.Hour + 4) % 24).ToList();
        Assert.True(hours.Count(h => h is >= 9 and < 19) > 0.95 * hours.Count);
    }

    [Fact]
    public void Operation_accounts_were_created_in_bursts()
    {
        var created = OperationAccounts.Select(id => scenario.Users[id].Created).ToList();
        // Four bursts of four days hold most accounts; ordinary accounts spread over years.
        var busiestDays = created.GroupBy(d => d).Select(g => g.Count()).OrderDescending().Take(16).Sum();
        Assert.True(busiestDays > 0.75 * created.Count, $"only {busiestDays} of {created.Count} on the 16 busiest days");
    }

    /// <summary>The posts that have at least <paramref name="size"/> - 1 others within <paramref name="span"/> after them.</summary>
    private static IEnumerable<ArchiveTweet> Bursts(List<ArchiveTweet> sorted, int size, TimeSpan span)
    {
        var inBurst = new HashSet<int>();
        for (var i = 0; i + size - 1 < sorted.Count; i++)
        {
            if (sorted[i + size - 1].Time - sorted[i].Time <= span)
            {
                for (var k = i; k < i + size; k++)
                {
                    inBurst.Add(k);
                }
            }
        }

        return inBurst.Select(k => sorted[k]);
    }

    private List<double> IntraRetweetDelays(string community) => scenario.Tweets
        .Where(t => t.IsRetweet && scenario.Community(t.UserId) == community && scenario.Community(t.RetweetUserId) == community)
        .Select(t => (t.Time - scenario.TweetsById[t.RetweetTweetId].Time).TotalMinutes)
        .ToList();

    [GeneratedRegex("Bak|Azər|Azerb|Баку|Азерб|Gəncə|Sumqayıt|🇦🇿|Absheron", RegexOptions.IgnoreCase)]
    private static partial Regex AzerbaijanPattern();

    [GeneratedRegex(@"\bYAP\b|Yeni Azərbaycan Partiya|New Azerbaijan Party")]
    private static partial Regex PartyPattern();
}
