using NetworkGraph.Core.Model;

namespace NetworkGraph.Storage.Sqlite;

/// <summary>A chunk of posts in column form, ordered by time then key: the fast path for big data. Keys are the
/// store's integer keys (see <see cref="SqliteStore.ReadAccountIdsAsync"/> for account ids).</summary>
public sealed class PostColumns
{
    /// <summary>The value of <see cref="ReferencedPostKeys"/> and <see cref="ReferencedAuthorKeys"/> when there is none.</summary>
    public const long None = long.MinValue;

    internal PostColumns(int capacity, bool withText)
    {
        PostKeys = new long[capacity];
        AuthorKeys = new long[capacity];
        Times = new long[capacity];
        Kinds = new PostKind[capacity];
        ReferencedPostKeys = new long[capacity];
        ReferencedAuthorKeys = new long[capacity];
        Texts = withText ? new string[capacity] : null;
    }

    /// <summary>How many entries of each array are filled.</summary>
    public int Count { get; internal set; }

    /// <summary>Post keys (a post id that is a canonical number is its own key).</summary>
    public long[] PostKeys { get; }

    /// <summary>Author account keys.</summary>
    public long[] AuthorKeys { get; }

    /// <summary>Posting times, UNIX seconds UTC.</summary>
    public long[] Times { get; }

    /// <summary>Post kinds.</summary>
    public PostKind[] Kinds { get; }

    /// <summary>Retweeted, quoted or replied-to post keys, or <see cref="None"/>.</summary>
    public long[] ReferencedPostKeys { get; }

    /// <summary>Authors of the referenced posts, or <see cref="None"/>.</summary>
    public long[] ReferencedAuthorKeys { get; }

    /// <summary>Texts, when asked for.</summary>
    public string[]? Texts { get; }
}

/// <summary>What posts carry, for <see cref="SqliteStore.ReadPostEntitiesAsync"/>.</summary>
public enum EntityKind
{
    /// <summary>Hashtags, as written (without '#').</summary>
    Hashtag = 0,

    /// <summary>Expanded URLs.</summary>
    Url,

    /// <summary>URL domains (lower-cased host without "www.").</summary>
    Domain,

    /// <summary>Mentioned account ids.</summary>
    Mention,
}

/// <summary>A post carrying an entity.</summary>
/// <param name="PostKey">The post's key.</param>
/// <param name="AuthorKey">The post author's account key.</param>
/// <param name="Time">Posting time, UNIX seconds UTC.</param>
/// <param name="Value">The hashtag, URL, domain or mentioned account id.</param>
public readonly record struct PostEntity(long PostKey, long AuthorKey, long Time, string Value);

/// <summary>When chosen accounts posted, and how many posts the collection holds (<see cref="SqliteStore.ReadPostTimesOfAccountsAsync"/>).</summary>
/// <param name="ByAccount">Posting times, UNIX seconds, by account id (accounts without posts are absent).</param>
/// <param name="Collection">How many posts the whole collection holds.</param>
public sealed record PostTimes(IReadOnlyDictionary<string, IReadOnlyList<long>> ByAccount, long Collection)
{
    /// <summary>The language of each post (null: none), in the order of <see cref="ByAccount"/>'s times, when read.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string?>>? Languages { get; init; }
}
