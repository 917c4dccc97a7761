using System.Globalization;

namespace NetworkGraph.Core.Snapshots;

/// <summary>Compares two snapshots by member overlap (they need not be consecutive).</summary>
public static class SnapshotDiffer
{
    /// <summary>Links the clusters of <paramref name="from"/> and <paramref name="to"/> and describes each change.</summary>
    public static SnapshotDiff Diff(Snapshot from, Snapshot to, LineageOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        options ??= new LineageOptions();
        options.Validate();
        var matcher = new ClusterMatcher(from.Clusters.Select(c => c.Members).ToArray(), to.Clusters.Select(c => c.Members).ToArray(), options);

        var changes = new List<ClusterChange>();
        for (var i = 0; i < to.Clusters.Count; i++)
        {
            var now = to.Clusters[i];
            var links = matcher.PredecessorsOf(i);
            var earlier = links.Select(l => from.Clusters[l.Before]).ToArray();
            var union = earlier.SelectMany(c => c.Members).ToHashSet(StringComparer.Ordinal);
            var members = now.Members.ToHashSet(StringComparer.Ordinal);
            var kind = matcher.Classify(i);
            changes.Add(new ClusterChange(
                kind,
                now.Id,
                links.Select(l => new LineageLink(from.Clusters[l.Before].Id, l.Shared, l.Jaccard, l.Overlap)).ToArray(),
                union.Count,
                now.Size,
                members.Count(m => !union.Contains(m)),
                union.Count(m => !members.Contains(m)),
                earlier.Length > 0 ? earlier[0].Score : null,
                now.Score,
                earlier.Any(c => c.Flagged),
                now.Flagged,
                Sentence(kind, now.Id, earlier.Select(c => c.Id).ToArray(), union.Count, now.Size, earlier.FirstOrDefault()?.Score, now.Score)));
        }

        for (var b = 0; b < from.Clusters.Count; b++)
        {
            if (matcher.HasSuccessor(b))
            {
                continue;
            }

            var gone = from.Clusters[b];
            changes.Add(new ClusterChange(
                LineageKind.Dissolved, gone.Id, [], gone.Size, 0, 0, gone.Size, gone.Score, null, gone.Flagged, false,
                $"{gone.Id} dissolved ({N(gone.Size)} accounts, score {S(gone.Score)})."));
        }

        var flaggedBefore = from.Clusters.Where(c => c.Flagged).SelectMany(c => c.Members).ToHashSet(StringComparer.Ordinal);
        var flaggedAfter = to.Clusters.Where(c => c.Flagged).SelectMany(c => c.Members).ToHashSet(StringComparer.Ordinal);
        return new SnapshotDiff(
            from.Id,
            from.Version,
            to.Id,
            to.Version,
            changes,
            flaggedBefore.Count,
            flaggedAfter.Count,
            flaggedAfter.Count(a => !flaggedBefore.Contains(a)),
            flaggedBefore.Count(a => !flaggedAfter.Contains(a)));
    }

    private static string Sentence(LineageKind kind, string id, IReadOnlyList<string> earlier, int before, int after, double? scoreBefore, double scoreAfter)
    {
        var score = scoreBefore is { } sb ? $"score {S(sb)} -> {S(scoreAfter)}" : $"score {S(scoreAfter)}";
        return kind switch
        {
            LineageKind.New => $"{id} is new ({N(after)} accounts, {score}).",
            LineageKind.Merged => $"{id} merged {string.Join(" + ", earlier)} ({N(before)} -> {N(after)} accounts, {score}).",
            LineageKind.Split => $"{id} split from {earlier[0]} ({N(before)} -> {N(after)} accounts, {score}).",
            LineageKind.Grown => $"{id} grew from {N(before)} to {N(after)} accounts (was {earlier[0]}, {score}).",
            LineageKind.Shrunk => $"{id} shrank from {N(before)} to {N(after)} accounts (was {earlier[0]}, {score}).",
            _ => $"{id} continued ({N(before)} -> {N(after)} accounts, was {earlier[0]}, {score}).",
        };
    }

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string S(double s) => s.ToString("0.00", CultureInfo.InvariantCulture);
}
