namespace NetworkGraph.Core.Coordination;

/// <summary>All shares of one kind, column by column; object ids are dense per kind.</summary>
internal sealed class ShareColumn
{
    public ShareColumn(ShareKind kind, int[] account, long[] time, int[] post, int[] objectId, int[] firstPost)
    {
        Kind = kind;
        Account = account;
        Time = time;
        Post = post;
        Object = objectId;
        FirstPost = firstPost;
    }

    public ShareKind Kind { get; }

    public int Count => Account.Length;

    /// <summary>Dense account of each share.</summary>
    public int[] Account { get; }

    /// <summary>Unix milliseconds of each share.</summary>
    public long[] Time { get; }

    /// <summary>Dense post of each share.</summary>
    public int[] Post { get; }

    /// <summary>Dense object of each share.</summary>
    public int[] Object { get; }

    /// <summary>The first post seen sharing each object (a representative, e.g. to show a text).</summary>
    public int[] FirstPost { get; }

    public int ObjectCount => FirstPost.Length;

    /// <summary>The object keys as strings, for kinds keyed by a string.</summary>
    public string[]? Labels { get; init; }

    /// <summary>The 64-bit hash of each normalised text (text column only).</summary>
    public ulong[]? TextHash { get; init; }

    /// <summary>The signature of each text object in <see cref="ShareTable.Signatures"/>, or -1 when too short (text column only).</summary>
    public int[]? SignatureOf { get; init; }
}
