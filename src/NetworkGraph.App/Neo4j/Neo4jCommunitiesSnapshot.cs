using NetworkGraph.App.Pipeline;
using NetworkGraph.Core.Clustering;
using NetworkGraph.Core.Clustering.Profiles;
using NetworkGraph.Core.Snapshots;
using NetworkGraph.Storage.Neo4j.Communities;
using NetworkGraph.Storage.Sqlite;

namespace NetworkGraph.App.Neo4j;

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
        // The graph Neo4j partitioned was pushed from a snapshot of this store: score with that snapshot's run (else
        // the newest), at the same window and with the same edge timing as the analysis' cluster stage.
        var coordination = await CoordinationRunEdges.ReadAsync(store, previous?.Id, ct);
        var input = new ClusterInput(accounts, posts, Partition(run), coordination.ToClusterEdges())
        {
            EdgeWindowSeconds = coordination.Window?.TotalSeconds,
        };
        var analysis = new ClusterAnalyzer(profile).Analyze(input, ct);
        var snapshot = new SnapshotBuilder(time).Build(analysis, InputFingerprint.Compute(input), parameters, previous);
        await snapshots.SaveAsync(snapshot, coordination.RunId, ct);
        return snapshot;
    }

    // Dense community numbers in order of the communities' names, so the same result always numbers the same way.
    internal static Dictionary<string, int> Partition(CommunityRun run)
    {
        var numbers = run.Assignments.Select(a => a.Community).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select((community, i) => (community, i)).ToDictionary(x => x.community, x => x.i, StringComparer.Ordinal);
        return run.Assignments.ToDictionary(a => a.AccountId, a => numbers[a.Community], StringComparer.Ordinal);
    }

    private static string DefaultProfile(Snapshot? previous)
    {
        var named = previous is null ? null : AnalysisPipeline.ShippedProfilePath(previous.ProfileName);
        return named is not null && File.Exists(named) ? named : AnalysisPipeline.DefaultProfilePath;
    }
}
