using System.Runtime.CompilerServices;
using NetworkGraph.Analysis.Internal;

namespace NetworkGraph.Analysis.Graphs;

/// Renumbers the nodes of a CsrGraph. Used to put the members of each community next to each other in memory:
/// on large graphs with arbitrary ids almost every neighbour lookup otherwise misses the cache.
internal sealed class CsrPermutation
{
    private CsrPermutation(int[] order, int[] newId)
    {
        Order = order;
        NewId = newId;
    }

    /// Old id of each new id.
    public int[] Order { get; }

    /// New id of each old id.
    public int[] NewId { get; }

    /// Orders nodes by group (dense ids 0..count-1), keeping id order inside a group.
    public static CsrPermutation GroupBy(ReadOnlySpan<int> group, int count)
    {
        var start = new int[count + 1];
        foreach (var g in group)
        {
            start[g + 1]++;
        }

        for (var g = 0; g < count; g++)
        {
            start[g + 1] += start[g];
        }

        var order = new int[group.Length];
        var newId = new int[group.Length];
        for (var v = 0; v < group.Length; v++)
        {
            var id = start[group[v]]++;
            order[id] = v;
            newId[v] = id;
        }

        return new CsrPermutation(order, newId);
    }

    /// The same graph with node Order[i] renamed i; rows keep their edge order.
    public CsrGraph Apply(CsrGraph graph, int threads)
    {
        var n = graph.NodeCount;
        var offsets = new int[n + 1];
        var loops = new double[n];
        var loopCount = 0;
        for (var i = 0; i < n; i++)
        {
            var old = Order[i];
            offsets[i + 1] = offsets[i] + graph.Offsets[old + 1] - graph.Offsets[old];
            loops[i] = graph.Loops[old];
            loopCount += loops[i] > 0 ? 1 : 0;
        }

        var targets = new int[graph.Targets.Length];
        var weights = new double[graph.Weights.Length];
        var workers = targets.Length < 200_000 ? 1 : WorkRanges.Resolve(threads);
        WorkRanges.Run(n, workers * WorkRanges.PiecesPerThread, workers, (from, to, _) => CopyRows(graph, offsets, targets, weights, from, to));
        return new CsrGraph(offsets, targets, weights, loops, loopCount);
    }

    /// values[Order[i]] for each new id i.
    public T[] Permute<T>(T[] values)
    {
        var result = new T[values.Length];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = values[Order[i]];
        }

        return result;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void CopyRows(CsrGraph graph, int[] offsets, int[] targets, double[] weights, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            var old = Order[i];
            var source = graph.Offsets[old];
            var at = offsets[i];
            var length = offsets[i + 1] - at;
            for (var k = 0; k < length; k++)
            {
                targets[at + k] = NewId[graph.Targets[source + k]];
            }

            Array.Copy(graph.Weights, source, weights, at, length);
        }
    }
}
