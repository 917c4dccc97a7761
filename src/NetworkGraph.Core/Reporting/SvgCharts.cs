using NetworkGraph.Core.Clustering;
using NetworkGraph.Core.Export;

namespace NetworkGraph.Core.Reporting;

/// <summary>The report's charts as inline SVG strings, drawn in C# with no script and no external resource.</summary>
internal static class SvgCharts
{
    private const double Width = 1040;

    /// <summary>Daily posts (weekly beyond 400 days, wider buckets beyond 400 weeks) with each campaign drawn as a labelled band.</summary>
    public static string Timeline(IReadOnlyList<DailyCount> daily, IReadOnlyList<Campaign> campaigns, ExportColor color)
    {
        const double height = 230, left = 48, right = 14, top = 26, bottom = 36;
        if (daily.Count == 0)
        {
            return Empty("Activity timeline", "No posts of this cluster were given to the report.");
        }

        // At most about 400 bars, whatever the span: a post dated year 1 beside one of 2024 must not draw 100,000 weeks.
        var bucket = daily.Count <= 400 ? 1 : Math.Max(7, (daily.Count + 399) / 400);
        var first = daily[0].Day;
        var counts = daily.GroupBy(d => (d.Day.DayNumber - first.DayNumber) / bucket).Select(g => g.Sum(d => d.Posts)).ToArray();
        var max = Svg.NiceCeiling(counts.Max());
        var (plotW, plotH) = (Width - left - right, height - top - bottom);
        var bw = plotW / counts.Length;
        var unit = bucket switch { 1 => "day", 7 => "week", _ => $"{bucket} days" };
        var svg = new Svg(Width, height, $"Posts per {unit}, {ReportFormat.Day(first)} to {ReportFormat.Day(daily[^1].Day)}, campaigns marked");
        Grid(svg, left, top, plotW, plotH, max);

        double X(int dayNumber) => left + ((dayNumber - first.DayNumber) / (double)bucket * bw);
        foreach (var c in campaigns)
        {
            var x = X(c.Start.DayNumber);
            var w = Math.Max(X(c.End.DayNumber + 1) - x, 2);
            svg.Rect(x, top, w, plotH, color, "camp", $"Campaign {c.Index}: {ReportFormat.Day(c.Start)} to {ReportFormat.Day(c.End)}, {c.Volume} posts by {c.Accounts} accounts");
            svg.Text(x + (w / 2), top - 8, $"C{c.Index}", "camp-lbl", "middle");
        }

        for (var i = 0; i < counts.Length; i++)
        {
            var h = counts[i] / max * plotH;
            var day = first.AddDays(i * bucket);
            svg.Rect(left + (i * bw) + (bw > 3 ? bw * 0.1 : 0), top + plotH - h, bw > 3 ? bw * 0.8 : bw, h, color, null, $"{ReportFormat.Day(day)}: {counts[i]} posts");
        }

        var ticks = Math.Min(6, counts.Length);
        for (var t = 0; t < ticks; t++)
        {
            var i = ticks == 1 ? 0 : (int)Math.Round(t * (counts.Length - 1) / (double)(ticks - 1));
            var anchor = t == 0 ? "start" : t == ticks - 1 ? "end" : "middle";
            svg.Text(left + (i * bw) + (bw / 2), height - bottom + 16, ReportFormat.Day(first.AddDays(i * bucket)), "lbl", anchor);
        }

        svg.Text(left, height - 6, $"posts per {unit}; shaded bands are the detected campaigns", "note");
        return svg.Close();
    }

    /// <summary>A vertical bar chart of a histogram (hours of the day, days of the week).</summary>
    public static string Columns(string title, IReadOnlyList<string> labels, IReadOnlyList<int> values, ExportColor color, int labelEvery = 1)
    {
        const double height = 190, left = 44, right = 10, top = 14, bottom = 30;
        const double width = 500;
        if (values.Count == 0 || values.Sum() == 0)
        {
            return Empty(title, "No posts to count.", width);
        }

        var max = Svg.NiceCeiling(values.Max());
        var (plotW, plotH) = (width - left - right, height - top - bottom);
        var bw = plotW / values.Count;
        var svg = new Svg(width, height, title);
        Grid(svg, left, top, plotW, plotH, max);
        for (var i = 0; i < values.Count; i++)
        {
            var h = values[i] / max * plotH;
            svg.Rect(left + (i * bw) + (bw * 0.15), top + plotH - h, bw * 0.7, h, color, null, $"{labels[i]}: {values[i]} posts");
            if (i % labelEvery == 0)
            {
                svg.Text(left + (i * bw) + (bw / 2), height - bottom + 15, labels[i], "lbl", "middle");
            }
        }

        return svg.Close();
    }

