using NetworkGraph.Core.Model;

namespace NetworkGraph.Core.Ingestion.Batches;

/// <summary>A post as parsed, before ids are turned into store keys.</summary>
public readonly record struct PostRecord
{
    /// <summary>The post id.</summary>
    public required IdRef Id { get; init; }

    /// <summary>The author: an index into <see cref="IngestBatch.Accounts"/>.</summary>
    public required int Author { get; init; }

    /// <summary>Posting time, UNIX seconds UTC.</summary>
    public required long Time { get; init; }

    /// <summary>Original, retweet, quote or reply.</summary>
    public required PostKind Kind { get; init; }

    /// <summary>The retweeted, quoted or replied-to post.</summary>
    public IdRef ReferencedPost { get; init; }

    /// <summary>The author of the referenced post: an index into <see cref="IngestBatch.Accounts"/>, or -1.</summary>
    public required int ReferencedAuthor { get; init; }

    /// <summary>The post's language code.</summary>
    public Utf8Ref Language { get; init; }

    /// <summary>The full text.</summary>
    public required Utf8Ref Text { get; init; }

    /// <summary>The first of this post's entries in <see cref="IngestBatch.Mentions"/> (account indexes).</summary>
    public int MentionStart { get; init; }

    /// <summary>How many mentions the post carries.</summary>
    public int MentionCount { get; init; }

    /// <summary>The first of this post's entries in <see cref="IngestBatch.Hashtags"/>.</summary>
    public int HashtagStart { get; init; }

    /// <summary>How many hashtags the post carries.</summary>
    public int HashtagCount { get; init; }

    /// <summary>The first of this post's entries in <see cref="IngestBatch.Urls"/>.</summary>
    public int UrlStart { get; init; }

    /// <summary>How many URLs the post carries.</summary>
    public int UrlCount { get; init; }

    /// <summary>True for an input row (counted as accepted or duplicate); false for a post that came along
    /// with one (an included or embedded original).</summary>
    public bool IsRow { get; init; }
}

/// <summary>An account a batch refers to (each distinct id once per batch).</summary>
/// <param name="Id">The account id.</param>
/// <param name="Handle">A handle for it seen in the batch (from a mention or a profile), if any.</param>
public readonly record struct BatchAccount(IdRef Id, Utf8Ref Handle);

/// <summary>A URL a post carries and its domain.</summary>
/// <param name="Url">The expanded URL.</param>
/// <param name="Domain">The lower-cased host without a leading "www.", when one can be read.</param>
public readonly record struct UrlRecord(Utf8Ref Url, Utf8Ref Domain);

/// <summary>One observation of an account profile.</summary>
public readonly record struct ProfileRecord
{
    /// <summary>The account: an index into <see cref="IngestBatch.Accounts"/>.</summary>
    public required int Account { get; init; }

    /// <summary>The handle without '@'.</summary>
    public Utf8Ref Handle { get; init; }

    /// <summary>The display name.</summary>
    public Utf8Ref DisplayName { get; init; }

    /// <summary>The declared location.</summary>
    public Utf8Ref Location { get; init; }

    /// <summary>The profile description.</summary>
    public Utf8Ref Bio { get; init; }

    /// <summary>The declared language.</summary>
    public Utf8Ref Language { get; init; }

    /// <summary>Account creation time, UNIX seconds.</summary>
    public long? CreatedAt { get; init; }

    /// <summary>Follower count.</summary>
    public long? Followers { get; init; }

    /// <summary>Following count.</summary>
    public long? Following { get; init; }

    /// <summary>When the profile was observed, UNIX seconds; null when unknown (it then only fills an
    /// account that has no profile yet).</summary>
    public long? ObservedAt { get; init; }

    /// <summary>A 64-bit hash of the profile's content (every field but the observation time), set by the batch.
    /// Randomly seeded per process: compare it only within one process, never store it.</summary>
    public long ContentHash { get; init; }
}

/// <summary>One row of a generic share table: an account shared an object at a time, through a content item.</summary>
/// <param name="Account">The sharing account: an index into <see cref="IngestBatch.Accounts"/>.</param>
/// <param name="ObjectKind">What kind of object is shared (URL, hashtag, retweet, image hash...).</param>
/// <param name="ObjectId">The shared object.</param>
/// <param name="ContentId">The post (or other content) that carried the share.</param>
/// <param name="Time">When, UNIX seconds UTC.</param>
public readonly record struct ShareRecord(int Account, Utf8Ref ObjectKind, Utf8Ref ObjectId, Utf8Ref ContentId, long Time)
{
    /// <summary>The batch row that carried the share (a wide share-table row carries several), set by the batch: the
    /// sink counts a row, not each of its shares, as accepted or duplicate.</summary>
    public long Row { get; init; }
}
