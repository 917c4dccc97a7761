namespace NetworkGraph.Core.Clustering;

/// <summary>The coordination kind names the cluster analysis knows by default.</summary>
public static class CoordinationKinds
{
    /// <summary>Same normalised text.</summary>
    public const string CoTweet = "co_tweet";

    /// <summary>Near-duplicate text.</summary>
    public const string CoSimilarTweet = "co_similar_tweet";

    /// <summary>Same retweeted post.</summary>
    public const string CoRetweet = "co_retweet";

    /// <summary>Same URL.</summary>
    public const string CoLink = "co_link";

    /// <summary>Same hashtag.</summary>
    public const string CoHashtag = "co_hashtag";

    /// <summary>Replies to the same post.</summary>
    public const string CoReply = "co_reply";

    /// <summary>Links to the same domain.</summary>
    public const string CoDomain = "co_domain";

    /// <summary>Mentions of the same account.</summary>
    public const string CoMention = "co_mention";

    /// <summary>Any activity at the same time (the null model).</summary>
    public const string CoPost = "co_post";

    /// <summary>The same object of a share table that names no object kind.</summary>
    public const string CoShare = "co_share";

    /// <summary>Kinds that mean the two accounts wrote the same or near-identical text.</summary>
    public static IReadOnlyList<string> TextKinds { get; } = [CoTweet, CoSimilarTweet];

    /// <summary>
    /// Kinds whose sharing within seconds points to coordination. Hashtags, mentions and reply parents are left out:
    /// a live event makes many people use them at the same moment.
    /// </summary>
    public static IReadOnlyList<string> FastKinds { get; } = [CoTweet, CoSimilarTweet, CoRetweet, CoLink];
}
