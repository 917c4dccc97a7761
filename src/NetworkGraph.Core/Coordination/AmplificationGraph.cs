using System.Diagnostics;

namespace NetworkGraph.Core.Coordination;

/// <summary>A directed, weighted, timed edge of the amplification graph: Source retweeted, quoted, replied to or
/// mentioned Target, Count times between First and Last.</summary>
/// <param name="Source">The acting account (dense index).</param>
/// <param name="Target">The amplified account (dense index).</param>
/// <param name="Kind">How.</param>
/// <param name="Count">How many times (the weight).</param>
/// <param name="First">The first time.</param>
/// <param name="Last">The last time.</param>
public sealed record AmplificationEdge(
    int Source,
    int Target,
    InteractionKind Kind,
    int Count,
    DateTimeOffset First,
    DateTimeOffset Last);

/// <summary>Who amplifies whom: one directed edge per (source, target, kind).</summary>
[DebuggerDisplay("Accounts = {AccountIds.Count}, Edges = {Edges.Count}")]
public sealed class AmplificationGraph
{
    internal AmplificationGraph(IReadOnlyList<string> accountIds, IReadOnlyList<AmplificationEdge> edges)
    {
        AccountIds = accountIds;
        Edges = edges;
    }

    /// <summary>Account ids by dense index (the same index as the share table's and the coordination graph's).</summary>
    public IReadOnlyList<string> AccountIds { get; }

    /// <summary>Edges ordered by (Source, Target, Kind).</summary>
    public IReadOnlyList<AmplificationEdge> Edges { get; }
}
