using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using NetworkGraph.Analysis.Graphs;
using NetworkGraph.Analysis.Internal;

namespace NetworkGraph.Analysis.Communities.Leiden;

/// Collapses clusters into the nodes of a smaller graph. Internal edges become self-loops, edges between two
/// clusters are summed, node weights are summed. Aggregate nodes are numbered community by community, so the
/// nodes of one community are neighbours in memory on the next level.
internal static class Aggregation
{
    public sealed record Result(CsrGraph Graph, double[] NodeWeight, int[] Membership, int CommunityCount, int[] NodeToAggregate);

    /// `cluster[v]` is any id in [0, n) shared by the nodes of one cluster; every cluster lies inside one
    /// community of `membership` (dense ids, grouped in `communities`).
    public static Result Run(CsrGraph graph, double[] nodeWeight, int[] cluster, int[] membership, CommunityLists communities, int threads)
    {
        var n = graph.NodeCount;
        var clusterId = new int[n];
        Array.Fill(clusterId, -1);
        var aggregateMembership = new List<int>();
        var toAggregate = new int[n];
        for (var c = 0; c < communities.Count; c++)
        {
            foreach (var v in communities.Members(c))
            {
                var r = cluster[v];
                if (clusterId[r] < 0)
                {
                    clusterId[r] = aggregateMembership.Count;
                    aggregateMembership.Add(c);
                }

                toAggregate[v] = clusterId[r];
            }
        }

        var k = aggregateMembership.Count;
        var members = CommunityLists.Build(toAggregate, k);
        var prefix = new long[k + 1];
        for (var x = 0; x < k; x++)
        {
            var work = 0L;
            foreach (var v in members.Members(x))
            {
                work += graph.Offsets[v + 1] - graph.Offsets[v] + 1;
            }

            prefix[x + 1] = prefix[x] + work;
        }

        var workers = graph.Targets.Length < 200_000 ? 1 : WorkRanges.Resolve(threads);
        var bounds = WorkRanges.Balance(prefix, workers * WorkRanges.PiecesPerThread);
        var parts = new Piece[bounds.Length - 1];
        var degree = new int[k + 1];
        var loops = new double[k];
        var weight = new double[k];
        var spare = new Stack<Accumulator>();
        WorkRanges.ForEach(parts.Length, workers, p =>
        {
            Accumulator? accumulator;
            lock (spare)
            {
                spare.TryPop(out accumulator);
            }

            accumulator ??= new Accumulator(k);
            var capacity = (int)Math.Min(Array.MaxLength, prefix[bounds[p + 1]] - prefix[bounds[p]]); // >= edges emitted
            parts[p] = BuildPiece(graph, nodeWeight, toAggregate, members, bounds[p], bounds[p + 1], accumulator, capacity, degree, loops, weight);
            lock (spare)
            {
                spare.Push(accumulator);
            }
        });

        var offsets = new int[k + 1];
        for (var x = 0; x < k; x++)
        {
            offsets[x + 1] = offsets[x] + degree[x];
        }

        var targets = new int[offsets[k]];
        var weights = new double[offsets[k]];
        for (var p = 0; p < parts.Length; p++)
        {
            var at = offsets[bounds[p]];
            parts[p].Targets.AsSpan(0, parts[p].Count).CopyTo(targets.AsSpan(at));
            parts[p].Weights.AsSpan(0, parts[p].Count).CopyTo(weights.AsSpan(at));
        }

        var loopCount = 0;
        foreach (var l in loops)
        {
            loopCount += l > 0 ? 1 : 0;
        }

        var aggregate = new CsrGraph(offsets, targets, weights, loops, loopCount);
        return new Result(aggregate, weight, [.. aggregateMembership], communities.Count, toAggregate);
    }

    /// Sums the edges of clusters from..to-1 per neighbouring cluster. Branch-free accumulation (see
    /// LocalMovingKernel); a cluster's edges to itself land in its own slot and become its self-loop.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Piece BuildPiece(CsrGraph graph, double[] nodeWeight, int[] toAggregate, CommunityLists members,
        int from, int to, Accumulator accumulator, int capacity, int[] degree, double[] loops, double[] weight)
    {
        var offsets = graph.Offsets;
        ref var targets = ref MemoryMarshal.GetArrayDataReference(graph.Targets);
        ref var weights = ref MemoryMarshal.GetArrayDataReference(graph.Weights);
        ref var aggregateOf = ref MemoryMarshal.GetArrayDataReference(toAggregate);
        ref var sum = ref MemoryMarshal.GetArrayDataReference(accumulator.Sum);
        ref var touched = ref MemoryMarshal.GetArrayDataReference(accumulator.Touched);
        var piece = new Piece(capacity);
        for (var x = from; x < to; x++)
        {
            var touchedCount = 0;
            var loop = 0.0;
            var nodeTotal = 0.0;
            foreach (var v in members.Members(x))
            {
                loop += graph.Loops[v];
                nodeTotal += nodeWeight[v];
                int start = offsets[v], end = offsets[v + 1];
                for (var e = start; e < end; e++)
                {
                    var y = Unsafe.Add(ref aggregateOf, Unsafe.Add(ref targets, e));
                    ref var slot = ref Unsafe.Add(ref sum, y);
                    var old = slot;
                    var isNew = (int)(BitConverter.DoubleToUInt64Bits(old) >> 63);
                    Unsafe.Add(ref touched, touchedCount) = y;
                    touchedCount += isNew;
                    slot = old + isNew + Unsafe.Add(ref weights, e);
                }
            }

            var edges = 0;
            for (var i = 0; i < touchedCount; i++)
            {
                var y = Unsafe.Add(ref touched, i);
                ref var slot = ref Unsafe.Add(ref sum, y);
                if (y == x)
                {
                    loop += slot / 2; // every internal edge was seen from both ends
                }
                else
                {
                    piece.Add(y, slot);
                    edges++;
                }

                slot = -1;
            }

            loops[x] = loop;
            weight[x] = nodeTotal;
            degree[x] = edges;
        }

        return piece;
    }

    /// Per-thread scratch: sums per neighbouring cluster (-1 = untouched, restored after each cluster).
    private sealed class Accumulator
    {
        public Accumulator(int clusters)
        {
            Sum = new double[clusters];
            Array.Fill(Sum, -1.0);
            Touched = new int[clusters + 1];
        }

        public double[] Sum { get; }

        public int[] Touched { get; }
    }

    /// Output of one piece; its capacity, the adjacency length of its clusters' members, bounds what it emits.
    private sealed class Piece(int capacity)
    {
        public int[] Targets { get; } = new int[capacity];

        public double[] Weights { get; } = new double[capacity];

        public int Count { get; private set; }

        public void Add(int target, double weight)
        {
            Debug.Assert(Count < Targets.Length);
            Targets[Count] = target;
            Weights[Count] = weight;
            Count++;
        }
    }
}
