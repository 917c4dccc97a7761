using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using NetworkGraph.Analysis.Graphs;
using NetworkGraph.Analysis.Internal;

namespace NetworkGraph.Analysis.Communities.Leiden;

/// The Leiden refinement phase: inside each community S of the local-moving partition, every node starts alone;
/// nodes still alone, in random order, may merge into a well-connected sub-community of S with non-negative gain,
/// chosen at random with probability proportional to exp(gain / theta). Sub-communities are therefore connected.
/// Communities are independent, so they are refined in parallel; each draws from its own random stream.
internal static class Refinement
{
    public const double Theta = 0.01;

    /// Returns, for every node, the id of its sub-community's first node (a node id in the same community).
    public static int[] Run(CsrGraph graph, double[] nodeWeight, double lambda, int[] membership, CommunityLists communities,
        ulong seed, long stream, int threads)
    {
        var n = graph.NodeCount;
        var k = communities.Count;
        var prefix = new long[k + 1];
        for (var c = 0; c < k; c++)
        {
            prefix[c + 1] = prefix[c] + communities.Start[c + 1] - communities.Start[c];
        }

        var workers = n < 20_000 ? 1 : WorkRanges.Resolve(threads);
        var bounds = WorkRanges.Balance(prefix, workers * WorkRanges.PiecesPerThread);
        var pieces = bounds.Length - 1;

        // Shared by all pieces: every index belongs to one community, so pieces never touch the same slot.
        // Slot n + p is piece p's private sink for edges that leave the community.
        var shared = new Shared(graph, nodeWeight, lambda, membership, n, pieces);
        WorkRanges.ForEach(pieces, workers, p =>
        {
            var state = new RefineState(shared, n + p);
            for (var c = bounds[p]; c < bounds[p + 1]; c++)
            {
                var random = FastRandom.Derive(seed, stream, c);
                state.RefineCommunity(communities.Members(c), c, ref random);
            }
        });

        return shared.Root;
    }

    private sealed class Shared(CsrGraph graph, double[] nodeWeight, double lambda, int[] membership, int n, int pieces)
    {
        public CsrGraph Graph { get; } = graph;

        public double[] NodeWeight { get; } = nodeWeight;

        public double Lambda { get; } = lambda;

        public int[] Membership { get; } = membership;

        public int[] Root { get; } = new int[n + pieces];

        public double[] ClusterWeight { get; } = new double[n + pieces];

        public int[] ClusterSize { get; } = new int[n];

        /// Weight from a cluster to the rest of its community.
        public double[] External { get; } = new double[n + pieces];

        public double[] NeighborWeight { get; } = NewSentinels(n + pieces);

        private static double[] NewSentinels(int length)
        {
            var array = new double[length];
            Array.Fill(array, -1.0);
            return array;
        }
    }

