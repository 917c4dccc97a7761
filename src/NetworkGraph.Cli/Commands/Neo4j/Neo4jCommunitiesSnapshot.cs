using NetworkGraph.Cli.Pipeline;
using NetworkGraph.Core.Clustering;
using NetworkGraph.Core.Clustering.Profiles;
using NetworkGraph.Core.Coordination;
using NetworkGraph.Core.Snapshots;
using NetworkGraph.Storage.Neo4j.Communities;
using NetworkGraph.Storage.Sqlite;
using CoordinationEdge = NetworkGraph.Core.Clustering.CoordinationEdge;

namespace NetworkGraph.Cli.Commands.Neo4j;

/// <summary>Turns communities found inside Neo4j into a snapshot of the SQLite store: the same cluster analysis,
/// scores, explanations and lineage as any other run, with the Neo4j method in its parameters.</summary>
internal sealed class Neo4jCommunitiesSnapshot(SqliteStore store, TimeProvider time)
{
    public async Task<Snapshot> BuildAndSaveAsync(CommunityRun run, string? profilePath, IReadOnlyDictionary<string, string> parameters,
        CancellationToken ct)
    {
        var snapshots = new SnapshotRepository(store);
        var previous = await snapshots.LoadLatestAsync(ct);
        var profile = await ProfileLoader.LoadAsync(profilePath ?? DefaultProfile(previous), ct);
        var accounts = await store.ReadAccountsAsync(cancellationToken: ct).ToListAsync(ct);
        var posts = await store.ReadPostsAsync(ct).ToListAsync(ct);
        var coordination = await new CoordinationGraphRepository(store).LoadLatestAsync(ct);
        var window = previous is null ? null : Neo4jPushSource.Window(previous);
        var input = new ClusterInput(accounts, posts, Partition(run), Edges(coordination, window));
        var analysis = new ClusterAnalyzer(profile).Analyze(input, ct);
        var snapshot = new SnapshotBuilder(time).Build(analysis, InputFingerprint.Compute(input), parameters, previous);
        await snapshots.SaveAsync(snapshot, ct);
        return snapshot;
    }

    // Dense community numbers in order of the communities' names, so the same result always numbers the same way.
    internal static Dictionary<string, int> Partition(CommunityRun run)
    {
        var numbers = run.Assignments.Select(a => a.Community).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select((community, i) => (community, i)).ToDictionary(x => x.community, x => x.i, StringComparer.Ordinal);
        return run.Assignments.ToDictionary(a => a.AccountId, a => numbers[a.Community], StringComparer.Ordinal);
    }

    // The cluster stage's edges: one layer per kind (the detection window, else each kind's widest), as the analysis
    // pipeline names them.
    private static IReadOnlyList<CoordinationEdge> Edges(StoredCoordinationRun? run, TimeSpan? window) =>
        run is null
            ? []
            : run.Layers
                .Where(l => window is null || l.Window == window)
                .GroupBy(l => l.Kind)
                .Select(g => g.MaxBy(l => l.Window)!)
                .SelectMany(l => l.Edges.Select(e => new CoordinationEdge(e.SourceId, e.TargetId, ShareKindNames.ClusterName(l.Kind),
                    e.Weight, e.MeanDeltaSeconds, e.Evidence.Select(p => new ClusterEvidence(p.SourcePostId, p.TargetPostId)).ToList())))
                .ToList();

    private static string DefaultProfile(Snapshot? previous)
    {
        var named = previous is null ? null : Path.Combine(AppContext.BaseDirectory, "profiles", previous.ProfileName + ".json");
        return named is not null && File.Exists(named) ? named : AnalysisPipeline.DefaultProfilePath;
    }
}
