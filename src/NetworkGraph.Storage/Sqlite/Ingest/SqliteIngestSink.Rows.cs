using NetworkGraph.Core.Ingestion;
using NetworkGraph.Core.Ingestion.Batches;

namespace NetworkGraph.Storage.Sqlite.Ingest;

internal sealed partial class SqliteIngestSink
{
    /// <summary>Resolves the batch's distinct accounts, in order of first appearance, to store keys.</summary>
    private void ResolveAccounts(IngestBatch batch)
    {
        var accounts = batch.Accounts;
        if (_accountKeys.Length < accounts.Length)
        {
            _accountKeys = new long[Math.Max(accounts.Length, _accountKeys.Length * 2)];
        }

        for (var i = 0; i < accounts.Length; i++)
        {
            ref readonly var account = ref accounts[i];
            _accountKeys[i] = _accounts.Resolve(
                batch.Utf8(account.Id.Text), account.Id.Number, batch.Utf8(account.Handle), account.Handle.HasValue);
        }
    }

    private BatchOutcome WritePosts(IngestBatch batch)
    {
        long accepted = 0, duplicates = 0;
        foreach (ref readonly var post in batch.Posts)
        {
            var key = PostKey(batch, post.Id);
            _insertPost.Bind(1, key);
            _insertPost.Bind(2, _accountKeys[post.Author]);
            _insertPost.Bind(3, post.Time);
            _insertPost.Bind(4, (long)post.Kind);
            if (post.ReferencedPost.HasValue)
            {
                _insertPost.Bind(5, PostKey(batch, post.ReferencedPost));
            }
            else
            {
                _insertPost.BindNull(5);
            }

            if (post.ReferencedAuthor >= 0)
            {
                _insertPost.Bind(6, _accountKeys[post.ReferencedAuthor]);
            }
            else
            {
                _insertPost.BindNull(6);
            }

            _insertPost.BindPinnedText(7, batch.Utf8(post.Language), post.Language.HasValue);
            _insertPost.BindPinnedText(8, batch.Utf8(post.Text));
            if (_insertPost.Run() == 0)
            {
                duplicates += post.IsRow ? 1 : 0;
                continue;
            }

            accepted += post.IsRow ? 1 : 0;
            WriteEntities(batch, post, key);
        }

        return new BatchOutcome(accepted, duplicates);
    }

    private void WriteEntities(IngestBatch batch, in PostRecord post, long key)
    {
        foreach (var account in batch.Mentions.Slice(post.MentionStart, post.MentionCount))
        {
            _insertMention.Add(key, _accountKeys[account]);
        }

        foreach (var tag in batch.Hashtags.Slice(post.HashtagStart, post.HashtagCount))
        {
            _insertHashtag.Add(key, _lookups.Hashtag(batch.Utf8(tag)));
        }

        foreach (var url in batch.Urls.Slice(post.UrlStart, post.UrlCount))
        {
            _insertUrl.Add(key, _lookups.Url(batch.Utf8(url.Url), batch.Utf8(url.Domain), url.Domain.HasValue));
        }
    }

    private BatchOutcome WriteShares(IngestBatch batch)
    {
        long accepted = 0, duplicates = 0;
        foreach (ref readonly var share in batch.Shares)
        {
            _insertShare.Bind(1, _lookups.ShareObject(batch.Utf8(share.ObjectKind), batch.Utf8(share.ObjectId)));
            _insertShare.BindPinnedText(2, batch.Utf8(share.ContentId));
            _insertShare.Bind(3, _accountKeys[share.Account]);
            _insertShare.Bind(4, share.Time);
            if (_insertShare.Run() == 0)
            {
                duplicates++;
            }
            else
            {
                accepted++;
            }
        }

        return new BatchOutcome(accepted, duplicates);
    }

    /// <summary>Applies the batch's profile observations (one per account, the batch's winner), each only where it
    /// is newer than the stored one: the same result as applying every observation in input order.</summary>
    private void WriteProfiles(IngestBatch batch)
    {
        foreach (ref readonly var p in batch.Profiles)
        {
            _accounts.Observe(_accountKeys[p.Account], new ProfileValues
            {
                Handle = batch.Utf8(p.Handle),
                HasHandle = p.Handle.HasValue,
                DisplayName = batch.Utf8(p.DisplayName),
                HasDisplayName = p.DisplayName.HasValue,
                Location = batch.Utf8(p.Location),
                HasLocation = p.Location.HasValue,
                Bio = batch.Utf8(p.Bio),
                HasBio = p.Bio.HasValue,
                Language = batch.Utf8(p.Language),
                HasLanguage = p.Language.HasValue,
                CreatedAt = p.CreatedAt,
                Followers = p.Followers,
                Following = p.Following,
                ObservedAt = p.ObservedAt,
                ContentHash = p.ContentHash,
            });
        }
    }

    private long PostKey(IngestBatch batch, IdRef id) =>
        id.IsNumeric ? id.Number : _lookups.PostId(batch.Utf8(id.Text));
}
