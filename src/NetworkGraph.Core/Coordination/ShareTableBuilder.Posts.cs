using System.Runtime.CompilerServices;
using NetworkGraph.Core.Model;
using NetworkGraph.Core.Text;

namespace NetworkGraph.Core.Coordination;

/// <summary>Extraction of shares and interactions from posts.</summary>
public sealed partial class ShareTableBuilder
{
    private const int StackChars = 1024;
    private const long MaxPositiveAuthorKey = 1 << 16;
    private const int MinRowsApart = 256;
    [ThreadStatic]
    private static char[]? _threadBuffer;
    private readonly List<string> _seen = [];
    private readonly List<int> _seenIds = [];
    private readonly ValueIdMap _hashtagObjects = new();
    private readonly ValueIdMap _urlObjects = new();
    private readonly ValueIdMap _domainObjects = new();
    private readonly ValueIdMap _mentionObjects = new();
    private readonly ValueIdMap _mentionAccounts = new();
    private readonly KeyMap _accountOfKey = new(MaxPositiveAuthorKey);
    private int[]? _batchAccounts;
    private int[]? _batchPosts;

    /// <summary>A normalised text's hash and length (0: no text), whether it was signed, and its object when the table
    /// held it already as the batch was prepared (-1: not then).</summary>
    private readonly record struct PreparedText(ulong Hash, int Length, bool HasSignature, int KnownObject);

    private bool IsContent(PostKind kind) => kind != PostKind.Retweet || _options.IncludeRetweetsInContentKinds;

    private bool NeedsText(PostKind kind) => WantsText && IsContent(kind);

    /// <summary>Gives the text of row <paramref name="row"/> of a batch (empty: no text).</summary>
    private delegate ReadOnlySpan<char> TextOfRow(int row);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private PreparedText PrepareText(ReadOnlySpan<char> text, Span<byte> signature, bool withSignature)
    {
        if (text.IsEmpty)
        {
            return default;
        }

        // A per-thread buffer rather than a 2 KB stack buffer zeroed for every post.
        var buffer = _threadBuffer is { } held && held.Length >= text.Length
            ? held
            : _threadBuffer = new char[Math.Max(StackChars, text.Length)];
        var length = TextNormalizer.Normalize(text, buffer);
        if (length == 0)
        {
            return default;
        }

        var normalized = buffer.AsSpan(0, length);
        var hash = StableHash.Hash64(normalized);

        // Only a text's first share keeps its signature: a text already in the table needs none (the table is only read
        // while batches are prepared, so this holds for any thread count). The object found by that look-up spares the
        // text's share a second one in a table far larger than the cache; only a text new to the table is looked up
        // again (a text too short to sign is looked up once, when its share is added).
        var signable = withSignature && length >= _options.MinSimilarTextLength;
        var known = signable ? _columns[(int)ShareKind.Text]?.TextObjectOf(hash) ?? -1 : -1;
        var signed = signable && known < 0;
        if (signed)
        {
            _minHasher.ComputeSignature(normalized, signature);
        }

        return new PreparedText(hash, length, signed, known);
    }

    private void ProcessBatch(Post[] batch, int count, PreparedText[] prepared, byte[] signatures)
    {
        PrepareTexts(count, i => NeedsText(batch[i].Kind) ? batch[i].Text : default, prepared, signatures);
        const int width = MinHashOptions.SignatureLength;
        for (var i = 0; i < count; i++)
        {
            Extract(PostRow.Of(batch[i]), _accounts.GetOrAdd(batch[i].AuthorId), prepared[i], signatures.AsSpan(i * width, width));
            batch[i] = null!;
        }
    }

