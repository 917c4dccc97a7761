using NetworkGraph.Core.Clustering;
using NetworkGraph.Core.Clustering.Profiles;
using NetworkGraph.Core.Model;
using static NetworkGraph.Core.Tests.Clustering.ClusterFixtures;

namespace NetworkGraph.Core.Tests.Clustering;

public sealed class CampaignSegmenterTests
{
    private static readonly string[] Members = Ids("m", 5);

    private static IEnumerable<Post> Burst(DateOnly day, int posts, string tag)
    {
        var start = new DateTimeOffset(day.ToDateTime(new TimeOnly(8, 0)), TimeSpan.Zero);
        return Enumerable.Range(0, posts).Select(i =>
            Original($"{tag}-{day:yyyyMMdd}-{i}", Members[i % Members.Length], start.AddMinutes(i), $"Campaign text {tag} number {i % 3}", hashtags: [tag]));
    }

    /// <summary>
    /// The members as a flagged cluster: every pair co-shared 40 objects 30 s apart within a one-hour window, so the
    /// campaigns found are the segmenter's work, not a side effect of the verdict.
    /// </summary>
    private static ClusterReport AnalyseCoordinated(IReadOnlyList<Post> posts, AnalysisProfile? profile = null)
    {
        var edges = Members.SelectMany((a, i) => Members.Skip(i + 1).Select(b => Edge(a, b, CoordinationKinds.CoShare, 40, 30))).ToArray();
        var report = AnalyseSingle(new ClusterInput([], posts, Partition((1, Members)), edges) { EdgeWindowSeconds = 3600 }, profile);
        Assert.True(report.Score.Flagged, report.Score.Verdict);
        return report;
    }

    private static List<Post> Bursts()
    {
        var first = new DateOnly(2023, 9, 1);
        var background = Enumerable.Range(0, 182).Select(d => first.AddDays(d))
            .Select((d, i) => Original($"bg{i}", Members[i % Members.Length], new DateTimeOffset(d.ToDateTime(new TimeOnly(3, 0)), TimeSpan.Zero), $"daily note {i}"));
        return background
            .Concat(new[] { 10, 11, 12 }.SelectMany(d => Burst(new DateOnly(2023, 9, d), 40, "Sept")))
            .Concat(Burst(new DateOnly(2023, 10, 20), 30, "Oct")) // Oct 21 is quiet: the two days merge across the gap
            .Concat(Burst(new DateOnly(2023, 10, 22), 30, "Oct"))
            .Concat(Burst(new DateOnly(2023, 11, 15), 5, "Blip")) // above the daily cut but below the minimum volume
            .Concat(Burst(new DateOnly(2023, 12, 5), 25, "Dec"))
            .Concat(Burst(new DateOnly(2023, 12, 6), 25, "Dec"))
            .Concat(Burst(new DateOnly(2024, 2, 1), 25, "Feb"))
            .ToList();
    }

    /// <summary>140 days from Monday 4 Sept 2023, day d (and its date) holding <paramref name="postsOn"/> posts at 09:00.</summary>
    private static List<Post> OfficeWeeks(Func<DateOnly, int, int> postsOn)
    {
        var first = new DateOnly(2023, 9, 4); // a Monday
        var posts = new List<Post>();
        for (var d = 0; d < 140; d++)
        {
            var day = first.AddDays(d);
            posts.AddRange(Enumerable.Range(0, postsOn(day, d)).Select(i => Original(
                $"o-{d}-{i}", Members[i % Members.Length], new DateTimeOffset(day.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero).AddMinutes(i), $"office note {d} {i}")));
        }

        return posts;
    }

    private static ClusterReport Analyse() => AnalyseCoordinated(Bursts(), new AnalysisProfile { TimeZone = "+04:00" });

    [Fact]
    public void Finds_each_burst_with_its_dates_and_volume()
    {
        var campaigns = Analyse().Campaigns;

        Assert.Equal(
            [
                (new DateOnly(2023, 9, 10), new DateOnly(2023, 9, 12), 123),
                (new DateOnly(2023, 10, 20), new DateOnly(2023, 10, 22), 63),
                (new DateOnly(2023, 12, 5), new DateOnly(2023, 12, 6), 52),
                (new DateOnly(2024, 2, 1), new DateOnly(2024, 2, 1), 26),
            ],
            campaigns.Select(c => (c.Start, c.End, c.Volume)).ToArray());
        Assert.Equal([1, 2, 3, 4], campaigns.Select(c => c.Index).ToArray());
    }

