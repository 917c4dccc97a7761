using NetworkGraph.App.Snapshots;
using NetworkGraph.Core.Export;
using NetworkGraph.Core.Model;
using NetworkGraph.Core.Reporting;
using NetworkGraph.Core.Snapshots;
using NetworkGraph.Storage.Sqlite;

namespace NetworkGraph.App.Export;

/// <summary>Reads what an export needs from the SQLite store: the snapshot, the profiles of its accounts, when its
/// members posted (and, for the report, in which language, and the few posts it quotes as evidence), the post counts of
/// every exported account (edge ends outside the clusters too), and the coordination edges of the snapshot's own run at
/// its widest window (<see cref="CoordinationRunEdges"/>). No post is read as an object but those the report quotes: at
/// a million clustered posts the objects were most of an export's time and memory.</summary>
internal sealed class StoreExportSource(SqliteStore store)
{
    /// <summary>The snapshot <paramref name="selector"/> picks with what the exports read of it; with the posts' languages
    /// and the posts <paramref name="report"/>'s evidence quotes when it is given.</summary>
    public async Task<SnapshotExportInput> LoadAsync(SnapshotSelector selector, ReportOptions? report, CancellationToken ct)
    {
        var snapshot = await SnapshotLoader.LoadAsync(store, selector, ct);
        // Evidence pairs only of the edges the report may quote (the graph formats write none).
        var quoted = report is null ? null : ReportWriter.QuotesEdge(snapshot, report);
        var edges = (await CoordinationRunEdges.ReadAsync(store, snapshot.Id, quoted, ct)).ToExportEdges();
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

        var times = await store.ReadPostTimesOfAccountsAsync(wanted, withLanguages: report is not null, ct);
        var (shares, clusteredShares) = await CountSharesAsync(members, ct);
        var input = new SnapshotExportInput(snapshot, accounts, edges)
        {
            PostTimes = times.ByAccount.Where(kv => members.Contains(kv.Key)).ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal),
            PostLanguages = times.Languages?.Where(kv => members.Contains(kv.Key)).ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal),
            PostCounts = times.ByAccount.ToDictionary(kv => kv.Key, kv => (long)kv.Value.Count, StringComparer.Ordinal),
            CollectionPosts = times.Collection,
            CollectionShares = shares,
            ClusteredShares = clusteredShares,
        };
        return report is null
            ? input
            : input with
            {
                // Members' posts only, as when the report read the members' posts (a share table's content id can name a
                // post of someone else).
                EvidencePosts = [.. (await store.ReadPostsByIdAsync(ReportWriter.EvidencePostIds(input, report), ct)).Where(p => members.Contains(p.AuthorId))],
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
