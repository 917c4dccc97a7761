using NetworkGraph.App.Snapshots;
using NetworkGraph.Core.Collections;
using NetworkGraph.Core.Model;
using NetworkGraph.Core.Snapshots;
using NetworkGraph.Storage.Neo4j.Push;
using NetworkGraph.Storage.Sqlite;

namespace NetworkGraph.App.Neo4j;

/// <summary>Reads what a push sends from the SQLite store: the snapshot and its predecessor, accounts and posts
/// (streamed in the store's stable order), interactions summed per pair of accounts
/// (<see cref="SqliteStore.ReadInteractionTotalsAsync"/>), and the coordination edges of the snapshot's own run as
/// <see cref="CoordinationRunEdges"/> reads them (the same edges an export of the snapshot carries); the rows are made
/// when the push reads them. The store must stay open while the push runs.</summary>
internal sealed class Neo4jPushSource(SqliteStore store)
{
    public async Task<Neo4jPushContent> LoadAsync(SnapshotSelector snapshot, bool posts, CancellationToken ct)
    {
        var snapshots = new SnapshotRepository(store);
        var chosen = await SnapshotLoader.LoadAsync(store, snapshot, ct);
        var previous = chosen.Version > 1 ? await snapshots.LoadVersionAsync(chosen.Version - 1, ct) : null;
        var coordination = await CoordinationRunEdges.ReadAsync(store, chosen.Id, ct);
        var counts = await store.CountAsync(ct);
        return new Neo4jPushContent
        {
            Snapshot = chosen,
            PreviousSnapshotId = previous?.Id,
            Accounts = new PushRows<Account>(counts.Accounts, c => store.ReadAccountsAsync(cancellationToken: c)),
            Posts = posts ? new PushRows<Post>(counts.Posts, store.ReadPostsAsync) : null,
            Interactions = PushRows<InteractionRelationship>.From(await ReadInteractionsAsync(ct)),
            Coordination = PushRows<CoordinationRelationship>.From(CoordinationRelationships.From(coordination.Layers)),
        };
    }

    /// <summary>Retweets, quotes and replies by their referenced author, and mentions, as totals per pair of
    /// accounts in a stable order (type, then the pair's ids).</summary>
    public async Task<IReadOnlyList<InteractionRelationship>> ReadInteractionsAsync(CancellationToken ct)
    {
        // The store gives them by kind, then ids, and a kind's type keeps its order: the order stays.
        var totals = await store.ReadInteractionTotalsAsync(ct);
        return new IndexedList<InteractionRelationship>(totals.Count, i => Relationship(totals[i]));
    }

    private static InteractionRelationship Relationship(InteractionTotal t) =>
        new(TypeOf(t.Kind), t.SourceId, t.TargetId, t.Count, t.First, t.Last);

    private static InteractionType TypeOf(InteractionKind kind) => kind switch
    {
        InteractionKind.Retweet => InteractionType.Retweeted,
        InteractionKind.Quote => InteractionType.Quoted,
        InteractionKind.Reply => InteractionType.RepliedTo,
        _ => InteractionType.Mentioned,
    };
}
