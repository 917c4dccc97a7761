using NetworkGraph.Core.Model;
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

        // By account key, as the posts name their authors: one look-up per post.
        var times = new Dictionary<long, List<long>>();
        var languages = new Dictionary<long, List<string?>>();
        var spellings = new Dictionary<string, string>(StringComparer.Ordinal); // a few codes, each string kept once
        var collection = 0L;
        await using (var command = _connection.CreateCommand())
        {
            command.CommandText = $"SELECT author_key, time{(withLanguages ? ", language" : string.Empty)} FROM posts";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                collection++;
                var key = reader.GetInt64(0);
                if (!times.TryGetValue(key, out var list))
                {
                    if (!idOfKey.ContainsKey(key))
                    {
                        continue;
                    }

                    times[key] = list = [];
                    if (withLanguages)
                    {
                        languages[key] = [];
                    }
                }

                list.Add(reader.GetInt64(1));
                if (withLanguages)
                {
                    var code = reader.IsDBNull(2) ? null : reader.GetString(2);
                    languages[key].Add(code is null ? null : spellings.TryGetValue(code, out var kept) ? kept : spellings[code] = code);
                }
            }
        }

        return new PostTimes(times.ToDictionary(kv => idOfKey[kv.Key], kv => (IReadOnlyList<long>)kv.Value, StringComparer.Ordinal), collection)
        {
            Languages = withLanguages ? languages.ToDictionary(kv => idOfKey[kv.Key], kv => (IReadOnlyList<string?>)kv.Value, StringComparer.Ordinal) : null,
        };
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
