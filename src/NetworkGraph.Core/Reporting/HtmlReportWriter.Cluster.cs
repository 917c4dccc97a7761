using System.Text;
using NetworkGraph.Core.Clustering;

namespace NetworkGraph.Core.Reporting;

/// <summary>The section of one detailed cluster: verdict, score explanation, charts, top objects, evidence, members.</summary>
internal static partial class HtmlReportWriter
{
    private static void Cluster(StringBuilder sb, ClusterDetail d, ReportOptions options)
    {
        var c = d.Cluster;
        var r = d.Report;
        var m = r.Metrics;
        sb.Append("<section class=\"cluster\" id=\"").Append(Anchor(r.Rank)).Append("\">\n<h2>").Append(Swatch(d.View.Color)).Append(" Cluster ")
            .Append(E(c.Id)).Append(' ').Append(c.Flagged ? "<span class=\"badge flag\">Flagged</span>" : "<span class=\"badge\">Not flagged</span>")
            .Append(" <span class=\"muted\">score ").Append(ReportFormat.Fixed(c.Score)).Append(" · threshold ").Append(ReportFormat.Fixed(r.Score.Threshold))
            .Append(" · rank ").Append(r.Rank).Append("</span></h2>\n");
        sb.Append("<p class=\"verdict").Append(c.Flagged ? string.Empty : " calm").Append("\">").Append(E(r.Score.Verdict)).Append("</p>\n");
        sb.Append("<p class=\"narrative user\">").Append(E(r.Narrative)).Append("</p>\n<div class=\"cards\">");
        Card(sb, "Accounts", ReportFormat.Int(m.Size));
        Card(sb, "Posts", ReportFormat.Int(m.PostCount));
        Card(sb, "Density", ReportFormat.Fixed(m.Density));
        Card(sb, "Copy-pasted posts", ReportFormat.Percent(m.CopyPasteShare));
        Card(sb, "Synchronised posts", ReportFormat.Percent(m.SynchronisedShare));
        Card(sb, "Median Δt", ReportFormat.Seconds(m.MedianDtSeconds));
        Card(sb, "Lineage", Lineage(c));
        sb.Append("</div>\n");

        Contributions(sb, r.Score, d.View.Color);

        sb.Append("<h3>Activity</h3>\n<figure>").Append(SvgCharts.Timeline(d.Daily, r.Campaigns, d.View.Color))
            .Append("<figcaption>Posts of the members per local day (").Append(E(d.TimeZone)).Append(").</figcaption></figure>\n<div class=\"grid2\">")
            .Append("<figure>").Append(SvgCharts.Columns("Posts by hour of day", SummaryText.HourLabels, d.Hours, d.View.Color, 3))
            .Append("<figcaption>Hour of day, ").Append(E(d.TimeZone)).Append(". Working-hours share ").Append(ReportFormat.Percent(r.Profile.Rhythm.WorkHoursShare)).Append(".</figcaption></figure>")
            .Append("<figure>").Append(SvgCharts.Columns("Posts by weekday", SummaryText.WeekdayLabels, d.Weekdays, d.View.Color))
            .Append("<figcaption>Day of the week.</figcaption></figure></div>\n");
        Campaigns(sb, r.Campaigns, r.Score.Flagged, options);

        sb.Append("<h3>Who they are</h3>\n<div class=\"grid2\"><figure>").Append(SvgCharts.ShareBars("Languages of posts", d.Languages, d.View.Color))
            .Append("<figcaption>Share of the members' posts per language.</figcaption></figure><figure>")
            .Append(SvgCharts.ShareBars("Declared locations", d.DeclaredLocations, d.View.Color))
            .Append("<figcaption>Locations as written in the members' profiles (share of profiled members).</figcaption></figure></div>\n");
        Matches(sb, r.Profile);

        sb.Append("<h3>What they posted</h3>\n");
        TopTexts(sb, r.Objects.Texts, options);
        sb.Append("<div class=\"grid4\">");
        TopTable(sb, "Hashtags", r.Objects.Hashtags, options);
        TopTable(sb, "Targets (mentioned or replied to)", r.Objects.Targets, options);
        TopTable(sb, "Amplified (retweeted or quoted)", r.Objects.Amplified, options);
        TopTable(sb, "Link domains", r.Objects.Domains, options);
        if (r.Objects.ShortenedLinks.Count > 0)
        {
            TopTable(sb, "Shortened links (target unknown)", r.Objects.ShortenedLinks, options);
        }

        sb.Append("</div>\n");

        Evidence(sb, d.Evidence, options);
        Members(sb, d, options);
        sb.Append("</section>\n");
    }

