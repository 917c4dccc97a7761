namespace NetworkGraph.Core.Coordination;

/// <summary>How one account amplified another in the direct amplification graph.</summary>
public enum InteractionKind : byte
{
    /// <summary>The actor retweeted a post of the target.</summary>
    Retweet = 0,

    /// <summary>The actor quoted a post of the target.</summary>
    Quote = 1,

    /// <summary>The actor replied to a post of the target.</summary>
    Reply = 2,

    /// <summary>The actor mentioned the target (mentions inside retweets are not counted).</summary>
    Mention = 3,
}
