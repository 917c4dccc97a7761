using NetworkGraph.Core.Coordination;

namespace NetworkGraph.Storage.Runs;

/// <summary>A coordination graph as stored by <see cref="Sqlite.CoordinationGraphRepository"/>, with platform ids.</summary>
/// <param name="RunId">The run's key.</param>
/// <param name="CreatedAt">When it was saved.</param>
/// <param name="OptionsJson">The options it was built with, as JSON.</param>
/// <param name="Layers">Its layers in build order.</param>
public sealed record StoredCoordinationRun(
    long RunId, DateTimeOffset CreatedAt, string OptionsJson, IReadOnlyList<StoredCoordinationLayer> Layers)
{
    /// <summary>The most evidence pairs an edge of the run kept (see <see cref="Sqlite.CoordinationGraphRepository.EvidencePerEdge"/>),
    /// or null for a run saved before the cap, which kept every pair the graph held.</summary>
    public int? EvidenceCap { get; init; }
}

/// <summary>One stored layer (kind and window).</summary>
/// <param name="Kind">The share kind.</param>
/// <param name="Window">The pairwise window.</param>
/// <param name="CandidateEdges">Edges before the weight filters.</param>
/// <param name="CandidatePairs">Pairs behind them.</param>
/// <param name="WeightThreshold">The strict quantile bound, if any.</param>
/// <param name="Edges">The kept edges in stored order.</param>
public sealed record StoredCoordinationLayer(
    ShareKind Kind, TimeSpan Window, long CandidateEdges, long CandidatePairs, double? WeightThreshold,
    IReadOnlyList<StoredCoordinationEdge> Edges);

/// <summary>One stored edge with its statistics (see <see cref="CoordinationEdge"/>) and evidence.</summary>
/// <param name="SourceId">The source account id.</param>
/// <param name="TargetId">The target account id.</param>
/// <param name="PairCount">Co-shares.</param>
/// <param name="Weight">The weight.</param>
/// <param name="MeanDeltaSeconds">Mean |dt|.</param>
/// <param name="MinDeltaSeconds">Smallest |dt|.</param>
/// <param name="First">Earliest share.</param>
/// <param name="Last">Latest share.</param>
/// <param name="SourcePosts">Distinct posts of the source account.</param>
/// <param name="TargetPosts">Distinct posts of the target account.</param>
/// <param name="Evidence">The evidence pairs kept, in time order: a few of the <paramref name="PairCount"/> pairs (see
/// <see cref="StoredCoordinationRun.EvidenceCap"/>).</param>
public sealed record StoredCoordinationEdge(
    string SourceId, string TargetId, long PairCount, double Weight, double MeanDeltaSeconds, double MinDeltaSeconds,
    DateTimeOffset First, DateTimeOffset Last, int SourcePosts, int TargetPosts, IReadOnlyList<StoredEvidencePair> Evidence);

/// <summary>One stored evidence pair.</summary>
/// <param name="SourcePostId">The source account's post id.</param>
/// <param name="TargetPostId">The target account's post id.</param>
/// <param name="SourceTime">When the source account shared.</param>
/// <param name="TargetTime">When the target account shared.</param>
/// <param name="Object">A readable key of the shared object.</param>
public sealed record StoredEvidencePair(
    string SourcePostId, string TargetPostId, DateTimeOffset SourceTime, DateTimeOffset TargetTime, string Object);
