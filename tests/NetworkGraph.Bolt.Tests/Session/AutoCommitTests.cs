using NetworkGraph.Bolt.Tests.Support;

namespace NetworkGraph.Bolt.Tests.Session;

public sealed class AutoCommitTests
{
    private static readonly Dictionary<string, object?> X1 = new() { ["x"] = 1 };

    [Theory]
    [InlineData("v5_auto_commit")]
    [InlineData("v44_auto_commit")]
    public async Task Runs_a_query_and_streams_its_records(string scenario)
    {
        await using var stub = await StubServer.StartAsync(scenario);
        IReadOnlyList<string> bookmarks = [];
        await stub.VerifyAsync(async () =>
        {
            await using var driver = BoltDriver.Create(StubTest.Options(stub));
            await using var session = driver.OpenSession();
            var records = await session.RunAsync("RETURN $x AS n, 'a' AS s", X1).ToListAsync();
            Assert.Equal([1L, 2L], records.Select(r => r["n"]));
            Assert.Equal(["a", "b"], records.Select(r => r.Get<string>("s")));
            Assert.Equal(["n", "s"], records[0].Keys);
            bookmarks = session.LastBookmarks;
        });
        Assert.Equal(["bm:1"], bookmarks);
    }

    [Theory]
    [InlineData("v5_paging_has_more")]
    [InlineData("v44_paging_has_more")]
    public async Task Pulls_page_after_page_while_the_server_has_more(string scenario)
    {
        await using var stub = await StubServer.StartAsync(scenario);
        await stub.VerifyAsync(async () =>
        {
            await using var driver = BoltDriver.Create(StubTest.Options(stub, fetchSize: 2));
            await using var session = driver.OpenSession();
            var records = await session.RunAsync("UNWIND range(1, 5) AS i RETURN i").ToListAsync();
            Assert.Equal([1, 2, 3, 4, 5], records.Select(r => r.Get<int>("i")));
            Assert.Equal(["bm:page"], session.LastBookmarks);
        });
    }

    [Theory]
    [InlineData("v5_discard")]
    [InlineData("v44_discard")]
    public async Task Discards_the_rest_when_the_reader_stops_early(string scenario)
    {
        await using var stub = await StubServer.StartAsync(scenario);
        await stub.VerifyAsync(async () =>
        {
            await using var driver = BoltDriver.Create(StubTest.Options(stub, fetchSize: 2));
            await using var session = driver.OpenSession();
            await foreach (var record in session.RunAsync("UNWIND range(1, 3) AS i RETURN i"))
            {
                Assert.Equal(1L, record["i"]);
                break;
            }

            Assert.Equal(["bm:discard"], session.LastBookmarks);
        });
    }

    [Theory]
    [InlineData("v5_discard")]
    [InlineData("v44_discard")]
    public async Task Consuming_without_reading_discards_all_but_the_first_page(string scenario)
    {
        await using var stub = await StubServer.StartAsync(scenario);
        await stub.VerifyAsync(async () =>
        {
            await using var driver = BoltDriver.Create(StubTest.Options(stub, fetchSize: 2));
            await using var session = driver.OpenSession();
            var summary = await session.RunAndConsumeAsync("UNWIND range(1, 3) AS i RETURN i");
            Assert.Equal("r", summary.QueryType);
            Assert.Equal(["i"], summary.Keys);
            Assert.Equal(["bm:discard"], session.LastBookmarks);
        });
    }

    [Theory]
    [InlineData("v5_noop_chunks")]
    [InlineData("v44_noop_chunks")]
    public async Task Skips_noop_chunks_between_messages(string scenario)
    {
        await using var stub = await StubServer.StartAsync(scenario);
        await stub.VerifyAsync(async () =>
        {
            await using var driver = BoltDriver.Create(StubTest.Options(stub));
            await using var session = driver.OpenSession();
            var records = await session.RunAsync("RETURN 1 AS n").ToListAsync();
            Assert.Equal([1L, 2L], records.Select(r => r["n"]));
        });
    }

    [Theory]
    [InlineData("v5_large_message")]
    [InlineData("v44_large_message")]
    public async Task Sends_and_receives_messages_split_over_many_chunks(string scenario)
    {
        await using var stub = await StubServer.StartAsync(scenario);
        await stub.VerifyAsync(async () =>
        {
            await using var driver = BoltDriver.Create(StubTest.Options(stub));
            await using var session = driver.OpenSession();
            var text = new string('x', 70_000);
            var records = await session.RunAsync("RETURN $text AS text", new Dictionary<string, object?> { ["text"] = text })
                .ToListAsync();
            Assert.Equal(new string('y', 70_000), records.Single().Get<string>("text"));
        });
    }

    [Theory]
    [InlineData("v5_failure_ignored_reset", "42001")]
    [InlineData("v44_failure_ignored_reset", null)]
    public async Task Reports_a_failure_then_resets_and_reuses_the_connection(string scenario, string? gqlStatus)
    {
        await using var stub = await StubServer.StartAsync(scenario);
        await stub.VerifyAsync(async () =>
        {
            await using var driver = BoltDriver.Create(StubTest.Options(stub));
            await using var session = driver.OpenSession();
            var error = await Assert.ThrowsAsync<BoltServerException>(() => session.RunAsync("RETURN 1 +").ToListAsync());
            Assert.Equal("Neo.ClientError.Statement.SyntaxError", error.Code);
            Assert.Equal("Invalid input '+'", error.ServerMessage);
            Assert.Equal(gqlStatus, error.GqlStatus);
            Assert.Contains("Neo.ClientError.Statement.SyntaxError: Invalid input '+'", error.Message, StringComparison.Ordinal);
            Assert.False(error.IsRetryable);
            var records = await session.RunAsync("RETURN 1 AS n").ToListAsync();
            Assert.Equal(1L, records.Single()["n"]);
        });
    }

    [Theory]
    [InlineData("v5_bookmarks")]
    [InlineData("v44_bookmarks")]
    public async Task Chains_sessions_with_bookmarks(string scenario)
    {
        await using var stub = await StubServer.StartAsync(scenario);
        await stub.VerifyAsync(async () =>
        {
            await using var driver = BoltDriver.Create(StubTest.Options(stub));
            IReadOnlyList<string> afterWrite;
            await using (var writer = driver.OpenSession(new BoltSessionConfig { Bookmarks = ["bm:0"] }))
            {
                var summary = await writer.ExecuteWriteAsync(tx => tx.RunAndConsumeAsync("CREATE (:Marker)"));
                Assert.Equal(1, summary.Counter("nodes-created"));
                afterWrite = writer.LastBookmarks;
            }

            Assert.Equal(["bm:1"], afterWrite);
            await using var reader = driver.OpenSession(
                new BoltSessionConfig { Bookmarks = afterWrite, DefaultAccessMode = AccessMode.Read });
            var records = await reader.RunAsync("MATCH (m:Marker) RETURN count(m) AS c").ToListAsync();
            Assert.Equal(1, records.Single().Get<int>("c"));
            Assert.Equal(["bm:2"], reader.LastBookmarks);
        });
    }
}
