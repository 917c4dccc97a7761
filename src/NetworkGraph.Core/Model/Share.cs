namespace NetworkGraph.Core.Model;

/// <summary>One generic share (CooRTweet's canonical form): an account shared an object through a content item.</summary>
/// <param name="AccountId">The sharing account's id.</param>
/// <param name="ObjectKind">What kind of object (e.g. url, hashtag, retweet, image; "object" when the input had no kind column).</param>
/// <param name="ObjectId">The shared object.</param>
/// <param name="ContentId">The post or other content item that carried the share.</param>
/// <param name="Time">When it was shared (UTC, second resolution).</param>
public sealed record Share(string AccountId, string ObjectKind, string ObjectId, string ContentId, DateTimeOffset Time);
