using NetworkGraph.Analysis.Graphs;
using NetworkGraph.Analysis.Internal;

namespace NetworkGraph.Analysis.Communities.Leiden;

/// Leiden (with refinement) and Louvain (without) over one objective: maximise sum_c [w_in(c) - lambda * T_c^2 / 2],
/// where T_c sums the node weights a (strengths for modularity, sizes for CPM); lambda = gamma / 2m or gamma.
/// An iteration runs levels (move, refine, aggregate) until each community is one aggregate node. Leiden repeats
/// iterations from the previous result until one changes nothing or the cap is reached.
internal sealed class MultilevelOptimizer
{
    private const int MaxLevels = 64;
    private const long MoveStream = 1;
    private const long RefineStream = 2;

    internal static Action<string>? Trace { get; set; }

    /// From this many nodes on, the graph is renumbered community by community after the first local moving.
    private const int RenumberThreshold = 50_000;

    private readonly CsrGraph _graph;
    private readonly CommunityOptions _options;
    private readonly bool _refine;
    private readonly double _lambda;
    private readonly int _threads;
    private CsrGraph _levelZero;
    private double[] _nodeWeight;
    private CsrPermutation? _permutation;

    public MultilevelOptimizer(CsrGraph graph, CommunityOptions options, bool refine)
    {
        _graph = graph;
        _levelZero = graph;
        _options = options;
        _refine = refine;
        _threads = WorkRanges.Resolve(options.Threads);
        if (options.Quality == QualityFunction.Modularity)
        {
            _lambda = options.Resolution / (2 * graph.TotalWeight);
            _nodeWeight = graph.Strengths;
        }
        else
        {
            _lambda = options.Resolution;
            _nodeWeight = new double[graph.NodeCount];
            Array.Fill(_nodeWeight, 1.0);
        }
    }

    public Partition Run(CancellationToken cancellationToken)
    {
        var n = _graph.NodeCount;
        var membership = new int[n];
        for (var v = 0; v < n; v++)
        {
            membership[v] = v;
        }

        var work = new MovingWorkspace(n);
        var cap = !_refine ? 1 : _options.MaxIterations <= 0 ? int.MaxValue : _options.MaxIterations;
        var iterations = 0;
        Level last;
        do
        {
            iterations++;
            last = RunIteration(membership, iterations, work, cancellationToken);
        }
        while (last.Changed && iterations < cap);

        var sizes = _options.Quality == QualityFunction.Cpm ? last.NodeWeight : null;
        var totals = PartitionQuality.Totals(last.Graph, last.Membership, sizes);
        var modularity = PartitionQuality.ModularityOf(totals, _graph.TotalWeight, 1.0);
        var quality = _options.Quality == QualityFunction.Cpm
            ? PartitionQuality.CpmOf(totals, _options.Resolution)
            : PartitionQuality.ModularityOf(totals, _graph.TotalWeight, _options.Resolution);
        if (_permutation is not null)
        {
            var original = new int[n];
            for (var v = 0; v < n; v++)
            {
                original[v] = membership[_permutation.NewId[v]];
            }

            membership = original;
        }

        return new Partition(membership, last.CommunityCount, quality, modularity, iterations);
    }

