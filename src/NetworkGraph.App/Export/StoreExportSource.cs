using NetworkGraph.App.Snapshots;
using NetworkGraph.Core.Export;
using NetworkGraph.Core.Model;
using NetworkGraph.Core.Snapshots;
using NetworkGraph.Storage.Sqlite;

namespace NetworkGraph.App.Export;

/// <summary>Reads what an export needs from the SQLite store: the snapshot, the profiles and posts of its accounts (for
/// the graph formats only when they posted: a member's posts as objects are what the report reads), the post counts of
/// every exported account (edge ends outside the clusters too), and the coordination edges of the snapshot's own run at
/// its widest window (<see cref="CoordinationRunEdges"/>).</summary>
internal sealed class StoreExportSource(SqliteStore store)
{
    /// <summary>The snapshot <paramref name="selector"/> picks with what the exports read of it; the members' posts as
    /// objects only <paramref name="withPosts"/> (the report), else their posting times (at a million clustered posts
    /// the objects were most of a graph export's time and memory).</summary>
    public async Task<SnapshotExportInput> LoadAsync(SnapshotSelector selector, bool withPosts, CancellationToken ct)
    {
        var snapshot = await SnapshotLoader.LoadAsync(store, selector, ct);
        var edges = (await CoordinationRunEdges.ReadAsync(store, snapshot.Id, ct)).ToExportEdges();
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
            if (wanted.Contains(account.Id))
            {
                accounts.Add(account);
            }
        }

        if (!withPosts)
        {
            var times = await store.ReadPostTimesOfAccountsAsync(wanted, ct);
            var (shareCount, clusteredShareCount) = await CountSharesAsync(members, ct);
            return new SnapshotExportInput(snapshot, accounts, edges)
            {
                PostTimes = times.ByAccount.Where(kv => members.Contains(kv.Key)).ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal),
                PostCounts = times.ByAccount.ToDictionary(kv => kv.Key, kv => (long)kv.Value.Count, StringComparer.Ordinal),
                CollectionPosts = times.Collection,
                CollectionShares = shareCount,
                ClusteredShares = clusteredShareCount,
            };
        }

        var posts = new List<Post>();
        var postCounts = new Dictionary<string, long>(StringComparer.Ordinal);
        var collection = 0L;
        await foreach (var post in store.ReadPostsAsync(ct))
        {
            collection++;
            if (members.Contains(post.AuthorId))
            {
                posts.Add(post);
            }

            if (wanted.Contains(post.AuthorId))
            {
                postCounts[post.AuthorId] = postCounts.GetValueOrDefault(post.AuthorId) + 1;
            }
        }

        var (shares, clusteredShares) = await CountSharesAsync(members, ct);
        return new SnapshotExportInput(snapshot, accounts, edges)
        {
            Posts = posts, PostCounts = postCounts, CollectionPosts = collection, CollectionShares = shares, ClusteredShares = clusteredShares,
        };
    }

    /// <summary>How many share-table rows the store holds, and how many of them <paramref name="members"/> made.</summary>
    private async Task<(long Shares, long Clustered)> CountSharesAsync(HashSet<string> members, CancellationToken ct)
    {
        long shares = 0, clustered = 0;
        await foreach (var share in store.ReadSharesAsync(ct))
        {
            shares++;
            if (members.Contains(share.AccountId))
            {
                clustered++;
            }
        }

        return (shares, clustered);
    }
}
