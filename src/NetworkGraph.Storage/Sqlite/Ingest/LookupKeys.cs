using System.Buffers.Binary;
using SQLitePCL;

namespace NetworkGraph.Storage.Sqlite.Ingest;

/// <summary>Turns hashtags, URLs, non-numeric post ids and share objects into integer keys, adding rows to their
/// lookup tables on first sight. Keys depend only on the order rows are stored in, so a resumed run assigns the
/// same keys as an uninterrupted one.</summary>
internal sealed class LookupKeys : IDisposable
{
    private const int CacheCapacity = 1 << 18;

    private readonly sqlite3 _db;
    private readonly RawStatement _findTag;
    private readonly RawStatement _addTag;
    private readonly RawStatement _findUrl;
    private readonly RawStatement _addUrl;
    private readonly RawStatement _findPost;
    private readonly RawStatement _addPost;
    private readonly RawStatement _findObject;
    private readonly RawStatement _addObject;
    private readonly ByteKeyCache<long> _tags = new(CacheCapacity);
    private readonly ByteKeyCache<long> _urls = new(CacheCapacity);
    private readonly ByteKeyCache<long> _posts = new(CacheCapacity);
    private readonly ByteKeyCache<long> _objects = new(CacheCapacity);
    private byte[] _objectKey = new byte[256];
    private long _nextPostKey;

    public LookupKeys(sqlite3 db)
    {
        _db = db;
        _findTag = new RawStatement(db, "SELECT hashtag_key FROM hashtags WHERE tag = ?1");
        _addTag = new RawStatement(db, "INSERT OR IGNORE INTO hashtags (tag) VALUES (?1)");
        _findUrl = new RawStatement(db, "SELECT url_key FROM urls WHERE url = ?1");
        _addUrl = new RawStatement(db, "INSERT OR IGNORE INTO urls (url, domain) VALUES (?1, ?2)");
        _findPost = new RawStatement(db, "SELECT post_key FROM post_ids WHERE post_id = ?1");
        _addPost = new RawStatement(db, "INSERT OR IGNORE INTO post_ids (post_key, post_id) VALUES (?1, ?2)");
        _findObject = new RawStatement(db, "SELECT object_key FROM share_objects WHERE kind = ?1 AND object_id = ?2");
        _addObject = new RawStatement(db, "INSERT OR IGNORE INTO share_objects (kind, object_id) VALUES (?1, ?2)");
        Reload();
    }

    /// <summary>Forgets everything cached (after a rollback) and rereads the next surrogate key.</summary>
    public void Reload()
    {
        _tags.Clear();
        _urls.Clear();
        _posts.Clear();
        _objects.Clear();
        using var min = new RawStatement(_db, "SELECT coalesce(min(post_key), 0) FROM post_ids");
        min.Step();
        _nextPostKey = Math.Min(min.Int64(0), 0) - 1;
        min.Reset();
    }

    public long Hashtag(ReadOnlySpan<byte> tag)
    {
        if (_tags.TryGet(tag, out var key))
        {
            return key;
        }

        _addTag.BindText(1, tag);
        if (_addTag.Run() > 0)
        {
            key = raw.sqlite3_last_insert_rowid(_db);
        }
        else
        {
            _findTag.BindText(1, tag);
            Find(_findTag, out key);
        }

        _tags.Set(tag, key);
        return key;
    }

    public long Url(ReadOnlySpan<byte> url, ReadOnlySpan<byte> domain, bool hasDomain)
    {
        if (_urls.TryGet(url, out var key))
        {
            return key;
        }

        _addUrl.BindText(1, url);
        _addUrl.BindText(2, domain, hasDomain);
        if (_addUrl.Run() > 0)
        {
            key = raw.sqlite3_last_insert_rowid(_db);
        }
        else
        {
            _findUrl.BindText(1, url);
            Find(_findUrl, out key);
        }

        _urls.Set(url, key);
        return key;
    }

    /// <summary>The negative surrogate key of a post id that is not a canonical number.</summary>
    public long PostId(ReadOnlySpan<byte> id)
    {
        if (_posts.TryGet(id, out var key))
        {
            return key;
        }

        _addPost.Bind(1, _nextPostKey);
        _addPost.BindText(2, id);
        if (_addPost.Run() > 0)
        {
            key = _nextPostKey--;
        }
        else
        {
            _findPost.BindText(1, id);
            Find(_findPost, out key);
        }

        _posts.Set(id, key);
        return key;
    }

    public long ShareObject(ReadOnlySpan<byte> kind, ReadOnlySpan<byte> objectId)
    {
        // Cache key: kind length, kind, object id (unambiguous whatever bytes they hold).
        var length = 4 + kind.Length + objectId.Length;
        if (_objectKey.Length < length)
        {
            _objectKey = new byte[Math.Max(length, _objectKey.Length * 2)];
        }

        BinaryPrimitives.WriteInt32LittleEndian(_objectKey, kind.Length);
        kind.CopyTo(_objectKey.AsSpan(4));
        objectId.CopyTo(_objectKey.AsSpan(4 + kind.Length));
        var cacheKey = _objectKey.AsSpan(0, length);
        if (_objects.TryGet(cacheKey, out var key))
        {
            return key;
        }

        _addObject.BindText(1, kind);
        _addObject.BindText(2, objectId);
        if (_addObject.Run() > 0)
        {
            key = raw.sqlite3_last_insert_rowid(_db);
        }
        else
        {
            _findObject.BindText(1, kind);
            _findObject.BindText(2, objectId);
            Find(_findObject, out key);
        }

        _objects.Set(cacheKey, key);
        return key;
    }

    public void Dispose()
    {
        foreach (var statement in new[] { _findTag, _addTag, _findUrl, _addUrl, _findPost, _addPost, _findObject, _addObject })
        {
            statement.Dispose();
        }
    }

    private static void Find(RawStatement find, out long key)
    {
        if (!find.Step())
        {
            throw new InvalidOperationException("A row that could not be inserted as a duplicate was not found.");
        }

        key = find.Int64(0);
        find.Reset();
    }
}
