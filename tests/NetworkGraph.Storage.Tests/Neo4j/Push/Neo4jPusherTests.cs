using NetworkGraph.Storage.Neo4j.Push;
using NetworkGraph.Storage.Tests.Neo4j.Support;

namespace NetworkGraph.Storage.Tests.Neo4j.Push;

public sealed class Neo4jPusherTests
{
    private static readonly Neo4jPushOptions Options = new() { BatchSize = 1000 };

    [Fact]
    public async Task First_push_sends_the_schema_then_one_marked_batch_per_phase_then_the_palette()
    {
        await using var stub = await Neo4jStub.StartAsync("push_first");
        PushResult? result = null;
        var progress = new List<PushProgress>();
        await stub.VerifyAsync(async () =>
        {
            await using var driver = Neo4jStub.Driver(stub);
            result = await new Neo4jPusher(driver).PushAsync(Some.Content(), Options, new ListProgress(progress));
        });

        Assert.NotNull(result);
        Assert.True(result.PaletteApplied);
        Assert.Equal(["accounts", "interactions", "coordination", "snapshot", "clusters", "memberships", "lineage", "operations", "amplified accounts", "amplification", "palette"],
            result.Phases.Select(p => p.Name));
        Assert.Equal(7, result.BatchesSent);
        Assert.Equal(0, result.BatchesSkipped);
        Assert.Equal(2, result.Phases[0].NodesCreated);
        Assert.Equal(2, result.Phases.Single(p => p.Name == "memberships").RelationshipsCreated);
        Assert.Contains(new PushProgress("accounts", 2, 2), progress);
        Assert.Contains(new PushProgress("lineage", 0, 0), progress);
    }

    [Fact]
    public async Task Resumes_after_the_last_committed_batch_and_leaves_the_colours_of_a_newer_snapshot()
    {
        await using var stub = await Neo4jStub.StartAsync("push_resume");
        PushResult? result = null;
        await stub.VerifyAsync(async () =>
        {
            await using var driver = Neo4jStub.Driver(stub);
            result = await new Neo4jPusher(driver).PushAsync(Some.Content(), new Neo4jPushOptions { BatchSize = 1 });
        });

        Assert.NotNull(result);
        Assert.False(result.PaletteApplied);
        var accounts = result.Phases[0];
        Assert.Equal((2L, 1L, 1L), (accounts.Batches, accounts.BatchesSent, accounts.BatchesSkipped));
        Assert.Equal(7, result.BatchesSent);
        Assert.Equal(1, result.BatchesSkipped);
    }

    [Fact]
    public async Task Pushing_a_completed_snapshot_again_writes_nothing()
    {
        await using var stub = await Neo4jStub.StartAsync("push_rerun");
        PushResult? result = null;
        await stub.VerifyAsync(async () =>
        {
            await using var driver = Neo4jStub.Driver(stub);
            result = await new Neo4jPusher(driver).PushAsync(Some.Content(), Options);
        });

        Assert.NotNull(result);
        Assert.Equal(0, result.BatchesSent);
        Assert.Equal(7, result.BatchesSkipped);
        Assert.True(result.PaletteApplied);
    }

    [Fact]
    public async Task Rejects_a_row_source_that_yields_fewer_rows_than_it_announced()
    {
        await using var stub = await Neo4jStub.StartAsync("push_short_source");
        var content = new Neo4jPushContent
        {
            Snapshot = Some.Snapshot(),
            Accounts = new PushRows<NetworkGraph.Core.Model.Account>(3, _ => Some.Accounts.ToAsyncEnumerable()),
        };
        await stub.VerifyAsync(async () =>
        {
            await using var driver = Neo4jStub.Driver(stub);
            var error = await Assert.ThrowsAsync<InvalidOperationException>(
                () => new Neo4jPusher(driver).PushAsync(content, Options));
            Assert.Contains("announced 3 rows but yielded 2;", error.Message);
        });
    }

    [Fact]
    public void Rejects_a_batch_size_out_of_range()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Neo4jPushOptions { BatchSize = 0 }.Validate());
    }

    private sealed class ListProgress(List<PushProgress> list) : IProgress<PushProgress>
    {
        public void Report(PushProgress value) => list.Add(value);
    }
}