    private static void Members(StringBuilder sb, ClusterDetail d, ReportOptions options)
    {
        sb.Append("<h3>Members</h3>\n<table><thead><tr><th>Account</th><th>Name</th><th>Declared location</th><th>Created</th><th class=\"n\">Posts</th><th>Bio</th></tr></thead><tbody>");
        foreach (var m in d.Members)
        {
            sb.Append("<tr><td class=\"user\">").Append(E(m.Label, 60)).Append("</td><td class=\"user\">").Append(E(m.DisplayName, 60))
                .Append("</td><td class=\"user\">").Append(E(m.Location, 60)).Append("</td><td class=\"t\">").Append(m.Created is { } c ? ReportFormat.Day(c) : string.Empty)
                .Append("</td><td class=\"n\">").Append(ReportFormat.Int(m.Posts)).Append("</td><td class=\"user\">").Append(E(m.Bio, options.MaxTextLength / 2)).Append("</td></tr>");
        }

        sb.Append("</tbody></table>\n<p class=\"muted\">").Append(E(More(d.Members.Count, d.Cluster.Size, "members, by account id"))).Append("</p>\n");
    }

    private static void Contributions(StringBuilder sb, ClusterScore score, Export.ExportColor color)
    {
        sb.Append("<h3>Why this score</h3>\n<table><thead><tr><th>Signal</th><th>Kind</th><th class=\"n\">Measured</th><th class=\"n\">Weight</th><th>Contribution</th><th>What was measured</th></tr></thead><tbody>");
        var max = score.Signals.Count == 0 ? 0 : score.Signals.Max(s => s.Contribution);
        foreach (var s in score.Signals.OrderByDescending(s => s.Contribution).ThenBy(s => s.Name, StringComparer.Ordinal))
        {
            sb.Append("<tr><td>").Append(E(s.Name)).Append("</td><td>").Append(E(s.Category)).Append("</td><td class=\"n\">").Append(ReportFormat.Fixed(s.Value))
                .Append("</td><td class=\"n\">").Append(ReportFormat.Fixed(s.Weight)).Append("</td><td class=\"n\">").Append(SvgCharts.Bar(s.Contribution, max, color))
                .Append(ReportFormat.Fixed(s.Contribution, 3)).Append("</td><td class=\"user\">").Append(E(s.Sentence)).Append("</td></tr>");
        }

        sb.Append("<tr class=\"total\"><td colspan=\"4\">Score: coordination evidence (profile signals ").Append(ReportFormat.Fixed(score.ProfilePart, 3))
            .Append(" rank and explain, never flag)</td><td class=\"n\">").Append(ReportFormat.Fixed(score.Value, 3))
            .Append("</td><td>").Append(score.Flagged ? "at or above" : "below").Append(" the threshold of ").Append(ReportFormat.Fixed(score.Threshold)).Append("</td></tr></tbody></table>\n");
    }

    private static void Campaigns(StringBuilder sb, IReadOnlyList<Campaign> campaigns, bool flagged, ReportOptions options)
    {
        if (campaigns.Count == 0)
        {
            sb.Append("<p class=\"muted\">").Append(flagged
                ? "No campaign (burst of activity) was detected."
                : "Campaigns are segmented for flagged clusters only: a burst without coordination evidence is no campaign.").Append("</p>\n");
            return;
        }

        sb.Append("<table><thead><tr><th>Campaign</th><th>From</th><th>To</th><th class=\"n\">Posts</th><th class=\"n\">Accounts</th><th class=\"n\">Peak/day</th><th>Top text</th><th>Top hashtags</th></tr></thead><tbody>");
        foreach (var c in campaigns)
        {
            sb.Append("<tr><td>C").Append(c.Index).Append("</td><td class=\"t\">").Append(ReportFormat.Day(c.Start)).Append("</td><td class=\"t\">").Append(ReportFormat.Day(c.End))
                .Append("</td><td class=\"n\">").Append(ReportFormat.Int(c.Volume)).Append("</td><td class=\"n\">").Append(ReportFormat.Int(c.Accounts))
                .Append("</td><td class=\"n\">").Append(ReportFormat.Int(c.PeakDailyPosts)).Append("</td><td class=\"user\">")
                .Append(c.TopTexts.Count == 0 ? string.Empty : E(c.TopTexts[0].Label, 140)).Append("</td><td class=\"user\">")
                .Append(E(string.Join(" ", c.TopHashtags.Take(options.TopItems / 2).Select(h => h.Label)))).Append("</td></tr>");
        }

        sb.Append("</tbody></table>\n");
    }

