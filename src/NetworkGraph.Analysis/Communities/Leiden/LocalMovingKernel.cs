using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using NetworkGraph.Analysis.Graphs;

namespace NetworkGraph.Analysis.Communities.Leiden;

/// The two inner loops of local moving, written without data-dependent branches: with a random visiting order
/// most loads miss the cache, and a mispredicted branch that waits on a missing load stalls the whole pipeline.
/// `neighborWeight` (all -1 between calls) and `touched` are scratch arrays.
internal readonly ref struct LocalMovingKernel(CsrGraph graph, double lambda, int[] membership, double[] total,
    double[] neighborWeight, int[] touched)
{
    private readonly int[] _offsets = graph.Offsets;
    private readonly ref int _targets = ref MemoryMarshal.GetArrayDataReference(graph.Targets);
    private readonly ref double _weights = ref MemoryMarshal.GetArrayDataReference(graph.Weights);
    private readonly ref int _membership = ref MemoryMarshal.GetArrayDataReference(membership);
    private readonly ref double _neighborWeight = ref MemoryMarshal.GetArrayDataReference(neighborWeight);
    private readonly ref int _touched = ref MemoryMarshal.GetArrayDataReference(touched);
    private readonly ref double _total = ref MemoryMarshal.GetArrayDataReference(total);
    private readonly double _lambda = lambda;

    /// The neighbouring community (or `current`) with the largest gain for v taken out of `current`, whose total
    /// without v is `currentTotal`. Ties keep the earliest, `current` first. Leaves the candidates in touched[0..count).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int BestCommunity(int v, int current, double av, double currentTotal, out double bestGain, out int touchedCount)
    {
        Unsafe.Add(ref _neighborWeight, current) = 0;
        _touched = current;
        var count = 1;
        int start = _offsets[v], end = _offsets[v + 1];
        for (var e = start; e < end; e++)
        {
            var c = Unsafe.Add(ref _membership, Unsafe.Add(ref _targets, e));
            ref var slot = ref Unsafe.Add(ref _neighborWeight, c);
            var old = slot;
            var isNew = (int)(BitConverter.DoubleToUInt64Bits(old) >> 63); // untouched slots hold -1
            Unsafe.Add(ref _touched, count) = c;
            count += isNew;
            slot = old + isNew + Unsafe.Add(ref _weights, e);
        }

        var scale = _lambda * av;
        var best = current;
        bestGain = Unsafe.Add(ref _neighborWeight, current) - scale * currentTotal;
        Unsafe.Add(ref _neighborWeight, current) = -1;
        for (var i = 1; i < count; i++)
        {
            var c = Unsafe.Add(ref _touched, i);
            ref var slot = ref Unsafe.Add(ref _neighborWeight, c);
            var gain = slot - scale * Unsafe.Add(ref _total, c);
            slot = -1;
            if (gain > bestGain)
            {
                best = c;
                bestGain = gain;
            }
        }

        touchedCount = count;
        return best;
    }

    /// Queues v's neighbours that are outside `community` and not queued yet; returns how many. The ring has one
    /// slot more than there are nodes, so the slot at `tail` is always free to write speculatively.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int Enqueue(int v, int community, int[] queue, int ring, byte[] inQueue, ref int tail)
    {
        ref var queued0 = ref MemoryMarshal.GetArrayDataReference(inQueue);
        ref var queue0 = ref MemoryMarshal.GetArrayDataReference(queue);
        var added = 0;
        int start = _offsets[v], end = _offsets[v + 1];
        for (var e = start; e < end; e++)
        {
            var t = Unsafe.Add(ref _targets, e);
            var differs = Unsafe.Add(ref _membership, t) ^ community;
            var outside = (int)((uint)(differs | -differs) >> 31);
            ref var queued = ref Unsafe.Add(ref queued0, t);
            var push = (queued ^ 1) & outside;
            Unsafe.Add(ref queue0, tail) = t;
            queued |= (byte)push;
            tail += push;
            tail = tail == ring ? 0 : tail;
            added += push;
        }

        return added;
    }
}
