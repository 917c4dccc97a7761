using System.Text;

namespace NetworkGraph.Core.Clustering;

/// <summary>Renders a cluster report in the analyst's words.</summary>
public static class ClusterNarrator
{
    /// <summary>
    /// One paragraph such as "network 3: 421 accounts, 93% posting mostly in Azeri, 115 declaring an Azerbaijani location,
    /// four campaigns between Sept 2023 and Feb 2024, 87% of its posts copy-pasted within 60 s of each other; top hashtags: ...".
    /// </summary>
    /// <param name="report">The cluster.</param>
    /// <param name="copyWindowSeconds">The copy-paste window the report was computed with.</param>
    /// <param name="name">What to call the cluster; defaults to "network {rank}".</param>
    /// <param name="topCount">How many hashtags and targets to list.</param>
    public static string Describe(ClusterReport report, double copyWindowSeconds = 60, string? name = null, int topCount = 3)
    {
        ArgumentNullException.ThrowIfNull(report);
        var m = report.Metrics;
        var p = report.Profile;
        var parts = new List<string> { Wording.Int(m.Size) + (m.Size == 1 ? " account" : " accounts") };
        if (AccountPlatforms.Describe(report.Members) is { Length: > 0 } platforms)
        {
            parts[0] += $" (platforms: {platforms})";
        }

        if (p.DominantLanguages.Count > 0 && p.DominantLanguages[0].Key != "und")
        {
            var lang = p.DominantLanguages[0];
            var ofMembers = m.Size > 0 ? lang.Count / (double)m.Size : 0;
            parts.Add($"{Wording.Pct(ofMembers)} posting mostly in {lang.Label}");
        }

        parts.AddRange(p.Locations.Where(l => l.Accounts > 0).Select(l => $"{Wording.Int(l.Accounts)} declaring {l.Label}"));
        parts.AddRange(p.Lexicons.Where(l => l.Accounts > 0).Select(l => $"{Wording.Int(l.Accounts)} declaring {l.Label}"));
        if (report.Score.Flagged || report.Campaigns.Count > 0)
        {
            parts.Add(Campaigns(report.Campaigns)); // an unflagged cluster's bursts are not segmented: "no campaign" says nothing
        }

        parts.Add($"{Wording.Pct(m.CopyPasteShare)} of its posts copy-pasted within {Wording.Seconds(copyWindowSeconds)} of each other");
        if (m.CoShareMedianDtSeconds is { } gap)
        {
            parts.Add($"coordinating {Wording.TimeScale(gap)}, a median {Wording.Seconds(gap)} between members' shares of the same object");
        }

        var text = new StringBuilder();
        text.Append(name ?? "network " + Wording.Int(report.Rank)).Append(": ").Append(string.Join(", ", parts));
        AppendTop(text, "top hashtags", report.Objects.Hashtags, topCount);
        AppendTop(text, "top targets", report.Objects.Targets, topCount);
        AppendTop(text, "top amplified", report.Objects.Amplified, topCount);
        AppendTop(text, "top domains", report.Objects.Domains, topCount);
        text.Append(". Coordination score ").Append(Wording.Score(report.Score.Value))
            .Append(report.Score.Flagged ? " (flagged as an amplification network)." : " (not flagged).");
        return text.ToString();
    }

    private static string Campaigns(IReadOnlyList<Campaign> campaigns)
    {
        if (campaigns.Count == 0)
        {
            return "no campaign detected";
        }

        var start = campaigns.Min(c => c.Start);
        var end = campaigns.Max(c => c.End);
        var what = Wording.Counted(campaigns.Count, "campaign", "campaigns");
        if (start == end)
        {
            return $"{what} on {Wording.Day(start)}";
        }

        return start.Year == end.Year && start.Month == end.Month
            ? $"{what} in {Wording.Month(start)}"
            : $"{what} between {Wording.Month(start)} and {Wording.Month(end)}";
    }

    private static void AppendTop(StringBuilder text, string title, IReadOnlyList<ObjectCount> items, int topCount)
    {
        if (items.Count == 0)
        {
            return;
        }

        var shown = items.Take(topCount).Select(i => $"{i.Label} ({Wording.Int(i.Count)})");
        text.Append("; ").Append(title).Append(": ").Append(string.Join(", ", shown));
    }
}
