using System.Globalization;
using System.Text;
using NetworkGraph.Analysis.Communities;
using NetworkGraph.Analysis.Graphs;
using NetworkGraph.Analysis.IO;
using NetworkGraph.Bolt;
using NetworkGraph.Storage.Neo4j.Push;
using NetworkGraph.Storage.Neo4j.Read;

namespace NetworkGraph.App.Neo4j;

/// <summary>Reads the coordination graph back from Neo4j as an edge list for the in-process detection
/// (<c>neo4j pull</c>), and optionally runs Leiden on it.</summary>
internal static class Neo4jPullUseCase
{
    /// <summary>Pulls the graph and writes the edge list to <see cref="Neo4jPullRequest.Out"/> and the dense ids beside it
    /// (<c>.ids</c>).</summary>
    public static async Task<PulledEdges> PullAsync(BoltDriver driver, Neo4jPullRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var graph = await new Neo4jReader(driver).PullCoordinationAsync(request.Types, request.MinWeight, ct);
        var edges = new EdgeList(graph.Sources, graph.Targets, graph.Weights, graph.AccountIds.Count);
        await EdgeListWriter.WriteAsync(request.Out, edges, ct);
        await File.WriteAllLinesAsync(request.Out + ".ids",
            graph.AccountIds.Select((id, dense) => string.Create(CultureInfo.InvariantCulture, $"{dense} {id}")),
            new UTF8Encoding(false), ct);
        return new PulledEdges(graph, edges);
    }

    /// <summary>Partitions the pulled graph in process and writes "account community" lines to
    /// <paramref name="membershipPath"/>.</summary>
    public static async Task<Partition> DetectAsync(PulledEdges pulled, string membershipPath, CommunityOptions options, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(pulled);
        ArgumentNullException.ThrowIfNull(options);
        var partition = CommunityDetector.Detect(CsrGraph.FromEdgeList(pulled.Edges, options.Threads), options, ct);
        await File.WriteAllLinesAsync(membershipPath,
            pulled.Graph.AccountIds.Select((id, dense) => string.Create(CultureInfo.InvariantCulture, $"{id} {partition.Membership[dense]}")),
            new UTF8Encoding(false), ct);
        return partition;
    }
}

/// <summary>What to pull and where it goes.</summary>
/// <param name="Types">The coordination relationship types read.</param>
/// <param name="MinWeight">Relationships lighter than this are left out.</param>
/// <param name="Out">The edge list file.</param>
internal sealed record Neo4jPullRequest(IReadOnlyCollection<CoordinationType> Types, double MinWeight, string Out);

/// <summary>The pulled graph and its edge list.</summary>
/// <param name="Graph">Accounts and relationships as read.</param>
/// <param name="Edges">The dense edge list written.</param>
internal sealed record PulledEdges(PulledGraph Graph, EdgeList Edges);
