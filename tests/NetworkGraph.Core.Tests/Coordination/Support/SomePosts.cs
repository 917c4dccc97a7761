using NetworkGraph.Core.Model;

namespace NetworkGraph.Core.Tests.Coordination.Support;

/// <summary>Builders of posts at whole seconds after a fixed origin.</summary>
internal static class SomePosts
{
    public static readonly DateTimeOffset Origin = new(2024, 5, 15, 8, 0, 0, TimeSpan.Zero);

    public static DateTimeOffset At(double seconds) => Origin.AddSeconds(seconds);

    public static Post Original(
        string id, string author, double seconds, string text,
        string[]? hashtags = null, string[]? urls = null, string[]? mentions = null) =>
        new(id, author, At(seconds), text, "en", PostKind.Original, null, null, mentions ?? [], hashtags ?? [], urls ?? []);

    public static Post Retweet(string id, string author, double seconds, string retweeted, string retweetedAuthor, string text = "") =>
        new(id, author, At(seconds), text, "en", PostKind.Retweet, retweeted, retweetedAuthor, [retweetedAuthor], [], []);

    public static Post Reply(string id, string author, double seconds, string parent, string parentAuthor, string text) =>
        new(id, author, At(seconds), text, "en", PostKind.Reply, parent, parentAuthor, [], [], []);

    public static Post Quote(string id, string author, double seconds, string quoted, string quotedAuthor, string text) =>
        new(id, author, At(seconds), text, "en", PostKind.Quote, quoted, quotedAuthor, [], [], []);
}
