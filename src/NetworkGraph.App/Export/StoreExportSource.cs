using NetworkGraph.App.Snapshots;
using NetworkGraph.Core.Export;
using NetworkGraph.Core.Model;
using NetworkGraph.Core.Snapshots;
using NetworkGraph.Storage.Sqlite;

namespace NetworkGraph.App.Export;

/// <summary>Reads what an export needs from the SQLite store: the snapshot, the profiles and posts of its accounts, the
/// post counts of every exported account (edge ends outside the clusters too), and
/// the coordination edges of the snapshot's own run at its widest window (<see cref="CoordinationRunEdges"/>).</summary>
internal sealed class StoreExportSource(SqliteStore store)
{
    public async Task<SnapshotExportInput> LoadAsync(SnapshotSelector selector, CancellationToken ct)
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

        long shares = 0, clusteredShares = 0;
        await foreach (var share in store.ReadSharesAsync(ct))
        {
            shares++;
            if (members.Contains(share.AccountId))
            {
                clusteredShares++;
            }
        }

        return new SnapshotExportInput(snapshot, accounts, edges)
        {
            Posts = posts, PostCounts = postCounts, CollectionPosts = collection, CollectionShares = shares, ClusteredShares = clusteredShares,
        };
    }
}
