using System.Text;
using NetworkGraph.Core.Model;
using NetworkGraph.Storage.Sqlite.Ingest;
using Newtonsoft.Json;

namespace NetworkGraph.Storage.Sqlite;

/// <summary>What the exports need of the posts: when each chosen account posted (and in which language), how many posts
/// there are, and the few posts a report quotes.</summary>
public sealed partial class SqliteStore
{
    /// <summary>The posting times (UNIX seconds) of the posts of <paramref name="accountIds"/>, by account id, in no
    /// particular order (an account without posts is absent), with their languages when <paramref name="withLanguages"/>,
    /// and how many posts the whole collection holds: one pass over the posts' authors and times, no text, list or post
    /// object read.</summary>
    public async Task<PostTimes> ReadPostTimesOfAccountsAsync(
        IReadOnlyCollection<string> accountIds, bool withLanguages = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(accountIds);
        var idOfKey = new Dictionary<long, string>();
        await using (var command = _connection.CreateCommand())
        {
            command.CommandText = "SELECT account_key, account_id FROM accounts WHERE account_id IN (SELECT value FROM json_each($ids))";
            command.Parameters.AddWithValue("$ids", JsonConvert.SerializeObject(accountIds));
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                idOfKey[reader.GetInt64(0)] = reader.GetString(1);
            }
        }

        // By account key, as the posts name their authors: one look-up per post, stepped through SQLite's C API (at 10 M
        // posts the ADO.NET reader's per-value calls were most of this pass).
        var times = new Dictionary<long, List<long>>();
        var languages = new Dictionary<long, List<string?>>();
        var spellings = new Spellings();
        long collection;
        using (var statement = new RawStatement(_connection.Handle!, $"SELECT author_key, time{(withLanguages ? ", language" : string.Empty)} FROM posts"))
        {
            collection = statement.ForEachRow(row =>
            {
                var key = row.Int64(0);
                if (!times.TryGetValue(key, out var list))
                {
                    if (!idOfKey.ContainsKey(key))
                    {
                        return;
                    }

                    times[key] = list = [];
                    if (withLanguages)
                    {
                        languages[key] = [];
                    }
                }

                list.Add(row.Int64(1));
                if (withLanguages)
                {
                    languages[key].Add(row.IsNull(2) ? null : spellings.Of(row.Bytes(2)));
                }
            }, cancellationToken);
        }

        return new PostTimes(times.ToDictionary(kv => idOfKey[kv.Key], kv => (IReadOnlyList<long>)kv.Value, StringComparer.Ordinal), collection)
        {
            Languages = withLanguages ? languages.ToDictionary(kv => idOfKey[kv.Key], kv => (IReadOnlyList<string?>)kv.Value, StringComparer.Ordinal) : null,
        };
    }

    /// <summary>The language codes a read has met, each string kept once: the first few compared as bytes, without a string
    /// per post; codes past those (a column of free text) by their text.</summary>
    private sealed class Spellings
    {
        private const int Compared = 64;
        private readonly List<(byte[] Utf8, string Code)> _first = [];
        private readonly Dictionary<string, string> _more = new(StringComparer.Ordinal);

        public string Of(ReadOnlySpan<byte> utf8)
        {
            foreach (var (bytes, code) in _first)
            {
                if (utf8.SequenceEqual(bytes))
                {
                    return code;
                }
            }

            var spelled = Encoding.UTF8.GetString(utf8);
            if (_first.Count < Compared)
            {
                _first.Add((utf8.ToArray(), spelled));
                return spelled;
            }

            return _more.TryGetValue(spelled, out var kept) ? kept : _more[spelled] = spelled;
        }
    }

    /// <summary>The posts whose ids are <paramref name="postIds"/> (those the store holds), as <see cref="ReadPostsAsync"/>
    /// gives them, in no particular order.</summary>
    public async Task<IReadOnlyList<Post>> ReadPostsByIdAsync(IReadOnlyCollection<string> postIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(postIds);
        var result = new List<Post>();
        if (postIds.Count == 0)
        {
            return result;
        }

        // By key for ids that read as numbers, through post_ids for the others; a row is kept only when its id is one
        // asked for (an id such as "012" reads as the key of post "12").
        await using var command = _connection.CreateCommand();
        command.CommandText = PostColumnsSelect + """

            WHERE p.post_key IN (
                SELECT CAST(value AS INTEGER) FROM json_each($ids) WHERE value NOT GLOB '*[^0-9]*' AND length(value) BETWEEN 1 AND 19
                UNION SELECT post_key FROM post_ids WHERE post_id IN (SELECT value FROM json_each($ids)))
            """;
        command.Parameters.AddWithValue("$ids", JsonConvert.SerializeObject(postIds));
        var wanted = postIds.ToHashSet(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var post = ReadPost(reader);
            if (wanted.Contains(post.Id))
            {
                result.Add(post);
            }
        }

        return result;
    }
}
