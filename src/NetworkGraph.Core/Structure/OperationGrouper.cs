using System.Globalization;
using NetworkGraph.Core.Clustering;
using NetworkGraph.Core.Snapshots;

namespace NetworkGraph.Core.Structure;

/// <summary>Groups a snapshot's clusters into operations: the two groups whose cross ties are densest relative to
/// their own density merge first (average linkage, so a chain of weak ties never joins groups), until no pair reaches
/// <see cref="OperationOptions.MinTieRatio"/>. Every cluster is part of exactly one operation; the result does not
/// depend on input order beyond the clusters' ranks.</summary>
public static class OperationGrouper
{
    /// <summary>The operations of <paramref name="clusters"/> (snapshot order) tied by <paramref name="edges"/>, best first.</summary>
    public static IReadOnlyList<SnapshotOperation> Group(
        IReadOnlyList<SnapshotCluster> clusters, IReadOnlyList<ClusterEdge> edges, OperationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(clusters);
        ArgumentNullException.ThrowIfNull(edges);
        options ??= new OperationOptions();
        options.Validate();
        var (inner, cross) = CountPairs(clusters, edges);
        var groups = clusters.Select((c, i) => new Part([i], c.Size, inner[i])).ToList();
        var ties = new List<OperationTie>[clusters.Count];
        for (var i = 0; i < ties.Length; i++)
        {
            ties[i] = [];
        }

        while (Best(groups, cross, options) is { } best)
        {
            var (g, h) = (groups[best.G], groups[best.H]);
            var tie = new OperationTie(
                clusters[Largest(clusters, g.Parts)].Id,
                clusters[Largest(clusters, h.Parts)].Id,
                best.Linked,
                best.CrossDensity,
                best.Ratio,
                SharedObjects(clusters, g.Parts, h.Parts));
            var merged = new Part([.. g.Parts, .. h.Parts], g.Size + h.Size, g.Inner + h.Inner + best.Linked);
            var mergedTies = ties[g.Parts[0]].Concat(ties[h.Parts[0]]).Append(tie).ToList();
            merged.Parts.Sort();
            ties[merged.Parts[0]] = mergedTies;
            Merge(cross, g, h, merged, groups);
            groups[best.G] = merged;
            groups.RemoveAt(best.H);
        }

        return groups
            .Select(g => Operation(clusters, g, ties[g.Parts[0]]))
            .OrderByDescending(o => o.Score)
            .ThenByDescending(o => o.Size)
            .ThenBy(o => o.Id, StringComparer.Ordinal)
            .Select((o, i) => o with { Rank = i + 1 })
            .ToArray();
    }

    /// <summary>Distinct linked account pairs inside each cluster and between each two clusters (any kind of edge).</summary>
    /// <remarks>A pair linked by several kinds is counted once: the pairs are bucketed by their lower member number and
    /// each bucket's higher numbers are told apart with a stamp per member, in time and memory linear in the edges (a
    /// hash set of pairs was most of the snapshot stage at ten million posts).</remarks>
    private static (int[] Inner, Dictionary<(int, int), int> Cross) CountPairs(IReadOnlyList<SnapshotCluster> clusters, IReadOnlyList<ClusterEdge> edges)
    {
        // Each member's cluster and a number of its own: a linked pair is counted once by its two numbers.
        var clusterOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var clusterOfNumber = new List<int>();
        for (var i = 0; i < clusters.Count; i++)
        {
            foreach (var m in clusters[i].Members)
            {
                clusterOf[m] = clusterOfNumber.Count;
                clusterOfNumber.Add(i);
            }
        }

        var members = clusterOfNumber.Count;
        var lows = new int[edges.Count];
        var highs = new int[edges.Count];
        var pairs = 0;
        foreach (var e in edges)
        {
            if (!clusterOf.TryGetValue(e.A, out var x) || !clusterOf.TryGetValue(e.B, out var y) || x == y)
            {
                continue;
            }

            (lows[pairs], highs[pairs]) = x < y ? (x, y) : (y, x);
            pairs++;
        }

        // The higher numbers bucketed by the lower one (a counting sort).
        var start = new int[members + 1];
        for (var k = 0; k < pairs; k++)
        {
            start[lows[k] + 1]++;
        }

        for (var x = 0; x < members; x++)
        {
            start[x + 1] += start[x];
        }

        var next = start[..members];
        var bucketed = new int[pairs];
        for (var k = 0; k < pairs; k++)
        {
            bucketed[next[lows[k]]++] = highs[k];
        }

        var seenWith = next; // reused: the last lower number each member was counted with
        Array.Fill(seenWith, -1);
        var inner = new int[clusters.Count];
        var cross = new Dictionary<(int, int), int>();
        for (var x = 0; x < members; x++)
        {
            var a = clusterOfNumber[x];
            for (var k = start[x]; k < start[x + 1]; k++)
            {
                var y = bucketed[k];
                if (seenWith[y] == x)
                {
                    continue;
                }

                seenWith[y] = x;
                var b = clusterOfNumber[y];
                if (a == b)
                {
                    inner[a]++;
                }
                else
                {
                    var key = a < b ? (a, b) : (b, a);
                    cross[key] = cross.GetValueOrDefault(key) + 1;
                }
            }
        }

        return (inner, cross);
    }

