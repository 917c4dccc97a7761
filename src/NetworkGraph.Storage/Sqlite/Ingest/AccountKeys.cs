using SQLitePCL;

namespace NetworkGraph.Storage.Sqlite.Ingest;

/// <summary>Resolves account ids to keys (creating a bare account row on first sight) and applies profile
/// observations, newest first. What it caches about the database only ever lets it skip a statement that would
/// change nothing, so a fresh process resuming a run writes exactly what an uninterrupted one would.</summary>
internal sealed class AccountKeys : IDisposable
{
    private const int CacheCapacity = 1 << 18;

    private readonly sqlite3 _db;
    private readonly RawStatement _findById;
    private readonly RawStatement _findByKey;
    private readonly RawStatement _insert;
    private readonly RawStatement _fillHandle;
    private readonly RawStatement _observe;
    private readonly RawStatement _observedAt;
    private readonly ByteKeyCache<long> _keys = new(CacheCapacity);
    private readonly Dictionary<long, State> _states = [];
    private long _nextSurrogate;

    public AccountKeys(sqlite3 db)
    {
        _db = db;
        const string Columns =
            "account_key, handle IS NOT NULL, profiled, (SELECT observed_at FROM account_observed o WHERE o.account_key = a.account_key)";
        _findById = new RawStatement(db, $"SELECT {Columns} FROM accounts a WHERE account_id = ?1");
        _findByKey = new RawStatement(db, $"SELECT {Columns} FROM accounts a WHERE account_key = ?1");
        _insert = new RawStatement(db, "INSERT INTO accounts (account_key, account_id, handle) VALUES (?1, ?2, ?3)");
        _fillHandle = new RawStatement(db, "UPDATE accounts SET handle = ?2 WHERE account_key = ?1 AND handle IS NULL");
        _observe = new RawStatement(db, """
            UPDATE accounts
            SET handle = coalesce(?2, handle), display_name = ?3, location = ?4, bio = ?5, language = ?6,
                created_at = ?7, followers = ?8, following = ?9, profiled = 1
            WHERE account_key = ?1
              AND (profiled = 0 OR (?10 IS NOT NULL
                   AND ?10 > coalesce((SELECT observed_at FROM account_observed WHERE account_key = ?1), -9223372036854775808)))
            """);
        _observedAt = new RawStatement(db, """
            INSERT INTO account_observed (account_key, observed_at) VALUES (?1, ?2)
            ON CONFLICT (account_key) DO UPDATE SET observed_at = excluded.observed_at
                WHERE excluded.observed_at > account_observed.observed_at
            """);
        Reload();
    }

    /// <summary>Forgets everything cached (after a rollback) and rereads the next surrogate key.</summary>
    public void Reload()
    {
        _keys.Clear();
        _states.Clear();
        using var min = new RawStatement(_db, "SELECT coalesce(min(account_key), 0) FROM accounts");
        min.Step();
        _nextSurrogate = Math.Min(min.Int64(0), 0) - 1;
        min.Reset();
    }

    /// <summary>The key of an account id (its number when canonical), creating the account row if needed and
    /// filling its handle when it has none and one is given.</summary>
    public long Resolve(ReadOnlySpan<byte> id, long number, ReadOnlySpan<byte> handle, bool hasHandle)
    {
        long key;
        State state;
        if (number >= 0)
        {
            key = number;
            if (!_states.TryGetValue(key, out state))
            {
                _findByKey.Bind(1, key);
                state = Find(_findByKey, out _) ?? Insert(key, id, handle, hasHandle);
                Remember(key, state);
            }
        }
        else if (_keys.TryGet(id, out key) && _states.TryGetValue(key, out state))
        {
        }
        else
        {
            _findById.BindText(1, id);
            if (Find(_findById, out key) is { } found)
            {
                state = found;
            }
            else
            {
                key = _nextSurrogate--;
                state = Insert(key, id, handle, hasHandle);
            }

            _keys.Set(id, key);
            Remember(key, state);
        }

        if (hasHandle && !state.HasHandle)
        {
            _fillHandle.Bind(1, key);
            _fillHandle.BindText(2, handle);
            _fillHandle.Run();
            Remember(key, state with { HasHandle = true });
        }

        return key;
    }

    /// <summary>Applies one profile observation to an account: stored when it is the account's first profile or
    /// newer than the stored observation. A newer observation of the same content only moves the time.</summary>
    public void Observe(long key, in ProfileValues profile)
    {
        _states.TryGetValue(key, out var state);
        var observedAt = profile.ObservedAt;
        if (state.Profiled && (observedAt is null || (state.ObservedAt is { } stored && observedAt <= stored)))
        {
            return; // cannot win
        }

        if (state.Profiled && observedAt is { } time && state.ContentHash == profile.ContentHash && state.ContentHash != 0)
        {
            _observedAt.Bind(1, key);
            _observedAt.Bind(2, time);
            _observedAt.Run();
            Remember(key, state with { ObservedAt = Max(state.ObservedAt, time) });
            return;
        }

        _observe.Bind(1, key);
        _observe.BindText(2, profile.Handle, profile.HasHandle);
        _observe.BindText(3, profile.DisplayName, profile.HasDisplayName);
        _observe.BindText(4, profile.Location, profile.HasLocation);
        _observe.BindText(5, profile.Bio, profile.HasBio);
        _observe.BindText(6, profile.Language, profile.HasLanguage);
        _observe.Bind(7, profile.CreatedAt);
        _observe.Bind(8, profile.Followers);
        _observe.Bind(9, profile.Following);
        _observe.Bind(10, observedAt);
        if (_observe.Run() > 0)
        {
            if (observedAt is { } time2)
            {
                _observedAt.Bind(1, key);
                _observedAt.Bind(2, time2);
                _observedAt.Run();
            }

            Remember(key, new State(state.HasHandle || profile.HasHandle, Profiled: true, observedAt, profile.ContentHash));
        }
        else
        {
            // Lost to a newer stored observation: its time is at least ours, its content unknown.
            Remember(key, new State(state.HasHandle || profile.HasHandle, Profiled: true, Max(state.ObservedAt, observedAt), 0));
        }
    }

    public void Dispose()
    {
        foreach (var statement in new[] { _findById, _findByKey, _insert, _fillHandle, _observe, _observedAt })
        {
            statement.Dispose();
        }
    }

    private static long? Max(long? a, long? b) => a is null ? b : b is null ? a : Math.Max(a.Value, b.Value);

    private static State? Find(RawStatement find, out long key)
    {
        State? state = null;
        key = 0;
        if (find.Step())
        {
            key = find.Int64(0);
            state = new State(find.Int64(1) != 0, find.Int64(2) != 0, find.IsNull(3) ? null : find.Int64(3), 0);
        }

        find.Reset();
        return state;
    }

    private State Insert(long key, ReadOnlySpan<byte> id, ReadOnlySpan<byte> handle, bool hasHandle)
    {
        _insert.Bind(1, key);
        _insert.BindText(2, id);
        _insert.BindText(3, handle, hasHandle);
        _insert.Run();
        return new State(hasHandle, Profiled: false, ObservedAt: null, 0);
    }

    private void Remember(long key, State state)
    {
        if (_states.Count >= CacheCapacity && !_states.ContainsKey(key))
        {
            _states.Clear();
            _keys.Clear();
        }

        _states[key] = state;
    }

    /// <summary>What is known to be stored for an account: a lower bound of its observation time, and its
    /// profile's content hash when known (0 when not).</summary>
    private readonly record struct State(bool HasHandle, bool Profiled, long? ObservedAt, long ContentHash);
}
