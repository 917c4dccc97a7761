using NetworkGraph.Scenarios.Content;

namespace NetworkGraph.Scenarios.Activity;

/// <summary>Which composer writes a post's text.</summary>
internal enum TextKind : byte
{
    Organic,
    Filler,
    Campaign,
    ClubPost,
    FanPost,
    Article,
    NewsShare,
    ShowPost,
    ViewerPost,
}

/// <summary>
/// Everything needed to (re)compose a text: the composer, the language, a composer parameter and a seed.
/// Texts are never stored: a retweet recomposes its original from the original's source.
/// </summary>
internal readonly record struct TextSource(TextKind Kind, Lang Lang, int Param, ulong Seed);
