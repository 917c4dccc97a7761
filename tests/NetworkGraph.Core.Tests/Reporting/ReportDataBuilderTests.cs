using NetworkGraph.Core.Clustering;
using NetworkGraph.Core.Model;
using NetworkGraph.Core.Reporting;

namespace NetworkGraph.Core.Tests.Reporting;

public sealed class ReportDataBuilderTests
{
    [Fact]
    public void A_source_giving_posting_times_languages_and_the_quoted_posts_gives_the_report_the_posts_give()
    {
        // The store gives the exports no post objects but the few the report quotes (at a million clustered posts the
        // objects were most of the export's time and memory): the report must not change.
        var withPosts = ReportFixtures.Input();
        var members = withPosts.Snapshot.Clusters.SelectMany(c => c.Members).ToHashSet(StringComparer.Ordinal);
        var byAuthor = withPosts.Posts.Where(p => members.Contains(p.AuthorId)).GroupBy(p => p.AuthorId, StringComparer.Ordinal).ToList();
        var quoted = ReportWriter.EvidencePostIds(withPosts).ToHashSet(StringComparer.Ordinal);
        var withTimes = withPosts with
        {
            Posts = [],
            PostTimes = byAuthor.ToDictionary(g => g.Key, g => (IReadOnlyList<long>)[.. g.Select(p => p.Time.ToUnixTimeSeconds())], StringComparer.Ordinal),
            PostLanguages = byAuthor.ToDictionary(g => g.Key, g => (IReadOnlyList<string?>)[.. g.Select(p => p.Language)], StringComparer.Ordinal),
            EvidencePosts = [.. withPosts.Posts.Where(p => quoted.Contains(p.Id))],
        };

        Assert.NotEmpty(quoted);
        Assert.True(quoted.Count < withPosts.Posts.Count / 4);
        Assert.Equal(ReportWriter.Html(withPosts), ReportWriter.Html(withTimes));
        Assert.Equal(ReportWriter.Markdown(withPosts), ReportWriter.Markdown(withTimes));
    }

    [Fact]
    public void A_source_giving_evidence_only_of_the_edges_the_report_quotes_gives_the_same_report()
    {
        // The store decodes evidence pairs only of the edges QuotesEdge accepts (at 10 M posts the others' were a gigabyte).
        var fixture = ReportFixtures.Input();
        var quotes = ReportWriter.QuotesEdge(fixture.Snapshot);
        // An edge to an account outside the clusters with a pair of its own, which the report never quotes.
        var input = fixture with
        {
            Edges = [.. fixture.Edges.Select(e => e.B == "outsider" ? e with { Evidence = [new("az8-post", "outsider-post", "shared")] } : e)],
        };
        var trimmed = input with { Edges = [.. input.Edges.Select(e => quotes(e.A, e.B) ? e : e with { Evidence = [] })] };

        Assert.Contains(input.Edges, e => !quotes(e.A, e.B) && e.Evidence.Count > 0);
        Assert.Contains(input.Edges, e => quotes(e.A, e.B) && e.Evidence.Count > 0);
        Assert.Equal(ReportWriter.Html(input), ReportWriter.Html(trimmed));
        Assert.Equal(ReportWriter.Markdown(input), ReportWriter.Markdown(trimmed));
    }

    [Fact]
    public void Counts_member_posts_per_local_day_with_empty_days_filled()
    {
        var input = ReportFixtures.Input();
        var late = new Post("late", "az1", new DateTimeOffset(2023, 12, 31, 21, 30, 0, TimeSpan.Zero), "x", "az", PostKind.Original, null, null, [], [], []);
        var early = new Post("early", "az1", new DateTimeOffset(2023, 12, 29, 10, 0, 0, TimeSpan.Zero), "x", "az", PostKind.Original, null, null, [], [], []);
        var outsider = new Post("out", "nobody", new DateTimeOffset(2024, 6, 1, 0, 0, 0, TimeSpan.Zero), "x", "az", PostKind.Original, null, null, [], [], []);

        var data = ReportDataBuilder.Build(input with { Posts = [.. input.Posts, late, early, outsider] }, new ReportOptions());
        var daily = data.Details[0].Daily;

        // 21:30 UTC is 01:30 the next day at UTC+04:00, the cluster's zone.
        Assert.Equal(new DateOnly(2024, 1, 1), daily[^1].Day);
        Assert.Equal(1, daily[^1].Posts);
        Assert.Equal(0, daily[^2].Posts);
        Assert.Equal(0, daily[^3].Posts);
        Assert.Equal(1, daily[^4].Posts);
        Assert.Equal(8 * 14 + 2, daily.Sum(d => d.Posts));
        Assert.Equal(daily[^1].Day.DayNumber - daily[0].Day.DayNumber + 1, daily.Count);
    }

