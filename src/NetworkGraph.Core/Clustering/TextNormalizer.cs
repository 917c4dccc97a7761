using System.Globalization;
using System.Text;
using NetworkGraph.Core.Clustering.Profiles;

namespace NetworkGraph.Core.Clustering;

/// <summary>
/// Normalises post text for copy-paste detection: no retweet prefix ("RT @user:"), URLs or @mentions;
/// lower-case, no accents, single spaces. One pass over the text, no regular expressions (it runs once per post).
/// </summary>
internal static class TextNormalizer
{
    private static readonly string[] UrlStarts = ["http://", "https://", "www."];

    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        var s = text.AsSpan().TrimStart();
        if (s.StartsWith("RT @", StringComparison.OrdinalIgnoreCase))
        {
            s = s[4..];
            s = s[WordLength(s)..];
            s = s.StartsWith(":") ? s[1..] : s;
        }

        var sb = new StringBuilder(s.Length);
        var i = 0;
        while (i < s.Length)
        {
            if (char.IsWhiteSpace(s[i]))
            {
                Space(sb);
                i++;
            }
            else if (s[i] is 'h' or 'H' or 'w' or 'W' && StartsUrl(s[i..]))
            {
                while (i < s.Length && !char.IsWhiteSpace(s[i]))
                {
                    i++;
                }

                Space(sb);
            }
            else if (s[i] == '@' && i + 1 < s.Length && IsWordChar(s[i + 1]))
            {
                i += 1 + WordLength(s[(i + 1)..]);
                Space(sb);
            }
            else
            {
                sb.Append(s[i]);
                i++;
            }
        }

        return TermMatcher.Fold(sb.ToString().Trim(), lowerCase: true);
    }

    /// <summary>A one-line, bounded form of a text for display.</summary>
    public static string Label(string text, int maxLength = 200)
    {
        var sb = new StringBuilder(Math.Min(text.Length, maxLength));
        foreach (var ch in text.AsSpan().Trim())
        {
            if (char.IsWhiteSpace(ch))
            {
                Space(sb);
            }
            else
            {
                sb.Append(ch);
            }
        }

        var t = sb.ToString();
        return t.Length <= maxLength ? t : string.Concat(t.AsSpan(0, maxLength - 1), "…");
    }

    private static void Space(StringBuilder sb)
    {
        if (sb.Length > 0 && sb[^1] != ' ')
        {
            sb.Append(' ');
        }
    }

    private static bool StartsUrl(ReadOnlySpan<char> s)
    {
        foreach (var start in UrlStarts)
        {
            if (s.StartsWith(start, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static int WordLength(ReadOnlySpan<char> s)
    {
        var n = 0;
        while (n < s.Length && IsWordChar(s[n]))
        {
            n++;
        }

        return n;
    }

    // What a regular expression's \w matches: letters, digits, connector punctuation (_) and combining marks.
    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.ConnectorPunctuation
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
}
