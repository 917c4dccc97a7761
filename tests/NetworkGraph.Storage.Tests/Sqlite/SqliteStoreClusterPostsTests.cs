using NetworkGraph.Core.Model;
using NetworkGraph.Storage.Tests.Support;

namespace NetworkGraph.Storage.Tests.Sqlite;

/// <summary>The cluster stage's column read gives, row for row, the posts the object read of the same accounts gives.</summary>
public sealed class SqliteStoreClusterPostsTests
{
    [Fact]
    public async Task The_columns_of_chosen_accounts_hold_the_posts_the_object_read_gives_in_its_order()
    {
        var fixture = new IngestStoreFixture();
        await fixture.IngestFixturesAsync(IngestStoreFixture.AllFixtures);
        using var store = fixture.Open();
        var posts = await store.ReadPostsAsync().ToListAsync();
        var chosen = posts.Select(p => p.AuthorId).Distinct().Order(StringComparer.Ordinal).Where((_, i) => i % 2 == 0).Append("nobody").ToList();

        var objects = await store.ReadPostsOfAccountsAsync(chosen).ToListAsync();
        var columns = await store.ReadClusterPostsAsync(chosen);

        Assert.Equal(objects.Select(Line), Enumerable.Range(0, columns.Count).Select(r => Line(columns.ToPost(r))));
        // The fixtures exercise what the column read puts together: several values per post, referenced authors.
        Assert.Contains(objects, p => p.Hashtags.Count > 1);
        Assert.Contains(objects, p => p.Mentions.Count > 0);
        Assert.Contains(objects, p => p.Urls.Count > 0);
        Assert.Contains(objects, p => p.ReferencedAuthorId is not null);
        Assert.Contains(objects, p => p.Language is not null);
    }

    [Fact]
    public async Task The_columns_leave_out_the_posts_before_since()
    {
        var fixture = new IngestStoreFixture();
        await fixture.IngestFixturesAsync(IngestStoreFixture.AllFixtures);
        using var store = fixture.Open();
        var posts = await store.ReadPostsAsync().ToListAsync();
        var since = posts[posts.Count / 2].Time.ToUnixTimeSeconds();
        var everyone = posts.Select(p => p.AuthorId).Distinct().ToList();

        var columns = await store.ReadClusterPostsAsync(everyone, since);

        Assert.Equal(posts.Where(p => p.Time.ToUnixTimeSeconds() >= since).Select(Line), Enumerable.Range(0, columns.Count).Select(r => Line(columns.ToPost(r))));
    }

    private static string Line(Post p) => string.Join(
        '|', p.Id, p.AuthorId, p.Time.UtcTicks, p.Kind, p.ReferencedPostId, p.ReferencedAuthorId, p.Language, p.Text,
        string.Join(',', p.Hashtags), string.Join(',', p.Urls), string.Join(',', p.Mentions));
}
