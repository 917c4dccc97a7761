using System.Text.Json;
using NetworkGraph.Core.Ingestion.Batches;
using NetworkGraph.Core.Ingestion.Parsing;
using NetworkGraph.Core.Model;
using NetworkGraph.Core.Text;
using static NetworkGraph.Core.Ingestion.Json.JsonValues;

namespace NetworkGraph.Core.Ingestion.Json;

/// <summary>A post read from JSON, its text held as UTF-8 in the parsed unit until it is added to a batch.</summary>
internal readonly ref struct JsonPost
{
    private static readonly string[] V2Ids = ["id"];

    public required ReadOnlySpan<byte> Id { get; init; }

    public required ReadOnlySpan<byte> AuthorId { get; init; }

    public required long Time { get; init; }

    public required PostKind Kind { get; init; }

    public required ReadOnlySpan<byte> Text { get; init; }

    public ReadOnlySpan<byte> ReferencedPostId { get; init; }

    public ReadOnlySpan<byte> ReferencedAuthorId { get; init; }

    public ReadOnlySpan<byte> Language { get; init; }

    /// <summary>The entities object (mentions, hashtags, URLs).</summary>
    public JsonElement Entities { get; init; }

    /// <summary>Whether the entities use v1.1 names (user_mentions, screen_name, hashtags[].text).</summary>
    public bool V1 { get; init; }

    /// <summary>Adds the post and its entities to the batch; a mention without an id is keyed through
    /// <paramref name="handles"/>, or dropped when the unit does not say who it is.</summary>
    public void AddTo(IngestBatch batch, bool isRow, HandleDirectory handles)
    {
        var author = batch.AddAccount(AuthorId);
        var mentionStart = batch.MentionCount;
        var mentions = 0;
        foreach (var mention in Objects(Entities, V1 ? "user_mentions"u8 : "mentions"u8))
        {
            var handle = Utf8(mention, V1 ? "screen_name"u8 : "username"u8);
            int account;
            if (TryId(mention, V1 ? V1Reader.IdNames : V2Ids, out var id, out _, out _))
            {
                account = batch.AddAccount(id);
                batch.AddHandle(account, handle);
            }
            else if (!handle.IsEmpty && handles.TryFind(handle, out var user))
            {
                account = batch.AddAccount(user.Id);
                batch.AddHandle(account, user.Handle);
            }
            else
            {
                continue;
            }

            batch.AddMention(account);
            mentions++;
        }

        var hashtagStart = batch.HashtagCount;
        var hashtags = 0;
        foreach (var hashtag in Objects(Entities, "hashtags"u8))
        {
            if (TryText(hashtag, V1 ? "text"u8 : "tag"u8, out var tag))
            {
                batch.AddHashtag(batch.AddText(tag.StartsWith((byte)'#') ? tag[1..] : tag));
                hashtags++;
            }
        }

        var urlStart = batch.UrlCount;
        var urls = 0;
        Span<byte> domain = stackalloc byte[256];
        foreach (var item in Objects(Entities, "urls"u8))
        {
            if ((!V1 && TryText(item, "unwound_url"u8, out var url)) || TryText(item, "expanded_url"u8, out url) || TryText(item, "url"u8, out url))
            {
                var text = batch.AddText(url);
                var length = UrlHost.Extract(batch.Utf8(text), domain);
                batch.AddUrl(new UrlRecord(text, length > 0 ? batch.AddText(domain[..length]) : Utf8Ref.None));
                urls++;
            }
        }

        batch.AddPost(new PostRecord
        {
            Id = batch.AddId(Id),
            Author = author,
            Time = Time,
            Kind = Kind,
            ReferencedPost = batch.AddId(ReferencedPostId),
            ReferencedAuthor = ReferencedAuthorId.IsEmpty ? -1 : batch.AddAccount(ReferencedAuthorId),
            Language = batch.AddOptional(Language),
            Text = batch.AddText(Text),
            MentionStart = mentionStart,
            MentionCount = mentions,
            HashtagStart = hashtagStart,
            HashtagCount = hashtags,
            UrlStart = urlStart,
            UrlCount = urls,
            IsRow = isRow,
        });
    }
}

/// <summary>Adds user objects to a batch as profile observations.</summary>
internal static class JsonProfiles
{
    private static readonly string[] V2Ids = ["id"];

    /// <summary>A v2 user object (id, username, public_metrics...); a creation time outside <paramref name="times"/>
    /// reads as unknown.</summary>
    public static void AddV2(IngestBatch batch, JsonElement user, long? observedAt, TimeRange times)
    {
        if (TryId(user, V2Ids, out var id, out _, out _))
        {
            Add(batch, batch.AddAccount(id), observedAt, user, Utf8(user, "username"u8), default,
                Timestamps.TryParseIso(Utf8(user, "created_at"u8), out var created) && times.Contains(created) ? created : null,
                Count(user, "public_metrics"u8, "followers_count"u8), Count(user, "public_metrics"u8, "following_count"u8));
        }
    }

    /// <summary>A v1.1 user object (id_str, screen_name, followers_count..., or their hashed twins); a creation
    /// time outside <paramref name="times"/> reads as unknown.</summary>
    public static void AddV1(IngestBatch batch, JsonElement user, long? observedAt, TimeRange times)
    {
        if (TryId(user, V1Reader.IdNames, out var id, out _, out _))
        {
            Add(batch, batch.AddAccount(id), observedAt, user, Utf8(user, "screen_name"u8), Utf8(user, "lang"u8),
                Timestamps.TryParseTwitterV1(Utf8(user, "created_at"u8), out var created) && times.Contains(created) ? created : null,
                Count(user, "followers_count"u8), Count(user, "friends_count"u8));
        }
    }

    private static void Add(
        IngestBatch batch, int account, long? observedAt, JsonElement user, ReadOnlySpan<byte> handle, ReadOnlySpan<byte> language,
        long? createdAt, long? followers, long? following)
    {
        if (!batch.WantsProfile(account, observedAt))
        {
            return;
        }

        var name = Utf8(user, "name"u8);
        var location = Utf8(user, "location"u8);
        var bio = Utf8(user, "description"u8);
        if (batch.TryRefreshProfile(account, observedAt, handle, name, location, bio, language, createdAt, followers, following))
        {
            return;
        }

        batch.SetProfile(new ProfileRecord
        {
            Account = account,
            Handle = batch.AddOptional(handle),
            DisplayName = batch.AddOptional(name),
            Location = batch.AddOptional(location),
            Bio = batch.AddOptional(bio),
            Language = batch.AddOptional(language),
            CreatedAt = createdAt,
            Followers = followers,
            Following = following,
            ObservedAt = observedAt,
        });
    }
}
