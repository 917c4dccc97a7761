using System.Text;

namespace NetworkGraph.Core.Text;

/// <summary>The display form of a post's text: one line, bounded (not a comparison key: see <see cref="TextNormalizer"/>).</summary>
internal static class TextLabel
{
    /// <summary>The text trimmed, with each whitespace run as one space, cut to <paramref name="maxLength"/> with an ellipsis.</summary>
    public static string OneLine(string text, int maxLength = 200)
    {
        var sb = new StringBuilder(Math.Min(text.Length, maxLength));
        foreach (var ch in text.AsSpan().Trim())
        {
            if (!char.IsWhiteSpace(ch))
            {
                sb.Append(ch);
            }
            else if (sb.Length > 0 && sb[^1] != ' ')
            {
                sb.Append(' ');
            }
        }

        var t = sb.ToString();
        return t.Length <= maxLength ? t : string.Concat(t.AsSpan(0, maxLength - 1), "…");
    }
}
