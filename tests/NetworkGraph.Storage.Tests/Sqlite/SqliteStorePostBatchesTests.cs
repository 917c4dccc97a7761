using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using NetworkGraph.Core.Coordination;
using NetworkGraph.Core.Model;
using NetworkGraph.Storage.Sqlite;
using NetworkGraph.Storage.Tests.Support;

namespace NetworkGraph.Storage.Tests.Sqlite;

/// <summary>The analysis' reads give the posts and accounts the object reads give, without reading the collection as
/// objects.</summary>
public sealed class SqliteStorePostBatchesTests
{
    private const PostBatchColumns Every = PostBatchColumns.Text | PostBatchColumns.Hashtags | PostBatchColumns.Urls | PostBatchColumns.Mentions;

    /// <summary>Two posts whose ids are no canonical numbers ("ab-5", and "0042" retweeting it), keyed negative with their
    /// ids in post_ids, as a store keeps them.</summary>
    private const string PostsNamedOtherwise = """
            INSERT INTO post_ids (post_key, post_id) VALUES (-5, 'ab-5'), (-6, '0042');
            INSERT INTO posts (post_key, author_key, time, kind, ref_post_key, ref_author_key, language, text)
                SELECT -5, author_key, time, 0, NULL, NULL, language, 'an original' FROM posts ORDER BY time LIMIT 1;
            INSERT INTO posts (post_key, author_key, time, kind, ref_post_key, ref_author_key, language, text)
                SELECT -6, author_key, time + 1, 1, -5, author_key, language, 'an original' FROM posts WHERE post_key = -5;
        """;

    [Theory]
    [InlineData(1)]
    [InlineData(2)] // the lists read on two connections in one snapshot
    public async Task Column_chunks_hold_every_post_as_the_object_read_gives_it_in_its_order(int threads)
    {
        var fixture = new IngestStoreFixture();
        await fixture.IngestFixturesAsync(IngestStoreFixture.AllFixtures);
        using var store = fixture.Open();
        var posts = await store.ReadPostsAsync().ToListAsync();

        var rows = new List<string>();
        await foreach (var batch in store.ReadPostBatchesAsync(Every, chunkSize: 3, threads: threads))
        {
            Assert.InRange(batch.Count, 1, 3);
            for (var i = 0; i < batch.Count; i++)
            {
                rows.Add(Line(batch, i));
            }
        }

        Assert.True(posts.Count > 3);
        Assert.Equal(posts.Select(Line), rows);
    }