    private static void Matches(StringBuilder sb, ProfileSignals profile)
    {
        var lines = profile.Locations.Concat(profile.Lexicons).Where(p => p.Accounts > 0).ToList();
        if (lines.Count == 0 && profile.CreationBursts.Count == 0)
        {
            return;
        }

        sb.Append("<ul>");
        foreach (var p in lines)
        {
            sb.Append("<li class=\"user\">").Append(ReportFormat.Int(p.Accounts)).Append(" members (").Append(ReportFormat.Percent(p.Share)).Append(") declare ")
                .Append(E(p.Label)).Append(": ").Append(E(string.Join(", ", p.Terms.Take(6).Select(t => $"{t.Label} ({t.Count})")))).Append("</li>");
        }

        foreach (var b in profile.CreationBursts)
        {
            sb.Append("<li>").Append(ReportFormat.Int(b.Count)).Append(" accounts created between ").Append(ReportFormat.Day(b.Start)).Append(" and ")
                .Append(ReportFormat.Day(b.End)).Append("</li>");
        }

        sb.Append("</ul>\n");
    }

    private static void TopTexts(StringBuilder sb, IReadOnlyList<ObjectCount> texts, ReportOptions options)
    {
        if (texts.Count == 0)
        {
            sb.Append("<p class=\"muted\">No authored text.</p>\n");
            return;
        }

        sb.Append("<ol class=\"texts\">");
        foreach (var t in texts.Take(options.TopItems))
        {
            sb.Append("<li><span class=\"badge\">").Append(ReportFormat.Int(t.Count)).Append(" posts</span> <span class=\"user\">")
                .Append(E(t.Label, options.MaxTextLength)).Append("</span></li>");
        }

        sb.Append("</ol>\n");
    }

    private static void TopTable(StringBuilder sb, string title, IReadOnlyList<ObjectCount> items, ReportOptions options)
    {
        sb.Append("<div><table><thead><tr><th>").Append(E(title)).Append("</th><th class=\"n\">Posts</th></tr></thead><tbody>");
        if (items.Count == 0)
        {
            sb.Append("<tr><td class=\"muted\" colspan=\"2\">none</td></tr>");
        }

        foreach (var item in items.Take(options.TopItems))
        {
            sb.Append("<tr><td class=\"user\">").Append(E(item.Label, 120)).Append("</td><td class=\"n\">").Append(ReportFormat.Int(item.Count)).Append("</td></tr>");
        }

        sb.Append("</tbody></table></div>");
    }

    private static void Evidence(StringBuilder sb, IReadOnlyList<EvidenceEdge> edges, ReportOptions options)
    {
        sb.Append("<h3>Evidence: the heaviest links</h3>\n");
        if (edges.Count == 0)
        {
            sb.Append("<p class=\"muted\">No coordination edge between members was given to the report.</p>\n");
            return;
        }

        foreach (var e in edges)
        {
            sb.Append("<div class=\"edge\"><div class=\"head user\">").Append(E(e.LabelA, 60)).Append(" — ").Append(E(e.LabelB, 60))
                .Append(" <span class=\"badge\">").Append(E(e.Kind)).Append("</span></div><div class=\"muted\">weight ").Append(ReportFormat.Number(e.Weight))
                .Append(" · mean Δt ").Append(ReportFormat.Seconds(e.MeanDtSeconds))
                .Append(e.EvidenceCount is { } n ? $" · {ReportFormat.Int(n)} co-shares" : string.Empty)
                .Append(e.Samples.Count > 0 ? $" · {ReportFormat.PairsShown(e.Samples.Count, e.EvidenceCount)} shown" : string.Empty).Append("</div>");
            if (e.Samples.Count > 0)
            {
                sb.Append("<table><thead><tr><th>Post</th><th>Time</th><th>Text</th></tr></thead><tbody>");
                foreach (var p in e.Samples)
                {
                    Post(sb, p.PostA, p.TimeA, p.TextA ?? p.Object, options);
                    Post(sb, p.PostB, p.TimeB, p.TextB ?? p.Object, options);
                }

                sb.Append("</tbody></table>");
            }

            sb.Append("</div>\n");
        }
    }

    private static void Post(StringBuilder sb, string id, DateTimeOffset? time, string? text, ReportOptions options) =>
        sb.Append("<tr><td class=\"t\"><code>").Append(E(id, 40)).Append("</code></td><td class=\"t\">").Append(time is { } t ? E(ReportFormat.Time(t)) : "n/a")
            .Append("</td><td class=\"user\">").Append(E(text ?? "(text not available)", options.MaxTextLength)).Append("</td></tr>");
}
