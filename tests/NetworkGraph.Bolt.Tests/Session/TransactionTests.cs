using NetworkGraph.Bolt.Tests.Support;

namespace NetworkGraph.Bolt.Tests.Session;

public sealed class TransactionTests
{
    [Theory]
    [InlineData("v5_explicit_tx_commit")]
    [InlineData("v44_explicit_tx_commit")]
    public async Task Commits_an_explicit_transaction_and_keeps_its_bookmark(string scenario)
    {
        await using var stub = await StubServer.StartAsync(scenario);
        await stub.VerifyAsync(async () =>
        {
            var options = StubTest.Options(stub);
            await using var driver = BoltDriver.Create(new BoltOptions
            {
                Uri = options.Uri, Auth = options.Auth, Database = "neo4j", TransactionTimeout = TimeSpan.FromSeconds(5),
            });
            await using var session = driver.OpenSession();
            await using var tx = await session.BeginTransactionAsync();
            var records = await tx.RunAsync("CREATE (n:Person {name: $name}) RETURN n.name AS name",
                new Dictionary<string, object?> { ["name"] = "Ann" }).ToListAsync();
            Assert.Equal("Ann", records.Single()["name"]);
            await tx.CommitAsync();
            Assert.Equal(["bm:tx1"], session.LastBookmarks);
        });
    }

    [Theory]
    [InlineData("v5_explicit_tx_rollback")]
    [InlineData("v44_explicit_tx_rollback")]
    public async Task Rolls_back_an_explicit_transaction(string scenario)
    {
        await using var stub = await StubServer.StartAsync(scenario);
        await stub.VerifyAsync(async () =>
        {
            await using var driver = BoltDriver.Create(StubTest.Options(stub));
            await using var session = driver.OpenSession();
            var tx = await session.BeginTransactionAsync();
            var records = await tx.RunAsync("CREATE (n:Person) RETURN id(n) AS id").ToListAsync();
            Assert.Equal(17L, records.Single()["id"]);
            await tx.RollbackAsync();
            Assert.Empty(session.LastBookmarks);
            await tx.DisposeAsync(); // no second ROLLBACK
        });
    }

    [Theory]
    [InlineData("v5_transient_retry")]
    [InlineData("v44_transient_retry")]
    public async Task Retries_a_managed_transaction_after_a_transient_error(string scenario)
    {
        await using var stub = await StubServer.StartAsync(scenario);
        await stub.VerifyAsync(async () =>
        {
            await using var driver = BoltDriver.Create(StubTest.Options(stub));
            await using var session = driver.OpenSession();
            var attempts = 0;
            var created = await session.ExecuteWriteAsync(async tx =>
            {
                attempts++;
                var summary = await tx.RunAndConsumeAsync("MERGE (a:Account {id: $id})", new Dictionary<string, object?> { ["id"] = 7 });
                return summary.Counter("nodes-created");
            });
            Assert.Equal(2, attempts);
            Assert.Equal(1, created);
            Assert.Equal(["bm:retry"], session.LastBookmarks);
        });
    }

    [Theory]
    [InlineData("v5_unwind_rows")]
    [InlineData("v44_unwind_rows")]
    public async Task Sends_a_list_of_maps_for_unwind(string scenario)
    {
        await using var stub = await StubServer.StartAsync(scenario);
        await stub.VerifyAsync(async () =>
        {
            await using var driver = BoltDriver.Create(StubTest.Options(stub));
            await using var session = driver.OpenSession();
            var rows = new (int Id, string? Name)[] { (1, "alpha"), (2, "beta"), (3, null) }
                .Select(r => new Dictionary<string, object?> { ["id"] = r.Id, ["name"] = r.Name });
            var summary = await session.ExecuteWriteAsync(tx => tx.RunAndConsumeAsync(
                "UNWIND $rows AS row MERGE (a:Account {id: row.id}) SET a.name = row.name",
                new Dictionary<string, object?> { ["rows"] = rows }));
            Assert.Equal(3, summary.Counter("nodes-created"));
            Assert.Equal(5, summary.Counter("properties-set"));
            Assert.Equal("w", summary.QueryType);
        });
    }
}
