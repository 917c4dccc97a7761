using System.Text;
using NetworkGraph.Storage.Sqlite.Ingest;
using SQLitePCL;

namespace NetworkGraph.Storage.Sqlite;

/// <summary>One of a post's lists (hashtags, URLs or mentioned account ids) for every post, read once from its link
/// table in key order, in place of a JSON-building subquery per post: a post's list is then a dictionary lookup, and
/// a value named by many posts is one string.</summary>
/// <remarks>A post's values come in the order of the link table's key (the post's key, then the value's key), as a
/// subquery over that key gives them; a link whose value row is missing is left out, as an inner join leaves it.</remarks>
internal sealed class PostLinkLists
{
    private readonly Dictionary<long, (int Start, int Count)> _ranges = [];
    private readonly List<string> _values = [];

    private PostLinkLists()
    {
    }

    /// <summary>The post's list, new each call; null when it has none.</summary>
    public string[]? Of(long postKey)
    {
        if (!_ranges.TryGetValue(postKey, out var range))
        {
            return null;
        }

        var list = new string[range.Count];
        _values.CopyTo(range.Start, list, 0, range.Count);
        return list;
    }

    /// <summary>The hashtags of every post (as written).</summary>
    public static PostLinkLists Hashtags(sqlite3 db) => Read(db, """
        SELECT ph.post_key, h.hashtag_key, h.tag FROM post_hashtags ph
        JOIN hashtags h ON h.hashtag_key = ph.hashtag_key ORDER BY ph.post_key, ph.hashtag_key
        """);

    /// <summary>The URLs of every post (expanded, as given).</summary>
    public static PostLinkLists Urls(sqlite3 db) => Read(db, """
        SELECT pu.post_key, u.url_key, u.url FROM post_urls pu
        JOIN urls u ON u.url_key = pu.url_key ORDER BY pu.post_key, pu.url_key
        """);

    /// <summary>The mentioned account ids of every post; <paramref name="accountIds"/> are the store's by key.</summary>
    public static PostLinkLists Mentions(sqlite3 db, IReadOnlyDictionary<long, string> accountIds)
    {
        var lists = new PostLinkLists();
        using var statement = new RawStatement(db, "SELECT post_key, account_key FROM post_mentions ORDER BY post_key, account_key");
        while (statement.Step())
        {
            if (accountIds.TryGetValue(statement.Int64(1), out var id))
            {
                lists.Add(statement.Int64(0), id);
            }
        }

        return lists;
    }

    /// <summary>Reads rows of (post key, value key, value text) ordered by post key: each distinct value key becomes
    /// one string.</summary>
    private static PostLinkLists Read(sqlite3 db, string sql)
    {
        var lists = new PostLinkLists();
        var texts = new Dictionary<long, string>();
        using var statement = new RawStatement(db, sql);
        while (statement.Step())
        {
            var key = statement.Int64(1);
            if (!texts.TryGetValue(key, out var text))
            {
                texts[key] = text = Encoding.UTF8.GetString(statement.Bytes(2));
            }

            lists.Add(statement.Int64(0), text);
        }

        return lists;
    }

    /// <summary>Appends a value to a post's list; a post's values come together (the rows are in post key order).</summary>
    private void Add(long postKey, string value)
    {
        ref var range = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_ranges, postKey, out var exists);
        if (!exists)
        {
            range = (_values.Count, 0);
        }
        else if (range.Start + range.Count != _values.Count)
        {
            throw new InvalidOperationException("A link table's rows did not come in post key order.");
        }

        _values.Add(value);
        range.Count++;
    }
}
