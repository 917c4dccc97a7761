namespace NetworkGraph.Scenarios.Tests.Support;

/// <summary>One row of the archive's users file, as the strict reader parsed it.</summary>
public sealed record ArchiveUser(
    string UserId,
    string DisplayName,
    string ScreenName,
    string Location,
    string Bio,
    string ProfileUrl,
    long Followers,
    long Following,
    DateOnly Created,
    string AccountLanguage);

/// <summary>One row of the archive's tweets file, with the columns the tests look at.</summary>
public sealed record ArchiveTweet(
    long Line,
    string TweetId,
    string UserId,
    string Language,
    string Text,
    DateTime Time,
    string ClientName,
    string ReplyToUserId,
    string ReplyToTweetId,
    string QuotedTweetId,
    bool IsRetweet,
    string RetweetUserId,
    string RetweetTweetId,
    IReadOnlyList<string> Hashtags,
    IReadOnlyList<string> Urls,
    IReadOnlyList<string> Mentions);

/// <summary>A file that breaks the archive's column specification, naming the file, line and column.</summary>
internal sealed class ArchiveFormatException(string file, long line, string column, string problem)
    : Exception($"{Path.GetFileName(file)} line {line}, column {column}: {problem}");
