using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace NetworkGraph.Core.Tests.Reporting;

/// <summary>Parses HTML the way a browser does (HTML5 tree construction, no script run) for assertions.</summary>
internal static class HtmlTestHelpers
{
    private static readonly HashSet<string> Loaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "img", "image", "iframe", "frame", "object", "embed", "link", "base", "foreignobject", "use", "audio", "video", "source", "form", "noscript",
    };

    public static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    /// <summary>Elements that could run, load or navigate to something: loaders, event handlers, src attributes, links leaving the page, refreshes.</summary>
    public static IReadOnlyList<string> Dangerous(IDocument doc) => doc.All
        .Where(e => Loaders.Contains(e.LocalName)
            || e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase) || a.Name is "src" or "srcset" or "xlink:href" or "formaction")
            || (e.HasAttribute("href") && !e.GetAttribute("href")!.StartsWith('#'))
            || (e.LocalName == "meta" && string.Equals(e.GetAttribute("http-equiv"), "refresh", StringComparison.OrdinalIgnoreCase)))
        .Select(e => e.OuterHtml.Length > 80 ? e.OuterHtml[..80] : e.OuterHtml)
        .ToList();
}
