using NetworkGraph.Core.Export;
using NetworkGraph.Core.Model;

namespace NetworkGraph.Core.Tests.Export;

/// <summary>Small hand-built export graphs shared by the writer tests and the sample-file test.</summary>
internal static class SampleGraphs
{
    public static readonly DateTimeOffset Day1 = new(2024, 3, 1, 9, 30, 0, TimeSpan.Zero);

    public static ExportColumn Hashtags { get; } = new("hashtags", ExportValueType.StringList);

    public static ExportColumn Ratio { get; } = new("ratio", ExportValueType.Float);

    public static ExportColumn Rank { get; } = new("rank", ExportValueType.Integer);

    public static ExportColumn SharedUrls { get; } = new("shared_urls", ExportValueType.Integer);

    /// <summary>Six accounts in two clusters (cluster 1 flagged) and one unclustered; five edges, two of them parallel with different kinds.</summary>
    public static ExportGraph Coordination()
    {
        var accounts = new[]
        {
            Account("101", "baku_news", "az", "Baku", 12000, 15),
            Account("102", "caspian_voice", "az", "Bakı", 800, 2),
            Account("103", "eu_watch", "fr", "Paris", 55, 40),
            Account("104", "kanak_libre", "fr", null, 3, 9),
            Account("105", "random_reader", "en", "London", 210, 180),
            Account("106", "quiet_one", null, null, null, null),
        };
        var clusters = new[] { "1", "1", "1", "2", "2", null };
        var scores = new double?[] { 0.92, 0.81, 0.77, 0.4, 0.35, null };
        var nodes = accounts.Select((a, i) => new ExportNode(a.Id, AccountExport.Label(a))
        {
            Cluster = clusters[i],
            Score = scores[i],
            Flagged = clusters[i] == "1",
            Attributes = new Dictionary<string, object?>(AccountExport.Values(a, posts: 10 * (i + 1)))
            {
                [Hashtags.Id] = i < 3 ? new[] { "BakuInitiative", "FreeKanaky" } : null,
                [Ratio.Id] = i < 4 ? 0.25f * i : null,
                [Rank.Id] = i + 1,
            },
            Position = i < 4 ? new ExportPosition(10f * i, -5.5f * i) : null,
            Spells = i == 5 ? [] : [new(Day1.AddDays(i), Day1.AddDays(i + 2)), new(Day1.AddDays(i + 1), Day1.AddDays(i + 3))],
        }).ToList();

        var edges = new List<ExportEdge>
        {
            Edge("101", "102", "co_retweet", 14, 42.5, 14, 0),
            Edge("101", "102", "co_hashtag", 3, 600, 3, 1),
            Edge("102", "103", "co_retweet", 9, 12.25, 9, 2),
            Edge("103", "104", "copy_paste", 1.5, 3600, 2, 3),
            Edge("104", "105", "co_retweet", 2, 90, 2, 4),
        };
        return new ExportGraph(nodes, edges)
        {
            NodeColumns = [.. AccountExport.Columns, Hashtags, Ratio, Rank],
            EdgeColumns = [SharedUrls],
            Description = "Snapshot 2024-03 (test)",
            GeneratedAt = new DateTimeOffset(2024, 3, 31, 23, 0, 0, TimeSpan.Zero),
        };
    }

    /// <summary>The hostile strings used for ids, labels, values and kinds, with what a reader must get back.</summary>
    public static IReadOnlyList<(string Raw, string Clean)> HostileTexts { get; } =
    [
        ("ctl\u0001\u0008\u000B\u000C\u001Fchars", "ctlchars"),
        ("lone\uD800high", "lone\uFFFDhigh"),
        ("lone\uDC00low", "lone\uFFFDlow"),
        ("cdata]]>end", "cdata]]>end"),
        ("quotes\"and'apos", "quotes\"and'apos"),
        ("<script>alert(1)</script>&amp;", "<script>alert(1)</script>&amp;"),
        ("line\nbreak\r\nand\ttab", "line\nbreak\r\nand\ttab"),
        ("emoji \uD83D\uDE00 ok", "emoji \uD83D\uDE00 ok"),
        ("nonchar\uFFFE\uFFFFend", "nonchar" + "end"),
        ("=HYPERLINK(\"http://x\")", "=HYPERLINK(\"http://x\")"),
    ];

    /// <summary>One node per hostile text (as id, label, location and hashtag), chained by edges whose kind is hostile too.</summary>
    public static ExportGraph Hostile()
    {
        var nodes = HostileTexts.Select((t, i) => new ExportNode($"h{i}-{t.Raw}", t.Raw)
        {
            Cluster = "c" + t.Raw,
            Score = i / 10.0,
            Flagged = i % 2 == 0,
            Attributes = new Dictionary<string, object?> { ["location"] = t.Raw, [Hashtags.Id] = new[] { t.Raw, "x,y" } },
        }).ToList();
        var edges = nodes.Zip(nodes.Skip(1), (a, b) => new ExportEdge(a.Id, b.Id, "k<" + HostileTexts[0].Raw + ">", 1)).ToList();
        return new ExportGraph(nodes, edges)
        {
            NodeColumns = [new("location", ExportValueType.String), Hashtags],
            Description = "hostile ]]> <desc> \u0000 \uDFFF",
        };
    }

    public static Account Account(string id, string handle, string? language, string? location, long? followers, long? following) =>
        new(id, handle, handle.Replace('_', ' '), location, "bio", language, new DateTimeOffset(2020, 1, 2, 3, 4, 5, TimeSpan.Zero), followers, following, null);

    private static ExportEdge Edge(string s, string t, string kind, double weight, double dt, long evidence, int day) =>
        new(s, t, kind, weight)
        {
            MeanDeltaSeconds = dt,
            EvidenceCount = evidence,
            Attributes = new Dictionary<string, object?> { [SharedUrls.Id] = day % 2 == 0 ? day : null },
            Spells = [new(Day1.AddDays(day), Day1.AddDays(day).AddHours(5))],
        };
}
