using NetworkGraph.Core.Clustering.Profiles;
using NetworkGraph.Core.Model;

namespace NetworkGraph.Core.Clustering;

/// <summary>One cluster's members, their profiles and posts (rows of the input's post table), prepared once for all
/// the calculators.</summary>
internal sealed class ClusterContext
{
    private readonly int[] _rows;
    private readonly NormalizedTexts _texts;
    private int[]? _authorIndexes;
    private int _authorCount;

    public ClusterContext(
        int community,
        IReadOnlyList<string> members,
        IReadOnlyDictionary<string, Account> allAccounts,
        ClusterPosts table,
        int[] rows,
        NormalizedTexts texts,
        TimeZoneInfo zone)
    {
        Community = community;
        Members = members;
        MemberSet = new HashSet<string>(members, StringComparer.Ordinal);
        AllAccounts = allAccounts;
        Accounts = members.Select(m => allAccounts.GetValueOrDefault(m)).OfType<Account>().ToArray();
        Table = table;
        _rows = rows;
        _texts = texts;
        Zone = zone;
        var ticks = new long[rows.Length];
        var local = new DateTime[rows.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            ticks[i] = table.Ticks[rows[i]];
            local[i] = ZoneResolver.ToLocal(new DateTimeOffset(ticks[i], TimeSpan.Zero), zone);
        }

        (Ticks, LocalTimes) = (ticks, local);
    }

    public int Community { get; }

    /// <summary>Member ids, ordinal order.</summary>
    public IReadOnlyList<string> Members { get; }

    public HashSet<string> MemberSet { get; }

    /// <summary>All known accounts, members or not (for labels of targets).</summary>
    public IReadOnlyDictionary<string, Account> AllAccounts { get; }

    /// <summary>Profiles of members that have one.</summary>
    public IReadOnlyList<Account> Accounts { get; }

    /// <summary>The input's posts; the cluster's are <see cref="Row"/>(0 .. <see cref="Count"/> - 1).</summary>
    public ClusterPosts Table { get; }

    /// <summary>Number of the members' posts.</summary>
    public int Count => _rows.Length;

    /// <summary>UTC ticks per post, in post order (read from the table once: its rows are scattered; not to be changed).</summary>
    public long[] Ticks { get; }

    /// <summary>Local (profile time zone) wall-clock time per post, in post order.</summary>
    public IReadOnlyList<DateTime> LocalTimes { get; }

    public TimeZoneInfo Zone { get; }

    /// <summary>The table row of the cluster's <paramref name="i"/>th post (posts ordered by time, then id).</summary>
    public int Row(int i) => _rows[i];

    /// <summary>The author's pool index of post <paramref name="i"/>.</summary>
    public int Author(int i) => Table.Authors[_rows[i]];

    /// <summary>Each post's author as a small number: 0, 1, ... in order of each author's first post (worked out once,
    /// on first use; not to be changed).</summary>
    public int[] AuthorIndexes
    {
        get
        {
            if (_authorIndexes is null)
            {
                var index = new Dictionary<int, int>();
                var authors = new int[Count];
                for (var i = 0; i < authors.Length; i++)
                {
                    ref var a = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(index, Author(i), out var seen);
                    if (!seen)
                    {
                        a = index.Count - 1;
                    }

                    authors[i] = a;
                }

                (_authorIndexes, _authorCount) = (authors, index.Count);
            }

            return _authorIndexes;
        }
    }

    /// <summary>How many distinct authors the posts have (the numbers of <see cref="AuthorIndexes"/>).</summary>
    public int AuthorCount
    {
        get
        {
            _ = AuthorIndexes;
            return _authorCount;
        }
    }

    /// <summary>The normalised text id of post <paramref name="i"/>; -1 when empty (and for retweets).</summary>
    public int TextId(int i) => _texts.IdOf(_rows[i]);

    /// <summary>How many distinct normalised texts the table's posts have (ids from <see cref="TextId"/> are below it).</summary>
    public int TextCount => _texts.Count;

    /// <summary>The normalised text of an id from <see cref="TextId"/>.</summary>
    public string NormalizedText(int id) => _texts.Text(id);

    /// <summary>The length of the normalised text of an id from <see cref="TextId"/>.</summary>
    public int NormalizedLength(int id) => _texts.Length(id);

    /// <summary>Compares the normalised texts of two ids from <see cref="TextId"/> as ordinal strings.</summary>
    public int CompareNormalizedTexts(int x, int y) => _texts.CompareOrdinal(x, y);

    public DateOnly LocalDay(int postIndex) => DateOnly.FromDateTime(LocalTimes[postIndex]);

    public string AccountLabel(string id) =>
        AllAccounts.TryGetValue(id, out var a) && !string.IsNullOrWhiteSpace(a.Handle) ? "@" + a.Handle : "@" + id;
}
