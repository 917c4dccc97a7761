using System.Globalization;
using NetworkGraph.Core.Snapshots;

namespace NetworkGraph.Core.Structure;

/// <summary>A snapshot's operations and amplification summaries as plain lines (for <c>snapshot show</c> and the
/// Markdown report); handles are quoted as the accounts wrote them, so a caller that renders markup escapes them.</summary>
public static class StructureText
{
    /// <summary>One line per operation (at most <paramref name="top"/>, flagged and multi-part ones first), with its
    /// narrative, then each amplification summary with its rankings.</summary>
    public static IReadOnlyList<string> Lines(Snapshot snapshot, int top = 20)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var lines = new List<string>();
        if (snapshot.Operations.Count == 0)
        {
            return lines;
        }

        var c = CultureInfo.InvariantCulture;
        var multi = snapshot.Operations.Count(o => o.Parts.Count > 1);
        lines.Add(string.Create(c, $"Operations: {snapshot.Operations.Count:N0} networks ({snapshot.Operations.Count(o => o.Flagged):N0} flagged) from {snapshot.Clusters.Count:N0} clusters; {multi:N0} of them join several clusters."));
        foreach (var o in snapshot.Operations.OrderByDescending(o => o.Flagged).ThenByDescending(o => o.Parts.Count > 1).ThenBy(o => o.Rank).Take(top))
        {
            lines.Add(string.Create(c, $"  {o.Id}  {(o.Flagged ? "flagged" : "not flagged")}  {o.Size:N0} accounts  score {o.Score:0.00}  parts {string.Join(", ", o.Parts)}"));
            if (o.Parts.Count > 1)
            {
                lines.Add("    " + o.Narrative);
            }
        }

        foreach (var a in snapshot.Amplification)
        {
            lines.Add("Who amplifies whom in " + a.Narrative);
            lines.Add("  most amplified:   " + Ranked(a.TopTargets, "received"));
            lines.Add("  top amplifiers:   " + Ranked(a.TopAmplifiers, "made"));
            lines.Add(a.RingSizes.Count == 0
                ? "  rings: none"
                : string.Create(c, $"  rings: {a.RingSizes.Count:N0} (sizes {string.Join(", ", a.RingSizes.Take(10))}{(a.RingSizes.Count > 10 ? ", ..." : "")})"));
        }

        return lines;
    }

    /// <summary>"1. @x (PageRank 3.21, 40 received), 2. ..." for the first five.</summary>
    public static string Ranked(IReadOnlyList<RankedAccount> accounts, string verb)
    {
        ArgumentNullException.ThrowIfNull(accounts);
        return accounts.Count == 0
            ? "none"
            : string.Join(", ", accounts.Take(5).Select(r => string.Create(
                CultureInfo.InvariantCulture, $"{r.Rank}. {r.Label}{(r.Member ? " (member)" : "")} (PageRank {r.PageRank:0.00}, {r.Interactions:N0} {verb})")));
    }
}
