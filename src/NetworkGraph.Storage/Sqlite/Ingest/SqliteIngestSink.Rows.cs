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

    /// <summary>Stores the batch's posts, a statement per <see cref="PostWriter.RowsPerStatement"/> posts, and what
    /// each new post carries (in post order, so lookup keys are assigned in input order).</summary>
    private BatchOutcome WritePosts(IngestBatch batch)
    {
        long accepted = 0, duplicates = 0;
        var posts = batch.Posts;
        Span<long> keys = stackalloc long[PostWriter.RowsPerStatement];
        Span<bool> stored = stackalloc bool[PostWriter.RowsPerStatement];
        var start = 0;
        for (; start + keys.Length <= posts.Length; start += keys.Length)
        {
            var chunk = posts.Slice(start, keys.Length);
            for (var i = 0; i < chunk.Length; i++)
            {
                keys[i] = PostKey(batch, chunk[i].Id);
                BindPost(_posts.Many, i * PostWriter.Columns, batch, chunk[i], keys[i]);
            }

            _posts.RunMany(keys, stored);
            for (var i = 0; i < chunk.Length; i++)
            {
                CountAndWriteEntities(batch, chunk[i], keys[i], stored[i], ref accepted, ref duplicates);
            }
        }

        foreach (ref readonly var post in posts[start..])
        {
            var key = PostKey(batch, post.Id);
            BindPost(_posts.One, 0, batch, post, key);
            CountAndWriteEntities(batch, post, key, _posts.One.Run() > 0, ref accepted, ref duplicates);
        }

        return new BatchOutcome(accepted, duplicates);
    }

    private void CountAndWriteEntities(IngestBatch batch, in PostRecord post, long key, bool stored, ref long accepted, ref long duplicates)
    {
        if (!stored)
        {
            duplicates += post.IsRow ? 1 : 0;
            return;
        }

        accepted += post.IsRow ? 1 : 0;
        WriteEntities(batch, post, key);
    }

    private void BindPost(RawStatement statement, int at, IngestBatch batch, in PostRecord post, long key)
    {
        statement.Bind(at + 1, key);
        statement.Bind(at + 2, _accountKeys[post.Author]);
        statement.Bind(at + 3, post.Time);
        statement.Bind(at + 4, (long)post.Kind);
        if (post.ReferencedPost.HasValue)
        {
            statement.Bind(at + 5, PostKey(batch, post.ReferencedPost));
        }
        else
        {
            statement.BindNull(at + 5);
        }

        if (post.ReferencedAuthor >= 0)
        {
            statement.Bind(at + 6, _accountKeys[post.ReferencedAuthor]);
        }
        else
        {
            statement.BindNull(at + 6);
        }

        statement.BindPinnedText(at + 7, batch.Utf8(post.Language), post.Language.HasValue);
        statement.BindPinnedText(at + 8, batch.Utf8(post.Text));
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

    // Counts rows, not shares, so that a file's rows read = accepted + duplicates + rejected + skipped: a row (a wide
    // share-table row carries several shares) is accepted when it stored at least one new share, else a duplicate.
    private BatchOutcome WriteShares(IngestBatch batch)
    {
        long accepted = 0, duplicates = 0;
        var (row, rowStoredOne) = (-1L, false);
        foreach (ref readonly var share in batch.Shares)
        {
            if (share.Row != row)
            {
                CountRow(row, rowStoredOne, ref accepted, ref duplicates);
                (row, rowStoredOne) = (share.Row, false);
            }

            _insertShare.Bind(1, _lookups.ShareObject(batch.Utf8(share.ObjectKind), batch.Utf8(share.ObjectId)));
            _insertShare.BindPinnedText(2, batch.Utf8(share.ContentId));
            _insertShare.Bind(3, _accountKeys[share.Account]);
            _insertShare.Bind(4, share.Time);
            rowStoredOne |= _insertShare.Run() != 0;
        }

        CountRow(row, rowStoredOne, ref accepted, ref duplicates);
        return new BatchOutcome(accepted, duplicates);
    }

    private static void CountRow(long row, bool storedOne, ref long accepted, ref long duplicates)
    {
        if (row < 0)
        {
            return;
        }

        if (storedOne)
        {
            accepted++;
        }
        else
        {
            duplicates++;
        }
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
