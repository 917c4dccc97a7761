using Newtonsoft.Json;

namespace NetworkGraph.Storage.Sqlite;

/// <summary>What a graph export needs of the posts: when each chosen account posted, and how many posts there are.</summary>
public sealed partial class SqliteStore
{
    /// <summary>The posting times (UNIX seconds) of the posts of <paramref name="accountIds"/>, by account id, in no
    /// particular order (an account without posts is absent), and how many posts the whole collection holds: one pass
    /// over the posts' authors and times, no text, list or post object read.</summary>
    public async Task<PostTimes> ReadPostTimesOfAccountsAsync(IReadOnlyCollection<string> accountIds, CancellationToken cancellationToken = default)
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

        var times = new Dictionary<string, List<long>>(StringComparer.Ordinal);
        var collection = 0L;
        await using (var command = _connection.CreateCommand())
        {
            command.CommandText = "SELECT author_key, time FROM posts";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                collection++;
                if (idOfKey.TryGetValue(reader.GetInt64(0), out var id))
                {
                    if (!times.TryGetValue(id, out var list))
                    {
                        times[id] = list = [];
                    }

                    list.Add(reader.GetInt64(1));
                }
            }
        }

        return new PostTimes(times.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<long>)kv.Value, StringComparer.Ordinal), collection);
    }
}
