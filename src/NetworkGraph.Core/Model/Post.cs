namespace NetworkGraph.Core.Model;

/// <summary>A post and what it carries.</summary>
/// <param name="Id">The platform's post id, as a string.</param>
/// <param name="AuthorId">The author's account id.</param>
/// <param name="Time">When it was posted (UTC).</param>
/// <param name="Text">The full text (for a retweet, the original's text when known).</param>
/// <param name="Language">The post's language code.</param>
/// <param name="Kind">Original, retweet, quote or reply.</param>
/// <param name="ReferencedPostId">The retweeted, quoted or replied-to post.</param>
/// <param name="ReferencedAuthorId">The author of the referenced post.</param>
/// <param name="Mentions">Mentioned account ids (or handles where no id is known).</param>
/// <param name="Hashtags">Hashtags without the '#', as written.</param>
/// <param name="Urls">Expanded URLs.</param>
public sealed record Post(
    string Id,
    string AuthorId,
    DateTimeOffset Time,
    string Text,
    string? Language,
    PostKind Kind,
    string? ReferencedPostId,
    string? ReferencedAuthorId,
    IReadOnlyList<string> Mentions,
    IReadOnlyList<string> Hashtags,
    IReadOnlyList<string> Urls);
