using System.Buffers;
using NetworkGraph.Core.Model;
using NetworkGraph.Core.Text;

namespace NetworkGraph.Core.Coordination;

/// <summary>Extraction of shares and interactions from posts.</summary>
public sealed partial class ShareTableBuilder
{
    private const int StackChars = 1024;
    private readonly List<string> _seen = [];

    private readonly record struct PreparedText(ulong Hash, int Length, bool HasSignature);

    private bool IsContent(Post post) => post.Kind != PostKind.Retweet || _options.IncludeRetweetsInContentKinds;

    private bool NeedsText(Post post) => WantsText && IsContent(post);

    private PreparedText PrepareText(string? text, Span<byte> signature, bool withSignature)
    {
        if (string.IsNullOrEmpty(text))
        {
            return default;
        }

        char[]? rented = null;
        Span<char> buffer = text.Length <= StackChars
            ? stackalloc char[StackChars]
            : rented = ArrayPool<char>.Shared.Rent(text.Length);
        try
        {
            var length = TextNormalizer.Normalize(text, buffer);
            if (length == 0)
            {
                return default;
            }

            var normalized = buffer[..length];
            var signed = withSignature && length >= _options.MinSimilarTextLength;
            if (signed)
            {
                _minHasher.ComputeSignature(normalized, signature);
            }

            return new PreparedText(StableHash.Hash64(normalized), length, signed);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    private void ProcessBatch(Post[] batch, int count, PreparedText[] prepared, byte[] signatures)
    {
        const int width = MinHashOptions.SignatureLength;
        var degree = Math.Min(_options.MaxDegreeOfParallelism, Math.Max(1, count / 256));
        if (WantsText && degree > 1)
        {
            Parallel.For(0, degree, new ParallelOptions { MaxDegreeOfParallelism = degree }, stripe =>
            {
                for (var i = stripe; i < count; i += degree)
                {
                    prepared[i] = NeedsText(batch[i])
                        ? PrepareText(batch[i].Text, signatures.AsSpan(i * width, width), WantsSignatures)
                        : default;
                }
            });
        }
        else
        {
            for (var i = 0; i < count; i++)
            {
                prepared[i] = NeedsText(batch[i])
                    ? PrepareText(batch[i].Text, signatures.AsSpan(i * width, width), WantsSignatures)
                    : default;
            }
        }

        for (var i = 0; i < count; i++)
        {
            Extract(batch[i], prepared[i], signatures.AsSpan(i * width, width));
            batch[i] = null!;
        }
    }

    private void Extract(Post post, PreparedText text, ReadOnlySpan<byte> signature)
    {
        var account = _accounts.GetOrAdd(post.AuthorId);
        var postIndex = _posts.Add(post.Id);
        var ms = post.Time.ToUnixTimeMilliseconds();
        if (_wanted[(int)ShareKind.Activity])
        {
            AddObject(ShareKind.Activity, string.Empty, account, ms, postIndex);
        }

        var reference = post.ReferencedPostId;
        if (!string.IsNullOrEmpty(reference))
        {
            if (post.Kind == PostKind.Retweet && _wanted[(int)ShareKind.Retweet])
            {
                AddObject(ShareKind.Retweet, reference, account, ms, postIndex);
            }
            else if (post.Kind == PostKind.Reply && _wanted[(int)ShareKind.ReplyParent])
            {
                AddObject(ShareKind.ReplyParent, reference, account, ms, postIndex);
            }
        }

        if (IsContent(post))
        {
            if (WantsText)
            {
                AddText(account, ms, postIndex, text, signature);
            }

            AddEach(ShareKind.Hashtag, post.Hashtags, NormalizeHashtag, account, ms, postIndex);
            AddEach(ShareKind.Url, post.Urls, UrlNormalizer.Normalize, account, ms, postIndex);
            AddEach(ShareKind.Domain, post.Urls, UrlNormalizer.Domain, account, ms, postIndex);
            AddEach(ShareKind.Mention, post.Mentions, NormalizeMention, account, ms, postIndex);
        }

        if (_options.CollectInteractions)
        {
            AddInteractions(post, account, ms);
        }
    }

    private void AddText(int account, long ms, int post, PreparedText text, ReadOnlySpan<byte> signature)
    {
        if (text.Length == 0)
        {
            return;
        }

        var column = ColumnFor(ShareKind.Text);
        var objectId = column.ObjectFor(text.Hash, post, out var added);
        if (added && text.HasSignature)
        {
            column.SetSignature(objectId, _signatures.Add(signature));
        }

        column.Add(account, ms, post, objectId);
    }

    private void AddObject(ShareKind kind, string label, int account, long ms, int post)
    {
        var column = ColumnFor(kind);
        column.Add(account, ms, post, column.ObjectFor(label, post));
    }

    private void AddEach(ShareKind kind, IReadOnlyList<string>? values, Func<string, string?> normalize, int account, long ms, int post)
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

    private void AddInteractions(Post post, int account, long ms)
    {
        if (post.Kind != PostKind.Original && !string.IsNullOrEmpty(post.ReferencedAuthorId))
        {
            var kind = post.Kind switch
            {
                PostKind.Retweet => InteractionKind.Retweet,
                PostKind.Quote => InteractionKind.Quote,
                _ => InteractionKind.Reply,
            };
            AddInteraction(account, _accounts.GetOrAdd(post.ReferencedAuthorId), kind, ms);
        }

        if (post.Kind == PostKind.Retweet || post.Mentions is null)
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
                AddInteraction(account, _accounts.GetOrAdd(mention), InteractionKind.Mention, ms);
            }
        }
    }

    private void AddInteraction(int actor, int target, InteractionKind kind, long ms)
    {
        if (actor != target)
        {
            _interactions.Add(actor, target, kind, ms);
        }
    }

    private static string? NormalizeHashtag(string tag) => tag.Trim().TrimStart('#', '＃').ToLowerInvariant();

    private static string? NormalizeMention(string mention) => mention.Trim().TrimStart('@', '＠');
}
