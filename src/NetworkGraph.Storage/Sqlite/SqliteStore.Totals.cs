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
    /// retweet repeats the original's mentions): totals per pair of accounts, in no particular order.</summary>
    public async Task<IReadOnlyList<InteractionTotal>> ReadInteractionTotalsAsync(CancellationToken cancellationToken = default)
    {
        await using var command = _connection.CreateCommand();
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
        var totals = new List<InteractionTotal>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var kind = reader.GetInt32(0) switch
            {
                1 => InteractionKind.Retweet,
                2 => InteractionKind.Quote,
                3 => InteractionKind.Reply,
                _ => InteractionKind.Mention,
            };
            totals.Add(new InteractionTotal(kind, reader.GetString(1), reader.GetString(2), reader.GetInt64(3),
                DateTimeOffset.FromUnixTimeSeconds(reader.GetInt64(4)), DateTimeOffset.FromUnixTimeSeconds(reader.GetInt64(5))));
        }

        return totals;
    }
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
