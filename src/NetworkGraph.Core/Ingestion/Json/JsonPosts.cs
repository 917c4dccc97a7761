using NetworkGraph.Core.Ingestion.Batches;
using NetworkGraph.Core.Ingestion.Parsing;
using NetworkGraph.Core.Model;

namespace NetworkGraph.Core.Ingestion.Json;

/// <summary>A post read from JSON, before it is added to a batch.</summary>
internal sealed record JsonPost(string Id, string AuthorId, long Time, PostKind Kind, string Text)
{
    public string? ReferencedPostId { get; init; }

    public string? ReferencedAuthorId { get; init; }

    public string? Language { get; init; }

    public IReadOnlyList<(string? Id, string? Handle)> Mentions { get; init; } = [];

    public IReadOnlyList<string> Hashtags { get; init; } = [];

    public IReadOnlyList<string> Urls { get; init; } = [];

    /// <summary>Adds the post and its entities to the batch.</summary>
    public void AddTo(IngestBatch batch, bool isRow)
    {
        var author = batch.AddAccount(AuthorId);
        var mentionStart = batch.MentionCount;
        var mentions = 0;
        foreach (var (id, handle) in Mentions)
        {
            if (string.IsNullOrEmpty(id))
            {
                continue; // a handle without an id cannot be keyed
            }

            var account = batch.AddAccount(id);
            batch.AddHandle(account, handle);
            batch.AddMention(account);
            mentions++;
        }

        var hashtagStart = batch.HashtagCount;
        foreach (var tag in Hashtags)
        {
            batch.AddHashtag(batch.AddText(tag.StartsWith('#') ? tag[1..] : tag));
        }

        var urlStart = batch.UrlCount;
        Span<byte> domain = stackalloc byte[256];
        foreach (var url in Urls)
        {
            var text = batch.AddText(url);
            var length = Domains.Extract(batch.Utf8(text), domain);
            batch.AddUrl(new UrlRecord(text, length > 0 ? batch.AddText(domain[..length]) : Utf8Ref.None));
        }

        batch.AddPost(new PostRecord
        {
            Id = batch.AddId(Id),
            Author = author,
            Time = Time,
            Kind = Kind,
            ReferencedPost = batch.AddId(ReferencedPostId),
            ReferencedAuthor = string.IsNullOrEmpty(ReferencedAuthorId) ? -1 : batch.AddAccount(ReferencedAuthorId),
            Language = batch.AddOptional(Language),
            Text = batch.AddText(Text),
            MentionStart = mentionStart,
            MentionCount = mentions,
            HashtagStart = hashtagStart,
            HashtagCount = Hashtags.Count,
            UrlStart = urlStart,
            UrlCount = Urls.Count,
            IsRow = isRow,
        });
    }
}

/// <summary>A profile read from JSON, before it is added to a batch.</summary>
internal sealed record JsonProfile(string Id)
{
    public string? Handle { get; init; }

    public string? DisplayName { get; init; }

    public string? Location { get; init; }

    public string? Bio { get; init; }

    public string? Language { get; init; }

    public long? CreatedAt { get; init; }

    public long? Followers { get; init; }

    public long? Following { get; init; }

    /// <summary>Adds the observation to the batch when it is the newest the batch has for the account.</summary>
    public void AddTo(IngestBatch batch, long? observedAt)
    {
        var account = batch.AddAccount(Id);
        if (!batch.WantsProfile(account, observedAt))
        {
            return;
        }

        batch.SetProfile(new ProfileRecord
        {
            Account = account,
            Handle = batch.AddOptional(Handle),
            DisplayName = batch.AddOptional(DisplayName),
            Location = batch.AddOptional(Location),
            Bio = batch.AddOptional(Bio),
            Language = batch.AddOptional(Language),
            CreatedAt = CreatedAt,
            Followers = Followers,
            Following = Following,
            ObservedAt = observedAt,
        });
    }
}
