using NetworkGraph.Storage.Sqlite.Ingest;
using SQLitePCL;

namespace NetworkGraph.Storage.Sqlite;

/// <summary>Post keys in ascending order and the row each has in a read (null: key k is row k), for joining the
/// tables keyed by post (mentions, hashtags, URLs) with the posts read in one pass.</summary>
internal sealed record KeyRows(long[] Keys, int[]? Rows)
{
    /// <summary>The keys of a read's rows (row k has key <paramref name="keysByRow"/>[k], all distinct), sorted in place
    /// with their rows unless they already ascend.</summary>
    public static KeyRows Of(long[] keysByRow) =>
        Ascending(keysByRow) ? new KeyRows(keysByRow, null) : Of(keysByRow, [.. Enumerable.Range(0, keysByRow.Length)]);

    /// <summary>Distinct keys, key k belonging to row <paramref name="rows"/>[k], sorted in place together unless the keys
    /// already ascend.</summary>
    public static KeyRows Of(long[] keys, int[] rows)
    {
        if (!Ascending(keys))
        {
            Array.Sort(keys, rows);
        }

        return new KeyRows(keys, rows);
    }

    private static bool Ascending(long[] keys)
    {
        for (var k = 1; k < keys.Length; k++)
        {
            if (keys[k - 1] >= keys[k])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Steps the (post key, value key) rows <paramref name="sql"/> gives, ordered by post key, and hands each
    /// row whose post is among these to <paramref name="visit"/> with that post's row: one pass over both.</summary>
    public void Join(sqlite3 db, string sql, Action<int, long> visit, CancellationToken cancellationToken)
    {
        using var statement = new RawStatement(db, sql);
        Join(statement, (row, step) => visit(row, step.Int64(1)), cancellationToken);
    }

    /// <summary>Steps <paramref name="statement"/> (prepared and bound; its first column a key, its rows in key order) and
    /// hands each row whose key is among these to <paramref name="visit"/> with that key's row and the statement on that
    /// row (its columns valid until the next step); the statement is reset after.</summary>
    public void Join(RawStatement statement, Action<int, RawStatement> visit, CancellationToken cancellationToken)
    {
        var at = 0;
        statement.ForEachRow(row =>
        {
            var key = row.Int64(0);
            while (at < Keys.Length && Keys[at] < key)
            {
                at++;
            }

            if (at < Keys.Length && Keys[at] == key)
            {
                visit(Rows is null ? at : Rows[at], row);
            }
        }, cancellationToken);
    }
}
