namespace NetworkGraph.Storage.Neo4j.Push;

/// <summary>An interaction between two accounts, stored as its own relationship type.</summary>
public enum InteractionType
{
    /// <summary>(:Account)-[:RETWEETED]->(:Account).</summary>
    Retweeted,

    /// <summary>(:Account)-[:QUOTED]->(:Account).</summary>
    Quoted,

    /// <summary>(:Account)-[:REPLIED_TO]->(:Account).</summary>
    RepliedTo,

    /// <summary>(:Account)-[:MENTIONED]->(:Account).</summary>
    Mentioned,
}

/// <summary>A coordination signal between two accounts, stored as its own relationship type.</summary>
public enum CoordinationType
{
    /// <summary>:CO_TWEET, the same normalised text.</summary>
    Tweet,

    /// <summary>:CO_RETWEET, the same retweeted post.</summary>
    Retweet,

    /// <summary>:CO_SIMILAR, near-duplicate texts.</summary>
    Similar,

    /// <summary>:CO_LINK, the same URL (or link domain).</summary>
    Link,

    /// <summary>:CO_HASHTAG, the same hashtag.</summary>
    Hashtag,

    /// <summary>:CO_MENTION, the same mentioned account.</summary>
    Mention,

    /// <summary>:CO_REPLY, replies to the same post.</summary>
    Reply,

    /// <summary>:CO_POST, activity in the same short window, whatever the content.</summary>
    Post,

    /// <summary>:CO_SHARE, the same object of a share table; its <c>kind</c> property names the kind (co_share, co_image...).</summary>
    Share,
}

/// <summary>How often one account retweeted, quoted, replied to or mentioned another, and when.</summary>
/// <param name="Type">The interaction.</param>
/// <param name="SourceId">The account that acted.</param>
/// <param name="TargetId">The account acted upon.</param>
/// <param name="Count">How many times (a total, not an increment).</param>
/// <param name="FirstAt">The first time.</param>
/// <param name="LastAt">The last time.</param>
public sealed record InteractionRelationship(
    InteractionType Type,
    string SourceId,
    string TargetId,
    long Count,
    DateTimeOffset FirstAt,
    DateTimeOffset LastAt);

/// <summary>A coordination edge between two accounts (undirected: stored from the smaller id to the larger).</summary>
/// <param name="Type">The signal.</param>
/// <param name="SourceId">One account.</param>
/// <param name="TargetId">The other account.</param>
/// <param name="Weight">Shared objects (or the detector's weight).</param>
/// <param name="DtMinSeconds">Shortest time between the two accounts' actions on a shared object.</param>
/// <param name="DtMeanSeconds">Mean time between them.</param>
/// <param name="DtMaxSeconds">Longest time between them.</param>
/// <param name="FirstAt">First co-action.</param>
/// <param name="LastAt">Last co-action.</param>
/// <param name="Evidence">Post ids behind the edge: those of the few evidence pairs its stored run keeps (see CoordinationGraphRepository.EvidencePerEdge).</param>
/// <param name="Kind">For <see cref="CoordinationType.Share"/>, the kind's name (co_share, co_image...); else null.</param>
/// <param name="Pairs">How many pairs of posts tied the two accounts (<paramref name="Evidence"/> holds a few of them), or null.</param>
public sealed record CoordinationRelationship(
    CoordinationType Type,
    string SourceId,
    string TargetId,
    double Weight,
    double? DtMinSeconds,
    double? DtMeanSeconds,
    double? DtMaxSeconds,
    DateTimeOffset? FirstAt,
    DateTimeOffset? LastAt,
    IReadOnlyList<string> Evidence,
    string? Kind = null,
    long? Pairs = null);

/// <summary>The Cypher names of the edge types.</summary>
public static class GraphTypes
{
    /// <summary>Every coordination type, in declaration order.</summary>
    public static IReadOnlyList<CoordinationType> AllCoordination { get; } = Enum.GetValues<CoordinationType>();

    /// <summary>The relationship type, e.g. CO_TWEET.</summary>
    public static string RelationshipType(this CoordinationType type) => type switch
    {
        CoordinationType.Tweet => "CO_TWEET",
        CoordinationType.Retweet => "CO_RETWEET",
        CoordinationType.Similar => "CO_SIMILAR",
        CoordinationType.Link => "CO_LINK",
        CoordinationType.Hashtag => "CO_HASHTAG",
        CoordinationType.Mention => "CO_MENTION",
        CoordinationType.Reply => "CO_REPLY",
        CoordinationType.Post => "CO_POST",
        CoordinationType.Share => "CO_SHARE",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    /// <summary>The relationship type, e.g. REPLIED_TO.</summary>
    public static string RelationshipType(this InteractionType type) => type switch
    {
        InteractionType.Retweeted => "RETWEETED",
        InteractionType.Quoted => "QUOTED",
        InteractionType.RepliedTo => "REPLIED_TO",
        InteractionType.Mentioned => "MENTIONED",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    /// <summary>Parses a relationship type (CO_TWEET) or a short name (tweet, co_tweet, co-tweet), case-insensitive.</summary>
    public static CoordinationType ParseCoordination(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var key = name.Trim().Replace('-', '_').ToUpperInvariant();
        foreach (var type in AllCoordination)
        {
            var rel = type.RelationshipType();
            if (key == rel || "CO_" + key == rel)
            {
                return type;
            }
        }

        throw new FormatException(
            $"Unknown coordination type '{name}'; expected one of {string.Join(", ", AllCoordination.Select(t => t.RelationshipType()))}.");
    }

    // The cypher/write file of each type: write/co-tweet, write/replied-to...
    internal static string WriteQuery(this CoordinationType type) =>
        "write/" + type.RelationshipType().ToLowerInvariant().Replace('_', '-');

    internal static string WriteQuery(this InteractionType type) =>
        "write/" + type.RelationshipType().ToLowerInvariant().Replace('_', '-');
}
