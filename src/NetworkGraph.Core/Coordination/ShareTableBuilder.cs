using System.Runtime.CompilerServices;
using NetworkGraph.Core.Model;
using NetworkGraph.Core.Text;

namespace NetworkGraph.Core.Coordination;

/// <summary>Builds a <see cref="ShareTable"/> from posts or from generic share rows, streaming (posts are not kept).</summary>
/// <remarks>
/// From a post: co-post (every post), co-retweet (a retweet's referenced post), co-reply (a reply's parent), and, for
/// posts that are not retweets unless <see cref="ShareTableOptions.IncludeRetweetsInContentKinds"/>: the normalised
/// text (with a MinHash signature when long enough), each distinct lower-cased hashtag, normalised URL and its
/// domain, and each distinct mention. Interactions: retweet, quote and reply towards the referenced author, and
/// mentions from posts that are not retweets; self-interactions are dropped.
/// </remarks>
public sealed partial class ShareTableBuilder
{
    private const int BatchSize = 4096;
    private readonly ShareTableOptions _options;
    private readonly IdIndex _accounts = new();
    private readonly PostIdList _posts = new();
    private const int KindSlots = byte.MaxValue + 1; // ShareKind is a byte: built-in and named kinds alike
    private readonly ShareColumnBuilder?[] _columns = new ShareColumnBuilder?[KindSlots];
    private readonly bool[] _wanted = new bool[KindSlots];
    private readonly SignatureStore _signatures = new();
    private readonly InteractionColumns _interactions = new();
    private readonly MinHasher _minHasher;
    private Dictionary<string, int>? _postIndex;
    private PreparedText[]? _batchPrepared;
    private byte[]? _batchSignatures;
    private bool _built;

    /// <summary>Creates a builder; <paramref name="options"/> defaults to every kind.</summary>
    public ShareTableBuilder(ShareTableOptions? options = null)
    {
        _options = options ?? new ShareTableOptions();
        _options.Validate();
        _minHasher = new MinHasher(_options.MinHash);
        foreach (var kind in _options.Kinds)
        {
            _wanted[(int)kind] = true;
        }

        WantsText = _wanted[(int)ShareKind.Text] || _wanted[(int)ShareKind.SimilarText];
        WantsSignatures = _wanted[(int)ShareKind.SimilarText];
    }

    /// <summary>Where each batch post's text object is recorded for the cluster stage (see
    /// <see cref="PostTextObjects"/>); null: nowhere.</summary>
    public PostTextObjects? TextObjects { get; init; }

    private bool WantsText { get; }

    private bool WantsSignatures { get; }

    /// <summary>Adds one post.</summary>
    public void Add(Post post)
    {
        ArgumentNullException.ThrowIfNull(post);
        EnsureOpen();
        Span<byte> signature = stackalloc byte[MinHashOptions.SignatureLength];
        var text = NeedsText(post.Kind) ? PrepareText(post.Text, signature, WantsSignatures) : default;
        Extract(PostRow.Of(post), _accounts.GetOrAdd(post.AuthorId), text, signature);
    }

    /// <summary>Adds posts in batches, normalising and hashing texts on several threads.</summary>
    public void AddRange(IEnumerable<Post> posts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(posts);
        EnsureOpen();
        var batch = new Post[BatchSize];
        var prepared = new PreparedText[BatchSize];
        var signatures = new byte[BatchSize * MinHashOptions.SignatureLength];
        var count = 0;
        foreach (var post in posts)
        {
            ArgumentNullException.ThrowIfNull(post);
            batch[count++] = post;
            if (count == BatchSize)
            {
                cancellationToken.ThrowIfCancellationRequested();
                ProcessBatch(batch, count, prepared, signatures);
                count = 0;
            }
        }

        ProcessBatch(batch, count, prepared, signatures);
    }

    /// <summary>Adds a chunk of posts in column form (no <see cref="Post"/> per row), normalising and hashing texts on
    /// several threads; the same posts give the same table as <see cref="AddRange"/>. Every batch added to one builder
    /// must number authors alike (<see cref="PostBatch.AuthorKeys"/>).</summary>
    /// <remarks>Without interactions, and with a second thread, the texts of the batch go into their column on one
    /// thread while the other kinds go into theirs on another (see <see cref="ExtractApart"/>).</remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void AddBatch(PostBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        EnsureOpen();
        var count = batch.Count;
        if (_batchPrepared is null || _batchPrepared.Length < count)
        {
            _batchPrepared = new PreparedText[batch.Capacity];
            _batchSignatures = new byte[batch.Capacity * MinHashOptions.SignatureLength];
        }

