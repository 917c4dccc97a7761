using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace NetworkGraph.Core.Text;

/// <summary>Normalises post text so that copy-pasted posts compare equal: the one definition of "the same text",
/// used by the co-tweet and near-duplicate objects and by the clusters' copy-paste share.</summary>
/// <remarks>
/// Rules, in order: a leading retweet prefix (<c>RT @handle:</c>, repeated) is dropped; URLs (a token starting with
/// <c>http://</c>, <c>https://</c> or <c>www.</c>) and @mentions (<c>@</c> or <c>＠</c> then letters, digits or
/// underscores, not preceded by a word character) are removed; letters and digits are kept, lower-cased (invariant
/// culture) and folded to their base letter (accents removed, see <see cref="LetterFolding"/>), so a hashtag keeps
/// its word and loses its <c>#</c>, and <c>Bakı</c>, <c>BAKI</c> and <c>baki</c> are one word; combining marks
/// (accents typed separately) are dropped without separating words, spacing marks of Indic scripts are kept;
/// everything else (punctuation, symbols, whitespace, control and format characters) separates words, and runs of
/// separators become one space with none at either end. Punctuation and accents are what hand-edited copies change
/// most, so neither decides whether two posts carry the same text.
/// Emoji rule: emoji are symbols, so they are removed like punctuation, together with their variation selectors,
/// skin-tone modifiers, zero-width joiners, keycap marks and tag characters. Adding, removing or changing emoji
/// therefore leaves the normalised text unchanged, which is what copy-paste campaigns that sprinkle emoji need.
/// </remarks>
public static class TextNormalizer
{
    private const int StackLimit = 512;
    private const char Separator = '\0';
    private const char Dropped = '\u0001';
    private const char Special = '\u0002';

    /// <summary>What each UTF-16 code unit becomes: its folded form when it is kept (always above
    /// <see cref="Special"/>), <see cref="Separator"/>, <see cref="Dropped"/> (a combining mark), or
    /// <see cref="Special"/> (a surrogate, an at sign that may start a mention, h or w that may start a URL: the
    /// neighbours decide).</summary>
    private static readonly char[] Roles = BuildRoles();

    /// <summary>Builds the character tables now (tens of milliseconds of Unicode decompositions, else spent by the first
    /// normalisation), so that a caller with a thread to spare can build them before texts wait for them.</summary>
    public static void Prepare() => _ = Roles.Length;

