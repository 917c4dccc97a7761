using NetworkGraph.Analysis.Graphs;
using NetworkGraph.Analysis.Internal;

namespace NetworkGraph.Analysis.Communities.Leiden;

/// Queue-based fast local moving (Traag et al. 2019, "MoveNodesFast"): every node starts in the queue in random
/// order; a node moves to the neighbouring community with the best gain, and when it moves, its neighbours
/// outside the new community re-enter the queue.
/// The gain of putting node v in community C (v taken out first) is w(v, C) - lambda * a_v * T_C, where a is the
/// node weight of the objective (strength for modularity, size for CPM) and T_C the total node weight of C.
internal static class FastLocalMoving
{
    /// Nodes are first visited in random blocks of this many consecutive ids (see FastRandom.BlockShuffle).
    public const int VisitBlock = 64;

    /// Improves `membership` (ids in [0, n)) in place and returns the number of moves. Stops early, with nodes
    /// still queued, after `visitLimit` node visits.
    public static long Run(CsrGraph graph, double[] nodeWeight, double lambda, int[] membership, ref FastRandom random,
        MovingWorkspace work, long visitLimit = long.MaxValue)
    {
        var n = graph.NodeCount;
        var total = work.CommunityTotal;
        var size = work.CommunitySize;
        Array.Clear(total, 0, n);
        Array.Clear(size, 0, n);
        for (var v = 0; v < n; v++)
        {
            total[membership[v]] += nodeWeight[v];
            size[membership[v]]++;
        }

        var emptyCount = 0;
        for (var c = n - 1; c >= 0; c--)
        {
            if (size[c] == 0)
            {
                work.EmptyStack[emptyCount++] = c;
            }
        }

        var queue = work.Queue;
        random.BlockShuffle(queue.AsSpan(0, n), VisitBlock);
        Array.Fill(work.InQueue, (byte)1, 0, n);
        var state = new QueueState(n, emptyCount, visitLimit);
        return RunSequential(graph, nodeWeight, lambda, membership, work, state);
    }

    private static long RunSequential(CsrGraph graph, double[] nodeWeight, double lambda, int[] membership,
        MovingWorkspace work, QueueState q)
    {
        var total = work.CommunityTotal;
        var size = work.CommunitySize;
        var empty = work.EmptyStack;
        var queue = work.Queue;
        var inQueue = work.InQueue;
        var kernel = new LocalMovingKernel(graph, lambda, membership, total, work.NeighborWeight, work.Touched);
        long moves = 0;
        while (q.Pending > 0 && q.Visits < q.VisitLimit)
        {
            var v = q.Pop(queue);
            inQueue[v] = 0;
            var current = membership[v];
            var av = nodeWeight[v];
            total[current] -= av;
            size[current]--;
            var best = kernel.BestCommunity(v, current, av, total[current], out var bestGain, out _);
            if (bestGain < 0 && size[current] > 0)
            {
                // Alone beats every neighbouring community: open an empty one.
                best = empty[--q.EmptyCount];
            }

            total[best] += av;
            size[best]++;
            if (best == current)
            {
                continue;
            }

            if (size[current] == 0)
            {
                empty[q.EmptyCount++] = current;
            }

            membership[v] = best;
            moves++;
            q.Pending += kernel.Enqueue(v, best, queue, q.Ring, inQueue, ref q.Tail);
        }

        return moves;
    }

    /// Ring-buffer positions of the queue (n + 1 slots) and the size of the empty-community stack.
    internal sealed class QueueState(int n, int emptyCount, long visitLimit)
    {
        public readonly int Ring = n + 1;
        public readonly long VisitLimit = visitLimit;
        public long Visits;
        public int Head;
        public int Tail = n;
        public int Pending = n;
        public int EmptyCount = emptyCount;

        public int Pop(int[] queue)
        {
            var v = queue[Head];
            Head = Head + 1 == Ring ? 0 : Head + 1;
            Pending--;
            Visits++;
            return v;
        }
    }
}
