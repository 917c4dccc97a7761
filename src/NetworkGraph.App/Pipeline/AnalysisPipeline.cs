using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NetworkGraph.Analysis.Communities;
using NetworkGraph.Analysis.Graphs;
using NetworkGraph.Analysis.Ranking;
using NetworkGraph.Core.Clustering;
using NetworkGraph.Core.Clustering.Profiles;
using NetworkGraph.Core.Coordination;
using NetworkGraph.Core.Model;
using NetworkGraph.Core.Snapshots;
using NetworkGraph.Core.Structure;
using NetworkGraph.Core.Text;
using NetworkGraph.Storage.Sqlite;

namespace NetworkGraph.App.Pipeline;

/// <summary>Store -> coordination graphs -> communities -> scored clusters -> snapshot, as one run.</summary>
internal sealed class AnalysisPipeline(TimeProvider time, ILogger<AnalysisPipeline> logger, IOptions<NetworkGraphOptions> options)
{
    /// <summary>A pipeline with the default settings (e.g. how many coordination runs to keep).</summary>
    public AnalysisPipeline(TimeProvider time, ILogger<AnalysisPipeline> logger)
        : this(time, logger, Options.Create(new NetworkGraphOptions()))
    {
    }

    /// <summary>The built-in generic profile shipped beside the executable (the BIG case is profiles/big.json, opt-in).</summary>
    public static string DefaultProfilePath => ShippedProfilePath("generic");

    /// <summary>The path of a profile shipped beside the executable, by name (e.g. "big").</summary>
    public static string ShippedProfilePath(string name) => Path.Combine(AppContext.BaseDirectory, "profiles", name + ".json");

