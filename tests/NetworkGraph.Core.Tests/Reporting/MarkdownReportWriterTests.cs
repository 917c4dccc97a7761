using Markdig;
using NetworkGraph.Core.Reporting;

namespace NetworkGraph.Core.Tests.Reporting;

public sealed class MarkdownReportWriterTests
{
    private static readonly MarkdownPipeline Gfm = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();
    private static readonly string Markdown = ReportWriter.Markdown(ReportFixtures.Input());

    [Fact]
    public void Planted_payloads_render_as_plain_text_with_no_tag_link_or_image()
    {
        var doc = HtmlTestHelpers.Parse(Markdig.Markdown.ToHtml(Markdown, Gfm));

        Assert.Empty(HtmlTestHelpers.Dangerous(doc));
        Assert.Empty(doc.QuerySelectorAll("a, img, script, code"));
        Assert.Contains(ReportFixtures.Payload, doc.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("[click](javascript:alert(3))", doc.Body.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Keeps_its_own_tables_and_headings_intact_around_hostile_cells()
    {
        var doc = HtmlTestHelpers.Parse(Markdig.Markdown.ToHtml(Markdown, Gfm));

        Assert.Equal(["Cluster C1-1 (flagged)", "Cluster C2-3 (flagged)"], doc.QuerySelectorAll("h2").Select(h => h.TextContent));
        var contributions = doc.QuerySelectorAll("table")[2];
        Assert.Equal(5, contributions.QuerySelectorAll("tr")[1].Children.Length);
        Assert.Equal("fast_copy_edges", contributions.QuerySelectorAll("tr")[1].Children[0].TextContent);
    }

    [Fact]
    public void An_evidence_line_says_how_many_of_the_edges_pairs_it_shows()
    {
        var line = Markdown.Split('\n').First(l => l.Contains(@", co\_tweet, weight 12", StringComparison.Ordinal));

        Assert.Contains(", 1 of 12 pairs: posts ", line, StringComparison.Ordinal);
    }

    [Fact]
    public void The_summary_table_names_the_collection_size_and_the_clustered_accounts_share_of_it()
    {
        var markdown = ReportWriter.Markdown(ReportFixtures.Input() with { CollectionPosts = 952 });

        Assert.Contains("| Posts in the collection | Posts by clustered accounts |", markdown, StringComparison.Ordinal);
        Assert.Contains("| 952 | 238 (25% of the collection) |", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("Shares in the collection", markdown, StringComparison.Ordinal);
        Assert.Contains("Shares in the collection: 40; by clustered accounts: 10 (25% of the collection).",
            ReportWriter.Markdown(ReportFixtures.Input() with { CollectionShares = 40, ClusteredShares = 10 }), StringComparison.Ordinal);
    }

    [Fact]
    public void Lists_the_summary_figures_and_the_campaigns()
    {
        Assert.Contains("2 of 3 clusters are flagged as likely coordinated amplification networks", Markdig.Markdown.ToPlainText(Markdown), StringComparison.Ordinal);
        Assert.Contains("- C1: 2023-09-14 to 2023-09-17, 64 posts by 8 accounts", Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Is_identical_for_the_same_snapshot()
    {
        Assert.Equal(Markdown, ReportWriter.Markdown(ReportFixtures.Input()));
    }
}
