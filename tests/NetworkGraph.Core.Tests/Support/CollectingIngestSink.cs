using NetworkGraph.Core.Ingestion;
using NetworkGraph.Core.Ingestion.Batches;
using NetworkGraph.Core.Model;

namespace NetworkGraph.Core.Tests.Support;

/// <summary>An in-memory ingest sink: keeps posts, profiles and shares as plain values, treats a post or share
/// whose id was seen before as a duplicate, and keeps checkpoints per fingerprint like a store would.</summary>
internal sealed class CollectingIngestSink : IIngestSink
{
    private readonly Dictionary<string, FileCheckpoint> _files = [];
    private readonly HashSet<string> _shareKeys = [];

    public List<SeenPost> Posts { get; } = [];

    public List<SeenProfile> Profiles { get; } = [];

    public List<Share> Shares { get; } = [];

    public int Batches { get; private set; }

    public Dictionary<string, long> RejectsLengths { get; } = [];

    public SeenPost Post(string id) => Posts.Single(p => p.Id == id);

    public long? CommittedRejectsLength(string rejectsPath) => RejectsLengths.TryGetValue(rejectsPath, out var l) ? l : null;

    public FileCheckpoint BeginFile(string fingerprint, string path, string format)
    {
        if (!_files.TryGetValue(fingerprint, out var checkpoint))
        {
            checkpoint = new FileCheckpoint(_files.Count + 1, format, 0, 1, default, false);
            _files[fingerprint] = checkpoint;
        }

        return checkpoint;
    }

    public BatchOutcome Write(IngestBatch batch, FileCheckpoint file, string rejectsPath, long rejectsLength)
    {
        Batches++;
        long accepted = 0, duplicates = 0;
        string Account(int index) => batch.String(batch.Accounts[index].Id.Text)!;
        foreach (var p in batch.Posts)
        {
            var id = batch.String(p.Id.Text)!;
            if (Posts.Any(seen => seen.Id == id))
            {
                duplicates += p.IsRow ? 1 : 0;
                continue;
            }

            accepted += p.IsRow ? 1 : 0;
            Posts.Add(new SeenPost(
                id,
                Account(p.Author),
                DateTimeOffset.FromUnixTimeSeconds(p.Time),
                p.Kind,
                batch.String(p.ReferencedPost.Text),
                p.ReferencedAuthor >= 0 ? Account(p.ReferencedAuthor) : null,
                batch.String(p.Language),
                batch.String(p.Text)!,
                batch.Mentions.Slice(p.MentionStart, p.MentionCount).ToArray().Select(Account).ToArray(),
                batch.Hashtags.Slice(p.HashtagStart, p.HashtagCount).ToArray().Select(t => batch.String(t)!).ToArray(),
                batch.Urls.Slice(p.UrlStart, p.UrlCount).ToArray().Select(u => batch.String(u.Url)!).ToArray(),
                batch.Urls.Slice(p.UrlStart, p.UrlCount).ToArray().Select(u => batch.String(u.Domain) ?? string.Empty).ToArray(),
                p.IsRow));
        }

        foreach (var p in batch.Profiles)
        {
            Profiles.Add(new SeenProfile(
                Account(p.Account), batch.String(p.Handle), batch.String(p.DisplayName), batch.String(p.Location),
                batch.String(p.Bio), batch.String(p.Language), p.CreatedAt, p.Followers, p.Following, p.ObservedAt));
        }

        foreach (var s in batch.Shares)
        {
            var kind = batch.String(s.ObjectKind)!;
            var objectId = batch.String(s.ObjectId)!;
            var content = batch.String(s.ContentId)!;
            if (!_shareKeys.Add($"{kind}\u0000{objectId}\u0000{content}"))
            {
                duplicates++;
                continue;
            }

            accepted++;
            Shares.Add(new Share(Account(s.Account), kind, objectId, content, DateTimeOffset.FromUnixTimeSeconds(s.Time)));
        }

        var outcome = new BatchOutcome(accepted + batch.ProfileRows, duplicates);
        var key = _files.Single(f => f.Value.FileKey == file.FileKey).Key;
        var old = _files[key];
        _files[key] = old with
        {
            Offset = batch.EndOffset,
            Line = batch.EndLine,
            Counts = old.Counts + new FileCounts(batch.RowsRead, outcome.Accepted, outcome.Duplicates, batch.Rejects.Count, batch.Skipped),
        };
        RejectsLengths[rejectsPath] = rejectsLength;
        return outcome;
    }

    public void CompleteFile(FileCheckpoint file)
    {
        var key = _files.Single(f => f.Value.FileKey == file.FileKey).Key;
        _files[key] = _files[key] with { Completed = true };
    }

    public void Finish()
    {
    }

    public void Dispose()
    {
    }

    /// <summary>A post as the sink saw it.</summary>
    public sealed record SeenPost(
        string Id, string Author, DateTimeOffset Time, PostKind Kind, string? ReferencedPost, string? ReferencedAuthor,
        string? Language, string Text, string[] Mentions, string[] Hashtags, string[] Urls, string[] Domains, bool IsRow);

    /// <summary>A profile observation as the sink saw it.</summary>
    public sealed record SeenProfile(
        string Account, string? Handle, string? DisplayName, string? Location, string? Bio, string? Language,
        long? CreatedAt, long? Followers, long? Following, long? ObservedAt);
}
