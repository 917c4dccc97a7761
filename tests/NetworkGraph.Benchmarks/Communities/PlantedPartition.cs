using NetworkGraph.Analysis.Graphs;

namespace NetworkGraph.Benchmarks.Communities;

/// A seeded planted-partition graph for in-process benchmarks: groups of 20..200 nodes, each node with about
/// `degree` edges of which a share `mixing` leave its group; heavier weights inside, as in the bench kit's LFR data.
internal static class PlantedPartition
{
    public static CsrGraph Create(int nodes, int degree, double mixing, int seed)
    {
        var random = new Random(seed);
        var group = new int[nodes];
        var starts = new List<int> { 0 };
        while (starts[^1] < nodes)
        {
            starts.Add(Math.Min(nodes, starts[^1] + random.Next(20, 201)));
        }

        for (var g = 0; g + 1 < starts.Count; g++)
        {
            for (var v = starts[g]; v < starts[g + 1]; v++)
            {
                group[v] = g;
            }
        }

        var edges = nodes * degree / 2;
        var sources = new int[edges];
        var targets = new int[edges];
        var weights = new double[edges];
        for (var e = 0; e < edges; e++)
        {
            var u = random.Next(nodes);
            int v;
            bool inside;
            do
            {
                inside = random.NextDouble() >= mixing;
                v = inside
                    ? starts[group[u]] + random.Next(starts[group[u] + 1] - starts[group[u]])
                    : random.Next(nodes);
            }
            while (v == u);

            sources[e] = u;
            targets[e] = v;
            weights[e] = Math.Round((inside ? 2.0 : 1.0) * Math.Exp(0.75 * Gaussian(random)), 3) + 0.001;
        }

        // Shuffle ids so that, as in real data, they say nothing about the structure.
        var rename = Enumerable.Range(0, nodes).ToArray();
        random.Shuffle(rename);
        for (var e = 0; e < edges; e++)
        {
            sources[e] = rename[sources[e]];
            targets[e] = rename[targets[e]];
        }

        return CsrGraph.FromEdges(sources, targets, weights, nodes);
    }

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
