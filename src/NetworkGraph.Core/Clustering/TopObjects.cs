using System.Collections.Frozen;
using System.Runtime.InteropServices;
using NetworkGraph.Core.Model;
using NetworkGraph.Core.Text;

namespace NetworkGraph.Core.Clustering;

/// <summary>Counts the texts, hashtags, URLs, domains and accounts a set of posts used. What each distinct string of
/// the post table gives (a hashtag's key, a URL trimmed, its domain, an account id) is worked out once and numbered, so
/// a post's objects are counted by number, not hashed as strings; safe to share between threads.</summary>
internal sealed class TopObjects
{
    private readonly ClusterPosts _table;
    private readonly string?[] _tags;
    private readonly PoolKeys _tagKeys;
    private readonly PoolKeys _urls;
    private readonly PoolKeys _domains;
    private readonly PoolKeys _targets;
    private readonly PoolKeys _sources;

    /// <summary>Count arrays of the texts' size let go by one cluster's text counter for the next (all zero).</summary>
    private readonly Stack<(int[] Firsts, int[] Counts)> _spareTextArrays = new();

    /// <summary>
    /// Link shorteners: a URL on one of these is a redirect whose target the input did not give (ingest keeps the
    /// expanded URL of JSON entities when there is one), so its host says nothing of what was shared and is counted
    /// apart from the domains.
    /// </summary>
    private static readonly FrozenSet<string> Shorteners = FrozenSet.Create(
        StringComparer.Ordinal,
        "t.co", "bit.ly", "bitly.com", "j.mp", "ow.ly", "ht.ly", "goo.gl", "tinyurl.com", "is.gd", "v.gd", "buff.ly", "dlvr.it",
        "ift.tt", "fb.me", "trib.al", "lnkd.in", "wp.me", "tiny.cc", "cutt.ly", "rebrand.ly", "shorturl.at", "rb.gy", "po.st", "ln.is", "shar.es");

    public TopObjects(ClusterPosts table)
    {
        _table = table;
        var strings = table.Strings;
        _tags = new string?[strings.Count];
        _tagKeys = new PoolKeys(strings, new KeySpace(), s => Tag(s).ToLowerInvariant() is { Length: > 0 } key ? key : null);
        _urls = new PoolKeys(strings, new KeySpace(), s => strings[s].Trim() is { Length: > 0 } url ? url : null);
        _domains = new PoolKeys(strings, new KeySpace(), s => UrlHost.Domain(strings[s]));

        // Mentioned and replied-to accounts are counted together: one numbering of account ids for both.
        var accounts = new KeySpace();
        _targets = new PoolKeys(strings, accounts, s => strings[s].TrimStart('@') is { Length: > 0 } id ? id : null);
        _sources = new PoolKeys(strings, accounts, s => strings[s] is { Length: > 0 } id ? id : null);
    }

    public ClusterObjects Count(ClusterContext ctx, IEnumerable<int> postIndexes, int top)
    {
        var texts = new TextCounter(this, ctx, postIndexes);
        var hashtags = new KeyCounter(_tagKeys.Space);
        var urls = new KeyCounter(_urls.Space);
        var domains = new KeyCounter(_domains.Space);
        var targets = new KeyCounter(_targets.Space);
        var amplified = new KeyCounter(_targets.Space);
        var seen = new List<int>();
        foreach (var i in postIndexes)
        {
            var row = ctx.Row(i);
            texts.Add(i);
            CountHashtags(hashtags, row);

            var rowUrls = _table.Urls.Of(row);
            CountDistinct(urls, _urls, rowUrls, seen);
            CountDistinct(domains, _domains, rowUrls, seen);
            CountDistinct(targets, _targets, _table.Mentions.Of(row), seen);

            var kind = _table.Kinds[row];
            var author = _table.ReferencedAuthors[row];
            var source = author < 0 ? -1 : _sources.Of(author);
            if (kind == PostKind.Reply && source >= 0 && !seen.Contains(source))
            {
                targets.Add(source, author);
            }

            if (kind is PostKind.Retweet or PostKind.Quote && source >= 0)
            {
                amplified.Add(source, author);
            }
        }

        // Labels are made for the top keys only: an account's label looks up its profile.
        var (urlKeys, domainKeys, accountKeys) = (_urls.Space, _domains.Space, _targets.Space);
        return new ClusterObjects(
            texts.Top(top),
            hashtags.Top(top, HashtagLabel),
            urls.Top(top, (id, _) => urlKeys[id]),
            domains.Top(top, (id, _) => domainKeys[id], id => !Shorteners.Contains(domainKeys[id])),
            targets.Top(top, (id, _) => ctx.AccountLabel(accountKeys[id])),
            amplified.Top(top, (id, _) => ctx.AccountLabel(accountKeys[id])))
        {
            ShortenedLinks = domains.Top(top, (id, _) => domainKeys[id], id => Shorteners.Contains(domainKeys[id])),
        };
    }

