using NetworkGraph.Core.Ingestion;
using NetworkGraph.Core.Model;
using NetworkGraph.Storage.Sqlite;
using NetworkGraph.Storage.Tests.Support;
using NetworkGraph.TestSupport;

namespace NetworkGraph.Storage.Tests.Sqlite.Ingest;

public sealed class SqliteIngestTests
{
    private const string UserA = "a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1";
    private const string UserC = "cVd3Rk9xMm5wQjhLc0ZhZ1Z6WnJ5TG9qRXRZPQ==";

    [Fact]
    public async Task Stores_every_format_and_reads_posts_back_with_ids_as_they_came()
    {
        var fixture = new IngestStoreFixture();
        await fixture.IngestFixturesAsync(IngestStoreFixture.AllFixtures);

        using var store = fixture.Open();
        var posts = await store.ReadPostsAsync().ToListAsync();
        Assert.Equal(posts.Select(p => p.Time).Order(), posts.Select(p => p.Time));
        var v1 = posts.Single(p => p.Id == "1234567890123456789");
        Assert.Equal(["2222"], v1.Mentions);
        var reply = posts.Single(p => p.Id == "1004");
        Assert.Equal((PostKind.Reply, "1003", UserC, UserA), (reply.Kind, reply.ReferencedPostId, reply.ReferencedAuthorId, reply.AuthorId));
        Assert.Equal("bad bytes \uFFFD\uFFFD here", reply.Text);
        var retweet = posts.Single(p => p.Id == "1600000000000000001");
        Assert.StartsWith("Announcing the BIG conference", retweet.Text, StringComparison.Ordinal);
        Assert.Equal(["https://bigconference.example/2023?utm=x"], retweet.Urls);
        Assert.Equal(["BIG", "Baku"], posts.Single(p => p.Id == "1001").Hashtags.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Keeps_the_newest_profile_observation_and_when_it_was_seen()
    {
        var fixture = new IngestStoreFixture();
        await fixture.IngestFixturesAsync("archive_users.csv", "archive_tweets.csv", "v2_pages.jsonl");

        using var store = fixture.Open();
        var accounts = await store.ReadAccountsAsync().ToDictionaryAsync(a => a.Id);
        var a = accounts[UserA];
        Assert.Equal(("bakuvoice", "Baku, AZ", 1600L, 310L), (a.Handle, a.Location, a.Followers, a.Following));
        Assert.Equal(new DateTimeOffset(2023, 7, 12, 18, 30, 0, TimeSpan.Zero), a.ObservedAt);
        Assert.Equal(("usersonly", (DateTimeOffset?)null), (accounts["5555"].Handle, accounts["5555"].ObservedAt));
        var dev = accounts["2244994945"];
        Assert.Equal(("Twitter Dev (renamed)", 514000L), (dev.DisplayName, dev.Followers));
        Assert.Equal(DateTimeOffset.Parse("2023-08-02T12:00:00Z", System.Globalization.CultureInfo.InvariantCulture), dev.ObservedAt);
    }

    [Fact]
    public async Task Gives_the_same_profile_whatever_the_order_of_the_files()
    {
        var forward = new IngestStoreFixture();
        await forward.IngestFixturesAsync("archive_tweets.csv", "archive_users.csv");
        var backward = new IngestStoreFixture();
        await backward.IngestFixturesAsync("archive_users.csv", "archive_tweets.csv");

        using var one = forward.Open();
        using var two = backward.Open();
        var first = await one.ReadAccountsAsync(profiledOnly: true).OrderBy(a => a.Id, StringComparer.Ordinal).ToListAsync();
        var second = await two.ReadAccountsAsync(profiledOnly: true).OrderBy(a => a.Id, StringComparer.Ordinal).ToListAsync();
        Assert.Equal(first, second);
    }

    [Fact]
    public async Task Changes_nothing_when_the_same_files_are_ingested_again()
    {
        var fixture = new IngestStoreFixture();
        await fixture.IngestFixturesAsync(IngestStoreFixture.AllFixtures);
        var before = await fixture.HashAsync();

        var again = await fixture.IngestFixturesAsync(IngestStoreFixture.AllFixtures);

        Assert.Equal(before, await fixture.HashAsync());
        Assert.All(again.Files, f => Assert.Equal(FileStatus.AlreadyIngested, f.Status));
    }

    [Fact]
    public async Task Counts_a_wide_share_row_once_so_that_accepted_duplicates_rejected_and_skipped_add_up_to_the_rows_read()
    {
        // The real-data fixture: a new row, its exact repeat, a row with one new image beside three known shares, a row
        // without objects, a row without post_id and a new row; 11 distinct shares in all.
        var fixture = new IngestStoreFixture();
        var wide = RepositoryPaths.Combine("tests", "fixtures", "real-data", "wide-repeats.csv");

        var counts = (await fixture.IngestAsync([wide])).Files.Single().Counts;

        Assert.Equal(new FileCounts(RowsRead: 7, Accepted: 4, Duplicates: 1, Rejected: 1, Skipped: 1), counts);
        using var store = fixture.Open();
        Assert.Equal(11, await store.ReadSharesAsync().CountAsync());
    }

    [Fact]
    public async Task Counts_every_row_of_a_renamed_and_edited_copy_as_a_duplicate_and_stores_nothing_new()
    {
        var fixture = new IngestStoreFixture();
        await fixture.IngestFixturesAsync("v1_tweets.jsonl");
        using (var store = fixture.Open())
        {
            var counts = await store.CountAsync();
            var copy = Path.Combine(fixture.Folder, "copy.jsonl");
            File.WriteAllText(copy, File.ReadAllText(IngestStoreFixture.Fixture("v1_tweets.jsonl")) + "\n");

            var report = await fixture.IngestAsync([copy]);

            Assert.Equal((0L, 4L), (report.Files[0].Counts.Accepted, report.Files[0].Counts.Duplicates));
            Assert.Equal(counts, await store.CountAsync());
        }
    }

    [Fact]
    public async Task Ends_with_the_same_content_as_an_uninterrupted_run_when_a_run_stops_between_any_two_batches()
    {
        var clean = new IngestStoreFixture();
        var rejects = clean.RejectsPath; // the same path for every run, as it is recorded in the store
        var counter = new CrashingSink(null!, int.MaxValue);
        await clean.IngestAsync(IngestStoreFixture.AllFixtures.Select(IngestStoreFixture.Fixture), sink => counter.Wrapping(sink));
        var expected = await clean.HashAsync();
        var expectedRejects = File.ReadAllText(clean.RejectsPath);
        var batches = counter.Written;
        Assert.True(batches > 10, $"only {batches} batches");

        foreach (var stopAfter in new[] { 0, 1, batches / 3, 2 * batches / 3, batches - 1 })
        {
            var fixture = new IngestStoreFixture(rejects);
            await Assert.ThrowsAsync<SimulatedCrashException>(() =>
                fixture.IngestAsync(IngestStoreFixture.AllFixtures.Select(IngestStoreFixture.Fixture), sink => new CrashingSink(sink, stopAfter)));

            await fixture.IngestFixturesAsync(IngestStoreFixture.AllFixtures);

            Assert.Equal(expected, await fixture.HashAsync());
            Assert.Equal(expectedRejects, File.ReadAllText(fixture.RejectsPath));
        }
    }

    [Fact]
    public async Task Rebuilds_the_time_index_dropped_for_a_bulk_load_even_after_the_load_was_killed()
    {
        var fixture = new IngestStoreFixture();
        await Assert.ThrowsAsync<SimulatedCrashException>(() =>
            fixture.IngestAsync([IngestStoreFixture.Fixture("archive_tweets.csv")], sink => new CrashingSink(sink, 2)));
        using (var raw = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={fixture.DatabasePath};Pooling=False"))
        {
            raw.Open();
            using var query = raw.CreateCommand();
            query.CommandText = "SELECT count(*) FROM sqlite_master WHERE name = 'ix_posts_time'";
            Assert.Equal(0L, query.ExecuteScalar());
        }

        using var store = fixture.Open();
        await using var connection = store.OpenConnection();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT (SELECT count(*) FROM sqlite_master WHERE name = 'ix_posts_time'), (SELECT count(*) FROM ingest_deferred_indexes)";
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        Assert.Equal((1L, 0L), (reader.GetInt64(0), reader.GetInt64(1)));
    }

    [Fact]
    public async Task Reads_post_columns_entities_shares_and_counts()
    {
        var fixture = new IngestStoreFixture();
        await fixture.IngestFixturesAsync(IngestStoreFixture.AllFixtures);

        using var store = fixture.Open();
        var counts = await store.CountAsync();
        var chunks = await store.ReadPostColumnsAsync(includeText: true, chunkSize: 4).ToListAsync();
        Assert.Equal(counts.Posts, chunks.Sum(c => c.Count));
        var times = chunks.SelectMany(c => c.Times.Take(c.Count)).ToList();
        Assert.Equal(times.Order(), times);
        var ids = await store.ReadAccountIdsAsync();
        var first = chunks.SelectMany(c => Enumerable.Range(0, c.Count).Select(i => (c, i))).Single(x => x.c.PostKeys[x.i] == 1001);
        Assert.Equal(UserA, ids[first.c.AuthorKeys[first.i]]);
        Assert.Equal(PostColumns.None, first.c.ReferencedPostKeys[first.i]);

        var hashtags = await store.ReadPostEntitiesAsync(EntityKind.Hashtag).ToListAsync();
        Assert.Equal(hashtags.OrderBy(e => e.Value, StringComparer.Ordinal).ThenBy(e => e.Time).Select(e => e.Value), hashtags.Select(e => e.Value));
        Assert.Contains(hashtags, e => e.Value == "BIG2023" && e.PostKey == 1008);
        var domains = await store.ReadPostEntitiesAsync(EntityKind.Domain).Select(e => e.Value).Distinct().ToListAsync();
        Assert.Contains("bigconference.example", domains);

        var shares = await store.ReadSharesAsync().ToListAsync();
        Assert.Equal(counts.Shares, shares.Count);
        Assert.Equal(6, shares.Count);
        Assert.Contains(shares, s => s.ObjectKind == "object" && s.ObjectId == "1500000000000000000" && s.AccountId == "43");
        Assert.Equal("1500000000000000000", await store.GetPostIdAsync(1500000000000000000));
    }

    private sealed class SimulatedCrashException : Exception;

    /// <summary>Passes batches on, then fails before the batch after the given count is committed.</summary>
    private sealed class CrashingSink(IIngestSink inner, int stopAfter) : IIngestSink
    {
        private int _written;

        public int Written => _written;

        public CrashingSink Wrapping(IIngestSink sink)
        {
            inner = sink;
            return this;
        }

        public long? CommittedRejectsLength(string rejectsPath) => inner.CommittedRejectsLength(rejectsPath);

        public FileCheckpoint BeginFile(string fingerprint, string path, string format) => inner.BeginFile(fingerprint, path, format);

        public BatchOutcome Write(Core.Ingestion.Batches.IngestBatch batch, FileCheckpoint file, string rejectsPath, long rejectsLength) =>
            _written++ == stopAfter ? throw new SimulatedCrashException() : inner.Write(batch, file, rejectsPath, rejectsLength);

        public void CompleteFile(FileCheckpoint file) => inner.CompleteFile(file);

        public void Finish() => inner.Finish();

        public void Dispose()
        {
        }
    }
}