    [Theory]
    [InlineData(false, 1)]
    [InlineData(true, 1)]
    [InlineData(false, 2)]
    [InlineData(true, 2)]
    public async Task Column_chunks_give_each_post_its_lists_when_post_keys_do_not_follow_time(bool sinceHalfway, int threads)
    {
        // Post keys against time: the lists, read by key from their own tables, must still reach each post's row.
        var fixture = await IngestStoreFixture.OfFixturesChangedByAsync("UPDATE posts SET time = 2000000000 - time + (post_key % 7)");

        using var store = fixture.Open();
        var posts = await store.ReadPostsAsync().ToListAsync();
        long? since = sinceHalfway ? posts[posts.Count / 2].Time.ToUnixTimeSeconds() : null;

        var rows = new List<string>();
        await foreach (var batch in store.ReadPostBatchesAsync(Every, since, chunkSize: 4, threads: threads))
        {
            rows.AddRange(Enumerable.Range(0, batch.Count).Select(i => Line(batch, i)));
        }

        var expected = posts.Where(p => p.Time.ToUnixTimeSeconds() >= (since ?? long.MinValue)).Select(Line).ToList();
        Assert.Equal(expected, rows);
        Assert.Contains(expected, line => line.EndsWith('|') is false && line.Split('|')[^3].Length > 0); // some post has hashtags
        Assert.Contains(expected, line => line.Split('|')[^1].Length > 0); // and some mentions
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 1)]
    [InlineData(1, 7919)]
    [InlineData(2, 7919)]
    public async Task Column_chunks_give_each_post_its_lists_when_thousands_of_keys_run_against_time(int threads, int stride)
    {
        // Ids that are no numbers get negative keys in the order they were ingested: with a stride of 1 each later post
        // has a lower key (the lists are found just before the last one), with 7919 the keys are shuffled against time
        // (the lists are found by a map of their posts once following the key order stops working).
        var fixture = await IngestStoreFixture.OfFixturesChangedByAsync($"""
            CREATE TEMP TABLE n AS WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < 6000) SELECT i FROM c;
            INSERT INTO post_ids (post_key, post_id) SELECT -100 - i, 'h' || i FROM n;
            INSERT INTO posts (post_key, author_key, time, kind, ref_post_key, ref_author_key, language, text)
                SELECT -100 - i, (SELECT min(author_key) FROM posts), 1500000000 + ((i * {stride}) % 6000), 0, NULL, NULL, 'en', 'text ' || i FROM n;
            INSERT INTO hashtags (tag) SELECT 'many' || i FROM n WHERE i <= 40;
            INSERT INTO post_hashtags (post_key, hashtag_key)
                SELECT -100 - i, (SELECT hashtag_key FROM hashtags WHERE tag = 'many' || (1 + i % 40)) FROM n WHERE i % 3 > 0;
            INSERT INTO post_mentions (post_key, account_key) SELECT -100 - i, (SELECT max(account_key) FROM accounts) FROM n WHERE i % 5 = 0;
            """);

        using var store = fixture.Open();
        var posts = await store.ReadPostsAsync().ToListAsync();
        var rows = new List<string>();
        await foreach (var batch in store.ReadPostBatchesAsync(Every, chunkSize: 512, threads: threads))
        {
            rows.AddRange(Enumerable.Range(0, batch.Count).Select(i => Line(batch, i)));
        }

        Assert.True(posts.Count > 6000);
        Assert.Equal(posts.Select(Line), rows);
        Assert.Contains(rows, row => row.StartsWith("h5999|", StringComparison.Ordinal) && row.Contains("|many40|", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task Column_chunks_leave_out_list_items_whose_value_is_not_stored_as_the_object_read_does(int threads)
    {
        var fixture = new IngestStoreFixture();
        await fixture.IngestFixturesAsync(IngestStoreFixture.AllFixtures);
        await using (var connection = new SqliteConnection($"Data Source={fixture.DatabasePath};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var delete = connection.CreateCommand();
            delete.CommandText = "DELETE FROM hashtags WHERE hashtag_key = (SELECT min(hashtag_key) FROM post_hashtags);"
                + "DELETE FROM urls WHERE url_key = (SELECT max(url_key) FROM post_urls);";
            Assert.Equal(2, await delete.ExecuteNonQueryAsync());
        }

        using var store = fixture.Open();
        var posts = await store.ReadPostsAsync().ToListAsync();
        var rows = new List<string>();
        await foreach (var batch in store.ReadPostBatchesAsync(Every, chunkSize: 5, threads: threads))
        {
            rows.AddRange(Enumerable.Range(0, batch.Count).Select(i => Line(batch, i)));
        }

        Assert.Equal(posts.Select(Line), rows);
    }

    /// <summary>Every set of lists but none, on one and two threads (with two the hashtag and URL tables are read on the
    /// second connection, and the hashtags' lists too beside another list).</summary>
    public static TheoryData<PostBatchColumns, int> ListSets()
    {
        var sets = new TheoryData<PostBatchColumns, int>();
        for (var bits = 1; bits < 8; bits++)
        {
            var lists = ((bits & 1) != 0 ? PostBatchColumns.Hashtags : 0) | ((bits & 2) != 0 ? PostBatchColumns.Urls : 0) | ((bits & 4) != 0 ? PostBatchColumns.Mentions : 0);
            sets.Add(lists, 1);
            sets.Add(lists, 2);
        }

        return sets;
    }

    [Theory]
    [MemberData(nameof(ListSets))]
    public async Task Column_chunks_give_the_lists_asked_for_as_the_object_read_does_and_no_others(PostBatchColumns lists, int threads)
    {
        var fixture = new IngestStoreFixture();
        await fixture.IngestFixturesAsync(IngestStoreFixture.AllFixtures);
        using var store = fixture.Open();
        var posts = await store.ReadPostsAsync().ToListAsync();

        var rows = new List<string>();
        await foreach (var batch in store.ReadPostBatchesAsync(lists, chunkSize: 3, threads: threads))
        {
            rows.AddRange(Enumerable.Range(0, batch.Count).Select(i => string.Join(
                '|', batch.IdOf(i), string.Join(',', batch.Hashtags.ValuesOf(i)), string.Join(',', batch.Urls.ValuesOf(i)), string.Join(',', batch.Mentions.ValuesOf(i)))));
        }

        IReadOnlyList<string> Asked(PostBatchColumns list, IReadOnlyList<string> values) => lists.HasFlag(list) ? values : [];
        var expected = posts.Select(p => string.Join(
            '|', p.Id, string.Join(',', Asked(PostBatchColumns.Hashtags, p.Hashtags)), string.Join(',', Asked(PostBatchColumns.Urls, p.Urls)),
            string.Join(',', Asked(PostBatchColumns.Mentions, p.Mentions))));
        Assert.Equal(expected, rows);
        Assert.Contains(rows, row => row.Split('|').Skip(1).Any(values => values.Length > 0)); // some post has a list asked for
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task Column_chunks_give_the_URLs_and_hashtags_of_a_window_that_names_few_of_their_tables(int threads)
    {
        // Far more stored values than any post names, and a window over the later half of the posts: the values named
        // are copied out of the tables read whole.
        var fixture = await IngestStoreFixture.OfFixturesChangedByAsync("""
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 500)
            INSERT INTO urls (url) SELECT 'https://unnamed.example/' || i FROM n;
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 500)
            INSERT INTO hashtags (tag) SELECT 'unnamed' || i FROM n;
            """);
        using var store = fixture.Open();
        var posts = await store.ReadPostsAsync().ToListAsync();
        var since = posts[posts.Count / 2].Time.ToUnixTimeSeconds();

        var rows = new List<string>();
        await foreach (var batch in store.ReadPostBatchesAsync(Every, since, chunkSize: 3, threads: threads))
        {
            rows.AddRange(Enumerable.Range(0, batch.Count).Select(i => Line(batch, i)));
        }

        var expected = posts.Where(p => p.Time.ToUnixTimeSeconds() >= since).ToList();
        Assert.Equal(expected.Select(Line), rows);
        Assert.Contains(expected, p => p.Urls.Count > 0);
        Assert.Contains(expected, p => p.Hashtags.Count > 0);
    }

    [Fact]
    public async Task Column_chunks_decode_texts_as_the_object_read_does_even_when_they_are_not_valid_utf8()
    {
        string[] texts =
        [
            "X'436166C3A9'", // Café
            "X'C32841'", // an invalid continuation byte
            "X'EDA08041'", // an encoded lone surrogate
            "X'F09F98'", // a truncated emoji
            "X'6E756C00696E73696465'", // NUL inside
            "'👨‍👩‍👧 ' || 'e' || char(769) || ' مرحبا ' || '𝒜'", // ZWJ emoji, combining mark, RTL, astral letter
        ];
        var fixture = await IngestStoreFixture.OfFixturesChangedByAsync(string.Concat(texts.Select((text, i) =>
            $"UPDATE posts SET text = CAST({text} AS TEXT) WHERE post_key = (SELECT post_key FROM posts ORDER BY time, post_key LIMIT 1 OFFSET {i});")));

        using var store = fixture.Open();
        var posts = await store.ReadPostsAsync().ToListAsync();
        var recycled = new ConcurrentQueue<PostBatch>();
        var rows = new List<string>();
        await foreach (var batch in store.ReadPostBatchesAsync(PostBatchColumns.Text, chunkSize: 2, recycled: recycled))
        {
            rows.AddRange(Enumerable.Range(0, batch.Count).Select(i => batch.TextOf(i).ToString()));
            recycled.Enqueue(batch); // refilled by the next chunk
        }

        Assert.Contains('\uFFFD', posts[1].Text);
        Assert.Contains('\0', posts[4].Text);
        Assert.Equal(posts.Select(p => p.Text), rows);
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
        Assert.Equal(posts.Count, await store.CountPostsAsync(null));
        Assert.All(batches, b => Assert.All(Enumerable.Range(0, b.Count), i => Assert.False(b.HasText(i))));
        Assert.All(batches, b => Assert.All(Enumerable.Range(0, b.Count), i => Assert.True(b.Urls.IdsOf(i).IsEmpty)));
    }

    [Fact]
    public async Task Column_chunks_give_post_ids_that_are_not_numbers_as_the_object_read_does()
    {
        // A store keys a post id that is not a canonical number by a negative key and keeps the id in post_ids; posts
        // with numeric ids alone leave that table empty (the read then skips its joins).
        var fixture = await IngestStoreFixture.OfFixturesChangedByAsync(PostsNamedOtherwise);

        using var store = fixture.Open();
        var posts = await store.ReadPostsAsync().ToListAsync();
        var rows = new List<string>();
        await foreach (var batch in store.ReadPostBatchesAsync(Every, chunkSize: 4))
        {
            rows.AddRange(Enumerable.Range(0, batch.Count).Select(i => Line(batch, i)));
        }

        Assert.Equal(posts.Select(Line), rows);
        Assert.Contains(rows, row => row.StartsWith("0042|", StringComparison.Ordinal) && row.Contains("|ab-5|", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_posting_times_of_chosen_accounts_are_those_of_their_posts_and_the_collection_is_counted()
    {
        var fixture = new IngestStoreFixture();
        await fixture.IngestFixturesAsync(IngestStoreFixture.AllFixtures);
        using var store = fixture.Open();
        var posts = await store.ReadPostsAsync().ToListAsync();
        var chosen = posts.Select(p => p.AuthorId).Distinct().Order(StringComparer.Ordinal).Take(3).Append("nobody").ToList();

        var times = await store.ReadPostTimesOfAccountsAsync(chosen, withLanguages: true);

        var expected = posts.Where(p => chosen.Contains(p.AuthorId)).GroupBy(p => p.AuthorId).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{g.Key}: {string.Join(',', g.Select(p => p.Time.ToUnixTimeSeconds()).Order())}");
        var actual = times.ByAccount.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"{kv.Key}: {string.Join(',', kv.Value.Order())}");
        Assert.Equal(expected, actual);
        var expectedLanguages = posts.Where(p => chosen.Contains(p.AuthorId)).GroupBy(p => p.AuthorId).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{g.Key}: {string.Join(',', g.Select(p => $"{p.Time.ToUnixTimeSeconds()}/{p.Language}").Order(StringComparer.Ordinal))}");
        var actualLanguages = times.ByAccount.OrderBy(kv => kv.Key, StringComparer.Ordinal)
            .Select(kv => $"{kv.Key}: {string.Join(',', kv.Value.Select((t, k) => $"{t}/{times.Languages![kv.Key][k]}").Order(StringComparer.Ordinal))}");
        Assert.Equal(expectedLanguages, actualLanguages);
        Assert.Equal(posts.Count, times.Collection);
        Assert.DoesNotContain("nobody", times.ByAccount.Keys);
    }

    [Fact]
    public async Task Posts_read_by_id_are_those_of_the_object_read_and_no_others()
    {
        var fixture = await IngestStoreFixture.OfFixturesChangedByAsync(PostsNamedOtherwise + """
            INSERT INTO posts (post_key, author_key, time, kind, ref_post_key, ref_author_key, language, text)
                SELECT 42, author_key, time + 2, 0, NULL, NULL, language, 'post 42' FROM posts WHERE post_key = -5;
            """);
        using var store = fixture.Open();
        var posts = await store.ReadPostsAsync().ToListAsync();
        string[] asked = [posts[^1].Id, posts[0].Id, "ab-5", "0042", "nothing", "042", "99999999999999999999", "9999999999999999999", "-5"];

        var read = await store.ReadPostsByIdAsync(asked);

        var expected = posts.Where(p => asked.Contains(p.Id)).OrderBy(p => p.Id, StringComparer.Ordinal).Select(Line);
        Assert.Equal(expected, read.OrderBy(p => p.Id, StringComparer.Ordinal).Select(Line));
        Assert.Contains(read, p => p.Id == "0042");
        Assert.DoesNotContain(read, p => p.Id == "42");
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

    private static string Line(PostBatch batch, int i) => Line(
        batch.IdOf(i), batch.AuthorIds[i], batch.UnixSeconds[i], batch.Kinds[i], batch.ReferencedIdOf(i), batch.ReferencedAuthorIds[i],
        batch.TextOf(i).ToString(), [.. batch.Hashtags.ValuesOf(i)], [.. batch.Urls.ValuesOf(i)], [.. batch.Mentions.ValuesOf(i)]);

    private static string Line(Post p) => Line(
        p.Id, p.AuthorId, p.Time.ToUnixTimeSeconds(), p.Kind, p.ReferencedPostId, p.ReferencedAuthorId, p.Text, p.Hashtags, p.Urls, p.Mentions);

    private static string Line(
        string id, string author, long time, PostKind kind, string? reference, string? referencedAuthor, string? text,
        IReadOnlyList<string> hashtags, IReadOnlyList<string> urls, IReadOnlyList<string> mentions) =>
        string.Join('|', id, author, time, kind, reference, referencedAuthor, text, string.Join(',', hashtags), string.Join(',', urls), string.Join(',', mentions));
}