    [Fact]
    public void Each_campaign_carries_its_top_hashtags_texts_and_peak()
    {
        var october = Analyse().Campaigns[1];

        Assert.Equal("#Oct", october.TopHashtags[0].Label);
        Assert.Equal(60, october.TopHashtags[0].Count);
        Assert.Equal(3, october.TopTexts.Count(t => t.Label.StartsWith("Campaign text Oct", StringComparison.Ordinal)));
        Assert.Equal(31, october.PeakDailyPosts);
        Assert.Equal(5, october.Accounts);
    }

    [Fact]
    public void The_narrative_names_the_campaign_span()
    {
        Assert.Contains("four campaigns between Sept 2023 and Feb 2024", Analyse().Narrative, StringComparison.Ordinal);
    }

    [Fact]
    public void Steady_activity_has_no_campaign()
    {
        var first = new DateTimeOffset(2023, 9, 1, 8, 0, 0, TimeSpan.Zero);
        var posts = Enumerable.Range(0, 60 * 20).Select(i => Original($"p{i}", Members[i % 5], first.AddDays(i / 20).AddMinutes(i % 20), $"note {i}"));

        var report = AnalyseCoordinated(posts.ToArray());

        Assert.Empty(report.Campaigns);
    }

    [Fact]
    public void A_campaign_keeps_its_weekend_tail_when_the_cluster_is_quiet_at_weekends()
    {
        // An office week (30 posts a weekday, 3 on Saturdays, 1 on Sundays) and a campaign from Monday 9 Oct to
        // Saturday 14 Oct: the Saturday is far below an ordinary weekday, yet well above an ordinary Saturday.
        var posts = OfficeWeeks((day, d) =>
        {
            var campaign = day >= new DateOnly(2023, 10, 9) && day <= new DateOnly(2023, 10, 14);
            return day.DayOfWeek switch
            {
                DayOfWeek.Saturday => campaign ? 20 : 3,
                DayOfWeek.Sunday => 1,
                _ => campaign ? 150 : 30 + (d % 3),
            };
        });

        var campaigns = AnalyseCoordinated(posts).Campaigns;

        var found = Assert.Single(campaigns);
        Assert.Equal((new DateOnly(2023, 10, 9), new DateOnly(2023, 10, 14)), (found.Start, found.End));
    }

    [Fact]
    public void A_campaign_ends_on_its_last_busy_day_not_on_a_quiet_sunday_after_it()
    {
        // An office week (30 posts a weekday, 3 on Saturdays, 1 on Sundays) and a campaign from Monday 9 Oct to Friday
        // 13 Oct; the Sunday after it has 6 posts: above an ordinary Sunday and joined to the campaign across the quiet
        // Saturday, yet a notch of activity beside the campaign's days.
        var posts = OfficeWeeks((day, d) =>
        {
            var campaign = day >= new DateOnly(2023, 10, 9) && day <= new DateOnly(2023, 10, 13);
            return day.DayOfWeek switch
            {
                DayOfWeek.Saturday => 3,
                DayOfWeek.Sunday => day == new DateOnly(2023, 10, 15) ? 6 : 1,
                _ => campaign ? 150 : 30 + (d % 3),
            };
        });

        var campaigns = AnalyseCoordinated(posts).Campaigns;

        var found = Assert.Single(campaigns);
        Assert.Equal((new DateOnly(2023, 10, 9), new DateOnly(2023, 10, 13)), (found.Start, found.End));
    }

    [Fact]
    public void A_weekly_show_is_a_rhythm_not_a_campaign()
    {
        var first = new DateOnly(2023, 9, 2); // a Saturday
        var posts = new List<Post>();
        for (var d = 0; d < 120; d++)
        {
            var day = first.AddDays(d);
            var n = day.DayOfWeek == DayOfWeek.Saturday ? 50 + (d % 5) : 2;
            posts.AddRange(Enumerable.Range(0, n).Select(i => Original(
                $"s-{d}-{i}", Members[i % Members.Length], new DateTimeOffset(day.ToDateTime(new TimeOnly(20, 0)), TimeSpan.Zero).AddMinutes(i), $"watching the show {d} {i}")));
        }

        var report = AnalyseCoordinated(posts);

        Assert.Empty(report.Campaigns);
    }

    [Fact]
    public void An_unflagged_cluster_with_bursts_has_no_campaign()
    {
        // The same bursts that make four campaigns in a coordinated cluster, posted by members without coordination
        // evidence (no co-share edge): a busy day of an organic community is no campaign.
        var report = AnalyseSingle(new ClusterInput([], Bursts(), Partition((1, Members)), []), new AnalysisProfile { TimeZone = "+04:00" });

        Assert.False(report.Score.Flagged, report.Score.Verdict);
        Assert.Empty(report.Campaigns);
        Assert.DoesNotContain("campaign", report.Narrative, StringComparison.Ordinal);
    }
}
