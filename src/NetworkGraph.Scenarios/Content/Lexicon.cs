using System.Text;

namespace NetworkGraph.Scenarios.Content;

/// <summary>Word lists of one language from which everyday posts, bios and names are composed.</summary>
internal sealed class Lexicon
{
    private readonly string _questionMark = "?";

    public required Lang Lang { get; init; }

    /// <summary>Subject-object-verb order (Azeri, Turkish) instead of subject-verb-object.</summary>
    public bool SubjectObjectVerb { get; init; }

    /// <summary>Question phrases follow the topic ("X haqqında nə düşünürsünüz?") instead of preceding it.</summary>
    public bool QuestionAfterTopic { get; init; }

    public string QuestionMark
    {
        get => _questionMark;
        init
        {
            _questionMark = value;
            QuestionMarkBytes = Encoding.UTF8.GetBytes(value);
        }
    }

    public byte[] QuestionMarkBytes { get; private init; } = "?"u8.ToArray();

    public required Phrases Openers { get; init; }

    public required Phrases Subjects { get; init; }

    public required Phrases Verbs { get; init; }

    public required Phrases Objects { get; init; }

    public required Phrases Tails { get; init; }

    public required Phrases Reactions { get; init; }

    public required Phrases Questions { get; init; }

    public required Phrases Topics { get; init; }

    public required Phrases Hashtags { get; init; }

    public required Phrases Attributions { get; init; }

    public required Phrases Bios { get; init; }

    public required Phrases Locations { get; init; }

    public required Phrases FirstNames { get; init; }

    public required Phrases LastNames { get; init; }

    public required Phrases Domains { get; init; }
}

/// <summary>The lexicon of every language, indexed by <see cref="Lang"/>.</summary>
internal static partial class Lexicons
{
    private static readonly Lexicon[] All = Build();

    public static Lexicon For(Lang lang) => All[(int)lang];

    /// <summary>Emoji used in every language.</summary>
    public static Phrases Emoji { get; } = new("😂|🙏|🔥|👏|❤️|😡|🤔|😭|👍|💪|😅|🙄|✨|🎉|😍|🤣|😢|👀|💯|🙌");

    private static Lexicon[] Build()
    {
        var all = new[] { French(), English(), Spanish(), German(), Italian(), Arabic(), Azeri(), Turkish(), Russian() };
        for (var i = 0; i < all.Length; i++)
        {
            if ((int)all[i].Lang != i)
            {
                throw new InvalidOperationException("Lexicons must be listed in Lang order.");
            }
        }

        return all;
    }
}
