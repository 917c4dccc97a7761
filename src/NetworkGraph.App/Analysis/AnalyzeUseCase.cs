using NetworkGraph.App.Pipeline;

namespace NetworkGraph.App.Analysis;

/// <summary>Runs the analysis pipeline on an existing store (<c>analyze</c> and <c>demo</c>): graphs, communities,
/// scored clusters and a new snapshot version when the input or the parameters changed.</summary>
internal sealed class AnalyzeUseCase(TimeProvider time, AnalysisPipeline pipeline)
{
    /// <summary>Analyses the store at <paramref name="database"/>; reports each stage's name to <paramref name="stage"/>.</summary>
    public async Task<AnalysisOutcome> RunAsync(string database, AnalysisSettings settings, Action<string>? stage, CancellationToken ct)
    {
        await using var store = StoreFiles.OpenExisting(database, time);
        return await pipeline.RunAsync(store, settings, stage, ct);
    }
}
