using NetworkGraph.Analysis.Graphs;
using NetworkGraph.Analysis.IO;
using NetworkGraph.App;
using NetworkGraph.App.Communities;

namespace NetworkGraph.Cli.Commands.Communities;

/// <summary>Reads the graph from a `u v [w]` edge-list file.</summary>
internal sealed class EdgeFileGraphSource(string path) : ICommunityGraphSource
{
    public string Description => path;

    public async Task<CsrGraph> LoadAsync(int threads, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            throw new UsageException($"--edges: file not found: {path}");
        }

        try
        {
            var edges = await EdgeListReader.ReadAsync(path, threads, cancellationToken);
            return CsrGraph.FromEdgeList(edges, threads);
        }
        catch (EdgeListFormatException ex)
        {
            throw new UsageException(ex.Message);
        }
    }

    public Task WriteMembershipAsync(string path, IReadOnlyList<int> membership, CancellationToken cancellationToken) =>
        EdgeListWriter.WriteMembershipAsync(path, membership, cancellationToken);
}
