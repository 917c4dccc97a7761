using QuikGraph;

namespace NetworkGraph.Analysis.Ranking;

/// <summary>PageRank on arrays read from a QuikGraph graph, operation for operation the computation of QuikGraph's
/// PageRankAlgorithm (unnormalised ranks starting at 1 / n, rank = (1 - d) + d * sum of in-neighbours' rank /
/// out-degree, Jacobi sweeps in vertex order until the summed change is at most the tolerance or the sweeps run out), so
/// the ranks are the same to the bit. QuikGraph's version enumerates a filtered view of each in-edge's source to count
/// its out-degree on every sweep, which made it most of the snapshot stage's time and garbage at a million posts.</summary>
internal static class PageRank
{
    /// <summary>The ranks of the vertices 0..n-1 of <paramref name="graph"/> along its edges, or along the reversed edges
    /// when <paramref name="reversed"/>; each vertex's in-edges are summed in the order the graph holds them.</summary>
    public static double[] Compute(
        BidirectionalGraph<int, SEquatableEdge<int>> graph, bool reversed, double damping, double tolerance, int maxIterations)
    {
        var vertexCount = graph.VertexCount;
        var inStart = new int[vertexCount + 1];
        var inSource = new int[graph.EdgeCount];
        var outDegree = new int[vertexCount];
        for (var v = 0; v < vertexCount; v++)
        {
            var k = inStart[v];
            foreach (var edge in reversed ? graph.OutEdges(v) : graph.InEdges(v))
            {
                inSource[k++] = reversed ? edge.Target : edge.Source;
            }

            inStart[v + 1] = k;
            outDegree[v] = reversed ? graph.InDegree(v) : graph.OutDegree(v);
        }

        var ranks = new double[vertexCount];
        Array.Fill(ranks, 1 / (double)vertexCount);
        var next = new double[vertexCount];
        var iteration = 0;
        double error;
        do
        {
            error = 0;
            for (var v = 0; v < vertexCount; v++)
            {
                double r = 0;
                for (var k = inStart[v]; k < inStart[v + 1]; k++)
                {
                    var s = inSource[k];
                    r += ranks[s] / outDegree[s];
                }

                var rank = (1 - damping) + (damping * r);
                next[v] = rank;
                error += Math.Abs(rank - ranks[v]);
            }

            (ranks, next) = (next, ranks);
            iteration++;
        }
        while (error > tolerance && iteration < maxIterations);

        return ranks;
    }
}
