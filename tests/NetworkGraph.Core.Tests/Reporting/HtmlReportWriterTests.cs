using System.Security.Cryptography;
using System.Text;
using NetworkGraph.Core.Reporting;

namespace NetworkGraph.Core.Tests.Reporting;

public sealed class HtmlReportWriterTests
{
    private static readonly string Html = ReportWriter.Html(ReportFixtures.Input());

    [Fact]
    public void Planted_payloads_are_inert_text_and_create_no_element()
    {
        var doc = HtmlTestHelpers.Parse(Html);

        Assert.Empty(HtmlTestHelpers.Dangerous(doc));
        Assert.Empty(doc.QuerySelectorAll("script"));
        Assert.Contains(ReportFixtures.Payload, doc.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains(ReportFixtures.DomPayload, doc.Body.TextContent, StringComparison.Ordinal);
        Assert.Contains(ReportFixtures.MarkdownPayload, doc.Body.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(ReportFixtures.Payload, Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", Html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void The_policy_forbids_scripts_and_allows_only_the_page_stylesheet()
    {
        var doc = HtmlTestHelpers.Parse(Html);
        var csp = doc.QuerySelector("meta[http-equiv='Content-Security-Policy']")?.GetAttribute("content");
        var style = Assert.Single(doc.QuerySelectorAll("style")).TextContent;
        var hash = "'sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(style))) + "'";

        Assert.NotNull(csp);
        Assert.Contains("default-src 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("style-src " + hash + ";", csp, StringComparison.Ordinal);
        Assert.Same(doc.Head, doc.QuerySelector("meta[http-equiv='Content-Security-Policy']")!.ParentElement);
        Assert.DoesNotContain(doc.All, e => e.HasAttribute("style"));
    }

    [Fact]
    public void Loads_nothing_from_outside_the_file()
    {
        var doc = HtmlTestHelpers.Parse(Html);
        var urls = doc.All.SelectMany(e => e.Attributes)
            .Where(a => a.Name is "href" or "src" or "action" or "poster" or "data")
            .Select(a => a.Value)
            .ToList();

        Assert.All(urls, u => Assert.StartsWith("#", u, StringComparison.Ordinal));
        Assert.DoesNotContain("@import", Html, StringComparison.Ordinal);
        Assert.DoesNotContain("url(", Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Details_each_flagged_cluster_with_its_score_explanation()
    {
        var doc = HtmlTestHelpers.Parse(Html);
        var sections = doc.QuerySelectorAll("section.cluster");

        Assert.Equal(["cluster-1", "cluster-2"], sections.Select(s => s.Id));
        var rows = sections[0].QuerySelector("table")!.QuerySelectorAll("tbody tr");
        Assert.Equal(4, rows.Length);
        Assert.Equal("fast_copy_edges", rows[0].Children[0].TextContent);
        Assert.Equal("0.240", rows[0].Children[4].TextContent);
        Assert.Contains("0.860", rows[3].TextContent, StringComparison.Ordinal);
        Assert.StartsWith("8 accounts posting the same texts", sections[0].QuerySelector(".narrative")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Draws_the_timeline_with_campaigns_the_rhythm_and_the_shares()
    {
        var doc = HtmlTestHelpers.Parse(Html);
        var first = doc.QuerySelectorAll("section.cluster")[0];
        var labels = first.QuerySelectorAll("svg.chart").Select(s => s.GetAttribute("aria-label") ?? string.Empty).ToList();

        Assert.Contains(labels, l => l.StartsWith("Posts per day", StringComparison.Ordinal));
        Assert.Contains("Posts by hour of day", labels);
        Assert.Contains("Posts by weekday", labels);
        Assert.Contains("Languages of posts", labels);
        Assert.Contains("Declared locations", labels);
        var timeline = first.QuerySelectorAll("svg.chart").First(s => s.GetAttribute("aria-label")!.StartsWith("Posts per day", StringComparison.Ordinal));
        Assert.Single(timeline.QuerySelectorAll("rect.camp"));
        Assert.Equal("C1", timeline.QuerySelector("text.camp-lbl")?.TextContent);
        var hours = first.QuerySelectorAll("svg.chart").First(s => s.GetAttribute("aria-label") == "Posts by hour of day");
        Assert.Equal(24, hours.QuerySelectorAll("rect[fill]").Length);
        Assert.NotNull(doc.QuerySelector("svg.chart[aria-label='Cluster sizes, flagged clusters marked']"));
    }

    [Fact]
    public void Shows_top_texts_hashtags_targets_and_evidence_posts()
    {
        var doc = HtmlTestHelpers.Parse(Html);
        var first = doc.QuerySelectorAll("section.cluster")[0];

        Assert.Contains("#Karabakh", first.TextContent, StringComparison.Ordinal);
        Assert.Contains("@caledonie_1", first.TextContent, StringComparison.Ordinal);
        var edges = first.QuerySelectorAll(".edge");
        Assert.Equal(5, edges.Length);
        Assert.Contains("co_tweet", edges[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("weight 12", edges[0].TextContent, StringComparison.Ordinal);
        Assert.Equal(2, edges[0].QuerySelectorAll("tbody tr").Length);
        Assert.Contains("12 co-shares · 1 of 12 pairs shown", edges[0].TextContent, StringComparison.Ordinal);
        var headers = first.QuerySelectorAll("th").Select(h => h.TextContent).ToList();
        Assert.Contains("Link domains", headers);
        Assert.Contains("Shortened links (target unknown)", headers);
    }

    [Fact]
    public void Lists_members_with_their_declared_profile_as_text()
    {
        var doc = HtmlTestHelpers.Parse(Html);
        var rows = doc.QuerySelectorAll("section.cluster")[0].QuerySelectorAll("table").Last().QuerySelectorAll("tbody tr");
        var hostile = rows.Single(r => r.Children[0].TextContent == "@" + ReportFixtures.Payload);

        Assert.Equal(8, rows.Length);
        Assert.Equal(ReportFixtures.DomPayload, hostile.Children[1].TextContent);
        Assert.Equal(ReportFixtures.Payload, hostile.Children[2].TextContent);
        Assert.Equal("14", hostile.Children[4].TextContent);
        Assert.StartsWith(ReportFixtures.Payload, hostile.Children[5].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Is_byte_identical_for_the_same_snapshot_whatever_the_input_order()
    {
        var input = ReportFixtures.Input();
        var shuffled = input with
        {
            Accounts = input.Accounts.Reverse().ToList(),
            Edges = input.Edges.Reverse().ToList(),
            Posts = input.Posts.OrderBy(p => p.Id.GetHashCode(StringComparison.Ordinal)).ToList(),
        };

        Assert.Equal(Html, ReportWriter.Html(input));
        Assert.Equal(Html, ReportWriter.Html(shuffled));
    }

    [Fact]
    public void Renders_an_empty_snapshot_and_a_cluster_without_posts_or_edges()
    {
        var input = ReportFixtures.Input();
        var empty = ReportWriter.Html(input with { Snapshot = input.Snapshot with { Clusters = [] }, Posts = [], Edges = [] });
        var bare = HtmlTestHelpers.Parse(ReportWriter.Html(input with { Posts = [], Edges = [] }));

        Assert.Contains("holds no cluster", HtmlTestHelpers.Parse(empty).QuerySelector(".lead")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("No posts of this cluster were given", bare.QuerySelector("section.cluster")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("No coordination edge between members", bare.QuerySelector("section.cluster")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(HtmlTestHelpers.Dangerous(bare));
    }

    [Fact]
    public void The_summary_names_the_collection_size_and_the_clustered_accounts_share_of_it()
    {
        var input = ReportFixtures.Input() with { CollectionPosts = 952 };

        var cards = SummaryCards(ReportWriter.Html(input));

        Assert.Equal("952", cards["Posts in the collection"]);
        Assert.Equal("238 (25% of the collection)", cards["Posts by clustered accounts"]);
        Assert.DoesNotContain("Posts read", cards.Keys);
    }

    [Fact]
    public void The_summary_names_the_clustered_accounts_posts_alone_when_the_collection_size_is_unknown()
    {
        var cards = SummaryCards(Html);

        Assert.Equal("238", cards["Posts by clustered accounts"]);
        Assert.DoesNotContain("Posts in the collection", cards.Keys);
        Assert.DoesNotContain("Posts read", cards.Keys);
        Assert.DoesNotContain("Shares in the collection", cards.Keys);
    }

    [Fact]
    public void The_summary_names_the_shares_of_a_collection_with_share_tables()
    {
        var input = ReportFixtures.Input() with { CollectionPosts = 238, CollectionShares = 157_568, ClusteredShares = 3_152 };

        var cards = SummaryCards(ReportWriter.Html(input));

        Assert.Equal("157,568", cards["Shares in the collection"]);
        Assert.Equal("3,152 (2% of the collection)", cards["Shares by clustered accounts"]);
        Assert.Equal("238 (100% of the collection)", cards["Posts by clustered accounts"]);
    }

    private static Dictionary<string, string> SummaryCards(string html) =>
        HtmlTestHelpers.Parse(html).QuerySelectorAll("#summary .card")
            .ToDictionary(c => c.QuerySelector(".k")!.TextContent, c => c.QuerySelector(".v")!.TextContent, StringComparer.Ordinal);

    [Fact]
    public void Says_so_when_no_cluster_is_flagged_and_details_the_best_one()
    {
        var input = ReportFixtures.Input();
        var calm = input.Snapshot with { Clusters = [input.Snapshot.Clusters[2]] };

        var doc = HtmlTestHelpers.Parse(ReportWriter.Html(input with { Snapshot = calm }));

        Assert.Contains("None of the 1 clusters reached the flagging threshold", doc.QuerySelector(".lead")!.TextContent, StringComparison.Ordinal);
        Assert.Single(doc.QuerySelectorAll("section.cluster"));
        Assert.Equal("Not flagged", doc.QuerySelector("section.cluster .badge")!.TextContent);
        var section = doc.QuerySelector("section.cluster")!.TextContent;
        Assert.Contains("Campaigns are segmented for flagged clusters only", section, StringComparison.Ordinal);
        Assert.DoesNotContain("Shortened links", section, StringComparison.Ordinal);
    }
}
