using NetworkGraph.Core.Model;
using NetworkGraph.Core.Text;

namespace NetworkGraph.Core.Clustering;

/// <summary>Counts the texts, hashtags, URLs, domains and accounts a set of posts used.</summary>
internal static class TopObjects
{
    public static ClusterObjects Count(ClusterContext ctx, IEnumerable<int> postIndexes, int top)
    {
        var texts = new ObjectCounter();
        var hashtags = new ObjectCounter();
        var urls = new ObjectCounter();
        var domains = new ObjectCounter();
        var targets = new ObjectCounter();
        var amplified = new ObjectCounter();
        foreach (var i in postIndexes)
        {
            var post = ctx.Posts[i];
            var text = ctx.NormalizedTexts[i];
            if (text.Length > 0 && !texts.TryIncrement(text))
            {
                texts.Add(text, TextLabel.OneLine(post.Text));
            }

            CountHashtags(hashtags, post);

            foreach (var url in post.Urls.Select(u => u.Trim()).Where(u => u.Length > 0).Distinct(StringComparer.Ordinal))
            {
                urls.Add(url, url);
            }

            foreach (var domain in post.Urls.Select(Domain).OfType<string>().Distinct(StringComparer.Ordinal))
            {
                domains.Add(domain, domain);
            }

            foreach (var target in Targets(post))
            {
                if (!targets.TryIncrement(target))
                {
                    targets.Add(target, ctx.AccountLabel(target));
                }
            }

            var source = post.ReferencedAuthorId;
            if (post.Kind is PostKind.Retweet or PostKind.Quote && !string.IsNullOrEmpty(source) && !amplified.TryIncrement(source))
            {
                amplified.Add(source, ctx.AccountLabel(source));
            }
        }

        return new ClusterObjects(texts.Top(top), hashtags.Top(top), urls.Top(top), domains.Top(top), targets.Top(top), amplified.Top(top));
    }

    public static IReadOnlyList<ObjectCount> Texts(ClusterContext ctx, IEnumerable<int> postIndexes, int top)
    {
        var texts = new ObjectCounter();
        foreach (var i in postIndexes)
        {
            var text = ctx.NormalizedTexts[i];
            if (text.Length > 0 && !texts.TryIncrement(text))
            {
                texts.Add(text, TextLabel.OneLine(ctx.Posts[i].Text));
            }
        }

        return texts.Top(top);
    }

    public static IReadOnlyList<ObjectCount> Hashtags(ClusterContext ctx, IEnumerable<int> postIndexes, int top)
    {
        var hashtags = new ObjectCounter();
        foreach (var i in postIndexes)
        {
            CountHashtags(hashtags, ctx.Posts[i]);
        }

        return hashtags.Top(top);
    }

    /// <summary>The URL's host, lower-case, without a leading "www." or a port; null when there is none or it is no domain
    /// (<see cref="UrlNormalizer.IsDomain"/>).</summary>
    public static string? Domain(string url)
    {
        var s = url.AsSpan().Trim();
        var scheme = s.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0)
        {
            s = s[(scheme + 3)..];
        }

        var end = s.IndexOfAny("/?#");
        s = end >= 0 ? s[..end] : s;
        var at = s.LastIndexOf('@');
        s = at >= 0 ? s[(at + 1)..] : s;
        var port = s.LastIndexOf(':');
        s = port >= 0 && !s.Contains(']') ? s[..port] : s;
        if (s.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
        {
            s = s[4..];
        }

        return s.IsEmpty || s.ContainsAny(" \t\"<>") || !UrlNormalizer.IsDomain(s) ? null : s.ToString().ToLowerInvariant();
    }

    private static void CountHashtags(ObjectCounter hashtags, Post post)
    {
        for (var k = 0; k < post.Hashtags.Count; k++)
        {
            var tag = post.Hashtags[k].TrimStart('#');
            var key = tag.ToLowerInvariant();
            var repeated = false;
            for (var j = 0; j < k && !repeated; j++)
            {
                repeated = string.Equals(post.Hashtags[j].TrimStart('#'), tag, StringComparison.OrdinalIgnoreCase);
            }

            if (key.Length > 0 && !repeated && !hashtags.TryIncrement(key))
            {
                hashtags.Add(key, "#" + tag);
            }
        }
    }

    private static IEnumerable<string> Targets(Post post)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in post.Mentions.Select(m => m.TrimStart('@')).Where(m => m.Length > 0))
        {
            if (seen.Add(m))
            {
                yield return m;
            }
        }

        if (post.Kind == PostKind.Reply && !string.IsNullOrEmpty(post.ReferencedAuthorId) && seen.Add(post.ReferencedAuthorId))
        {
            yield return post.ReferencedAuthorId;
        }
    }
}
