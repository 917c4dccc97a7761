using NetworkGraph.Analysis.Graphs;

namespace NetworkGraph.App.Communities;

/// <summary>Where <c>communities</c> gets its graph. An edge-list file (the executable's <c>EdgeFileGraphSource</c>)
/// or a stored coordination graph (<c>--db</c>, <see cref="StoreGraphSource"/>).</summary>
internal interface ICommunityGraphSource
{
    /// <summary>Human-readable origin, for logs.</summary>
    string Description { get; }

    /// <summary>Loads the graph with dense node ids; the membership file is written in that id order.</summary>
    Task<CsrGraph> LoadAsync(int threads, CancellationToken cancellationToken);

    /// <summary>Writes one 'node community' line per node, naming nodes as the source knows them.</summary>
    Task WriteMembershipAsync(string path, IReadOnlyList<int> membership, CancellationToken cancellationToken);
}
