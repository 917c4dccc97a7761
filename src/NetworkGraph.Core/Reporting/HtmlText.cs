using System.Text;
using NetworkGraph.Core.Export;

namespace NetworkGraph.Core.Reporting;

/// <summary>
/// Escapes untrusted text for HTML and SVG, both in element content and in double-quoted attribute values:
/// characters XML cannot carry are dropped first (so the SVG stays well-formed), then &amp; &lt; &gt; " ' are
/// replaced by references. Nothing written through it can open a tag, an attribute or an entity.
/// </summary>
internal static class HtmlText
{
    public static string Escape(string? text)
    {
        var clean = TextSanitizer.Clean(text);
        if (clean.AsSpan().IndexOfAny("&<>\"'") < 0)
        {
            return clean;
        }

        var sb = new StringBuilder(clean.Length + 16);
        foreach (var c in clean)
        {
            sb.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return sb.ToString();
    }

    /// <summary>Escapes <paramref name="text"/> after cutting it to <paramref name="max"/> characters.</summary>
    public static string Escape(string? text, int max) => Escape(ReportFormat.Cut(text, max));
}