    private sealed class RefineState(Shared shared, int sink)
    {
        private int[] _order = new int[16];
        private int[] _touched = new int[18];
        private double[] _gains = new double[18];

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void RefineCommunity(ReadOnlySpan<int> members, int community, ref FastRandom random)
        {
            var graph = shared.Graph;
            var offsets = graph.Offsets;
            ref var targets = ref MemoryMarshal.GetArrayDataReference(graph.Targets);
            ref var weights = ref MemoryMarshal.GetArrayDataReference(graph.Weights);
            ref var membership = ref MemoryMarshal.GetArrayDataReference(shared.Membership);
            var nodeWeight = shared.NodeWeight;
            var communityWeight = 0.0;
            foreach (var v in members)
            {
                shared.Root[v] = v;
                shared.ClusterWeight[v] = nodeWeight[v];
                shared.ClusterSize[v] = 1;
                communityWeight += nodeWeight[v];
                var inside = 0.0;
                int start = offsets[v], end = offsets[v + 1];
                for (var e = start; e < end; e++)
                {
                    var differs = Unsafe.Add(ref membership, Unsafe.Add(ref targets, e)) ^ community;
                    var keep = (long)~((differs | -differs) >> 31); // all ones when the neighbour is inside
                    inside += BitConverter.Int64BitsToDouble(BitConverter.DoubleToInt64Bits(Unsafe.Add(ref weights, e)) & keep);
                }

                shared.External[v] = inside;
            }

            if (members.Length == 1)
            {
                return;
            }

            if (_order.Length < members.Length)
            {
                _order = new int[members.Length * 2];
                _touched = new int[members.Length * 2 + 2];
                _gains = new double[members.Length * 2 + 2];
            }

            var order = _order.AsSpan(0, members.Length);
            members.CopyTo(order);
            random.Shuffle(order);
            var lambda = shared.Lambda;
            foreach (var v in order)
            {
                if (shared.Root[v] != v || shared.ClusterSize[v] != 1)
                {
                    continue;
                }

                var av = nodeWeight[v];
                if (shared.External[v] < lambda * av * (communityWeight - av))
                {
                    continue;
                }

                MoveIntoNeighbor(v, av, community, communityWeight, ref random);
            }
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private void MoveIntoNeighbor(int v, double av, int community, double communityWeight, ref FastRandom random)
        {
            var graph = shared.Graph;
            var offsets = graph.Offsets;
            ref var targets = ref MemoryMarshal.GetArrayDataReference(graph.Targets);
            ref var weights = ref MemoryMarshal.GetArrayDataReference(graph.Weights);
            ref var membership = ref MemoryMarshal.GetArrayDataReference(shared.Membership);
            ref var root = ref MemoryMarshal.GetArrayDataReference(shared.Root);
            ref var neighborWeight = ref MemoryMarshal.GetArrayDataReference(shared.NeighborWeight);
            ref var touched = ref MemoryMarshal.GetArrayDataReference(_touched);
            var clusterWeight = shared.ClusterWeight;
            var external = shared.External;
            clusterWeight[v] = 0;
            shared.ClusterSize[v] = 0;
            Unsafe.Add(ref neighborWeight, v) = 0;
            touched = v;
            var touchedCount = 1;
            int start = offsets[v], end = offsets[v + 1];
            for (var e = start; e < end; e++)
            {
                var t = Unsafe.Add(ref targets, e);
                var differs = Unsafe.Add(ref membership, t) ^ community;
                var outside = (differs | -differs) >> 31; // all ones when the neighbour is outside
                var r = (Unsafe.Add(ref root, t) & ~outside) | (sink & outside);
                ref var slot = ref Unsafe.Add(ref neighborWeight, r);
                var old = slot;
                var isNew = (int)(BitConverter.DoubleToUInt64Bits(old) >> 63);
                Unsafe.Add(ref touched, touchedCount) = r;
                touchedCount += isNew;
                slot = old + isNew + Unsafe.Add(ref weights, e);
            }

            // Candidates: v's own (now empty) cluster with gain 0, and well-connected neighbour clusters with gain >= 0.
            var lambda = shared.Lambda;
            var maxGain = 0.0;
            _gains[0] = 0;
            for (var i = 1; i < touchedCount; i++)
            {
                var r = _touched[i];
                var wr = clusterWeight[r];
                var gain = Unsafe.Add(ref neighborWeight, r) - lambda * av * wr;
                var wellConnected = r != sink && external[r] >= lambda * wr * (communityWeight - wr);
                _gains[i] = wellConnected && gain >= 0 ? gain : double.NegativeInfinity;
                maxGain = Math.Max(maxGain, _gains[i]);
            }

            var chosen = Choose(touchedCount, maxGain, ref random);
            var target = _touched[chosen];
            var wTarget = Unsafe.Add(ref neighborWeight, target);
            for (var i = 0; i < touchedCount; i++)
            {
                Unsafe.Add(ref neighborWeight, _touched[i]) = -1;
            }

            clusterWeight[target] += av;
            shared.ClusterSize[target]++;
            if (target != v)
            {
                shared.Root[v] = target;
                external[target] += external[v] - 2 * wTarget;
            }
        }

        /// Index of the chosen candidate: probability proportional to exp((gain - max) / theta), negligible ones skipped.
        private int Choose(int count, double maxGain, ref FastRandom random)
        {
            const double Cutoff = 40 * Theta;
            var sum = 0.0;
            var last = -1;
            var candidates = 0;
            for (var i = 0; i < count; i++)
            {
                var g = _gains[i];
                if (g >= maxGain - Cutoff)
                {
                    var p = Math.Exp((g - maxGain) / Theta);
                    _gains[i] = p;
                    sum += p;
                    last = i;
                    candidates++;
                }
                else
                {
                    _gains[i] = 0;
                }
            }

            if (candidates == 1)
            {
                return last;
            }

            var x = random.NextDouble() * sum;
            for (var i = 0; i < count; i++)
            {
                x -= _gains[i];
                if (x < 0 && _gains[i] > 0)
                {
                    return i;
                }
            }

            return last;
        }
    }
}
