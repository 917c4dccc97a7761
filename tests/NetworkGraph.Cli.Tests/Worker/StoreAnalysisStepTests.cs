using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using NetworkGraph.App.Pipeline;
using NetworkGraph.App.Worker;
using NetworkGraph.Cli.Tests.Worker.Support;
using NetworkGraph.Cli.Worker;
using NetworkGraph.Core.Ingestion;

namespace NetworkGraph.Cli.Tests.Worker;

/// <summary>The real store side of a cycle on a tiny generated scenario: ingestion once, the sliding time range,
/// and "unchanged input, no new version".</summary>
public sealed class StoreAnalysisStepTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "ng-analysis-step-" + Guid.NewGuid().ToString("N"));
    private readonly FakeClock _time = new(new DateTimeOffset(2024, 3, 1, 0, 0, 0, TimeSpan.Zero));
    private readonly ListLogger<AnalysisPipeline> _pipelineLog = new();
    private readonly WorkerPaths _paths;

    public StoreAnalysisStepTests()
    {
        _paths = new WorkerPaths(Path.Combine(_folder, "ng.db"), Path.Combine(_folder, "inbox"), Path.Combine(_folder, "status.json"));
        _paths.CreateFolders();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private StoreAnalysisStep CreateSut(TimeSpan? lookback) => new(
        _paths.Database, new AnalysisSettings { Threads = 1, Lookback = lookback }, new AnalysisPipeline(_time, _pipelineLog), _time);

    [Fact]
    public async Task Ingests_a_file_once_and_a_second_copy_changes_nothing()
    {
        var scenario = TinyScenario.Generate(Path.Combine(_folder, "gen"));
        var ingester = new StoreFileIngester(_paths.Database, _paths.Rejects, 0.05, _time);
        var sut = CreateSut(null);
        Assert.Equal(0, (await sut.ReadStateAsync(CancellationToken.None)).Posts);

        var first = await ingester.IngestAsync(scenario.TweetsPath, CancellationToken.None);
        var before = await sut.ReadStateAsync(CancellationToken.None);
        var copy = Path.Combine(_folder, "copy.csv");
        File.Copy(scenario.TweetsPath, copy);
        var second = await ingester.IngestAsync(copy, CancellationToken.None);
        var after = await sut.ReadStateAsync(CancellationToken.None);

        Assert.Equal((FileStatus.Ingested, 3000L), (first.Files[0].Status, first.Files[0].Counts.Accepted));
        Assert.Equal(FileStatus.AlreadyIngested, second.Files[0].Status);
        Assert.Equal(3000, before.Posts);
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task The_lookback_slides_with_time_and_an_unchanged_range_gives_no_new_version()
    {
        var scenario = TinyScenario.Generate(Path.Combine(_folder, "gen"));
        var ingester = new StoreFileIngester(_paths.Database, _paths.Rejects, 0.05, _time);
        await ingester.IngestAsync(scenario.UsersPath, CancellationToken.None);
        await ingester.IngestAsync(scenario.TweetsPath, CancellationToken.None);
        var sut = CreateSut(TimeSpan.FromDays(30));

        var first = await sut.RunAsync(CancellationToken.None);
        var again = await sut.RunAsync(CancellationToken.None);
        _time.Advance(TimeSpan.FromDays(10));
        var later = await sut.RunAsync(CancellationToken.None);

        var ranges = _pipelineLog.Entries.Where(e => e.Message.StartsWith("Time range", StringComparison.Ordinal))
            .Select(e => (int)e.Values["Posts"]!).ToList();
        Assert.Equal(3, ranges.Count);
        Assert.InRange(ranges[0], 1, 2999);
        Assert.Equal(ranges[0], ranges[1]);
        Assert.True(ranges[2] < ranges[0], $"{ranges[2]} posts after the range slid ten days past the data, {ranges[0]} before");
        Assert.Equal((true, 1, "720h"), (first.IsNew, first.Snapshot.Version, first.Snapshot.Parameters["lookback"]));
        Assert.Equal((false, first.Snapshot.Id), (again.IsNew, again.Snapshot.Id));
        Assert.Equal((true, 2), (later.IsNew, later.Snapshot.Version));
        Assert.NotEqual(first.Snapshot.InputFingerprint, later.Snapshot.InputFingerprint);
    }
}
