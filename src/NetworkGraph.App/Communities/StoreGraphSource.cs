using System.Globalization;
using System.Text;
using NetworkGraph.Analysis.Graphs;
using NetworkGraph.App.Pipeline;
using NetworkGraph.Core.Coordination;
using NetworkGraph.Storage.Sqlite;

namespace NetworkGraph.App.Communities;

/// <summary>Reads the newest stored coordination run: the layers of one window, summed over kinds per account pair and
/// weighed as analyze weighs them for community detection (<see cref="AnalysisSettings.Weighting"/>).</summary>
internal sealed class StoreGraphSource(string db, TimeSpan window, TimeProvider time, MultiplexWeighting weighting) : ICommunityGraphSource
{
    private string[] _accounts = [];

    public string Description => $"{db} (coordination graph, {Durations.Format(window)} window)";

    public async Task<CsrGraph> LoadAsync(int threads, CancellationToken cancellationToken)
    {
        await using var store = StoreFiles.OpenExisting(db, time);
        var run = await CoordinationRunEdges.ReadRunAsync(store, snapshotId: null, cancellationToken)
            ?? throw new UsageException($"--db: {db} has no coordination graph yet: run 'networkgraph graph build --db {db}' first");
        var layers = CoordinationRunEdges.At(run, window).Layers;
        if (layers.Count == 0)
        {
            var windows = string.Join(", ", run.Layers.Select(l => Durations.Format(l.Window)).Distinct());
            throw new UsageException($"--window: the stored graph has no {Durations.Format(window)} layer (it has: {windows})");
        }

        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var weights = new Dictionary<(int, int), double>();
        foreach (var edge in layers.SelectMany(l => l.Edges))
        {
            var a = Id(ids, edge.SourceId);
            var b = Id(ids, edge.TargetId);
            var key = a < b ? (a, b) : (b, a);
            weights[key] = weights.GetValueOrDefault(key) + edge.Weight;
        }

        _accounts = new string[ids.Count];
        foreach (var (account, id) in ids)
        {
            _accounts[id] = account;
        }

        var pairs = weights.OrderBy(p => p.Key.Item1).ThenBy(p => p.Key.Item2).ToArray();
        return CsrGraph.FromEdges(
            pairs.Select(p => p.Key.Item1).ToArray(),
            pairs.Select(p => p.Key.Item2).ToArray(),
            pairs.Select(p => weighting.Weigh(p.Value)).ToArray(),
            ids.Count,
            threads);
    }

    public async Task WriteMembershipAsync(string path, IReadOnlyList<int> membership, CancellationToken cancellationToken)
    {
        var text = new StringBuilder();
        for (var i = 0; i < membership.Count; i++)
        {
            text.Append(_accounts[i]).Append(' ').Append(membership[i].ToString(CultureInfo.InvariantCulture)).Append('\n');
        }

        await File.WriteAllTextAsync(path, text.ToString(), cancellationToken);
    }

    private static int Id(Dictionary<string, int> ids, string account)
    {
        if (!ids.TryGetValue(account, out var id))
        {
            id = ids.Count;
            ids[account] = id;
        }

        return id;
    }
}