    public IReadOnlyList<ObjectCount> Texts(ClusterContext ctx, IEnumerable<int> postIndexes, int top)
    {
        var texts = new TextCounter(this, ctx, postIndexes);
        foreach (var i in postIndexes)
        {
            texts.Add(i);
        }

        return texts.Top(top);
    }

    public IReadOnlyList<ObjectCount> Hashtags(ClusterContext ctx, IEnumerable<int> postIndexes, int top)
    {
        var hashtags = new KeyCounter(_tagKeys.Space);
        foreach (var i in postIndexes)
        {
            CountHashtags(hashtags, ctx.Row(i));
        }

        return hashtags.Top(top, HashtagLabel);
    }

    /// <summary>Counts the distinct keys of one post's pool strings once each (<paramref name="seen"/> then holds them).</summary>
    private static void CountDistinct(KeyCounter counter, PoolKeys keys, ReadOnlySpan<int> strings, List<int> seen)
    {
        seen.Clear();
        foreach (var s in strings)
        {
            var id = keys.Of(s);
            if (id >= 0 && !seen.Contains(id))
            {
                seen.Add(id);
                counter.Add(id, s);
            }
        }
    }

    /// <summary>A hashtag's label: the first counted post's spelling of it.</summary>
    private string HashtagLabel(int id, int first) => "#" + Tag(first);

    private void CountHashtags(KeyCounter hashtags, int row)
    {
        var tags = _table.Hashtags.Of(row);
        for (var k = 0; k < tags.Length; k++)
        {
            var id = _tagKeys.Of(tags[k]);
            if (id < 0)
            {
                continue;
            }

            var tag = Tag(tags[k]);
            var repeated = false;
            for (var j = 0; j < k && !repeated; j++)
            {
                repeated = string.Equals(Tag(tags[j]), tag, StringComparison.OrdinalIgnoreCase);
            }

            if (!repeated)
            {
                hashtags.Add(id, tags[k]);
            }
        }
    }

    private string Tag(int s) => _tags[s] ??= _table.Strings[s].TrimStart('#');

    /// <summary>Distinct keys numbered 0, 1, ... in the order first given; safe to share between threads (an id is
    /// read only after it was given out, and the pool's strings only grow).</summary>
    private sealed class KeySpace
    {
        private readonly StringPool _keys = new();

        /// <summary>The key of an id given out.</summary>
        public string this[int id] => _keys.Strings[id];

        /// <summary>The id of a key, a new one when the key is new.</summary>
        public int Id(string key)
        {
            lock (_keys)
            {
                return _keys.Intern(key);
            }
        }
    }

    /// <summary>The key id each pool string gives (-1: none), its key worked out by one rule once per string.</summary>
    private sealed class PoolKeys(IReadOnlyList<string> strings, KeySpace space, Func<int, string?> key)
    {
        /// <summary>Per pool string: 0 not yet worked out, 1 no key, else its id + 2.</summary>
        private readonly int[] _ids = new int[strings.Count];

        public KeySpace Space => space;

        public int Of(int s)
        {
            var known = Volatile.Read(ref _ids[s]);
            if (known == 0)
            {
                // Two threads working out one string at once get the same id: the space numbers each key once.
                known = key(s) is { } k ? space.Id(k) + 2 : 1;
                Volatile.Write(ref _ids[s], known);
            }

            return known - 2;
        }
    }