    /// One iteration from `membership` (ids in [0, n)); writes the result back into it.
    private Level RunIteration(int[] membership, int iteration, MovingWorkspace work, CancellationToken cancellationToken)
    {
        var graph = _levelZero;
        var nodeWeight = _nodeWeight;
        var partition = (int[])membership.Clone();
        int[]? toLevel = null;
        var scratch = new int[graph.NodeCount];
        var changed = false;
        int count;
        for (var level = 0; ; level++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var random = FastRandom.Derive((ulong)_options.Seed, MoveStream, iteration, level);
            var sw = System.Diagnostics.Stopwatch.StartNew(); var cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
            long mv;
            if (level == 0 && _permutation is null && graph.NodeCount >= RenumberThreshold && Environment.GetEnvironmentVariable("NG_NORENUM") != "1")
            {
                // One visit per node, then renumber community by community so that the rest of the search
                // (and every later phase) finds neighbours close in memory; then move nodes to convergence.
                mv = FastLocalMoving.Run(graph, nodeWeight, _lambda, partition, ref random, work, graph.NodeCount);
                Trace?.Invoke($"   first pass {sw.Elapsed.TotalMilliseconds:F0} ms cpu={(System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds:F0}");
                count = CommunityLists.Renumber(partition, scratch);
                partition = Renumber(partition, count);
                Trace?.Invoke($"   renumbered {sw.Elapsed.TotalMilliseconds:F0} ms cpu={(System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds:F0} k={count}");
                graph = _levelZero;
                nodeWeight = _nodeWeight;
            }
            else
            {
                mv = 0;
            }

            var capEnv = Environment.GetEnvironmentVariable("NG_CAP");
            var cap = iteration == 1 && level == 0 && capEnv is not null ? (long)(double.Parse(capEnv, System.Globalization.CultureInfo.InvariantCulture) * graph.NodeCount) : long.MaxValue;
            mv += FastLocalMoving.Run(graph, nodeWeight, _lambda, partition, ref random, work, cap);
            changed |= mv > 0;
            Trace?.Invoke($"it{iteration} L{level} n={graph.NodeCount} m2={graph.Targets.Length} move={sw.Elapsed.TotalMilliseconds:F1}ms cpu={(System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds:F0} moves={mv} visits={FastLocalMoving.LastVisits}");
            sw.Restart(); cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
            count = CommunityLists.Renumber(partition, scratch);
            if (count == graph.NodeCount || level == MaxLevels)
            {
                break;
            }


            var lists = CommunityLists.Build(partition, count);
            var result = null as Aggregation.Result;
            if (_refine)
            {
                var stream = RefineStream + ((long)iteration << 8) + level;
                var clusters = Refinement.Run(graph, nodeWeight, _lambda, partition, lists, (ulong)_options.Seed, stream, _threads);
                Trace?.Invoke($"   refine={sw.Elapsed.TotalMilliseconds:F1}ms cpu={(System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds:F0}");
                sw.Restart(); cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
                result = Aggregation.Run(graph, nodeWeight, clusters, partition, lists, _threads);
                Trace?.Invoke($"   aggregate={sw.Elapsed.TotalMilliseconds:F1}ms cpu={(System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds:F0} -> {result.Graph.NodeCount}");
            }

            if (result is null || result.Graph.NodeCount == graph.NodeCount)
            {
                // No refinement, or it merged nothing: collapse whole communities so the next level makes progress.
                result = Aggregation.Run(graph, nodeWeight, partition, partition, lists, _threads);
            }

            if (toLevel is null)
            {
                toLevel = result.NodeToAggregate;
            }
            else
            {
                for (var i = 0; i < toLevel.Length; i++)
                {
                    toLevel[i] = result.NodeToAggregate[toLevel[i]];
                }
            }

            graph = result.Graph;
            nodeWeight = result.NodeWeight;
            partition = result.Membership;
        }

        if (_refine)
        {
            var split = ConnectivitySplit.Run(graph, partition);
            changed |= split != count;
            count = split;
        }

        for (var i = 0; i < membership.Length; i++)
        {
            membership[i] = partition[toLevel is null ? i : toLevel[i]];
        }

        return new Level(graph, nodeWeight, partition, count, changed);
    }

    /// Renames level-0 nodes community by community (for memory locality) and returns the renamed partition.
    private int[] Renumber(int[] partition, int count)
    {
        _permutation = CsrPermutation.GroupBy(partition, count);
        _levelZero = _permutation.Apply(_levelZero, _threads);
        _nodeWeight = _permutation.Permute(_nodeWeight);
        return _permutation.Permute(partition);
    }

    private sealed record Level(CsrGraph Graph, double[] NodeWeight, int[] Membership, int CommunityCount, bool Changed);
}
