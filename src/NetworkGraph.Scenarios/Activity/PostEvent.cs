using NetworkGraph.Core.Model;

namespace NetworkGraph.Scenarios.Activity;

/// <summary>How a pending reference (retweet, reply, share) is resolved against the pools of earlier posts.</summary>
internal enum Resolver : byte
{
    None,
    OrganicReference,
    FanRetweet,
    FanReply,
    NewsShare,
    JunkieRetweetOutlet,
    ViewerRetweet,
    JunkieRetweetJunkie,
}

/// <summary>One post of a day batch, small enough to hold a day of posts in memory.</summary>
internal struct PostEvent
{
    public long TimeMs;
    public long TweetId;
    public int Author;
    public PostKind Kind;
    public Resolver Pending;
    public short Campaign;
    public TextSource Text;
    public long RefTweetId;
    public int RefAuthor;
    public TextSource RefText;
}
