using System.Text;

namespace NetworkGraph.Core.Export;

/// <summary>
/// Makes untrusted text safe for every export format: characters XML 1.0 forbids (C0 controls other than tab,
/// line feed and carriage return, U+FFFE, U+FFFF) are removed and lone surrogates become U+FFFD, so writers
/// never throw and UTF-8 encoders never substitute silently. Markup characters are left to each format's escaping.
/// </summary>
internal static class TextSanitizer
{
    public const char Replacement = '\uFFFD';

    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var firstBad = FindFirstBad(text);
        if (firstBad < 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        sb.Append(text, 0, firstBad);
        for (var i = firstBad; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(c).Append(text[i + 1]);
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                sb.Append(Replacement);
            }
            else if (IsXmlChar(c))
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    private static int FindFirstBad(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c) || !IsXmlChar(c))
            {
                return i;
            }
        }

        return -1;
    }

    // XML 1.0 Char production for the BMP, surrogates excluded (handled as pairs above).
    private static bool IsXmlChar(char c) =>
        c == '\t' || c == '\n' || c == '\r' || (c >= '\u0020' && c <= '\uD7FF') || (c >= '\uE000' && c <= '\uFFFD');
}
