using System.Text;
using NetworkGraph.Core.Structure;

namespace NetworkGraph.Core.Reporting;

/// <summary>The report's operations (clusters grouped into networks) and who-amplifies-whom sections.</summary>
internal static partial class HtmlReportWriter
{
    private static void Operations(StringBuilder sb, ReportData data, ReportOptions options)
    {
        var s = data.Snapshot;
        var shown = s.Operations.Where(o => o.Flagged || o.Parts.Count > 1).Take(options.ClusterListLimit).ToList();
        if (shown.Count == 0)
        {
            return;
        }

        sb.Append("<h3>Operations</h3>\n<p>Clusters whose members are tied across as densely as inside each are parts of one network.</p>\n")
            .Append("<table><thead><tr><th class=\"n\">Rank</th><th>Operation</th><th class=\"n\">Accounts</th><th class=\"n\">Score</th><th>Status</th><th>Parts</th><th>Why one network</th></tr></thead><tbody>");
        foreach (var o in shown)
        {
            sb.Append("<tr><td class=\"n\">").Append(o.Rank).Append("</td><td class=\"t\">").Append(E(o.Id))
                .Append("</td><td class=\"n\">").Append(ReportFormat.Int(o.Size)).Append("</td><td class=\"n\">").Append(ReportFormat.Fixed(o.Score))
                .Append("</td><td>").Append(o.Flagged ? "<span class=\"badge flag\">Flagged</span>" : "<span class=\"badge\">Not flagged</span>")
                .Append("</td><td>").Append(E(string.Join(", ", o.Parts))).Append("</td><td>").Append(E(o.Narrative)).Append("</td></tr>");
        }

        sb.Append("</tbody></table>\n");
        foreach (var a in s.Amplification)
        {
            Amplification(sb, a, options);
        }
    }

    private static void Amplification(StringBuilder sb, AmplificationSummary a, ReportOptions options)
    {
        sb.Append("<h3>Who amplifies whom in ").Append(E(a.OperationId)).Append("</h3>\n<p class=\"user\">").Append(E(a.Narrative, options.MaxTextLength)).Append("</p>\n");
        sb.Append("<table><thead><tr><th class=\"n\">#</th><th>Most amplified (PageRank)</th><th class=\"n\">PageRank</th><th class=\"n\">Received</th>")
            .Append("<th>Top amplifiers (PageRank, reversed)</th><th class=\"n\">PageRank</th><th class=\"n\">Made</th></tr></thead><tbody>");
        for (var i = 0; i < Math.Max(a.TopTargets.Count, a.TopAmplifiers.Count); i++)
        {
            sb.Append("<tr><td class=\"n\">").Append(i + 1).Append("</td>");
            RankCells(sb, i < a.TopTargets.Count ? a.TopTargets[i] : null);
            RankCells(sb, i < a.TopAmplifiers.Count ? a.TopAmplifiers[i] : null);
            sb.Append("</tr>");
        }

        sb.Append("</tbody></table>\n<p>Mutual-amplification rings: ")
            .Append(a.RingSizes.Count == 0 ? "none" : ReportFormat.Int(a.RingSizes.Count) + " (sizes " + string.Join(", ", a.RingSizes.Take(10).Select(n => ReportFormat.Int(n))) + ")")
            .Append("; densest core: ").Append(ReportFormat.Int(a.CoreAccounts)).Append(" accounts with at least ").Append(ReportFormat.Int(a.MaxCore)).Append(" ties each.</p>\n");
    }

    private static void RankCells(StringBuilder sb, RankedAccount? r)
    {
        if (r is null)
        {
            sb.Append("<td></td><td></td><td></td>");
            return;
        }

        sb.Append("<td class=\"user\">").Append(E(r.Label, 80)).Append(r.Member ? " <span class=\"muted\">member</span>" : string.Empty)
            .Append("</td><td class=\"n\">").Append(ReportFormat.Fixed(r.PageRank)).Append("</td><td class=\"n\">").Append(ReportFormat.Int(r.Interactions)).Append("</td>");
    }
}