    /// <summary>The pair of groups to merge next, or null: highest tie ratio, then the lowest group positions.</summary>
    private static Candidate? Best(List<Part> groups, Dictionary<(int, int), int> cross, OperationOptions options)
    {
        Candidate? best = null;
        for (var g = 0; g < groups.Count; g++)
        {
            for (var h = g + 1; h < groups.Count; h++)
            {
                var linked = cross.GetValueOrDefault(Key(groups[g], groups[h]));
                if (linked < options.MinLinkedPairs)
                {
                    continue;
                }

                var crossDensity = linked / ((double)groups[g].Size * groups[h].Size);
                var ratio = crossDensity / Math.Max(Math.Min(groups[g].Density, groups[h].Density), 1e-12);
                if (ratio >= options.MinTieRatio && (best is null || ratio > best.Ratio))
                {
                    best = new Candidate(g, h, linked, crossDensity, ratio);
                }
            }
        }

        return best;
    }

    /// <summary>Cross counts are keyed by each group's first (lowest-index) cluster.</summary>
    private static (int, int) Key(Part g, Part h) => g.Parts[0] < h.Parts[0] ? (g.Parts[0], h.Parts[0]) : (h.Parts[0], g.Parts[0]);

    private static void Merge(Dictionary<(int, int), int> cross, Part g, Part h, Part merged, List<Part> groups)
    {
        foreach (var other in groups)
        {
            if (ReferenceEquals(other, g) || ReferenceEquals(other, h))
            {
                continue;
            }

            var sum = cross.GetValueOrDefault(Key(g, other)) + cross.GetValueOrDefault(Key(h, other));
            cross.Remove(Key(g, other));
            cross.Remove(Key(h, other));
            if (sum > 0)
            {
                cross[Key(merged, other)] = sum;
            }
        }
    }

    private static int SharedObjects(IReadOnlyList<SnapshotCluster> clusters, List<int> a, List<int> b)
    {
        var keysA = a.SelectMany(i => ObjectKeys(clusters[i])).ToHashSet(StringComparer.Ordinal);
        return b.SelectMany(i => ObjectKeys(clusters[i])).Distinct(StringComparer.Ordinal).Count(keysA.Contains);
    }

    private static IEnumerable<string> ObjectKeys(SnapshotCluster c)
    {
        var o = c.Report.Objects;
        return o.Texts.Select(x => "t:" + x.Key)
            .Concat(o.Hashtags.Select(x => "h:" + x.Key))
            .Concat(o.Urls.Select(x => "u:" + x.Key))
            .Concat(o.Targets.Select(x => "m:" + x.Key))
            .Concat(o.Amplified.Select(x => "a:" + x.Key));
    }

    private static int Largest(IReadOnlyList<SnapshotCluster> clusters, List<int> parts) =>
        parts.OrderByDescending(i => clusters[i].Size).ThenBy(i => i).First();

    private static SnapshotOperation Operation(IReadOnlyList<SnapshotCluster> clusters, Part g, IReadOnlyList<OperationTie> ties)
    {
        var parts = g.Parts.OrderByDescending(i => clusters[i].Size).ThenBy(i => i).Select(i => clusters[i]).ToArray();
        var flagged = parts.Any(p => p.Flagged);
        var score = parts.Max(p => p.Score);
        return new SnapshotOperation("OP-" + parts[0].Id, 0, parts.Select(p => p.Id).ToArray(), g.Size, flagged, score, ties, Narrate(parts, g.Size, ties));
    }

    private static string Narrate(SnapshotCluster[] parts, int size, IReadOnlyList<OperationTie> ties)
    {
        if (parts.Length == 1)
        {
            return string.Create(CultureInfo.InvariantCulture, $"One network of {size:N0} accounts in one cluster ({parts[0].Id}).");
        }

        var linked = ties.Sum(t => t.LinkedPairs);
        var weakest = ties.Min(t => t.TieRatio);
        var shared = ties.Sum(t => t.SharedObjects);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"One network of {size:N0} accounts in {Wording.Count(parts.Length)} clusters ({Wording.List(parts.Select(p => p.Id))}): ")
            + string.Create(CultureInfo.InvariantCulture, $"{linked:N0} account pairs are tied across its parts, at least {Wording.Pct(Math.Min(1, weakest))} ")
            + "as dense as inside the sparser part"
            + (shared > 0 ? $", and its parts share {Wording.Counted(shared, "top object", "top objects")}." : ".");
    }

    private sealed class Part(List<int> parts, int size, int inner)
    {
        public List<int> Parts { get; } = parts;

        public int Size { get; } = size;

        public int Inner { get; } = inner;

        /// <summary>Linked pairs over possible pairs (1 for a single account).</summary>
        public double Density => Size < 2 ? 1 : Inner / (Size * (Size - 1) / 2.0);
    }

    private sealed record Candidate(int G, int H, int Linked, double CrossDensity, double Ratio);
}