    /// <summary>Returns the normalised form of <paramref name="text"/> (empty when nothing is left).</summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        char[]? rented = null;
        Span<char> buffer = text.Length <= StackLimit
            ? stackalloc char[StackLimit]
            : rented = ArrayPool<char>.Shared.Rent(text.Length);
        try
        {
            var length = Normalize(text, buffer);
            return new string(buffer[..length]);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    /// <summary>Writes the normalised form of <paramref name="text"/> and returns its length.</summary>
    /// <param name="text">The raw text.</param>
    /// <param name="destination">At least <c>text.Length</c> characters; normalisation never lengthens text.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int Normalize(ReadOnlySpan<char> text, Span<char> destination)
    {
        if (destination.Length < text.Length)
        {
            throw new ArgumentException("The destination must be at least as long as the text.", nameof(destination));
        }

        var written = 0;
        var pendingSpace = false;
        var i = SkipRetweetPrefix(text);
        var roles = Roles;
        while (i < text.Length)
        {
            var c = text[i];
            var role = roles[c];
            if (role > Special)
            {
                // A kept character of the Basic Multilingual Plane, already folded: the common case, one table read.
                Put(destination, ref written, ref pendingSpace, role);
                i++;
                continue;
            }

            if (role != Special)
            {
                pendingSpace |= role == Separator;
                i++;
                continue;
            }

            if ((c == '@' || c == '＠') && IsMentionAt(text, i))
            {
                i = SkipWordChars(text, i + 1);
                pendingSpace = true;
                continue;
            }

            if ((c | 0x20) is 'h' or 'w' && IsUrlAt(text, i))
            {
                while (i < text.Length && !char.IsWhiteSpace(text[i]))
                {
                    i++;
                }

                pendingSpace = true;
                continue;
            }

            if (!char.IsSurrogate(c))
            {
                // An at sign that starts no mention separates; h or w that starts no URL is kept.
                if (c is '@' or '＠')
                {
                    pendingSpace = true;
                }
                else
                {
                    Put(destination, ref written, ref pendingSpace, (char)(c | 0x20));
                }

                i++;
                continue;
            }

            if (Rune.DecodeFromUtf16(text[i..], out var rune, out var consumed) != OperationStatus.Done)
            {
                // A lone surrogate: treat as a separator.
                pendingSpace = true;
                i++;
                continue;
            }

            var runeRole = Classify(rune.Value, Rune.GetUnicodeCategory(rune));
            if (runeRole == CharRole.Kept)
            {
                var lower = Rune.ToLowerInvariant(rune);
                if (lower.Utf16SequenceLength > consumed)
                {
                    lower = rune;
                }

                if (pendingSpace && written > 0)
                {
                    destination[written++] = ' ';
                }

                pendingSpace = false;
                written += lower.EncodeToUtf16(destination[written..]);
            }
            else if (runeRole == CharRole.Separator)
            {
                pendingSpace = true;
            }

            i += consumed;
        }

        return written;
    }

    private static char[] BuildRoles()
    {
        var roles = new char[char.MaxValue + 1];
        for (var i = 0; i < roles.Length; i++)
        {
            var c = (char)i;
            roles[i] = c switch
            {
                '@' or '＠' or 'h' or 'w' or 'H' or 'W' => Special,
                _ when char.IsSurrogate(c) => Special,
                < (char)0x80 => char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : Separator,
                _ => Classify(c, CharUnicodeInfo.GetUnicodeCategory(c)) switch
                {
                    CharRole.Kept => LetterFolding.Fold(c),
                    CharRole.Dropped => Dropped,
                    _ => Separator,
                },
            };
        }

        return roles;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Put(Span<char> destination, ref int written, ref bool pendingSpace, char c)
    {
        if (pendingSpace && written > 0)
        {
            destination[written++] = ' ';
        }

        pendingSpace = false;
        destination[written++] = c;
    }

    private static CharRole Classify(int value, UnicodeCategory category)
    {
        if (value is >= 0xFE00 and <= 0xFE0F or >= 0xE0100 and <= 0xE01EF or 0x20E3)
        {
            return CharRole.Separator; // variation selectors and the keycap mark belong to emoji
        }

        return category switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter => CharRole.Kept,
            UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => CharRole.Kept,
            UnicodeCategory.SpacingCombiningMark => CharRole.Kept,
            UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark => CharRole.Dropped,
            _ => CharRole.Separator,
        };
    }

    private static bool IsWordChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';

    private static bool IsMentionAt(ReadOnlySpan<char> text, int i)
    {
        if (i + 1 >= text.Length || !IsWordChar(text[i + 1]))
        {
            return false;
        }

        return i == 0 || !(char.IsLetterOrDigit(text[i - 1]) || text[i - 1] == '_');
    }

    private static int SkipWordChars(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length && IsWordChar(text[i]))
        {
            i++;
        }

        return i;
    }

    private static bool IsUrlAt(ReadOnlySpan<char> text, int i)
    {
        if (i > 0 && char.IsLetterOrDigit(text[i - 1]))
        {
            return false;
        }

        var rest = text[i..];
        return rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase);
    }

    private static int SkipRetweetPrefix(ReadOnlySpan<char> text)
    {
        var i = 0;
        while (true)
        {
            var start = i;
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i + 2 >= text.Length || (text[i] | 0x20) != 'r' || (text[i + 1] | 0x20) != 't')
            {
                return start;
            }

            var j = i + 2;
            while (j < text.Length && char.IsWhiteSpace(text[j]))
            {
                j++;
            }

            var isMention = j + 1 < text.Length && (text[j] == '@' || text[j] == '＠') && IsWordChar(text[j + 1]);
            if (!isMention)
            {
                return start;
            }

            j = SkipWordChars(text, j + 1);
            if (j < text.Length && text[j] == ':')
            {
                j++;
            }

            i = j;
        }
    }

    private enum CharRole
    {
        Separator,
        Kept,
        Dropped,
    }
}