    [Fact]
    public void Writes_the_report_of_a_cluster_whose_posts_span_year_1_to_year_9999()
    {
        var input = ReportFixtures.Input();
        var first = new Post("first", "az1", DateTimeOffset.MinValue, "x", "az", PostKind.Original, null, null, [], [], []);
        var last = new Post("last", "az2", DateTimeOffset.MaxValue, "x", "az", PostKind.Original, null, null, [], [], []);
        var hostile = input with { Posts = [.. input.Posts, first, last] };

        var daily = ReportDataBuilder.Build(hostile, new ReportOptions()).Details[0].Daily;
        var html = ReportWriter.Html(hostile);

        Assert.Equal(DateOnly.MinValue, daily[0].Day);
        Assert.Equal(DateOnly.MaxValue, daily[^1].Day);
        Assert.Equal(8 * 14 + 2, daily.Sum(d => d.Posts));
        Assert.True(html.Length < 2_000_000, $"the report is {html.Length} characters long");
        Assert.Contains("0001-01-01", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Computes_hours_and_weekdays_from_posts_when_the_snapshot_rhythm_is_empty()
    {
        var input = ReportFixtures.Input();
        var az = input.Posts.Where(p => p.AuthorId.StartsWith("az", StringComparison.Ordinal)).ToList();

        var detail = ReportDataBuilder.Build(input, new ReportOptions()).Details[0];

        Assert.Equal(az.Count, detail.Hours.Sum());
        Assert.Equal(az.Count(p => p.Time.ToOffset(TimeSpan.FromHours(4)).Hour == 13), detail.Hours[13]);
        Assert.Equal(az.Count(p => p.Time.ToOffset(TimeSpan.FromHours(4)).DayOfWeek == DayOfWeek.Monday), detail.Weekdays[0]);
    }

    [Fact]
    public void Uses_the_snapshot_rhythm_when_it_has_counts()
    {
        var input = ReportFixtures.Input();
        var hours = Enumerable.Range(0, 24).ToArray();
        var cluster = input.Snapshot.Clusters[0];
        var report = cluster.Report with { Profile = cluster.Report.Profile with { Rhythm = new ActivityRhythm("UTC", hours, [1, 2, 3, 4, 5, 6, 7], 0.5) } };
        var snapshot = input.Snapshot with { Clusters = [cluster with { Report = report }, .. input.Snapshot.Clusters.Skip(1)] };

        var detail = ReportDataBuilder.Build(input with { Snapshot = snapshot }, new ReportOptions()).Details[0];

        Assert.Equal(hours, detail.Hours);
        Assert.Equal([1, 2, 3, 4, 5, 6, 7], detail.Weekdays);
        Assert.Equal("UTC", detail.TimeZone);
    }

    [Fact]
    public void Groups_declared_locations_case_insensitively_and_shares_languages()
    {
        var data = ReportDataBuilder.Build(ReportFixtures.Input(), new ReportOptions { UnflaggedFallback = 0 });
        var input = ReportFixtures.Input();
        var calm = ReportDataBuilder.Build(input with { Snapshot = input.Snapshot with { Clusters = [input.Snapshot.Clusters[2]] } }, new ReportOptions());

        var london = Assert.Single(calm.Details[0].DeclaredLocations);
        Assert.Equal(("London", 4, 1.0), (london.Label, london.Count, london.Share));
        var az = data.Details[0];
        Assert.Equal(("Bakı, Azərbaycan", 7), (az.DeclaredLocations[0].Label, az.DeclaredLocations[0].Count));
        Assert.Equal(("az", 1.0), (az.Languages[0].Label, az.Languages[0].Share));
    }

    [Fact]
    public void Picks_the_heaviest_internal_edges_with_their_post_texts()
    {
        var detail = ReportDataBuilder.Build(ReportFixtures.Input(), new ReportOptions { EvidenceEdges = 3 }).Details[0];

        Assert.Equal([12d, 11d, 10d], detail.Evidence.Select(e => e.Weight));
        Assert.Equal(("@baku_voice_1", "@baku_voice_2"), (detail.Evidence[0].LabelA, detail.Evidence[0].LabelB));
        var sample = Assert.Single(detail.Evidence[0].Samples);
        Assert.NotNull(sample.TextA);
        Assert.NotNull(sample.TimeB);
        Assert.DoesNotContain(detail.Evidence, e => e.LabelB == "outsider");
    }

    [Fact]
    public void Totals_count_the_snapshot_and_the_clustered_accounts_posts()
    {
        var input = ReportFixtures.Input();
        var t = ReportDataBuilder.Build(input, new ReportOptions()).Totals;

        Assert.Equal((3, 2, 17, 13), (t.Clusters, t.FlaggedClusters, t.Accounts, t.FlaggedAccounts));
        Assert.Equal((input.Posts.Count, input.Edges.Count), (t.Posts.Clustered, t.Edges));
        Assert.Equal(DateOnly.FromDateTime(input.Posts.Min(p => p.Time).UtcDateTime), t.FirstDay);
    }

    [Fact]
    public void Totals_keep_the_collection_size_apart_from_the_clustered_accounts_posts()
    {
        var input = ReportFixtures.Input();
        var outsider = new Post("p-out", "outsider", ReportFixtures.Start.AddDays(-30), "not in any cluster", "en", PostKind.Original, null, null, [], [], []);

        var t = ReportDataBuilder.Build(input with { Posts = [.. input.Posts, outsider], CollectionPosts = 1000 }, new ReportOptions()).Totals;

        Assert.Equal(new CollectionCount(17 * 14, 1000), t.Posts);
        Assert.Equal(0.238, t.Posts.ClusteredFraction!.Value, 9);
        Assert.Equal(DateOnly.FromDateTime(input.Posts.Min(p => p.Time).UtcDateTime), t.FirstDay);
    }

    [Fact]
    public void Totals_give_no_fraction_when_the_collection_size_is_unknown_and_no_shares_without_share_tables()
    {
        var t = ReportDataBuilder.Build(ReportFixtures.Input() with { CollectionShares = 0, ClusteredShares = 0 }, new ReportOptions()).Totals;

        Assert.Null(t.Posts.Collection);
        Assert.Null(t.Posts.ClusteredFraction);
        Assert.Null(t.Shares);
    }

    [Fact]
    public void Totals_count_the_shares_of_a_collection_with_share_tables()
    {
        var t = ReportDataBuilder.Build(ReportFixtures.Input() with { CollectionShares = 400, ClusteredShares = 100 }, new ReportOptions()).Totals;

        Assert.Equal(new CollectionCount(100, 400), t.Shares);
        Assert.Equal(0.25, t.Shares!.ClusteredFraction);
    }
}
