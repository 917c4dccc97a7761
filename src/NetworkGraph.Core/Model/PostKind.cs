namespace NetworkGraph.Core.Model;

/// <summary>What kind of post this is.</summary>
public enum PostKind
{
    /// <summary>An original post.</summary>
    Original = 0,

    /// <summary>A retweet (repost) of another post.</summary>
    Retweet = 1,

    /// <summary>A quote of another post.</summary>
    Quote = 2,

    /// <summary>A reply to another post.</summary>
    Reply = 3,
}
