using NetworkGraph.Core.Model;

namespace NetworkGraph.Core.Clustering;

/// <summary>
/// The cluster stage's posts as columns, one row per post in the order given: author ids, languages, mentions,
/// hashtags and URLs are indexes into one pool of distinct strings and texts are UTF-8 in a few large buffers, and ids that
/// are numbers are kept as numbers, so a million rows hold no object per post.
/// </summary>
public sealed class ClusterPosts
{
    /// <summary>Creates the table from its columns (all of <paramref name="ids"/>' length; ragged columns as offsets
    /// of length rows + 1 into their values); throws <see cref="ArgumentException"/> when the lengths disagree.</summary>
    /// <param name="strings">The pool every string index points into.</param>
    /// <param name="ids">Post ids.</param>
    /// <param name="authors">Author id, as a pool index.</param>
    /// <param name="ticks">Posting time in UTC ticks.</param>
    /// <param name="kinds">Post kinds.</param>
    /// <param name="languages">Language code as a pool index, -1 when there is none.</param>
    /// <param name="texts">Full texts, as UTF-8.</param>
    /// <param name="referencedIds">Referenced post ids.</param>
    /// <param name="referencedAuthors">Referenced author id as a pool index, -1 when there is none.</param>
    /// <param name="mentions">Mentioned account ids per row.</param>
    /// <param name="hashtags">Hashtags per row.</param>
    /// <param name="urls">URLs per row.</param>
    public ClusterPosts(
        IReadOnlyList<string> strings,
        PostIdColumn ids,
        int[] authors,
        long[] ticks,
        PostKind[] kinds,
        int[] languages,
        TextColumn texts,
        PostIdColumn referencedIds,
        int[] referencedAuthors,
        RaggedColumn mentions,
        RaggedColumn hashtags,
        RaggedColumn urls)
    {
        ArgumentNullException.ThrowIfNull(strings);
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(referencedIds);
        var n = ids.Count;
        if (authors.Length != n || ticks.Length != n || kinds.Length != n || languages.Length != n || texts.Count != n
            || referencedIds.Count != n || referencedAuthors.Length != n || mentions.Rows != n || hashtags.Rows != n || urls.Rows != n)
        {
            throw new ArgumentException("Every column must have one entry per post.", nameof(ids));
        }

        Strings = strings;
        Ids = ids;
        Authors = authors;
        Ticks = ticks;
        Kinds = kinds;
        Languages = languages;
        Texts = texts;
        ReferencedIds = referencedIds;
        ReferencedAuthors = referencedAuthors;
        Mentions = mentions;
        Hashtags = hashtags;
        Urls = urls;
    }

    /// <summary>Whether no two rows share an id (so the analysis need not look for repeats, whose first row only counts).</summary>
    public bool IdsUnique { get; init; }

    /// <summary>Whether the rows come in an order their store fixes (time, then the store's key) and the pool's strings in
    /// an order those rows fix, so that the same stored posts always give the same columns: the input fingerprint then
    /// hashes the columns as they are instead of each post's line in id order.</summary>
    public bool InStoreOrder { get; init; }

    /// <summary>The pool of distinct strings the index columns point into.</summary>
    public IReadOnlyList<string> Strings { get; }

    /// <summary>Number of rows.</summary>
    public int Count => Ids.Count;

    /// <summary>Post ids.</summary>
    public PostIdColumn Ids { get; }

    /// <summary>Author ids as pool indexes.</summary>
    public int[] Authors { get; }

    /// <summary>Posting times in UTC ticks.</summary>
    public long[] Ticks { get; }

    /// <summary>Post kinds.</summary>
    public PostKind[] Kinds { get; }

    /// <summary>Language codes as pool indexes (-1: none).</summary>
    public int[] Languages { get; }

    /// <summary>Full texts, as UTF-8.</summary>
    public TextColumn Texts { get; }

    /// <summary>Referenced post ids.</summary>
    public PostIdColumn ReferencedIds { get; }

    /// <summary>Referenced author ids as pool indexes (-1: none).</summary>
    public int[] ReferencedAuthors { get; }

    /// <summary>Mentioned account ids per row.</summary>
    public RaggedColumn Mentions { get; }

