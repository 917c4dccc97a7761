using System.Diagnostics;
using System.Globalization;
using NetworkGraph.Core.Text;

namespace NetworkGraph.Core.Coordination;

/// <summary>Columnar, in-memory shares (account, time, post, object per kind) and interactions, with dense int ids.</summary>
/// <remarks>Built by <see cref="ShareTableBuilder"/>; read by <see cref="CoordinationGraphBuilder"/> and
/// <see cref="AmplificationGraphBuilder"/>. Times are unix milliseconds.</remarks>
[DebuggerDisplay("Accounts = {AccountIds.Count}, Posts = {PostCount}")]
public sealed class ShareTable
{
    private readonly ShareColumn?[] _columns;
    private readonly PostIdList _posts;

    internal ShareTable(
        IReadOnlyList<string> accounts,
        PostIdList posts,
        ShareColumn?[] columns,
        SignatureStore signatures,
        InteractionColumns interactions,
        MinHashOptions minHash)
    {
        AccountIds = accounts;
        _posts = posts;
        _columns = columns;
        Signatures = signatures;
        Interactions = interactions;
        MinHash = minHash;
    }

    /// <summary>Account ids by dense account index.</summary>
    public IReadOnlyList<string> AccountIds { get; }

    /// <summary>The number of posts.</summary>
    public int PostCount => _posts.Count;

    /// <summary>The MinHash settings the text signatures were computed with.</summary>
    public MinHashOptions MinHash { get; }

    /// <summary>The number of direct interactions recorded.</summary>
    public int InteractionCount => Interactions.Count;

    internal SignatureStore Signatures { get; }

    internal InteractionColumns Interactions { get; }

    /// <summary>The platform id of a post by dense post index.</summary>
    public string PostId(int post) => _posts[post];

    /// <summary>The platform id of a post by dense post index as a number, when every id of the table is a canonical
    /// decimal number (kept as numbers: <see cref="PostId"/> is then that number's text); else false.</summary>
    public bool TryGetPostNumber(int post, out long id) => _posts.TryGetNumber(post, out id);

    /// <summary>Whether shares of this kind were recorded (SimilarText reads the text column).</summary>
    public bool HasKind(ShareKind kind) => Column(kind) is not null;

    /// <summary>The number of shares of a kind (SimilarText counts texts long enough to have a signature).</summary>
    public int ShareCount(ShareKind kind)
    {
        var column = Column(kind);
        if (column is null)
        {
            return 0;
        }

        if (kind != ShareKind.SimilarText)
        {
            return column.Count;
        }

        var signed = 0;
        foreach (var o in column.Object)
        {
            signed += column.SignatureOf![o] >= 0 ? 1 : 0;
        }

        return signed;
    }

    /// <summary>The number of distinct objects of a kind (for SimilarText, the distinct texts).</summary>
    public int ObjectCount(ShareKind kind) => Column(kind)?.ObjectCount ?? 0;

    /// <summary>A readable key of an object: the string key, or for texts the hex of the normalised-text hash.</summary>
    public string ObjectLabel(ShareKind kind, int objectIndex)
    {
        var column = Column(kind) ?? throw new ArgumentException($"No {kind} shares were recorded.", nameof(kind));
        if (column.Labels is not null)
        {
            return column.Labels[objectIndex];
        }

        return column.TextHash is not null
            ? column.TextHash[objectIndex].ToString("x16", CultureInfo.InvariantCulture)
            : "activity";
    }

    /// <summary>The first post seen sharing an object, e.g. to display a text.</summary>
    public int RepresentativePost(ShareKind kind, int objectIndex) =>
        (Column(kind) ?? throw new ArgumentException($"No {kind} shares were recorded.", nameof(kind))).FirstPost[objectIndex];

    /// <summary>A table with the same accounts, posts and objects (ids, labels, representative posts) but without the
    /// shares themselves, the text signatures or the interactions: what a built graph still reads (post ids and object
    /// labels of its evidence), at a fraction of the memory.</summary>
    internal ShareTable WithoutShares()
    {
        var columns = new ShareColumn?[_columns.Length];
        for (var i = 0; i < columns.Length; i++)
        {
            if (_columns[i] is { } column)
            {
                columns[i] = new ShareColumn(column.Kind, [], [], [], [], column.FirstPost)
                {
                    Labels = column.Labels,
                    TextHash = column.TextHash,
                };
            }
        }

        return new ShareTable(AccountIds, _posts, columns, new SignatureStore(), new InteractionColumns(), MinHash);
    }

    internal ShareColumn? Column(ShareKind kind) =>
        _columns[(int)(kind == ShareKind.SimilarText ? ShareKind.Text : kind)];
}