    /// <summary>Runs every stage; reports each stage's name to <paramref name="stage"/>.</summary>
    public async Task<AnalysisOutcome> RunAsync(SqliteStore store, AnalysisSettings settings, Action<string>? stage, CancellationToken ct)
    {
        var clock = new StageClock(logger);
        var runs = new CoordinationGraphRepository(store, time);

        // The profile is first needed by the cluster stage: it is parsed while the store is read (a quarter of a second
        // of JSON and its compilation at start-up), and a profile that fails to load stops the graph stage at once.
        using var profileFailed = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var loading = LoadProfileAsync(settings.ProfilePath ?? DefaultProfilePath, profileFailed, ct);

        // Likewise the text tables (~40 ms), before the first chunk of texts is read (with one thread, the first text
        // builds them), on a thread of their own so as to take no pool thread from the profile or the graph stage's start;
        // not cancelled, so that it ends as it began.
        var textTables = settings.Threads > 1
            ? Task.Factory.StartNew(TextNormalizer.Prepare, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default)
            : Task.CompletedTask;
        CoordinationInput source;
        GraphStage graphed;
        try
        {
            (source, settings, graphed) = await GraphStageAsync(store, runs, settings, stage, clock, profileFailed.Token);
            await textTables;
        }
        catch (Exception graphError) when (!loading.IsCompleted || loading.IsFaulted)
        {
            // The profile's error, if it is what stopped the stage, is the one to report (a graph stage that failed
            // for a reason of its own as well is logged); either way the load is over before its cancellation source
            // is disposed.
            try
            {
                await loading;
            }
            catch (Exception) when (graphError is not OperationCanceledException)
            {
                logger.LogWarning(graphError, "The graph stage failed as well as the profile: {Error}", graphError.Message);
                throw;
            }

            throw;
        }

        Task<string>? fingerprintTask = null;
        Task? checkpointTask = null;
        Task<SnapshotJsonRows>? jsonTask = null;
        try
        {
            var profile = await loading;
            stage?.Invoke("Scoring clusters");
            var clusterOptions = new ClusterAnalysisOptions { Threads = settings.Threads };
            var input = await ClusterInputAsync(store, source, graphed.Membership, clusterOptions, ct) with
            {
                Edges = graphed.Edges,
                EdgesInGraphOrder = true, // listed layer by layer, each layer's edges by account index
                EdgeWindowSeconds = graphed.EdgeWindow.TotalSeconds,
            };
            logger.LogDebug("Cluster stage: texts {Texts}", input.TextObjects is null ? "normalised again" : "taken from the share table");
            // The cluster stage's reads are over: no read begun before the stored run's commit is left, so with a second
            // thread the run is copied from the log into the database file while the clusters are scored (else the
            // snapshot's commit copies it, and waits for the file syncs: a third of a second at 1 M posts).
            checkpointTask = settings.Threads > 1 ? CheckpointRunAsync(store, graphed.RunSaved, ct) : null;
            // The fingerprint reads the same input and nothing the analysis writes: with a second thread it runs alongside,
            // on a thread of its own (on a pool thread it left the analysis' parallel loops short of a pool thread until
            // the pool grew, up to a second later) and hashes on another. The posts and edges read here are hashed as the
            // columns they are (posts in their store's order, edges in the graph's), so it ends with the analysis.
            fingerprintTask = settings.Threads > 1
                ? Task.Factory.StartNew(() => InputFingerprint.Compute(input, hashAlongside: true), ct, TaskCreationOptions.LongRunning, TaskScheduler.Default)
                : null;
            var analysis = await Task.Run(() => new ClusterAnalyzer(profile, clusterOptions).Analyze(input, ct), ct);
            clock.Lap(fingerprintTask is null ? "clusters" : "clusters (fingerprint alongside)");

            stage?.Invoke("Writing snapshot");
            // The cluster and scoring options count as parameters: a rerun after a change of rule, threshold or weights (an
            // upgrade) is a new version, not "unchanged".
            var parameters = settings.ToParameters().Concat(clusterOptions.ToParameters()).ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);
            var fingerprint = fingerprintTask is null ? InputFingerprint.Compute(input) : await fingerprintTask;
            clock.Lap("snapshot: fingerprint");
            var runId = await graphed.RunSaved;
            clock.Lap("snapshot: coordination run waiting");
            if (checkpointTask is not null)
            {
                await checkpointTask;
                clock.Lap("snapshot: checkpoint waiting");
            }

            var repository = new SnapshotRepository(store);
            var previous = await repository.LoadLatestAsync(ct);
            if (previous is not null && previous.InputFingerprint == fingerprint && SameParameters(previous.Parameters, parameters))
            {
                // Nothing new is kept: the graph is the one the previous snapshot's run holds.
                await runs.DeleteAsync(runId, CancellationToken.None);
                logger.LogInformation("Input and parameters unchanged since snapshot {Snapshot}: no new version", previous.Id);
                clock.Lap("snapshot");
                return new AnalysisOutcome(previous, graphed.Layers, await repository.CoordinationRunOfAsync(previous.Id, ct), graphed.Partition, IsNew: false)
                {
                    MinClusterSize = clusterOptions.MinClusterSize,
                };
            }

            var snapshot = new SnapshotBuilder(time).Build(analysis, fingerprint, parameters, previous);

            // With a second thread the JSON of the clusters' rows, most of the save's time, is made there meanwhile
            // (attaching the structure leaves the clusters as they are).
            var built = snapshot;
            jsonTask = settings.Threads > 1 ? Task.Run(() => SnapshotJsonRows.Of(built), ct) : null;

            // Operations above clusters, and who amplifies whom inside each flagged one (QuikGraph, in Analysis).
            snapshot = SnapshotStructure.Attach(snapshot, input, (n, s, t) =>
            {
                var r = DirectedRanking.Compute(n, s, t);
                return new DirectedRanks(r.TargetRank, r.SourceRank, r.Component, r.Core);
            }, cancellationToken: ct);
            await repository.SaveAsync(snapshot, jsonTask is null ? null : await jsonTask, runId, ct);
            await PruneRunsAsync(runs, options.Value.KeepCoordinationRuns, logger, ct);
            clock.Lap("snapshot: clusters and pruning");
            logger.LogInformation(
                "Snapshot {Snapshot} (v{Version}): {Clusters} clusters, {Flagged} flagged, modularity {Modularity:F4}",
                snapshot.Id,
                snapshot.Version,
                snapshot.Clusters.Count,
                snapshot.Clusters.Count(c => c.Flagged),
                graphed.Partition.Modularity);
            return new AnalysisOutcome(snapshot, graphed.Layers, runId, graphed.Partition, IsNew: true) { MinClusterSize = clusterOptions.MinClusterSize };
        }
        catch (Exception)
        {
            // The run stored for a snapshot that failed (or was cancelled) is not left to count against
            // KeepCoordinationRuns; one a saved snapshot refers to is never deleted.
            await CompletionOf(fingerprintTask);
            await CompletionOf(checkpointTask);
            await CompletionOf(jsonTask);
            await DeleteRunAsync(runs, graphed.RunSaved);
            throw;
        }
    }

    /// <summary>Loads the profile on a pool thread; when it fails, cancels <paramref name="failed"/> (the stages that
    /// run meanwhile) and rethrows.</summary>
    private static async Task<AnalysisProfile> LoadProfileAsync(string path, CancellationTokenSource failed, CancellationToken ct)
    {
        try
        {
            return await Task.Run(() => ProfileLoader.LoadAsync(path, ct), ct);
        }
        catch (Exception)
        {
            await failed.CancelAsync();
            throw;
        }
    }

    /// <summary>Reads the store into the coordination graphs (completing the settings with the stored share kinds),
    /// partitions them and starts storing them as a coordination run, and keeps of the graph only what the cluster
    /// stage reads: the graph, its share table and the evidence are let go when the run is stored, early in the
    /// cluster stage's read of the clustered accounts' posts (at 10 M posts they were a gigabyte held through that
    /// stage). The run is stored before the stage can tell an unchanged input; the caller deletes it then.</summary>
    private async Task<(CoordinationInput Source, AnalysisSettings Settings, GraphStage Graphed)> GraphStageAsync(
        SqliteStore store, CoordinationGraphRepository runs, AnalysisSettings settings, Action<string>? stage, StageClock clock, CancellationToken ct)
    {
        stage?.Invoke("Reading posts, shares and accounts");
        var since = settings.Lookback is { } lookback ? time.GetUtcNow() - lookback : (DateTimeOffset?)null;
        var source = await CoordinationInput.ReadAsync(store, since, ct);
        if (since is not null)
        {
            logger.LogInformation(
                "Time range: {Posts} posts and {Shares} shares since {Since:O} (lookback {Lookback})", source.PostCount, source.ShareCount, since, settings.Lookback);
        }

        settings = source.Complete(settings);

        stage?.Invoke("Building coordination graphs");
        var graph = await Task.Run(() => source.Build(settings, ct), ct);
        clock.Lap("read", source.ReadTime);
        clock.Lap("read: share table waiting", source.WaitTime);
        clock.Lap("share table and graphs");
        foreach (var warning in graph.Warnings)
        {
            logger.LogWarning("Coordination: {Warning}", warning);
        }

        stage?.Invoke("Detecting communities");

        // Leiden runs on the fast window; the cluster stage sees the widest window (the one policy every reader of a
        // stored run shares, see EvidenceWindow) so edge timing stays measurable. With a second thread the run is stored,
        // and the cluster stage's edges listed, while Leiden runs (on one thread for most of its time); with one, in turn.
        var alongside = settings.Threads > 1;
        var evidenceWindow = EvidenceWindow.Of(graph.Layers.Select(l => l.Window)) ?? settings.DetectionWindow;
        var saving = alongside ? SaveRunAsync(runs, graph, clock, ct) : null;
        var edges = alongside ? Task.Run(() => ToClusterEdges(graph, evidenceWindow), ct) : null;
        try
        {
            var partition = await Task.Run(() => Detect(graph, settings), ct);
            clock.Lap(alongside ? "communities (cluster edges alongside)" : "communities");
            var clusterEdges = edges is null ? ToClusterEdges(graph, evidenceWindow) : await edges;
            var membership = ToPartition(graph, partition);
            clock.Lap("cluster edges");
            if (saving is null)
            {
                stage?.Invoke("Storing the coordination run");
                saving = Task.FromResult(await runs.SaveAsync(graph, ct));
                clock.Lap("coordination run");
            }

            return (source, settings, new GraphStage(partition, membership, clusterEdges, evidenceWindow, LayerCount.Of(graph), saving));
        }
        catch (Exception)
        {
            // A save that failed on one thread rolled back: there is nothing to delete.
            await CompletionOf(edges);
            if (saving is not null)
            {
                await DeleteRunAsync(runs, saving);
            }

            throw;
        }
    }

    /// <summary>Waits for a task whose result is no longer wanted (the stage it served failed), so that it neither runs on
    /// past the failure nor leaves its own error unobserved; the caller reports the first failure.</summary>
    private static async Task CompletionOf(Task? task)
    {
        if (task is null)
        {
            return;
        }

        try
        {
            await task;
        }
        catch (Exception)
        {
            // The stage's own failure is the one reported.
        }
    }

    /// <summary>Stores the graph as a coordination run on a thread of its own while the communities are found and the
    /// cluster stage reads (SQLite's WAL lets the one writer and those readers go on without waiting for each other;
    /// on a pool thread the seconds of writing left the parallel loops short of a thread).</summary>
    private static Task<long> SaveRunAsync(CoordinationGraphRepository runs, CoordinationGraph graph, StageClock clock, CancellationToken ct) =>
        Task.Factory.StartNew(
            async () =>
            {
                var wall = Stopwatch.StartNew();
                var runId = await runs.SaveAsync(graph, ct);
                clock.Lap("coordination run", wall.Elapsed);
                return runId;
            },
            ct,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default).Unwrap();

    /// <summary>Once the run is stored, copies the log that holds it into the database file (see
    /// <see cref="SqliteStore.CheckpointAsync"/>); a run whose save failed leaves that to the caller's error.</summary>
    private async Task CheckpointRunAsync(SqliteStore store, Task<long> saving, CancellationToken ct)
    {
        await CompletionOf(saving);
        if (saving.IsCompletedSuccessfully)
        {
            var copied = await store.CheckpointAsync(ct);
            logger.LogDebug("Coordination run copied into the database file while clusters were scored: {Copied}", copied ? "all of the log" : "not all of the log");
        }
    }

    /// <summary>Deletes the run <paramref name="saving"/> stored, once it is stored; a save that failed or was cancelled
    /// rolled back and left nothing to delete (its error is the caller's to report, not this one's).</summary>
    private static async Task DeleteRunAsync(CoordinationGraphRepository runs, Task<long> saving)
    {
        await CompletionOf(saving);
        if (saving.IsCompletedSuccessfully)
        {
            await runs.DeleteAsync(saving.Result, CancellationToken.None);
        }
    }

    /// <summary>Deletes the coordination runs beyond the newest <paramref name="keep"/> that no snapshot refers to.</summary>
    public static async Task PruneRunsAsync(CoordinationGraphRepository runs, int keep, ILogger logger, CancellationToken ct)
    {
        var pruned = await runs.PruneAsync(keep, ct);
        if (pruned > 0)
        {
            logger.LogInformation("Pruned {Runs} old coordination run(s) (NetworkGraph:KeepCoordinationRuns = {Keep})", pruned, keep);
        }
    }

    /// <summary>Partitions the multiplex graph of the detection window, weighted as the settings say.</summary>
    public static Partition Detect(CoordinationGraph graph, AnalysisSettings settings)
    {
        var (sources, targets, weights) = graph.MultiplexPairs(settings.DetectionWindow, settings.Weighting);
        var csr = CsrGraph.FromEdges(sources, targets, weights, graph.AccountIds.Count, settings.Threads);
        return CommunityDetector.Detect(csr, settings.ToCommunityOptions());
    }

    /// <summary>The cluster stage's input without edges: the partition, and only the posts of the accounts in
    /// communities big enough to be clusters (the analyzer reads no others), as columns, and the profiles of those
    /// accounts and of the accounts their posts name, read with the posts.</summary>
    private static async Task<ClusterInput> ClusterInputAsync(
        SqliteStore store, CoordinationInput source, Dictionary<string, int> membership, ClusterAnalysisOptions options, CancellationToken ct)
    {
        var sizes = membership.Values.CountBy(c => c).ToDictionary(kv => kv.Key, kv => kv.Value);
        var clustered = membership.Where(kv => sizes[kv.Value] >= options.MinClusterSize).Select(kv => kv.Key).ToList();

        // The profiles of the accounts the posts name (the clustered ones, and the authors they refer to and the accounts
        // they mention; an id no account has is simply not found) come with them.
        var (posts, accounts) = await store.ReadClusterPostsAndAccountsAsync(clustered, source.SinceUnixSeconds, options.Threads, ct);

        // The share table normalised these texts already: each row takes its text object from it (null when the table
        // did not record them, e.g. without co-tweet or co-similar; the analyzer then normalises them).
        var texts = source.TakeTextObjects()?.TextObjectsOf(posts.Ids);
        return new ClusterInput(accounts, [], membership, []) { PostColumns = posts, TextObjects = texts };
    }

    /// <summary>Account id -> community, for accounts that have at least one coordination edge.</summary>
    private static Dictionary<string, int> ToPartition(CoordinationGraph graph, Partition partition)
    {
        var linked = new bool[graph.AccountIds.Count];
        foreach (var layer in graph.Layers)
        {
            foreach (var edge in layer.Edges)
            {
                linked[edge.Source] = true;
                linked[edge.Target] = true;
            }
        }

        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < linked.Length; i++)
        {
            if (linked[i])
            {
                result[graph.AccountIds[i]] = partition.Membership[i];
            }
        }

        return result;
    }

    /// <summary>The evidence window's edges, one per account pair and kind. Without their evidence pairs: the cluster
    /// analysis and the fingerprint read none, and as post-id strings they were most of this stage's memory (millions
    /// of strings at a million posts); the stored run keeps them.</summary>
    private static List<ClusterEdge> ToClusterEdges(CoordinationGraph graph, TimeSpan window)
    {
        var result = new List<ClusterEdge>();
        foreach (var layer in graph.Layers.Where(l => l.Window == window))
        {
            var kind = ShareKindNames.ClusterName(layer.Kind);
            foreach (var edge in layer.Edges)
            {
                result.Add(new ClusterEdge(
                    graph.AccountIds[edge.Source],
                    graph.AccountIds[edge.Target],
                    kind,
                    edge.Weight,
                    edge.MeanDeltaSeconds,
                    []));
            }
        }

        return result;
    }

    private static bool SameParameters(IReadOnlyDictionary<string, string> a, IReadOnlyDictionary<string, string> b) =>
        a.Count == b.Count && a.All(kv => b.TryGetValue(kv.Key, out var v) && v == kv.Value);
}

/// <summary>What one analysis run produced.</summary>
/// <param name="Snapshot">The new snapshot, or the previous one when nothing changed.</param>
/// <param name="Layers">How big each coordination layer built in this run came out.</param>
/// <param name="CoordinationRunId">The stored run of the graph; null for an unchanged rerun of a snapshot saved without one.</param>
/// <param name="Partition">The communities found.</param>
/// <param name="IsNew">Whether a new snapshot was stored.</param>
internal sealed record AnalysisOutcome(Snapshot Snapshot, IReadOnlyList<LayerCount> Layers, long? CoordinationRunId, Partition Partition, bool IsNew)
{
    /// <summary>The smallest community kept as a cluster; smaller ones are not in the snapshot.</summary>
    public int MinClusterSize { get; init; } = new ClusterAnalysisOptions().MinClusterSize;
}
