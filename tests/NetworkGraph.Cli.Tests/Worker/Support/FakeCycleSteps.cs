using NetworkGraph.App.Worker;
using NetworkGraph.Core.Clustering;
using NetworkGraph.Core.Snapshots;
using NetworkGraph.Storage.Neo4j.Push;

namespace NetworkGraph.Cli.Tests.Worker.Support;

/// <summary>An analysis step over a pretend store: tests set what the store holds and what the analysis gives.</summary>
internal sealed class FakeAnalysisStep : IAnalysisStep
{
    public StoreState State { get; set; } = new(100, 10, 4096, "m1");

    /// <summary>The next analysis result (or error); by default the snapshot for the current marker.</summary>
    public Func<CancellationToken, Task<AnalysisResult>>? Next { get; set; }

    public int Runs { get; private set; }

    public Task<StoreState> ReadStateAsync(CancellationToken ct) => Task.FromResult(State);

    public Task<AnalysisResult> RunAsync(CancellationToken ct)
    {
        Runs++;
        return Next is { } next ? next(ct) : Task.FromResult(new AnalysisResult(Snapshot(Runs), IsNew: true));
    }

    public static Snapshot Snapshot(int version, params (int Size, double Score, bool Flagged)[] clusters) => new(
        $"v{version}-fake",
        version,
        new DateTimeOffset(2024, 3, 1, 12, 0, 0, TimeSpan.Zero),
        new Dictionary<string, string>(),
        new string('f', 64),
        "big",
        clusters.Select((c, i) => new SnapshotCluster($"C{version}-{i + 1}", Report(i + 1, c.Size, c.Score, c.Flagged), ClusterLineage.New)).ToArray());

    private static ClusterReport Report(int rank, int size, double score, bool flagged)
    {
        var members = Enumerable.Range(0, size).Select(i => $"a{rank}-{i}").ToArray();
        var objects = new ClusterObjects([], [], [], [], [], []);
        return new ClusterReport(rank, rank, members, null!, objects, null!, [], new ClusterScore(score, flagged, 0.5, score, 0, [], ""), "");
    }
}

/// <summary>A Neo4j publisher that records pushes and fails as scripted.</summary>
internal sealed class FakePublisher : ISnapshotPublisher
{
    public List<string> Pushed { get; } = [];

    public Queue<Exception> Failures { get; } = new();

    public Task<PushResult> PublishAsync(string snapshotId, CancellationToken ct)
    {
        if (Failures.TryDequeue(out var failure))
        {
            throw failure;
        }

        Pushed.Add(snapshotId);
        return Task.FromResult(new PushResult(snapshotId, [], PaletteApplied: true));
    }
}

/// <summary>Records the retention calls.</summary>
internal sealed class FakePruner : ISnapshotPruner
{
    public List<int> Calls { get; } = [];

    public Task<PruneResult> PruneAsync(int keep, CancellationToken ct)
    {
        Calls.Add(keep);
        return Task.FromResult(new PruneResult(1, 1));
    }
}
