using NetworkGraph.App.Snapshots;
using NetworkGraph.Core.Evaluation;
using NetworkGraph.Core.Snapshots;

namespace NetworkGraph.App.Evaluation;

/// <summary>Compares a snapshot with ground truth (<c>evaluate</c> and <c>demo</c>): detection precision and recall,
/// agreement of clusters with the truth's labels, and the known campaigns found.</summary>
internal sealed class EvaluateUseCase(TimeProvider time)
{
    /// <summary>Evaluates the snapshot the request selects in its store.</summary>
    public async Task<EvaluationReport> RunAsync(EvaluateRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var store = StoreFiles.OpenExisting(request.Database, time);
        var snapshot = await SnapshotLoader.LoadAsync(store, request.Snapshot, ct);
        // A bad truth file throws TruthFileException naming the file, line and field: the failure reporter prints it.
        return await EvaluateAsync(snapshot, request.TruthPath, request.CampaignsPath, request.PositiveLabel, ct);
    }

    /// <summary>Evaluates a snapshot already in memory.</summary>
    public static async Task<EvaluationReport> EvaluateAsync(Snapshot snapshot, string truthPath, string? campaignsPath, string positiveLabel, CancellationToken ct)
    {
        var truth = await TruthReaders.ReadGroundTruthAsync(truthPath, null, ct);
        campaignsPath ??= Path.Combine(Path.GetDirectoryName(Path.GetFullPath(truthPath))!, "campaigns.json");
        var campaigns = File.Exists(campaignsPath) ? await TruthReaders.ReadCampaignsAsync(campaignsPath, ct) : null;
        return SnapshotEvaluator.Evaluate(snapshot, truth, campaigns, new EvaluationOptions { PositiveLabel = positiveLabel });
    }
}
