using NetworkGraph.Core.Clustering;
using NetworkGraph.Core.Model;
using NetworkGraph.Core.Snapshots;
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

    [Theory]
    [InlineData(1, false)]
    [InlineData(1, true)]
    [InlineData(2, false)] // the profiles read on a connection of their own
    [InlineData(2, true)]
    public async Task The_profiles_read_with_the_columns_are_those_of_the_accounts_their_posts_name(int threads, bool sinceHalfway)
    {
        // The last post retweets one by an account no chosen post mentions: only the reference names it.
        var fixture = await IngestStoreFixture.OfFixturesChangedByAsync("""
            INSERT INTO accounts (account_key, account_id, handle) VALUES (-777, 'only-referenced', 'only_referenced');
            INSERT INTO posts (post_key, author_key, time, kind, ref_post_key, ref_author_key, language, text)
                SELECT -778, -777, min(time), 0, NULL, NULL, 'en', 'an original' FROM posts;
            INSERT INTO posts (post_key, author_key, time, kind, ref_post_key, ref_author_key, language, text)
                SELECT -779, (SELECT min(author_key) FROM posts WHERE author_key <> -777), max(time) + 1, 1, -778, -777, 'en', 'an original' FROM posts;
            INSERT INTO post_ids (post_key, post_id) VALUES (-778, 'x778'), (-779, 'x779');
            """);
        using var store = fixture.Open();
        var posts = await store.ReadPostsAsync().ToListAsync();
        long? since = sinceHalfway ? posts[posts.Count / 2].Time.ToUnixTimeSeconds() : null;
        var retweeter = posts.Single(p => p.Id == "x779").AuthorId;
        var chosen = posts.Select(p => p.AuthorId).Distinct().Order(StringComparer.Ordinal).Where((_, i) => i % 2 == 0)
            .Append(retweeter).Append("nobody").Where(a => a != "only-referenced").Distinct().ToList();

        var (columns, profiles) = await store.ReadClusterPostsAndAccountsAsync(chosen, since, threads, CancellationToken.None);

        var theirs = await store.ReadPostsOfAccountsAsync(chosen, since).ToListAsync();
        var named = chosen.Concat(theirs.Select(p => p.ReferencedAuthorId).OfType<string>()).Concat(theirs.SelectMany(p => p.Mentions)).Distinct().ToList();
        Assert.Equal(await store.ReadAccountsByIdAsync(named).ToListAsync(), profiles);
        Assert.Equal(theirs.Select(Line), Enumerable.Range(0, columns.Count).Select(r => Line(columns.ToPost(r))));
        Assert.Contains(profiles, a => !chosen.Contains(a.Id)); // an account the posts name, not chosen
        Assert.Contains(profiles, a => a.Id == "only-referenced" && !chosen.Contains(a.Id));
        if (since is not null)
        {
            var (_, all) = await store.ReadClusterPostsAndAccountsAsync(chosen, null, threads, CancellationToken.None);
            Assert.NotEqual(all.Count, profiles.Count); // an account named only before the lookback is left out
        }
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

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task More_posts_than_a_column_chunk_holds_read_as_the_object_read_gives_them(int threads)
    {
        var fixture = await SeventyThousandMorePostsAsync();
        using var store = fixture.Open();
        var posts = await store.ReadPostsAsync().ToListAsync();
        var everyone = posts.Select(p => p.AuthorId).Distinct().ToList();

        var columns = await store.ReadClusterPostsAsync(everyone, null, threads, CancellationToken.None);

        Assert.True(columns.Count > 70_000);
        Assert.Equal(posts.Select(Line), Enumerable.Range(0, columns.Count).Select(r => Line(columns.ToPost(r))));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task Retweets_of_one_post_with_different_texts_and_texts_that_are_not_UTF8_read_as_the_object_read_gives_them(int threads)
    {
        // Every retweet now names one original but keeps its own text; one text holds bytes that are not UTF-8.
        var fixture = await IngestStoreFixture.OfFixturesChangedByAsync("""
            UPDATE posts SET ref_post_key = (SELECT min(ref_post_key) FROM posts WHERE kind = 1) WHERE kind = 1;
            UPDATE posts SET text = CAST(x'6869C3FF2028' AS TEXT) WHERE post_key = (SELECT min(post_key) FROM posts WHERE kind = 0);
            """);

        using var store = fixture.Open();
        var posts = await store.ReadPostsAsync().ToListAsync();
        var everyone = posts.Select(p => p.AuthorId).Distinct().ToList();

        var columns = await store.ReadClusterPostsAsync(everyone, null, threads, CancellationToken.None);

        Assert.Equal(posts.Select(Line), Enumerable.Range(0, columns.Count).Select(r => Line(columns.ToPost(r))));
        Assert.True(posts.Count(p => p.Kind == PostKind.Retweet) > 1 && posts.Where(p => p.Kind == PostKind.Retweet).Select(p => p.Text).Distinct().Count() > 1);
        Assert.Contains(posts, p => p.Text.Contains('\ufffd', StringComparison.Ordinal));
        var partition = everyone.ToDictionary(a => a, _ => 1, StringComparer.Ordinal);
        Assert.True(columns.InStoreOrder);
        Assert.Equal(
            InputFingerprint.Compute(new ClusterInput([], posts, partition, [])),
            InputFingerprint.Compute(new ClusterInput([], [], partition, []) { PostColumns = InAnyOrder(columns) }));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task A_cancelled_read_of_many_posts_stops_in_its_scan_with_the_callers_token(int threads)
    {
        // The scan looks at the token every 65,536 rows, and with two threads at each chunk of rows.
        var fixture = await SeventyThousandMorePostsAsync();
        using var store = fixture.Open();
        var everyone = (await store.ReadPostsAsync().ToListAsync()).Select(p => p.AuthorId).Distinct().ToList();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        var thrown = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.ReadClusterPostsAsync(everyone, null, threads, cancelled.Token));

        Assert.Equal(cancelled.Token, thrown.CancellationToken);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task Retweets_of_one_post_across_many_chunks_and_a_text_longer_than_a_chunk_read_as_the_object_read_gives_them(int threads)
    {
        // 10,000 retweets of one post, most with one text (stored once), some with their own, spread over more rows than a
        // chunk of rows holds; and one text of 1.5 MB, more than a chunk's first buffer.
        var fixture = await IngestStoreFixture.OfFixturesChangedByAsync("""
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10000)
            INSERT INTO posts (post_key, author_key, time, kind, ref_post_key, ref_author_key, language, text)
            SELECT 800000000000000000 + i, (SELECT min(author_key) FROM posts), 1700000000 + i, 1,
                   (SELECT min(post_key) FROM posts WHERE kind = 0), NULL, NULL,
                   CASE WHEN i % 97 = 0 THEN 'RT @someone: edited ' || i ELSE 'RT @someone: the same words' END
            FROM n;
            UPDATE posts SET text = replace(hex(zeroblob(750000)), '00', 'ab') WHERE post_key = 800000000000005000;
            """);
        using var store = fixture.Open();
        var posts = await store.ReadPostsAsync().ToListAsync();
        var everyone = posts.Select(p => p.AuthorId).Distinct().ToList();

        var columns = await store.ReadClusterPostsAsync(everyone, null, threads, CancellationToken.None);

        Assert.Contains(posts, p => p.Text.Length == 1_500_000);
        Assert.Equal(posts.Select(Line), Enumerable.Range(0, columns.Count).Select(r => Line(columns.ToPost(r))));
    }

    [Fact]
    public async Task The_fingerprint_of_a_read_in_store_order_is_that_of_a_second_read_and_another_once_a_text_changes()
    {
        var fixture = await IngestStoreFixture.OfFixturesChangedByAsync("SELECT 1");
        var changed = await IngestStoreFixture.OfFixturesChangedByAsync(
            "UPDATE posts SET text = text || '.' WHERE post_key = (SELECT max(post_key) FROM posts WHERE kind = 0);");
        string FingerprintOf(ClusterPosts columns) => InputFingerprint.Compute(new ClusterInput([], [], new Dictionary<string, int>(), []) { PostColumns = columns });

        using var store = fixture.Open();
        using var other = changed.Open();
        var everyone = (await store.ReadPostsAsync().ToListAsync()).Select(p => p.AuthorId).Distinct().ToList();
        var first = await store.ReadClusterPostsAsync(everyone);

        Assert.Equal(FingerprintOf(first), FingerprintOf(await store.ReadClusterPostsAsync(everyone, null, 2, CancellationToken.None)));
        Assert.NotEqual(FingerprintOf(first), FingerprintOf(await other.ReadClusterPostsAsync(everyone)));
    }

    [Fact]
    public async Task Many_ids_that_are_no_numbers_fingerprint_alike_on_one_and_two_threads()
    {
        // 20,000 more posts whose ids are no numbers (negative keys with their post_ids rows), times running backwards so
        // the read reorders them, some retweeting a hashed post: one raw line per such id and per such referenced id.
        var fixture = await IngestStoreFixture.OfFixturesChangedByAsync("""
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000)
            INSERT INTO posts (post_key, author_key, time, kind, ref_post_key, ref_author_key, language, text)
            SELECT -100000 - i, (SELECT min(author_key) FROM posts) + (i % 3), 1700000000 - (i % 4000),
                   CASE WHEN i % 4 = 0 THEN 1 ELSE 0 END, CASE WHEN i % 4 = 0 THEN -100001 END, NULL, 'fr', 'hashed ' || (i % 333)
            FROM n;
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000)
            INSERT INTO post_ids (post_key, post_id) SELECT -100000 - i, printf('%064x', i * 2654435761) FROM n;
            """);
        string FingerprintOf(ClusterPosts columns) => InputFingerprint.Compute(new ClusterInput([], [], new Dictionary<string, int>(), []) { PostColumns = columns });

        using var store = fixture.Open();
        var posts = await store.ReadPostsAsync().ToListAsync();
        var everyone = posts.Select(p => p.AuthorId).Distinct().ToList();
        var one = await store.ReadClusterPostsAsync(everyone, null, 1, CancellationToken.None);
        var two = await store.ReadClusterPostsAsync(everyone, null, 2, CancellationToken.None);

        Assert.True(posts.Count(p => p.Id.Length == 64) == 20_000 && posts.Count(p => p.ReferencedPostId?.Length == 64) == 5_000);
        Assert.Equal(posts.Select(Line), Enumerable.Range(0, two.Count).Select(r => Line(two.ToPost(r))));
        Assert.Equal(FingerprintOf(one), FingerprintOf(two));
        Assert.Equal(FingerprintOf(one), InputFingerprint.Compute(new ClusterInput([], [], new Dictionary<string, int>(), []) { PostColumns = one }, hashAlongside: true));
    }

    /// <summary>The same columns, not said to be in their store's order (the fingerprint then hashes each post's line).</summary>
    private static ClusterPosts InAnyOrder(ClusterPosts c) => new(
        c.Strings, c.Ids, c.Authors, c.Ticks, c.Kinds, c.Languages, c.Texts, c.ReferencedIds, c.ReferencedAuthors, c.Mentions, c.Hashtags, c.Urls);

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Read_on_several_threads_the_columns_hold_what_the_object_read_gives(int threads)
    {
        // 70,000 more posts, their times running backwards so the read reorders them, every fifth a retweet of one
        // original, some with hashtags, URLs and mentions, and a text that is not UTF-8: the columns, added on another
        // thread than the scan's, must land on the rows the object read gives.
        var fixture = await IngestStoreFixture.OfFixturesChangedByAsync("""
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 70000)
            INSERT INTO posts (post_key, author_key, time, kind, ref_post_key, ref_author_key, language, text)
            SELECT 900000000000000000 + (i * 7919), (SELECT min(author_key) FROM posts) + (i % 3), 1700000000 - (i % 5000),
                   CASE WHEN i % 5 = 0 THEN 1 ELSE 0 END, CASE WHEN i % 5 = 0 THEN (SELECT min(post_key) FROM posts) END, NULL,
                   CASE WHEN i % 3 = 0 THEN 'fr' WHEN i % 3 = 1 THEN 'de' END, 'text ' || (i % 777)
            FROM n;
            INSERT INTO post_hashtags (post_key, hashtag_key)
            SELECT p.post_key, h.hashtag_key FROM posts p, hashtags h WHERE p.post_key % 11 = 0 AND p.post_key > 900000000000000000;
            INSERT OR IGNORE INTO post_urls (post_key, url_key)
            SELECT p.post_key, (SELECT min(url_key) FROM urls) FROM posts p WHERE p.post_key % 13 = 0;
            INSERT OR IGNORE INTO post_mentions (post_key, account_key)
            SELECT p.post_key, p.author_key FROM posts p WHERE p.post_key % 17 = 0;
            UPDATE posts SET text = CAST(x'6869C3FF2028' AS TEXT) WHERE post_key = 900000000000000000 + 7919 * 4;
            """);

        using var store = fixture.Open();
        var posts = await store.ReadPostsAsync().ToListAsync();
        var everyone = posts.Select(p => p.AuthorId).Distinct().ToList();

        var columns = await store.ReadClusterPostsAsync(everyone, null, threads, CancellationToken.None);

        Assert.True(columns.Count > 70_000);
        Assert.Equal(posts.Select(Line), Enumerable.Range(0, columns.Count).Select(r => Line(columns.ToPost(r))));
        Assert.True(posts.Count(p => p.Hashtags.Count > 1) > 1000 && posts.Count(p => p.Urls.Count > 0) > 1000 && posts.Count(p => p.Mentions.Count > 0) > 1000);
        var partition = everyone.ToDictionary(a => a, _ => 1, StringComparer.Ordinal);
        Assert.Equal(
            InputFingerprint.Compute(new ClusterInput([], [], partition, []) { PostColumns = await store.ReadClusterPostsAsync(everyone) }),
            InputFingerprint.Compute(new ClusterInput([], [], partition, []) { PostColumns = columns }));
    }

    [Theory]
    [InlineData(1, false)]
    [InlineData(2, false)]
    [InlineData(1, true)]
    [InlineData(2, true)]
    public async Task Ids_that_are_not_numbers_and_a_store_without_any_read_as_the_object_read_gives_them(int threads, bool withoutIds)
    {
        // Either every post id a number (no post_ids row: the scans leave out their joins), or a post whose id is not
        // one, and a retweet of it.
        var fixture = await IngestStoreFixture.OfFixturesChangedByAsync(withoutIds
            ? "DELETE FROM posts WHERE post_key < 0; DELETE FROM post_ids; UPDATE posts SET ref_post_key = NULL WHERE ref_post_key < 0;"
            : """
              INSERT INTO post_ids (post_key, post_id) VALUES (-9999, 'not-a-number');
              INSERT INTO posts (post_key, author_key, time, kind, ref_post_key, ref_author_key, language, text)
              SELECT -9999, min(author_key), 1600000000, 0, NULL, NULL, 'en', 'an original' FROM posts;
              INSERT INTO posts (post_key, author_key, time, kind, ref_post_key, ref_author_key, language, text)
              SELECT 987654321, max(author_key), 1600000060, 1, -9999, min(author_key), 'en', 'RT an original' FROM posts;
              """);
        using var store = fixture.Open();
        var posts = await store.ReadPostsAsync().ToListAsync();
        var everyone = posts.Select(p => p.AuthorId).Distinct().ToList();

        var columns = await store.ReadClusterPostsAsync(everyone, null, threads, CancellationToken.None);

        Assert.Equal(posts.Select(Line), Enumerable.Range(0, columns.Count).Select(r => Line(columns.ToPost(r))));
        Assert.Equal(withoutIds, !posts.Any(p => p.Id == "not-a-number"));
        Assert.Equal(withoutIds, !posts.Any(p => p.ReferencedPostId == "not-a-number"));
    }

    /// <summary>The fixtures and 70,000 more posts of one author (a column chunk holds 65,536 rows, a chunk of rows
    /// handed to the second thread 4,096), their times running backwards so the read reorders them.</summary>
    private static Task<IngestStoreFixture> SeventyThousandMorePostsAsync() => IngestStoreFixture.OfFixturesChangedByAsync("""
        WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 70000)
        INSERT INTO posts (post_key, author_key, time, kind, ref_post_key, ref_author_key, language, text)
        SELECT 900000000000000000 + i, (SELECT min(author_key) FROM posts), 1700000000 - (i % 5000), 0, NULL, NULL,
               CASE WHEN i % 3 = 0 THEN 'fr' END, 'text ' || (i % 777)
        FROM n;
        """);

    private static string Line(Post p) => string.Join(
        '|', p.Id, p.AuthorId, p.Time.UtcTicks, p.Kind, p.ReferencedPostId, p.ReferencedAuthorId, p.Language, p.Text,
        string.Join(',', p.Hashtags), string.Join(',', p.Urls), string.Join(',', p.Mentions));
}