    /// <summary>Counts key ids, keeping the pool string each was first counted for; top lists are ordered by count,
    /// then key (ordinal).</summary>
    private sealed class KeyCounter(KeySpace keys)
    {
        private readonly Dictionary<int, (int First, int Count)> _counts = [];

        public void Add(int id, int poolString)
        {
            ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(_counts, id, out var exists);
            slot = exists ? (slot.First, slot.Count + 1) : (poolString, 1);
        }

        /// <summary>The top <paramref name="n"/> keys (of those <paramref name="included"/>), each labelled by
        /// <paramref name="label"/> from its id and the pool string it was first counted for.</summary>
        public IReadOnlyList<ObjectCount> Top(int n, Func<int, int, string> label, Func<int, bool>? included = null) =>
            Array.ConvertAll(
                TopSelection.First(
                    included is null ? _counts : _counts.Where(kv => included(kv.Key)),
                    n,
                    (x, y) => y.Value.Count.CompareTo(x.Value.Count) is var c && c != 0 ? c : string.CompareOrdinal(keys[x.Key], keys[y.Key])),
                kv => new ObjectCount(keys[kv.Key], label(kv.Key, kv.Value.First), kv.Value.Count));
    }

    /// <summary>Counts normalised texts by id; a text's label is the first counted post's text on one line. Many posts
    /// (a big cluster's, when they are more than an eighth of all distinct texts) are counted in arrays by id, few in a
    /// dictionary: a dictionary of millions of texts costs several times the arrays.</summary>
    private sealed class TextCounter
    {
        private readonly TopObjects _owner;
        private readonly ClusterContext _ctx;
        private readonly Dictionary<int, (int First, int Count)>? _sparse;
        private readonly int[]? _firsts;
        private readonly int[]? _counts;
        private readonly List<int>? _seen;

        public TextCounter(TopObjects owner, ClusterContext ctx, IEnumerable<int> postIndexes)
        {
            (_owner, _ctx) = (owner, ctx);
            var posts = postIndexes.TryGetNonEnumeratedCount(out var n) ? n : ctx.Count;
            if (posts < ctx.TextCount / 8)
            {
                _sparse = [];
                return;
            }

            // Arrays a counter before let go are taken again: fresh ones of millions of texts cost a page fault per 4 KB.
            lock (owner._spareTextArrays)
            {
                (_firsts, _counts) = owner._spareTextArrays.TryPop(out var spare) && spare.Counts.Length == ctx.TextCount
                    ? spare
                    : (new int[ctx.TextCount], new int[ctx.TextCount]);
            }

            _seen = [];
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
                ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(_sparse, id, out var exists);
                slot = exists ? (slot.First, slot.Count + 1) : (i, 1);
            }
            else if (_counts![id]++ == 0)
            {
                _firsts![id] = i;
                _seen!.Add(id);
            }
        }

        /// <summary>The top <paramref name="n"/> texts; the counter is done after (its arrays go back, cleared, for the next).</summary>
        public IReadOnlyList<ObjectCount> Top(int n)
        {
            var top = Array.ConvertAll(
                TopSelection.First(
                    _sparse?.Select(kv => (Id: kv.Key, kv.Value.First, kv.Value.Count)) ?? _seen!.Select(id => (Id: id, First: _firsts![id], Count: _counts![id])),
                    n,
                    (x, y) => y.Count.CompareTo(x.Count) is var c && c != 0 ? c : _ctx.CompareNormalizedTexts(x.Id, y.Id)),
                t => new ObjectCount(_ctx.NormalizedText(t.Id), TextLabel.OneLine(_ctx.Table.Texts[_ctx.Row(t.First)]), t.Count));
            if (_counts is not null)
            {
                foreach (var id in _seen!)
                {
                    _counts[id] = 0;
                }

                lock (_owner._spareTextArrays)
                {
                    _owner._spareTextArrays.Push((_firsts!, _counts));
                }
            }

            return top;
        }
    }
}