        PrepareTexts(count, i => NeedsText(batch.Kinds[i]) ? batch.TextOf(i) : default, _batchPrepared, _batchSignatures!);
        TextObjects?.BatchStarting(_posts.Count);
        if (WantsText && !_options.CollectInteractions && _options.MaxDegreeOfParallelism > 1 && count >= MinRowsApart)
        {
            ExtractApart(batch);
        }
        else
        {
            const int width = MinHashOptions.SignatureLength;
            for (var i = 0; i < count; i++)
            {
                Extract(PostRow.Of(batch, i), AccountOf(batch, i), _batchPrepared[i], _batchSignatures.AsSpan(i * width, width));
            }
        }

        TextObjects?.BatchAdded(_posts.Count);
    }

    /// <summary>Adds a generic share row (CooRTweet's object_id, account_id, content_id, timestamp_share).</summary>
    /// <param name="accountId">Who shared.</param>
    /// <param name="postId">The sharing post (content id); rows with the same id are one post.</param>
    /// <param name="time">When.</param>
    /// <param name="kind">What kind of object, built in or named (see <see cref="ShareKindNames.FromObjectKind"/>); for
    /// Text and SimilarText the object is the raw text (add it once, with either kind: both read one text column).</param>
    /// <param name="objectId">The object, taken verbatim except for texts, which are normalised.</param>
    public void AddShare(string accountId, string postId, DateTimeOffset time, ShareKind kind, string objectId)
    {
        ArgumentNullException.ThrowIfNull(accountId);
        ArgumentNullException.ThrowIfNull(postId);
        ArgumentNullException.ThrowIfNull(objectId);
        EnsureOpen();
        var account = _accounts.GetOrAdd(accountId);
        var post = InternPost(postId);
        var ms = time.ToUnixTimeMilliseconds();
        if (kind is ShareKind.Text or ShareKind.SimilarText)
        {
            Span<byte> signature = stackalloc byte[MinHashOptions.SignatureLength];
            var text = PrepareText(objectId, signature, withSignature: true);
            AddText(account, ms, post, text, signature);
            return;
        }

        var column = ColumnFor(kind);
        column.Add(account, ms, post, column.ObjectFor(objectId, post));
    }

    /// <summary>Adds a direct interaction (actor retweeted, quoted, replied to or mentioned target).</summary>
    public void AddInteraction(string actorId, string targetId, InteractionKind kind, DateTimeOffset time)
    {
        ArgumentNullException.ThrowIfNull(actorId);
        ArgumentNullException.ThrowIfNull(targetId);
        EnsureOpen();
        var actor = _accounts.GetOrAdd(actorId);
        var target = _accounts.GetOrAdd(targetId);
        _interactions.Add(actor, target, kind, time.ToUnixTimeMilliseconds());
    }

    /// <summary>Freezes the table; the builder cannot be used afterwards.</summary>
    public ShareTable Build()
    {
        EnsureOpen();
        _built = true;
        // Each column copies its lists into arrays of their own (fresh memory, paid in page faults): the columns are
        // independent, so they are copied on every thread.
        var columns = new ShareColumn?[_columns.Length];
        Parallel.For(0, columns.Length, new ParallelOptions { MaxDegreeOfParallelism = _options.MaxDegreeOfParallelism }, i => columns[i] = _columns[i]?.Build());

        if (WantsText)
        {
            TextObjects?.Built(_posts, columns[(int)ShareKind.Text]);
        }

        return new ShareTable(_accounts.Ids, _posts, columns, _signatures, _interactions, _options.MinHash);
    }

    private void EnsureOpen()
    {
        if (_built)
        {
            throw new InvalidOperationException("Build() was already called on this builder.");
        }
    }

    private int InternPost(string postId)
    {
        _postIndex ??= new Dictionary<string, int>(StringComparer.Ordinal);
        if (!_postIndex.TryGetValue(postId, out var post))
        {
            post = _posts.Add(postId);
            _postIndex.Add(postId, post);
        }

        return post;
    }

    private ShareColumnBuilder ColumnFor(ShareKind kind)
    {
        var slot = (int)(kind == ShareKind.SimilarText ? ShareKind.Text : kind);
        return _columns[slot] ??= new ShareColumnBuilder((ShareKind)slot);
    }
}
