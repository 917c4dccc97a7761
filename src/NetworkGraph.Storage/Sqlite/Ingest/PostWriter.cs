using SQLitePCL;

namespace NetworkGraph.Storage.Sqlite.Ingest;

/// <summary>Inserts posts many rows per statement (one step instead of thirty-two is most of the saving) and tells
/// which were new, exactly as inserting them one by one would: a post is new unless its key was stored before the
/// statement or an earlier post of the same statement has it. Keys outside the range already stored cannot have been
/// stored (the common case of a bulk load, whose ids mostly grow), so only other statements ask the table first.</summary>
internal sealed class PostWriter : IDisposable
{
    /// <summary>Posts per multi-row statement (eight parameters each).</summary>
    public const int RowsPerStatement = 32;

    /// <summary>Parameters per post.</summary>
    public const int Columns = 8;
    private const string Insert = "INSERT OR IGNORE INTO posts (post_key, author_key, time, kind, ref_post_key, ref_author_key, language, text) VALUES ";

    private readonly sqlite3 _db;
    private readonly RawStatement _one;
    private readonly RawStatement _many;
    private readonly RawStatement _existing;
    private readonly HashSet<long> _before = [];
    private readonly HashSet<long> _seen = [];
    private long _min;
    private long _max;

    public PostWriter(sqlite3 db)
    {
        _db = db;
        _one = new RawStatement(db, Insert + Placeholders.Rows(1, Columns));
        _many = new RawStatement(db, Insert + Placeholders.Rows(RowsPerStatement, Columns));
        _existing = new RawStatement(db, $"SELECT post_key FROM posts WHERE post_key IN ({Placeholders.List(RowsPerStatement)})");
        Reload();
    }

    /// <summary>The single-row statement: bind columns 1 to <see cref="Columns"/>, then <see cref="RawStatement.Run"/> returns 1 when the
    /// post was new.</summary>
    public RawStatement One => _one;

    /// <summary>The multi-row statement: bind row <c>r</c>'s columns at <c>r * Columns + 1</c> onwards, then
    /// call <see cref="RunMany"/> with the rows' keys.</summary>
    public RawStatement Many => _many;

    /// <summary>Rereads the range of stored keys (after a rollback).</summary>
    public void Reload()
    {
        using var range = new RawStatement(_db, "SELECT min(post_key), max(post_key) FROM posts");
        range.Step();
        (_min, _max) = range.IsNull(0) ? (long.MaxValue, long.MinValue) : (range.Int64(0), range.Int64(1));
        range.Reset();
    }

    /// <summary>Runs the multi-row statement and sets <paramref name="stored"/>[i] when row i was new.</summary>
    public void RunMany(ReadOnlySpan<long> keys, Span<bool> stored)
    {
        _before.Clear();
        if (!OutsideStoredRange(keys))
        {
            for (var i = 0; i < keys.Length; i++)
            {
                _existing.Bind(i + 1, keys[i]);
            }

            while (_existing.Step())
            {
                _before.Add(_existing.Int64(0));
            }

            _existing.Reset();
        }

        _seen.Clear();
        var expected = 0;
        for (var i = 0; i < keys.Length; i++)
        {
            stored[i] = !_before.Contains(keys[i]) && _seen.Add(keys[i]);
            expected += stored[i] ? 1 : 0;
            _min = Math.Min(_min, keys[i]);
            _max = Math.Max(_max, keys[i]);
        }

        var changed = _many.Run();
        if (changed != expected)
        {
            throw new InvalidOperationException($"expected to store {expected} posts of {keys.Length}, SQLite stored {changed}");
        }
    }

    public void Dispose()
    {
        _one.Dispose();
        _many.Dispose();
        _existing.Dispose();
    }

    private bool OutsideStoredRange(ReadOnlySpan<long> keys)
    {
        foreach (var key in keys)
        {
            if (key >= _min && key <= _max)
            {
                return false;
            }
        }

        return true;
    }
}
