using NetworkGraph.Core.Model;

namespace NetworkGraph.Core.Coordination;

/// <summary>Which interactions a post makes, whether read as an object (the share table) or as a table row (the
/// amplification graph of a cluster's members): the one definition both follow.</summary>
internal static class InteractionRules
{
    /// <summary>The interaction with the referenced post's author a post of <paramref name="kind"/> makes; none for an
    /// original post.</summary>
    public static InteractionKind? WithReferencedAuthor(PostKind kind) => kind switch
    {
        PostKind.Original => null,
        PostKind.Retweet => InteractionKind.Retweet,
        PostKind.Quote => InteractionKind.Quote,
        _ => InteractionKind.Reply,
    };

    /// <summary>Whether a post's mentions count as interactions: not a retweet's (they are the original author's).</summary>
    public static bool CountsMentions(PostKind kind) => kind != PostKind.Retweet;
}
