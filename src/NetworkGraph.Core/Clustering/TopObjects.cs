using System.Collections.Frozen;
using NetworkGraph.Core.Model;
using NetworkGraph.Core.Text;

namespace NetworkGraph.Core.Clustering;

/// <summary>Counts the texts, hashtags, URLs, domains and accounts a set of posts used. What each distinct string of
/// the post table gives (a hashtag's key, a URL trimmed, its domain) is worked out once and kept; safe to share between
/// threads (a value two threads work out at once is the same string).</summary>
internal sealed class TopObjects(ClusterPosts table)
{
    private readonly string?[] _tags = new string?[table.Strings.Count];
    private readonly string?[] _tagKeys = new string?[table.Strings.Count];
    private readonly string?[] _trimmedUrls = new string?[table.Strings.Count];
    private readonly string?[] _domains = new string?[table.Strings.Count];
    private readonly string?[] _targets = new string?[table.Strings.Count];

    /// <summary>A domain cache entry for a URL without one.</summary>
    private const string NoDomain = "\0";

    /// <summary>
    /// Link shorteners: a URL on one of these is a redirect whose target the input did not give (ingest keeps the
    /// expanded URL of JSON entities when there is one), so its host says nothing of what was shared and is counted
    /// apart from the domains.
    /// </summary>
    private static readonly FrozenSet<string> Shorteners = FrozenSet.Create(
        StringComparer.Ordinal,
        "t.co", "bit.ly", "bitly.com", "j.mp", "ow.ly", "ht.ly", "goo.gl", "tinyurl.com", "is.gd", "v.gd", "buff.ly", "dlvr.it",
        "ift.tt", "fb.me", "trib.al", "lnkd.in", "wp.me", "tiny.cc", "cutt.ly", "rebrand.ly", "shorturl.at", "rb.gy", "po.st", "ln.is", "shar.es");

    public ClusterObjects Count(ClusterContext ctx, IEnumerable<int> postIndexes, int top)
    {
        var texts = new TextCounter(ctx, postIndexes);
        var hashtags = new ObjectCounter();
        var urls = new ObjectCounter();
        var domains = new ObjectCounter();
        var shortened = new ObjectCounter();
        var targets = new ObjectCounter();
        var amplified = new ObjectCounter();
        var seen = new List<string>();
        foreach (var i in postIndexes)
        {
            var row = ctx.Row(i);
            texts.Add(i);
            CountHashtags(hashtags, row);

            var rowUrls = table.Urls.Of(row);
            seen.Clear();
            foreach (var u in rowUrls)
            {
                var url = _trimmedUrls[u] ??= table.Strings[u].Trim();
                if (url.Length > 0 && !Contains(seen, url))
                {
                    seen.Add(url);
                    urls.Add(url, url);
                }
            }

            seen.Clear();
            foreach (var u in rowUrls)
            {
                var domain = _domains[u] ??= UrlHost.Domain(table.Strings[u]) ?? NoDomain;
                if (!ReferenceEquals(domain, NoDomain) && !Contains(seen, domain))
                {
                    seen.Add(domain);
                    (Shorteners.Contains(domain) ? shortened : domains).Add(domain, domain);
                }
            }

            seen.Clear();
            foreach (var m in table.Mentions.Of(row))
            {
                var target = _targets[m] ??= table.Strings[m].TrimStart('@');
                if (target.Length > 0 && !Contains(seen, target))
                {
                    seen.Add(target);
                    CountAccount(ctx, targets, target);
                }
            }

            var kind = table.Kinds[row];
            var source = table.StringAt(table.ReferencedAuthors[row]);
            if (kind == PostKind.Reply && !string.IsNullOrEmpty(source) && !Contains(seen, source))
            {
                CountAccount(ctx, targets, source);
            }

            if (kind is PostKind.Retweet or PostKind.Quote && !string.IsNullOrEmpty(source))
            {
                CountAccount(ctx, amplified, source);
            }
        }

        return new ClusterObjects(texts.Top(top), hashtags.Top(top), urls.Top(top), domains.Top(top), targets.Top(top), amplified.Top(top))
        {
            ShortenedLinks = shortened.Top(top),
        };
    }

