namespace NetworkGraph.Core.Coordination;

/// <summary>What two accounts must both share for a coordination edge of this kind.</summary>
/// <remarks>The named values are built in; a share table may bring any other object kind (e.g. <c>image</c>), which
/// <see cref="ShareKindNames.FromObjectKind"/> registers as a value from <see cref="ShareKindNames.FirstNamed"/> up,
/// named <c>co-image</c>: such a kind takes every path a built-in one does, only its name comes from the table.</remarks>
public enum ShareKind : byte
{
    /// <summary>Co-retweet: the same retweeted post.</summary>
    Retweet = 0,

    /// <summary>Co-tweet: the same normalised text (see <see cref="Text.TextNormalizer"/>), retweets excluded.</summary>
    Text = 1,

    /// <summary>Co-similar: near-duplicate texts (one MinHash/LSH group of normalised texts, each within the similarity
    /// threshold of the group's first text), retweets excluded.</summary>
    SimilarText = 2,

    /// <summary>Co-link: the same normalised URL (see <see cref="Text.UrlNormalizer"/>).</summary>
    Url = 3,

    /// <summary>Co-link at domain level: the same link domain.</summary>
    Domain = 4,

    /// <summary>Co-hashtag: the same hashtag, case-insensitive.</summary>
    Hashtag = 5,

    /// <summary>Co-mention: the same mentioned account.</summary>
    Mention = 6,

    /// <summary>Co-reply: replies to the same parent post.</summary>
    ReplyParent = 7,

    /// <summary>Co-post: any activity at all, whatever the object (the null model that calibrates the others).</summary>
    Activity = 8,

    /// <summary>Co-share: the same object of a share table that names no object kind.</summary>
    Share = 9,
}
