using NetworkGraph.App.Worker;
using NetworkGraph.Cli.Tests.Worker.Support;
using NetworkGraph.Cli.Worker;
using NetworkGraph.Core.Ingestion;

namespace NetworkGraph.Cli.Tests.Worker;

public sealed class InboxProcessorTests : IDisposable
{
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(2);
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "ng-inbox-" + Guid.NewGuid().ToString("N"));
    private readonly FakeClock _time = new();
    private readonly FakeFileIngester _ingester = new();
    private readonly WorkerPaths _paths;
    private readonly WorkerStatusBoard _board;

    public InboxProcessorTests()
    {
        _paths = new WorkerPaths(Path.Combine(_folder, "ng.db"), Path.Combine(_folder, "inbox"), Path.Combine(_folder, "status.json"));
        _paths.CreateFolders();
        _board = new WorkerStatusBoard(_paths.Database, _paths.Inbox, _paths.StatusFile, 300, _time);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private InboxProcessor CreateSut(TimeSpan? settle = null) =>
        new(_paths, settle ?? Settle, _ingester, _board, _time, new ListLogger<InboxProcessor>());

    private string Drop(string name, string content = "tweetid,userid\n1,2\n")
    {
        var path = Path.Combine(_paths.Inbox, name);
        File.WriteAllText(path, content);
        return path;
    }

    private static string[] Names(string folder) =>
        Directory.EnumerateFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray()!;

    [Fact]
    public async Task Moves_an_ingested_file_to_processed_and_counts_it()
    {
        var sut = CreateSut(TimeSpan.Zero);
        Drop("tweets.csv");

        Assert.Equal(1, await sut.ProcessAsync(CancellationToken.None));

        Assert.Equal(["tweets.csv"], _ingester.Calls);
        Assert.Empty(Names(_paths.Inbox));
        Assert.Equal(["tweets.csv"], Names(_paths.Processed));
        Assert.Equal((1, 10L), (_board.Current.InboxTotals.FilesProcessed, _board.Current.InboxTotals.RowsAccepted));
        Assert.Equal((1, 10L, 10L), _board.TakePending());
        Assert.True(File.Exists(_paths.StatusFile));
    }

    [Fact]
    public async Task Moves_a_file_that_cannot_be_read_to_failed_with_a_reason_file()
    {
        var sut = CreateSut(TimeSpan.Zero);
        Drop("mystery.json", "{ not json");
        _ingester.Answer = (path, _) => Task.FromResult(FakeFileIngester.Failed(path, $"{path}: unknown JSON layout"));

        await sut.ProcessAsync(CancellationToken.None);

        Assert.Equal(["mystery.json", "mystery.json.reason.txt"], Names(_paths.Failed));
        var reason = await File.ReadAllTextAsync(Path.Combine(_paths.Failed, "mystery.json.reason.txt"));
        Assert.Contains("reason: ", reason, StringComparison.Ordinal);
        Assert.Contains("unknown JSON layout", reason, StringComparison.Ordinal);
        Assert.Equal(1, _board.Current.InboxTotals.FilesFailed);
        Assert.Contains("unknown JSON layout", Assert.Single(_board.Current.Errors).Message, StringComparison.Ordinal);
        Assert.Equal(0, _board.TakePending().Files);
    }

    [Fact]
    public void Reads_a_file_only_once_it_has_stayed_the_same_for_the_settle_time()
    {
        var sut = CreateSut();
        var path = Drop("tweets.csv");

        Assert.Empty(sut.Scan());
        _time.Advance(TimeSpan.FromSeconds(1.5));
        File.AppendAllText(path, "3,4\n"); // still being written
        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.Empty(sut.Scan());
        _time.Advance(TimeSpan.FromSeconds(1.9));
        Assert.Empty(sut.Scan());
        _time.Advance(TimeSpan.FromSeconds(0.1));

        Assert.Equal([path], sut.Scan());
    }

    [Fact]
    public async Task Leaves_hidden_and_partial_files_alone()
    {
        var sut = CreateSut(TimeSpan.Zero);
        Drop(".tweets.csv");
        Drop("tweets.csv.part");
        Drop("tweets.csv.tmp");
        Drop("users.csv");

        await sut.ProcessAsync(CancellationToken.None);

        Assert.Equal(["users.csv"], _ingester.Calls);
        Assert.Equal([".tweets.csv", "tweets.csv.part", "tweets.csv.tmp"], Names(_paths.Inbox));
    }

    [Fact]
    public async Task A_stop_during_a_file_leaves_it_in_the_inbox()
    {
        var sut = CreateSut(TimeSpan.Zero);
        Drop("tweets.csv");
        using var stop = new CancellationTokenSource();
        _ingester.Answer = async (_, ct) =>
        {
            await stop.CancelAsync();
            ct.ThrowIfCancellationRequested();
            throw new InvalidOperationException("not reached");
        };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sut.ProcessAsync(stop.Token));

        Assert.Equal(["tweets.csv"], Names(_paths.Inbox));
        Assert.Empty(Names(_paths.Processed));
        Assert.Empty(Names(_paths.Failed));
    }

    [Fact]
    public async Task A_name_already_in_processed_gets_the_time_added()
    {
        var sut = CreateSut(TimeSpan.Zero);
        Drop("tweets.csv");
        await sut.ProcessAsync(CancellationToken.None);
        Drop("tweets.csv", "tweetid,userid\n5,6\n");
        _ingester.Answer = (path, _) => Task.FromResult(FakeFileIngester.Ingested(path, 1, FileStatus.AlreadyIngested));

        await sut.ProcessAsync(CancellationToken.None);

        Assert.Equal(["tweets.20240301T120000Z.csv", "tweets.csv"], Names(_paths.Processed));
    }

    [Fact]
    public async Task A_store_error_keeps_the_file_in_the_inbox_until_the_last_attempt()
    {
        var sut = CreateSut(TimeSpan.Zero);
        Drop("a.csv");
        Drop("b.csv");
        _ingester.Answer = (_, _) => Task.FromException<IngestReport>(new IOException("database is locked"));

        for (var attempt = 1; attempt < InboxProcessor.MaxStoreFailures; attempt++)
        {
            Assert.Equal(0, await sut.ProcessAsync(CancellationToken.None));
            Assert.Equal(["a.csv", "b.csv"], Names(_paths.Inbox));
        }

        await sut.ProcessAsync(CancellationToken.None);

        Assert.Equal(Enumerable.Repeat("a.csv", InboxProcessor.MaxStoreFailures), _ingester.Calls);
        Assert.Equal(["b.csv"], Names(_paths.Inbox));
        Assert.Equal(["a.csv", "a.csv.reason.txt"], Names(_paths.Failed));
        Assert.Contains("database is locked", await File.ReadAllTextAsync(Path.Combine(_paths.Failed, "a.csv.reason.txt")), StringComparison.Ordinal);
    }
}
