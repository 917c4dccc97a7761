using System.Runtime.InteropServices;
using NetworkGraph.Storage.Sqlite.Ingest;

namespace NetworkGraph.Storage.Sqlite;

public sealed partial class SqliteStore
{
    /// <summary>Totals over every ingested file (files, committed bytes, completed files, accepted rows): ingestion is
    /// the only way data enters the store and each commit moves a file's offset, so these change whenever anything
    /// was ingested.</summary>
    public async Task<IngestTotals> ReadIngestTotalsAsync(CancellationToken cancellationToken = default)
    {
        await using var command = _connection.CreateCommand();
        command.CommandText = "SELECT count(*), coalesce(sum(byte_offset), 0), coalesce(sum(completed), 0), coalesce(sum(accepted), 0) FROM ingest_files";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return new IngestTotals(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3));
    }

    /// <summary>Retweets, quotes and replies by their referenced author, and mentions of every post but retweets (a
    /// retweet repeats the original's mentions): totals per pair of accounts the store holds, ordered by kind, then the
    /// acting account's id, then the other's (ordinal). The posts and mentions are stepped once and summed in memory: at 10 M
    /// posts SQLite's GROUP BY sorted them on disk for most of a minute. The three reads share one read snapshot (an ingest
    /// meanwhile changes none of them) on a thread of the pool.</summary>
    public Task<IReadOnlyList<InteractionTotal>> ReadInteractionTotalsAsync(CancellationToken cancellationToken = default) =>
        Task.Run(() => ReadInteractionTotals(Path, cancellationToken), cancellationToken);

    private static IReadOnlyList<InteractionTotal> ReadInteractionTotals(string path, CancellationToken cancellationToken)
    {
        using var snapshot = ReadSnapshot.OpenForScan(path);
        var db = snapshot.Db;
        var accounts = AccountIdsByKey.Read(db, cancellationToken);
        var sums = new Dictionary<(InteractionKind Kind, long Source, long Target), InteractionSum>();
        Sum(db, sums, "SELECT kind, author_key, ref_author_key, time FROM posts WHERE kind IN (1, 2, 3) AND ref_author_key IS NOT NULL", cancellationToken);
        Sum(db, sums, """
            SELECT 4, p.author_key, pm.account_key, p.time
            FROM post_mentions pm JOIN posts p ON p.post_key = pm.post_key
            WHERE p.kind <> 1
            """, cancellationToken);
        var totals = new List<InteractionTotal>(sums.Count);
        foreach (var ((kind, source, target), sum) in sums)
        {
            if (accounts.Find(source) is { } sourceId && accounts.Find(target) is { } targetId)
            {
                totals.Add(new InteractionTotal(kind, sourceId, targetId, sum.Count,
                    DateTimeOffset.FromUnixTimeSeconds(sum.First), DateTimeOffset.FromUnixTimeSeconds(sum.Last)));
            }
        }

        totals.Sort(static (x, y) => x.Kind != y.Kind ? x.Kind.CompareTo(y.Kind)
            : string.CompareOrdinal(x.SourceId, y.SourceId) is var c and not 0 ? c
            : string.CompareOrdinal(x.TargetId, y.TargetId));
        return totals;
    }

    // Adds the (kind, source key, target key, time) rows of sql to their pairs' sums.
    private static void Sum(
        SQLitePCL.sqlite3 db, Dictionary<(InteractionKind, long, long), InteractionSum> sums, string sql, CancellationToken cancellationToken)
    {
        using var statement = new RawStatement(db, sql);
        statement.ForEachRow(row =>
        {
            var kind = row.Int64(0) switch
            {
                1 => InteractionKind.Retweet,
                2 => InteractionKind.Quote,
                3 => InteractionKind.Reply,
                _ => InteractionKind.Mention,
            };
            var time = row.Int64(3);
            ref var sum = ref CollectionsMarshal.GetValueRefOrAddDefault(sums, (kind, row.Int64(1), row.Int64(2)), out var seen);
            sum = seen ? new InteractionSum(sum.Count + 1, Math.Min(sum.First, time), Math.Max(sum.Last, time)) : new InteractionSum(1, time, time);
        }, cancellationToken);
    }

    /// <summary>How many interactions of one pair, and the first and last one's time (UNIX seconds).</summary>
    private readonly record struct InteractionSum(long Count, long First, long Last);
}

/// <summary>Totals over the store's ingested files.</summary>
/// <param name="Files">Files the store has seen.</param>
/// <param name="Bytes">Committed byte offsets, summed.</param>
/// <param name="Completed">Files read to the end.</param>
/// <param name="Accepted">Rows accepted.</param>
public sealed record IngestTotals(long Files, long Bytes, long Completed, long Accepted);

/// <summary>How one account acted on another.</summary>
public enum InteractionKind
{
    /// <summary>Retweeted one of its posts.</summary>
    Retweet,

    /// <summary>Quoted one of its posts.</summary>
    Quote,

    /// <summary>Replied to one of its posts.</summary>
    Reply,

    /// <summary>Mentioned it.</summary>
    Mention,
}

/// <summary>How often one account acted on another, and when.</summary>
/// <param name="Kind">The interaction.</param>
/// <param name="SourceId">The account that acted.</param>
/// <param name="TargetId">The account acted upon.</param>
/// <param name="Count">How many times.</param>
/// <param name="First">The first time.</param>
/// <param name="Last">The last time.</param>
public sealed record InteractionTotal(InteractionKind Kind, string SourceId, string TargetId, long Count, DateTimeOffset First, DateTimeOffset Last);
