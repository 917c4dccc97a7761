using NetworkGraph.Cli.Hosting;
using NetworkGraph.Core.Coordination;
using NetworkGraph.Core.Export;
using NetworkGraph.Core.Model;
using NetworkGraph.Core.Snapshots;
using NetworkGraph.Storage.Sqlite;

namespace NetworkGraph.Cli.Commands.Export;

/// <summary>Reads what an export needs from the SQLite store: the snapshot, the profiles and posts of its accounts, the
/// post counts of every exported account (edge ends outside the clusters too), and
/// the coordination edges of the newest stored run (its largest window).</summary>
internal sealed class StoreExportSource(SqliteStore store)
{
    public async Task<SnapshotExportInput> LoadAsync(string selector, CancellationToken ct)
    {
        var snapshot = await SnapshotAsync(selector, ct);
        var run = await new CoordinationGraphRepository(store).LoadLatestAsync(ct);
        var edges = run is null ? [] : Edges(run);
        var wanted = snapshot.Clusters.SelectMany(c => c.Members).ToHashSet(StringComparer.Ordinal);
        var members = new HashSet<string>(wanted, StringComparer.Ordinal);
        foreach (var e in edges)
        {
            wanted.Add(e.A);
            wanted.Add(e.B);
        }

        var accounts = new List<Account>();
        await foreach (var account in store.ReadAccountsAsync(profiledOnly: false, ct))
        {
            if (wanted.Contains(account.Id)) accounts.Add(account);
        }

        var posts = new List<Post>();
        var postCounts = new Dictionary<string, long>(StringComparer.Ordinal);
        var collection = 0L;
        await foreach (var post in store.ReadPostsAsync(ct))
        {
            collection++;
            if (members.Contains(post.AuthorId)) posts.Add(post);
            if (wanted.Contains(post.AuthorId)) postCounts[post.AuthorId] = postCounts.GetValueOrDefault(post.AuthorId) + 1;
        }

        long shares = 0, clusteredShares = 0;
        await foreach (var share in store.ReadSharesAsync(ct))
        {
            shares++;
            if (members.Contains(share.AccountId)) clusteredShares++;
        }

        return new SnapshotExportInput(snapshot, accounts, edges)
        {
            Posts = posts, PostCounts = postCounts, CollectionPosts = collection, CollectionShares = shares, ClusteredShares = clusteredShares,
        };
    }

    /// <summary>One edge per account pair and kind, from the run's largest window (the most complete layers).</summary>
    public static IReadOnlyList<SnapshotExportEdge> Edges(StoredCoordinationRun run)
    {
        if (run.Layers.Count == 0)
        {
            return [];
        }

        var window = run.Layers.Max(l => l.Window);
        return run.Layers.Where(l => l.Window == window)
            .SelectMany(l => l.Edges.Select(e => new SnapshotExportEdge(e.SourceId, e.TargetId, ShareKindNames.ClusterName(l.Kind), e.Weight)
            {
                MeanDtSeconds = e.MeanDeltaSeconds,
                EvidenceCount = e.PairCount,
                First = e.First,
                Last = e.Last,
                Evidence = e.Evidence.Select(p => new SnapshotEvidence(p.SourcePostId, p.TargetPostId, p.Object)).ToList(),
            }))
            .ToList();
    }

    private async Task<Snapshot> SnapshotAsync(string selector, CancellationToken ct)
    {
        var snapshots = new SnapshotRepository(store);
        if (selector.Equals("latest", StringComparison.OrdinalIgnoreCase))
        {
            return await snapshots.LoadLatestAsync(ct)
                ?? throw new UsageException($"The store {store.Path} holds no snapshot yet: run the analysis first.");
        }

        var byId = await snapshots.LoadAsync(selector, ct);
        if (byId is not null)
        {
            return byId;
        }

        var version = selector.TrimStart('v', 'V');
        return (int.TryParse(version, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var v)
                ? await snapshots.LoadVersionAsync(v, ct)
                : null)
            ?? throw new UsageException($"The store {store.Path} has no snapshot '{selector}' (give an id, a version or 'latest').");
    }
}