    /// <summary>Hashtags per row, as written.</summary>
    public RaggedColumn Hashtags { get; }

    /// <summary>URLs per row.</summary>
    public RaggedColumn Urls { get; }

    /// <summary>The string a pool index stands for; null for -1.</summary>
    public string? StringAt(int index) => index < 0 ? null : Strings[index];

    /// <summary>The rows of each group's authors, in row order: entry g holds the rows whose author
    /// <paramref name="groupOf"/> maps to g (0 &lt;= g &lt; <paramref name="groups"/>); other authors' rows are left out.
    /// Each author is looked up once per pooled string, not once per row.</summary>
    public int[][] RowsGroupedBy(IReadOnlyDictionary<string, int> groupOf, int groups)
    {
        ArgumentNullException.ThrowIfNull(groupOf);

        // Each author's group looked up once (-1: in no group); rows counted first, so each group's rows fill an array of
        // its size (no array per row: at 10 M rows that would be 40 MB for a few member rows).
        var groupOfString = new int[Strings.Count];
        Array.Fill(groupOfString, -2);
        var counts = new int[groups];
        for (var r = 0; r < Count; r++)
        {
            ref var group = ref groupOfString[Authors[r]];
            if (group == -2)
            {
                group = groupOf.TryGetValue(Strings[Authors[r]], out var g) && g >= 0 && g < groups ? g : -1;
            }

            if (group >= 0)
            {
                counts[group]++;
            }
        }

        var rows = Array.ConvertAll(counts, n => new int[n]);
        Array.Clear(counts);
        for (var r = 0; r < Count; r++)
        {
            if (groupOfString[Authors[r]] is var g && g >= 0)
            {
                rows[g][counts[g]++] = r;
            }
        }

        return rows;
    }

    /// <summary>One row as a <see cref="Post"/> (to compare a table with the posts it was read from).</summary>
    public Post ToPost(int row) => new(
        Ids[row]!,
        Strings[Authors[row]],
        new DateTimeOffset(Ticks[row], TimeSpan.Zero),
        Texts[row],
        StringAt(Languages[row]),
        Kinds[row],
        ReferencedIds[row],
        StringAt(ReferencedAuthors[row]),
        Values(Mentions, row),
        Values(Hashtags, row),
        Values(Urls, row));

    /// <summary>The table of <paramref name="posts"/>, row for row.</summary>
    public static ClusterPosts From(IReadOnlyList<Post> posts)
    {
        ArgumentNullException.ThrowIfNull(posts);
        var pool = new StringPool();
        var n = posts.Count;
        var (ids, authors, ticks, kinds) = (new PostIdColumn.Builder(), new int[n], new long[n], new PostKind[n]);
        var (languages, texts, refIds, refAuthors) = (new int[n], new TextColumn.Builder(), new PostIdColumn.Builder(), new int[n]);
        var (mentions, hashtags, urls) = (new RaggedColumn.Builder(n), new RaggedColumn.Builder(n), new RaggedColumn.Builder(n));
        for (var i = 0; i < n; i++)
        {
            var p = posts[i];
            ids.Add(p.Id);
            authors[i] = pool.Intern(p.AuthorId);
            ticks[i] = p.Time.UtcTicks;
            kinds[i] = p.Kind;
            languages[i] = pool.InternOrNone(p.Language);
            texts.Add(p.Text);
            refIds.Add(p.ReferencedPostId);
            refAuthors[i] = pool.InternOrNone(p.ReferencedAuthorId);
            mentions.AddRow(p.Mentions.Select(pool.Intern));
            hashtags.AddRow(p.Hashtags.Select(pool.Intern));
            urls.AddRow(p.Urls.Select(pool.Intern));
        }

        return new ClusterPosts(pool.Strings, ids.Build(), authors, ticks, kinds, languages, texts.Build(), refIds.Build(), refAuthors, mentions.Build(), hashtags.Build(), urls.Build());
    }

    private string[] Values(RaggedColumn column, int row)
    {
        var values = column.Of(row);
        var result = new string[values.Length];
        for (var k = 0; k < values.Length; k++)
        {
            result[k] = Strings[values[k]];
        }

        return result;
    }
}
