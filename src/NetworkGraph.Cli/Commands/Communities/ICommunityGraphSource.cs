using NetworkGraph.Analysis.Graphs;

namespace NetworkGraph.Cli.Commands.Communities;

/// <summary>Where <c>communities</c> gets its graph. Today: an edge-list file (<see cref="EdgeFileGraphSource"/>).
/// A stored coordination graph (<c>--db</c>) plugs in here as a second implementation.</summary>
internal interface ICommunityGraphSource
{
    /// <summary>Human-readable origin, for logs.</summary>
    string Description { get; }

    /// <summary>Loads the graph with dense node ids; the membership file is written in that id order.</summary>
    Task<CsrGraph> LoadAsync(int threads, CancellationToken cancellationToken);

    /// <summary>Writes one 'node community' line per node, naming nodes as the source knows them.</summary>
    Task WriteMembershipAsync(string path, IReadOnlyList<int> membership, CancellationToken cancellationToken);
}
