using NetworkGraph.Core.Model;

namespace NetworkGraph.Core.Coordination;

/// <summary>A chunk of posts in column form, for building a <see cref="ShareTable"/> without a <see cref="Post"/> per
/// row (see <see cref="ShareTableBuilder.AddBatch"/>). Rows are in the order the posts are added.</summary>
public sealed class PostBatch
{
    /// <summary>Creates empty columns for up to <paramref name="capacity"/> posts.</summary>
    public PostBatch(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        Keys = new long[capacity];
        Ids = new string?[capacity];
        AuthorIds = new string[capacity];
        UnixSeconds = new long[capacity];
        Kinds = new PostKind[capacity];
        ReferencedIds = new string?[capacity];
        ReferencedAuthorIds = new string?[capacity];
        Texts = new string?[capacity];
        Hashtags = new string[]?[capacity];
        Urls = new string[]?[capacity];
        Mentions = new string[]?[capacity];
    }

    /// <summary>How many rows are filled.</summary>
    public int Count { get; set; }

    /// <summary>How many rows fit.</summary>
    public int Capacity => Keys.Length;

    /// <summary>The post id as a number when it is a canonical decimal number (then <see cref="Ids"/> is null there).</summary>
    public long[] Keys { get; }

    /// <summary>The post id when it is not a canonical decimal number, else null.</summary>
    public string?[] Ids { get; }

    /// <summary>Author account ids.</summary>
    public string[] AuthorIds { get; }

    /// <summary>Posting times, UNIX seconds UTC.</summary>
    public long[] UnixSeconds { get; }

    /// <summary>Post kinds.</summary>
    public PostKind[] Kinds { get; }

    /// <summary>Retweeted, quoted or replied-to post ids, or null.</summary>
    public string?[] ReferencedIds { get; }

    /// <summary>Authors of the referenced posts, or null.</summary>
    public string?[] ReferencedAuthorIds { get; }

    /// <summary>Texts; null where they were not read (kinds that need no text).</summary>
    public string?[] Texts { get; }

    /// <summary>Hashtags as written; null where none or not read.</summary>
    public string[]?[] Hashtags { get; }

    /// <summary>URLs; null where none or not read.</summary>
    public string[]?[] Urls { get; }

    /// <summary>Mentioned account ids; null where none or not read.</summary>
    public string[]?[] Mentions { get; }

    /// <summary>The post id of row <paramref name="row"/>.</summary>
    public string IdOf(int row) => Ids[row] ?? Keys[row].ToString(System.Globalization.CultureInfo.InvariantCulture);
}
