using System.Text;
using NetworkGraph.Core.Export;

namespace NetworkGraph.Core.Reporting;

/// <summary>
/// Escapes untrusted text for one line of CommonMark/GFM (a paragraph or a table cell): every ASCII punctuation
/// character that Markdown or inline HTML gives a meaning to is backslash-escaped, so no tag, link, image,
/// emphasis, code span, table cell break or autolink can come from user text; line breaks become spaces.
/// </summary>
internal static class MarkdownText
{
    private const string Active = "\\`*_{}[]()<>#+-.!|~&\"':=$%@^;/";

    public static string Escape(string? text)
    {
        var clean = TextSanitizer.Clean(text);
        var sb = new StringBuilder(clean.Length + 16);
        foreach (var c in clean)
        {
            if (c is '\r' or '\n' or '\t')
            {
                sb.Append(' ');
            }
            else if (Active.Contains(c, StringComparison.Ordinal))
            {
                sb.Append('\\').Append(c);
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    /// <summary>Escapes <paramref name="text"/> after cutting it to <paramref name="max"/> characters.</summary>
    public static string Escape(string? text, int max) => Escape(ReportFormat.Cut(text, max));
}