    /// <summary>Normalises, hashes and signs the texts of rows 0 .. count-1 (null: no text) on up to
    /// <see cref="ShareTableOptions.MaxDegreeOfParallelism"/> threads; each row's result depends on its text alone, so
    /// any thread count gives the same results.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void PrepareTexts(int count, TextOfRow textOf, PreparedText[] prepared, byte[] signatures)
    {
        const int width = MinHashOptions.SignatureLength;
        var degree = Math.Min(_options.MaxDegreeOfParallelism, Math.Max(1, count / 256));
        if (!WantsText)
        {
            Array.Clear(prepared, 0, count);
            return;
        }

        if (degree > 1)
        {
            // Blocks of neighbouring rows, a few per thread (taken as threads free up): threads given interleaved
            // rows would write neighbouring results into one cache line.
            var blocks = degree * 4;
            Parallel.For(0, blocks, new ParallelOptions { MaxDegreeOfParallelism = degree }, block =>
            {
                for (var i = (int)((long)count * block / blocks); i < (int)((long)count * (block + 1) / blocks); i++)
                {
                    prepared[i] = PrepareText(textOf(i), signatures.AsSpan(i * width, width), WantsSignatures);
                }
            });
        }
        else
        {
            for (var i = 0; i < count; i++)
            {
                prepared[i] = PrepareText(textOf(i), signatures.AsSpan(i * width, width), WantsSignatures);
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Extract(in PostRow post, int account, PreparedText text, ReadOnlySpan<byte> signature)
    {
        var postIndex = AddPost(post);
        ExtractExceptText(post, account, postIndex);
        if (WantsText && IsContent(post.Kind))
        {
            AddText(account, post.UnixMilliseconds, postIndex, text, signature);
        }
    }

    private int AddPost(in PostRow post) => post.Id is null ? _posts.AddNumber(post.Key) : _posts.Add(post.Id);

    /// <summary>As <see cref="Extract"/> for a batch's rows, with the texts on one thread and the other kinds on another.
    /// Each column is filled by one thread, in row order, so it comes out as from <see cref="Extract"/>; the authors and
    /// posts are numbered first, in row order, as <see cref="Extract"/> numbers them: the other kinds then add no
    /// account (no interactions are collected) and the texts none at all.</summary>
    /// <remarks>Adding a batch's rows was one thread's work while the texts of the next batch waited for it; the text
    /// column (a lookup in a table of millions of texts per row) and the other kinds take about as long.</remarks>
    private void ExtractApart(PostBatch batch)
    {
        var count = batch.Count;
        if (_batchAccounts is null || _batchAccounts.Length < count)
        {
            _batchAccounts = new int[batch.Capacity];
            _batchPosts = new int[batch.Capacity];
        }

        var accounts = _batchAccounts;
        var posts = _batchPosts!;
        for (var i = 0; i < count; i++)
        {
            accounts[i] = AccountOf(batch, i);
            posts[i] = AddPost(PostRow.Of(batch, i));
        }

        Parallel.Invoke(
            () =>
            {
                const int width = MinHashOptions.SignatureLength;
                for (var i = 0; i < count; i++)
                {
                    if (IsContent(batch.Kinds[i]))
                    {
                        AddText(accounts[i], batch.UnixSeconds[i] * 1000, posts[i], _batchPrepared![i], _batchSignatures.AsSpan(i * width, width));
                    }
                }
            },
            () =>
            {
                for (var i = 0; i < count; i++)
                {
                    ExtractExceptText(PostRow.Of(batch, i), accounts[i], posts[i]);
                }
            });
    }

    /// <summary>Every share of a post but its text, and its interactions.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ExtractExceptText(in PostRow post, int account, int postIndex)
    {
        var ms = post.UnixMilliseconds;
        if (_wanted[(int)ShareKind.Activity])
        {
            AddObject(ShareKind.Activity, string.Empty, account, ms, postIndex);
        }

        var referenceKind = post.Kind switch
        {
            PostKind.Retweet => ShareKind.Retweet,
            PostKind.Reply => ShareKind.ReplyParent,
            _ => ShareKind.Activity,
        };
        if (referenceKind != ShareKind.Activity && _wanted[(int)referenceKind])
        {
            if (post.ReferencedPostId is null && post.ReferencedKey >= 0)
            {
                var column = ColumnFor(referenceKind);
                column.Add(account, ms, postIndex, column.ObjectFor(post.ReferencedKey, postIndex));
            }
            else if (!string.IsNullOrEmpty(post.ReferencedPostId))
            {
                AddObject(referenceKind, post.ReferencedPostId, account, ms, postIndex);
            }
        }

        if (IsContent(post.Kind))
        {
            if (post.Batch is { } batch)
            {
                AddEach(ShareKind.Hashtag, batch.Hashtags, post.Row, _hashtagObjects, NormalizeHashtag, account, ms, postIndex);
                AddEach(ShareKind.Url, batch.Urls, post.Row, _urlObjects, UrlNormalizer.Normalize, account, ms, postIndex);
                AddEach(ShareKind.Domain, batch.Urls, post.Row, _domainObjects, UrlNormalizer.Domain, account, ms, postIndex);
                AddEach(ShareKind.Mention, batch.Mentions, post.Row, _mentionObjects, NormalizeMention, account, ms, postIndex);
            }
            else
            {
                AddEach(ShareKind.Hashtag, post.Hashtags, NormalizeHashtag, account, ms, postIndex);
                AddEach(ShareKind.Url, post.Urls, UrlNormalizer.Normalize, account, ms, postIndex);
                AddEach(ShareKind.Domain, post.Urls, UrlNormalizer.Domain, account, ms, postIndex);
                AddEach(ShareKind.Mention, post.Mentions, NormalizeMention, account, ms, postIndex);
            }
        }

        if (_options.CollectInteractions)
        {
            AddInteractions(post, account, ms);
        }
    }

    /// <summary>The account of row <paramref name="row"/>'s author: found by its author key when it has one (no hashing
    /// of the id: a store keys non-numeric ids, such as the 64-character hashed ids of takedown archives, by dense
    /// negative numbers, and numeric ids by the id itself, see <see cref="KeyMap"/>), else by its id.</summary>
    private int AccountOf(PostBatch batch, int row)
    {
        var key = batch.AuthorKeys[row];
        if (key == -1)
        {
            return _accounts.GetOrAdd(batch.AuthorIds[row]); // no key
        }

        if (!_accountOfKey.TryGetValue(key, out var account))
        {
            account = _accounts.GetOrAdd(batch.AuthorIds[row]);
            _accountOfKey.Add(key, account);
        }

        return account;
    }

    private void AddText(int account, long ms, int post, PreparedText text, ReadOnlySpan<byte> signature)
    {
        if (text.Length == 0)
        {
            return;
        }

        var column = ColumnFor(ShareKind.Text);
        if (text.KnownObject >= 0)
        {
            column.Add(account, ms, post, text.KnownObject);
            return;
        }

        var objectId = column.ObjectFor(text.Hash, post, out var added);
        if (added)
        {
            TextObjects?.Added(objectId, text.Length);
            if (text.HasSignature)
            {
                column.SetSignature(objectId, _signatures.Add(signature));
            }
        }

        column.Add(account, ms, post, objectId);
    }

    private void AddObject(ShareKind kind, string label, int account, long ms, int post)
    {
        var column = ColumnFor(kind);
        column.Add(account, ms, post, column.ObjectFor(label, post));
    }

    private void AddEach(ShareKind kind, IReadOnlyList<string?>? values, Func<string, string?> normalize, int account, long ms, int post)
    {
        if (values is null || values.Count == 0 || !_wanted[(int)kind])
        {
            return;
        }

        _seen.Clear();
        foreach (var raw in values)
        {
            var label = raw is null ? null : normalize(raw);
            if (string.IsNullOrEmpty(label) || _seen.Contains(label))
            {
                continue;
            }

            _seen.Add(label);
            AddObject(kind, label, account, ms, post);
        }
    }

    /// <summary>As <see cref="AddEach(ShareKind, IReadOnlyList{string?}?, Func{string, string?}, int, long, int)"/> for
    /// the values of row <paramref name="row"/> of a list column: each distinct value is normalised and interned once
    /// (<paramref name="objects"/> remembers its object), and a post shares an object once even when two of its values
    /// normalise alike.</summary>
    private void AddEach(
        ShareKind kind, PostValueLists lists, int row, ValueIdMap objects, Func<string, string?> normalize, int account, long ms, int post)
    {
        var ids = lists.IdsOf(row);
        if (ids.IsEmpty || !_wanted[(int)kind])
        {
            return;
        }

        _seenIds.Clear();
        foreach (var id in ids)
        {
            if (!objects.TryGet(lists.Values, id, out var objectId))
            {
                var label = normalize(lists.Values[id]);
                objectId = string.IsNullOrEmpty(label) ? -1 : ColumnFor(kind).ObjectFor(label, post);
                objects.Set(id, objectId);
            }

            if (objectId < 0 || _seenIds.Contains(objectId))
            {
                continue;
            }

            _seenIds.Add(objectId);
            ColumnFor(kind).Add(account, ms, post, objectId);
        }
    }

    private void AddInteractions(in PostRow post, int account, long ms)
    {
        if (InteractionRules.WithReferencedAuthor(post.Kind) is { } kind && !string.IsNullOrEmpty(post.ReferencedAuthorId))
        {
            _interactions.Add(account, _accounts.GetOrAdd(post.ReferencedAuthorId), kind, ms);
        }

        if (!InteractionRules.CountsMentions(post.Kind))
        {
            return;
        }

        if (post.Batch is { } batch)
        {
            AddMentionInteractions(batch.Mentions, post.Row, account, ms);
            return;
        }

        if (post.Mentions is null)
        {
            return;
        }

        _seen.Clear();
        foreach (var raw in post.Mentions)
        {
            var mention = raw is null ? null : NormalizeMention(raw);
            if (!string.IsNullOrEmpty(mention) && !_seen.Contains(mention))
            {
                _seen.Add(mention);
                _interactions.Add(account, _accounts.GetOrAdd(mention), InteractionKind.Mention, ms);
            }
        }
    }

    /// <summary>The mentions of row <paramref name="row"/> of a list column as interactions, each distinct mentioned
    /// account once; a mention is normalised and its account found once per read.</summary>
    private void AddMentionInteractions(PostValueLists mentions, int row, int account, long ms)
    {
        _seenIds.Clear();
        foreach (var id in mentions.IdsOf(row))
        {
            if (!_mentionAccounts.TryGet(mentions.Values, id, out var target))
            {
                var mention = NormalizeMention(mentions.Values[id]);
                target = string.IsNullOrEmpty(mention) ? -1 : _accounts.GetOrAdd(mention);
                _mentionAccounts.Set(id, target);
            }

            if (target >= 0 && !_seenIds.Contains(target))
            {
                _seenIds.Add(target);
                _interactions.Add(account, target, InteractionKind.Mention, ms);
            }
        }
    }

    private static string? NormalizeHashtag(string tag) => tag.Trim().TrimStart('#', '＃').ToLowerInvariant();

    internal static string? NormalizeMention(string mention) => mention.Trim().TrimStart('@', '＠');

    /// <summary>One post's fields, from a <see cref="Post"/> or a <see cref="PostBatch"/> row; the referenced post is
    /// <c>ReferencedPostId</c>, or when that is null and <c>ReferencedKey</c> is not negative, that number. A batch row's
    /// hashtags, URLs and mentions are row <c>Row</c> of the list columns of <c>Batch</c>.</summary>
    private readonly record struct PostRow(
        string AuthorId,
        long Key,
        string? Id,
        long UnixMilliseconds,
        PostKind Kind,
        long ReferencedKey,
        string? ReferencedPostId,
        string? ReferencedAuthorId,
        IReadOnlyList<string?>? Hashtags,
        IReadOnlyList<string?>? Urls,
        IReadOnlyList<string?>? Mentions,
        PostBatch? Batch = null,
        int Row = 0)
    {
        public static PostRow Of(Post post) => new(
            post.AuthorId, 0, post.Id, post.Time.ToUnixTimeMilliseconds(), post.Kind, -1, post.ReferencedPostId, post.ReferencedAuthorId,
            post.Hashtags, post.Urls, post.Mentions);

        public static PostRow Of(PostBatch batch, int row) => new(
            batch.AuthorIds[row], batch.Keys[row], batch.Ids[row], batch.UnixSeconds[row] * 1000, batch.Kinds[row], batch.ReferencedKeys[row],
            batch.ReferencedIds[row],
            batch.ReferencedAuthorIds[row], null, null, null, batch, row);
    }
}