    public IReadOnlyList<ObjectCount> Texts(ClusterContext ctx, IEnumerable<int> postIndexes, int top)
    {
        var texts = new TextCounter(ctx, postIndexes);
        foreach (var i in postIndexes)
        {
            texts.Add(i);
        }

        return texts.Top(top);
    }

    public IReadOnlyList<ObjectCount> Hashtags(ClusterContext ctx, IEnumerable<int> postIndexes, int top)
    {
        var hashtags = new ObjectCounter();
        foreach (var i in postIndexes)
        {
            CountHashtags(hashtags, ctx.Row(i));
        }

        return hashtags.Top(top);
    }

    private static bool Contains(List<string> seen, string value)
    {
        foreach (var s in seen)
        {
            if (string.Equals(s, value, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static void CountAccount(ClusterContext ctx, ObjectCounter counter, string id)
    {
        if (!counter.TryIncrement(id))
        {
            counter.Add(id, ctx.AccountLabel(id));
        }
    }

    private void CountHashtags(ObjectCounter hashtags, int row)
    {
        var tags = table.Hashtags.Of(row);
        for (var k = 0; k < tags.Length; k++)
        {
            var tag = Tag(tags[k]);
            var key = _tagKeys[tags[k]] ??= tag.ToLowerInvariant();
            var repeated = false;
            for (var j = 0; j < k && !repeated; j++)
            {
                repeated = string.Equals(Tag(tags[j]), tag, StringComparison.OrdinalIgnoreCase);
            }

            if (key.Length > 0 && !repeated && !hashtags.TryIncrement(key))
            {
                hashtags.Add(key, "#" + tag);
            }
        }
    }

    private string Tag(int s) => _tags[s] ??= table.Strings[s].TrimStart('#');

    /// <summary>Counts normalised texts by id; a text's label is the first counted post's text on one line. Many posts
    /// (a big cluster's, when they are more than an eighth of all distinct texts) are counted in arrays by id, few in a
    /// dictionary: a dictionary of millions of texts costs several times the arrays.</summary>
    private sealed class TextCounter
    {
        private readonly ClusterContext _ctx;
        private readonly Dictionary<int, (int First, int Count)>? _sparse;
        private readonly int[]? _firsts;
        private readonly int[]? _counts;
        private readonly List<int>? _seen;

        public TextCounter(ClusterContext ctx, IEnumerable<int> postIndexes)
        {
            _ctx = ctx;
            var posts = postIndexes.TryGetNonEnumeratedCount(out var n) ? n : ctx.Count;
            if (posts < ctx.TextCount / 8)
            {
                _sparse = [];
                return;
            }

            (_firsts, _counts, _seen) = (new int[ctx.TextCount], new int[ctx.TextCount], []);
        }

        public void Add(int i)
        {
            var id = _ctx.TextId(i);
            if (id < 0)
            {
                return;
            }

            if (_sparse is not null)
            {
                ref var slot = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_sparse, id, out var exists);
                slot = exists ? (slot.First, slot.Count + 1) : (i, 1);
            }
            else if (_counts![id]++ == 0)
            {
                _firsts![id] = i;
                _seen!.Add(id);
            }
        }

        public IReadOnlyList<ObjectCount> Top(int n) =>
            Array.ConvertAll(
                TopSelection.First(
                    _sparse?.Select(kv => (Id: kv.Key, kv.Value.First, kv.Value.Count)) ?? _seen!.Select(id => (Id: id, First: _firsts![id], Count: _counts![id])),
                    n,
                    (x, y) => y.Count.CompareTo(x.Count) is var c && c != 0 ? c : _ctx.CompareNormalizedTexts(x.Id, y.Id)),
                t => new ObjectCount(_ctx.NormalizedText(t.Id), TextLabel.OneLine(_ctx.Table.Texts[_ctx.Row(t.First)]), t.Count));
    }
}
