using NetworkGraph.Core.Model;
using NetworkGraph.Storage.Sqlite;
using NetworkGraph.Storage.Tests.Support;

namespace NetworkGraph.Storage.Tests.Sqlite;

/// <summary>The analysis' reads give the posts and accounts the object reads give, without reading the collection as
/// objects.</summary>
public sealed class SqliteStorePostBatchesTests
{
    private const PostBatchColumns Every = PostBatchColumns.Text | PostBatchColumns.Hashtags | PostBatchColumns.Urls | PostBatchColumns.Mentions;

    [Fact]
    public async Task Column_chunks_hold_every_post_as_the_object_read_gives_it_in_its_order()
    {
        var fixture = new IngestStoreFixture();
        await fixture.IngestFixturesAsync(IngestStoreFixture.AllFixtures);
        using var store = fixture.Open();
        var posts = await store.ReadPostsAsync().ToListAsync();

        var rows = new List<string>();
        await foreach (var batch in store.ReadPostBatchesAsync(Every, chunkSize: 3))
        {
            Assert.InRange(batch.Count, 1, 3);
            for (var i = 0; i < batch.Count; i++)
            {
                rows.Add(Line(batch.IdOf(i), batch.AuthorIds[i], batch.UnixSeconds[i], batch.Kinds[i], batch.ReferencedIds[i],
                    batch.ReferencedAuthorIds[i], batch.Texts[i], batch.Hashtags[i] ?? [], batch.Urls[i] ?? [], batch.Mentions[i] ?? []));
            }
        }

        Assert.True(posts.Count > 3);
        Assert.Equal(posts.Select(Line), rows);
    }

    [Fact]
    public async Task Column_chunks_leave_out_the_columns_not_asked_for_and_the_posts_before_since()
    {
        var fixture = new IngestStoreFixture();
        await fixture.IngestFixturesAsync(IngestStoreFixture.AllFixtures);
        using var store = fixture.Open();
        var posts = await store.ReadPostsAsync().ToListAsync();
        var since = posts[posts.Count / 2].Time.ToUnixTimeSeconds();

        var batches = await store.ReadPostBatchesAsync(PostBatchColumns.None, since).ToListAsync();

        var ids = batches.SelectMany(b => Enumerable.Range(0, b.Count).Select(b.IdOf)).ToList();
        Assert.Equal(posts.Where(p => p.Time.ToUnixTimeSeconds() >= since).Select(p => p.Id), ids);
        Assert.Equal(ids.Count, await store.CountPostsAsync(since));
        Assert.All(batches, b => Assert.All(b.Texts.Take(b.Count), Assert.Null));
        Assert.All(batches, b => Assert.All(b.Urls.Take(b.Count), Assert.Null));
    }

    [Fact]
    public async Task The_posts_and_accounts_of_chosen_accounts_are_those_of_the_object_reads()
    {
        var fixture = new IngestStoreFixture();
        await fixture.IngestFixturesAsync(IngestStoreFixture.AllFixtures);
        using var store = fixture.Open();
        var posts = await store.ReadPostsAsync().ToListAsync();
        var accounts = await store.ReadAccountsAsync().ToListAsync();
        var chosen = posts.Select(p => p.AuthorId).Distinct().Order(StringComparer.Ordinal).Take(2).Append("nobody").ToList();

        var theirs = await store.ReadPostsOfAccountsAsync(chosen).ToListAsync();
        var profiles = await store.ReadAccountsByIdAsync(chosen).ToListAsync();

        Assert.Equal(posts.Where(p => chosen.Contains(p.AuthorId)).Select(Line), theirs.Select(Line));
        Assert.NotEmpty(theirs);
        Assert.Equal(accounts.Where(a => chosen.Contains(a.Id)), profiles);
        Assert.Equal(2, profiles.Count);
    }

    private static string Line(Post p) => Line(
        p.Id, p.AuthorId, p.Time.ToUnixTimeSeconds(), p.Kind, p.ReferencedPostId, p.ReferencedAuthorId, p.Text, p.Hashtags, p.Urls, p.Mentions);

    private static string Line(
        string id, string author, long time, PostKind kind, string? reference, string? referencedAuthor, string? text,
        IReadOnlyList<string> hashtags, IReadOnlyList<string> urls, IReadOnlyList<string> mentions) =>
        string.Join('|', id, author, time, kind, reference, referencedAuthor, text, string.Join(',', hashtags), string.Join(',', urls), string.Join(',', mentions));
}
