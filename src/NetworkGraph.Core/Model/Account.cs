namespace NetworkGraph.Core.Model;

/// <summary>One observation of an account's profile; the newest observation wins when several are seen.</summary>
/// <param name="Id">The platform's account id, kept as the string it came as (ids may be hashed).</param>
/// <param name="Handle">The @handle without the at sign.</param>
/// <param name="DisplayName">The display name.</param>
/// <param name="Location">The declared location, free text.</param>
/// <param name="Bio">The profile description, free text written by the account.</param>
/// <param name="Language">The account's declared language code.</param>
/// <param name="CreatedAt">When the account was created.</param>
/// <param name="Followers">Follower count when observed.</param>
/// <param name="Following">Following count when observed.</param>
/// <param name="ObservedAt">When this profile was observed (the post time or the collection time).</param>
public sealed record Account(
    string Id,
    string? Handle,
    string? DisplayName,
    string? Location,
    string? Bio,
    string? Language,
    DateTimeOffset? CreatedAt,
    long? Followers,
    long? Following,
    DateTimeOffset? ObservedAt);
