using System.Diagnostics;
using NetworkGraph.Analysis.Graphs;

namespace NetworkGraph.Analysis.Communities.Leiden;

internal sealed partial class MultilevelOptimizer
{
    /// Diagnostics for benchmarks: one line per level (size, moves, elapsed and CPU time since the last line).
    internal static Action<string>? Trace { get; set; }

    private readonly Stopwatch _traceClock = Stopwatch.StartNew();
    private TimeSpan _traceCpu;

    private void TraceLevel(int iteration, int level, CsrGraph graph, long moves)
    {
        if (Trace is null)
        {
            return;
        }

        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        Trace($"iteration {iteration} level {level}: {graph.NodeCount} nodes, {graph.Targets.Length / 2} edges, {moves} moves; "
            + $"{_traceClock.Elapsed.TotalMilliseconds:F0} ms, cpu {(cpu - _traceCpu).TotalMilliseconds:F0} ms since last");
        _traceClock.Restart();
        _traceCpu = cpu;
    }
}
