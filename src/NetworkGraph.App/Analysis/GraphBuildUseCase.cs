using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NetworkGraph.App.Pipeline;
using NetworkGraph.Core.Coordination;
using NetworkGraph.Storage.Sqlite;

namespace NetworkGraph.App.Analysis;

/// <summary>Builds the coordination graphs of an existing store and stores them as a new coordination run
/// (<c>graph build</c>), pruning the runs beyond the configured number.</summary>
internal sealed class GraphBuildUseCase(IOptions<NetworkGraphOptions> options, TimeProvider time, ILogger<GraphBuildUseCase> logger)
{
    /// <summary>Builds and stores the graphs of the store at <paramref name="database"/>; reports what it does to
    /// <paramref name="stage"/>.</summary>
    public async Task<BuiltGraph> RunAsync(string database, AnalysisSettings settings, Action<string> stage, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(stage);
        await using var store = StoreFiles.OpenExisting(database, time);
        var source = await CoordinationInput.ReadAsync(store, since: null, ct);
        var complete = source.Complete(settings);
        stage($"Building coordination graphs from {source.Describe()}");
        var graph = await Task.Run(() => source.Build(complete, ct), ct);
        stage("Storing edges and evidence");
        var runs = new CoordinationGraphRepository(store, time);
        var runId = await runs.SaveAsync(graph, ct);
        await AnalysisPipeline.PruneRunsAsync(runs, options.Value.KeepCoordinationRuns, logger, ct);
        return new BuiltGraph(graph, runId);
    }
}

/// <summary>The graphs built and the id of the coordination run they were stored as.</summary>
/// <param name="Graph">Every kind's layers, with evidence.</param>
/// <param name="RunId">The stored coordination run.</param>
internal sealed record BuiltGraph(CoordinationGraph Graph, long RunId);