    /// <summary>Horizontal bars of shares (languages, locations); labels are user text and are cut and escaped.</summary>
    public static string ShareBars(string title, IReadOnlyList<ShareCount> items, ExportColor color)
    {
        const double row = 24, labelW = 170, barW = 240, valueW = 90, top = 6;
        if (items.Count == 0)
        {
            return Empty(title, "Nothing declared.", labelW + barW + valueW);
        }

        var width = labelW + barW + valueW;
        var svg = new Svg(width, top + (items.Count * row) + 4, title);
        var max = items.Max(i => i.Share);
        for (var i = 0; i < items.Count; i++)
        {
            var y = top + (i * row);
            var item = items[i];
            svg.Text(labelW - 8, y + 15, ReportFormat.Cut(item.Label, 26), "lbl", "end");
            svg.Rect(labelW, y + 4, barW, 14, null, "track");
            svg.Rect(labelW, y + 4, max <= 0 ? 0 : item.Share / max * barW, 14, color, null, $"{item.Label}: {item.Count} ({ReportFormat.Percent(item.Share)})");
            svg.Text(labelW + barW + 8, y + 15, $"{item.Count} · {ReportFormat.Percent(item.Share)}", "val");
        }

        return svg.Close();
    }

    /// <summary>Cluster sizes as horizontal bars in the palette colours, flagged clusters marked.</summary>
    public static string ClusterSizes(IReadOnlyList<ClusterView> clusters)
    {
        const double row = 22, labelW = 130, barW = 700, valueW = 210, top = 6;
        if (clusters.Count == 0)
        {
            return Empty("Cluster sizes", "The snapshot has no cluster.");
        }

        var svg = new Svg(labelW + barW + valueW, top + (clusters.Count * row) + 4, "Cluster sizes, flagged clusters marked");
        var max = clusters.Max(c => c.Cluster.Size);
        for (var i = 0; i < clusters.Count; i++)
        {
            var (c, y) = (clusters[i].Cluster, top + (i * row));
            svg.Text(labelW - 8, y + 14, ReportFormat.Cut(c.Id, 16), c.Flagged ? "lbl strong" : "lbl", "end");
            svg.Rect(labelW, y + 3, max == 0 ? 0 : c.Size / (double)max * barW, 14, clusters[i].Color, c.Flagged ? "flag" : "unflag", $"{c.Id}: {c.Size} accounts, score {ReportFormat.Fixed(c.Score)}");
            svg.Text(labelW + barW + 8, y + 14, $"{c.Size} · score {ReportFormat.Fixed(c.Score)}{(c.Flagged ? " · flagged" : string.Empty)}", c.Flagged ? "val strong" : "val");
        }

        return svg.Close();
    }

    /// <summary>A small bar for a table cell: the contribution against the largest one.</summary>
    public static string Bar(double value, double max, ExportColor color)
    {
        const double width = 120, height = 12;
        var svg = new Svg(width, height, null, "bar");
        svg.Rect(0, 0, width, height, null, "track");
        svg.Rect(0, 0, max <= 0 ? 0 : Math.Clamp(value / max, 0, 1) * width, height, color);
        return svg.Close();
    }

    private static void Grid(Svg svg, double left, double top, double plotW, double plotH, double max)
    {
        for (var k = 0; k <= 4; k++)
        {
            var y = top + plotH - (k / 4.0 * plotH);
            svg.Line(left, y, left + plotW, y, k == 0 ? "axis" : "grid");
            svg.Text(left - 6, y + 4, ReportFormat.Int((long)(max * k / 4)), "lbl", "end");
        }
    }

    private static string Empty(string title, string message, double width = Width) =>
        new Svg(width, 40, title).Text(8, 24, message, "note").Close();
}
