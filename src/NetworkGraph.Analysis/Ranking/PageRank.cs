namespace NetworkGraph.Analysis.Ranking;

/// <summary>PageRank on arrays, operation for operation the computation of QuikGraph's PageRankAlgorithm (unnormalised
/// ranks starting at 1 / n, rank = (1 - d) + d * sum of in-neighbours' rank / out-degree, Jacobi sweeps in vertex
/// order until the summed change is at most the tolerance or the sweeps run out), so the ranks are the same to the
/// bit. QuikGraph's version enumerates a filtered view of each in-edge's source to count its out-degree on every
/// sweep, which made it most of the snapshot stage's time and garbage at a million posts.</summary>
internal static class PageRank
{
    /// <summary>The ranks of vertices 0..<paramref name="vertexCount"/>-1 along the distinct edges sources[i] -&gt;
    /// targets[i] that are not self-loops (the graph <see cref="DirectedRanking"/> builds), in-edges summed in the
    /// order the edges first appear.</summary>
    public static double[] Compute(int vertexCount, int[] sources, int[] targets, double damping, double tolerance, int maxIterations)
    {
        var inStart = new int[vertexCount + 1];
        var outDegree = new int[vertexCount];
        var kept = new bool[sources.Length];
        var seen = new HashSet<long>();
        for (var i = 0; i < sources.Length; i++)
        {
            if (sources[i] != targets[i] && seen.Add(((long)sources[i] << 32) | (uint)targets[i]))
            {
                kept[i] = true;
                outDegree[sources[i]]++;
                inStart[targets[i] + 1]++;
            }
        }

        for (var v = 0; v < vertexCount; v++)
        {
            inStart[v + 1] += inStart[v];
        }

        var inSource = new int[inStart[vertexCount]];
        var fill = inStart[..vertexCount];
        for (var i = 0; i < sources.Length; i++)
        {
            if (kept[i])
            {
                inSource[fill[targets[i]]++] = sources[i];
            }
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
