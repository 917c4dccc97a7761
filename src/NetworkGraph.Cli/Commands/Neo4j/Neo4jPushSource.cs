using NetworkGraph.Cli.Commands.Analysis;
using NetworkGraph.Core.Model;
using NetworkGraph.Core.Snapshots;
using NetworkGraph.Storage.Neo4j.Push;
using NetworkGraph.Storage.Sqlite;

namespace NetworkGraph.Cli.Commands.Neo4j;

/// <summary>Reads what a push sends from the SQLite store: the snapshot and its predecessor, accounts and posts
/// (streamed in the store's stable order), interactions aggregated in SQL, and the coordination edges of the snapshot's
/// own run as <see cref="CoordinationRunEdges"/> reads them (the same edges an export of the snapshot carries). The store must stay open while the push runs.</summary>
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
            Coordination = PushRows<CoordinationRelationship>.From(CoordinationRelationships.From(coordination)),
        };
    }

    // Retweets, quotes and replies by their referenced author; mentions of every post but retweets (a retweet repeats
    // the original's mentions). Totals per pair, in a stable order. The store has no reader for this aggregate yet.
    public async Task<IReadOnlyList<InteractionRelationship>> ReadInteractionsAsync(CancellationToken ct)
    {
        await using var connection = store.OpenConnection();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT p.kind, a.account_id, r.account_id, count(*), min(p.time), max(p.time)
            FROM posts p JOIN accounts a ON a.account_key = p.author_key JOIN accounts r ON r.account_key = p.ref_author_key
            WHERE p.kind IN (1, 2, 3)
            GROUP BY p.kind, p.author_key, p.ref_author_key
            UNION ALL
            SELECT 4, a.account_id, m.account_id, count(*), min(p.time), max(p.time)
            FROM post_mentions pm JOIN posts p ON p.post_key = pm.post_key
            JOIN accounts a ON a.account_key = p.author_key JOIN accounts m ON m.account_key = pm.account_key
            WHERE p.kind <> 1
            GROUP BY p.author_key, pm.account_key
            """;
        var edges = new List<InteractionRelationship>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var type = reader.GetInt32(0) switch
            {
                1 => InteractionType.Retweeted,
                2 => InteractionType.Quoted,
                3 => InteractionType.RepliedTo,
                _ => InteractionType.Mentioned,
            };
            edges.Add(new InteractionRelationship(type, reader.GetString(1), reader.GetString(2), reader.GetInt64(3),
                DateTimeOffset.FromUnixTimeSeconds(reader.GetInt64(4)), DateTimeOffset.FromUnixTimeSeconds(reader.GetInt64(5))));
        }

        return edges.OrderBy(e => e.Type).ThenBy(e => e.SourceId, StringComparer.Ordinal)
            .ThenBy(e => e.TargetId, StringComparer.Ordinal).ToList();
    }
}
