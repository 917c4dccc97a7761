using NetworkGraph.Analysis.Graphs;
using NetworkGraph.Analysis.Internal;

namespace NetworkGraph.Analysis.Communities.Leiden;

/// Leiden (with refinement) and Louvain (without) over one objective: maximise sum_c [w_in(c) - lambda * T_c^2 / 2],
/// where T_c sums the node weights a (strengths for modularity, sizes for CPM); lambda = gamma / 2m or gamma.
/// An iteration runs levels (move, refine, aggregate) until each community is one aggregate node. Leiden repeats
/// iterations from the previous result until one changes nothing or the cap is reached.
/// Two speed measures apply from CommunityOptions.LargeGraphThreshold nodes on: level-0 nodes are renamed
/// community by community (Renumber) after the first visit of every node and before each later iteration, so that
/// neighbours sit close in memory; and the first iteration's level-0 moving is capped (FirstIterationVisits).
/// Neither touches the guarantees: refinement and the final connectivity split run as always, and when more than
/// one iteration runs, the later ones move nodes to convergence.
internal sealed partial class MultilevelOptimizer
{
    private const int MaxLevels = 64;
    private const long MoveStream = 1;
    private const long RefineStream = 2;

    /// When more than one iteration may run, level-0 local moving in the first iteration stops after this many
    /// visits per node; the next iteration starts from its result and runs to convergence. On the bench kit's LFR
    /// graphs this cost 2e-4 to 4e-4 modularity after two iterations and saved about a quarter of the time.
    private const int FirstIterationVisits = 3;

    private readonly CsrGraph _graph;
    private readonly CommunityOptions _options;
    private readonly bool _refine;
    private readonly double _lambda;
    private readonly int _threads;
    private readonly int _maxIterations;
    private CsrGraph _levelZero;
    private double[] _nodeWeight;
    private int[]? _position;

    public MultilevelOptimizer(CsrGraph graph, CommunityOptions options, bool refine)
    {
        _graph = graph;
        _levelZero = graph;
        _options = options;
        _refine = refine;
        _threads = WorkRanges.Resolve(options.Threads);
        _maxIterations = !refine ? 1 : options.MaxIterations <= 0 ? int.MaxValue : options.MaxIterations;
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
        var iterations = 0;
        Level last;
        do
        {
            iterations++;
            last = RunIteration(membership, iterations, work, cancellationToken);
            if (last.Changed && iterations < _maxIterations && n >= _options.LargeGraphThreshold)
            {
                membership = Renumber(membership, last.CommunityCount);
            }
        }
        while (last.Changed && iterations < _maxIterations);

        var sizes = _options.Quality == QualityFunction.Cpm ? last.NodeWeight : null;
        var totals = PartitionQuality.Totals(last.Graph, last.Membership, sizes);
        var modularity = PartitionQuality.ModularityOf(totals, _graph.TotalWeight, 1.0);
        var quality = _options.Quality == QualityFunction.Cpm
            ? PartitionQuality.CpmOf(totals, _options.Resolution)
            : PartitionQuality.ModularityOf(totals, _graph.TotalWeight, _options.Resolution);
        if (_position is not null)
        {
            var original = new int[n];
            for (var v = 0; v < n; v++)
            {
                original[v] = membership[_position[v]];
            }

            membership = original;
        }

        return new Partition(membership, last.CommunityCount, quality, modularity, iterations);
    }

    /// One iteration from `membership` (dense ids over the current level-0 numbering); writes the result back.
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
            var limit = long.MaxValue;
            long moves = 0;
            if (level == 0 && iteration == 1 && graph.NodeCount >= _options.LargeGraphThreshold)
            {
                moves = FastLocalMoving.Run(graph, nodeWeight, _lambda, partition, ref random, work, graph.NodeCount);
                count = CommunityLists.Renumber(partition, scratch);
                partition = Renumber(partition, count);
                graph = _levelZero;
                nodeWeight = _nodeWeight;
                limit = _maxIterations > 1 ? (FirstIterationVisits - 1L) * graph.NodeCount : long.MaxValue;
            }

            moves += FastLocalMoving.Run(graph, nodeWeight, _lambda, partition, ref random, work, limit);
            changed |= moves > 0;
            count = CommunityLists.Renumber(partition, scratch);
            TraceLevel(iteration, level, graph, moves);
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
                result = Aggregation.Run(graph, nodeWeight, clusters, partition, lists, _threads);
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

    /// Renames level-0 nodes community by community and returns the renamed partition.
    private int[] Renumber(int[] partition, int count)
    {
        var step = CsrPermutation.GroupBy(partition, count);
        _levelZero = step.Apply(_levelZero, _threads);
        _nodeWeight = step.Permute(_nodeWeight);
        if (_position is null)
        {
            _position = step.NewId;
        }
        else
        {
            for (var v = 0; v < _position.Length; v++)
            {
                _position[v] = step.NewId[_position[v]];
            }
        }

        return step.Permute(partition);
    }

    private sealed record Level(CsrGraph Graph, double[] NodeWeight, int[] Membership, int CommunityCount, bool Changed);
}
