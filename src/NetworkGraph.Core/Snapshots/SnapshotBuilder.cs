using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using NetworkGraph.Core.Clustering;

namespace NetworkGraph.Core.Snapshots;

/// <summary>Builds the next snapshot from an analysis, giving clusters stable ids by member overlap with the previous one.</summary>
public sealed class SnapshotBuilder
{
    private readonly TimeProvider _time;
    private readonly LineageOptions _lineage;

    /// <summary>Creates a builder reading the clock from <paramref name="time"/>.</summary>
    public SnapshotBuilder(TimeProvider time, LineageOptions? lineage = null)
    {
        ArgumentNullException.ThrowIfNull(time);
        _time = time;
        _lineage = lineage ?? new LineageOptions();
        _lineage.Validate();
    }

    /// <summary>
    /// Version = previous + 1 (or 1). A cluster inherits the id of the previous cluster it shares most members with
    /// (one heir per previous cluster); others get "C{version}-{n}".
    /// </summary>
    public Snapshot Build(ClusterAnalysis analysis, string inputFingerprint, IReadOnlyDictionary<string, string> parameters, Snapshot? previous)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(inputFingerprint);
        ArgumentNullException.ThrowIfNull(parameters);
        var version = (previous?.Version ?? 0) + 1;
        var createdAt = _time.GetUtcNow();
        var before = previous?.Clusters ?? [];
        var matcher = new ClusterMatcher(before.Select(c => c.Members).ToArray(), analysis.Clusters.Select(c => c.Members).ToArray(), _lineage);

        var ids = new string?[analysis.Clusters.Count];
        var heirFound = new bool[before.Count];
        foreach (var link in matcher.All)
        {
            if (ids[link.After] is null && !heirFound[link.Before])
            {
                ids[link.After] = before[link.Before].Id;
                heirFound[link.Before] = true;
            }
        }

        var next = 1;
        var clusters = new List<SnapshotCluster>(analysis.Clusters.Count);
        for (var i = 0; i < analysis.Clusters.Count; i++)
        {
            var id = ids[i] ?? string.Create(CultureInfo.InvariantCulture, $"C{version}-{next++}");
            var links = matcher.PredecessorsOf(i).Select(l => new LineageLink(before[l.Before].Id, l.Shared, l.Jaccard, l.Overlap)).ToArray();
            clusters.Add(new SnapshotCluster(id, analysis.Clusters[i], new ClusterLineage(matcher.Classify(i), links)));
        }

        var sortedParameters = new SortedDictionary<string, string>(parameters.ToDictionary(), StringComparer.Ordinal);
        return new Snapshot(
            SnapshotId(version, createdAt, inputFingerprint, sortedParameters),
            version,
            createdAt,
            sortedParameters,
            inputFingerprint,
            analysis.ProfileName,
            clusters);
    }

    private static string SnapshotId(int version, DateTimeOffset createdAt, string fingerprint, IReadOnlyDictionary<string, string> parameters)
    {
        var text = new StringBuilder()
            .Append(version.ToString(CultureInfo.InvariantCulture)).Append('\n')
            .Append(createdAt.UtcTicks.ToString(CultureInfo.InvariantCulture)).Append('\n')
            .Append(fingerprint).Append('\n');
        foreach (var (k, v) in parameters)
        {
            text.Append(k).Append('=').Append(v).Append('\n');
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
        return string.Create(CultureInfo.InvariantCulture, $"v{version}-{hash[..12]}");
    }
}
