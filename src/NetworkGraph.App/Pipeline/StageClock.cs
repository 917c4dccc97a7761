using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace NetworkGraph.App.Pipeline;

/// <summary>Logs each stage's wall time, the process' CPU time in it and the peak RSS so far (read by
/// scripts/bench-pipeline.sh).</summary>
internal sealed class StageClock(ILogger logger)
{
    private readonly Stopwatch _wall = Stopwatch.StartNew();
    private TimeSpan _cpu = Process.GetCurrentProcess().TotalProcessorTime;
    private RuntimeCounts _runtime = RuntimeCounts.Now();

    /// <summary>Logs the stage that ends now and starts the next.</summary>
    public void Lap(string stage)
    {
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        logger.LogInformation(
            "Stage {Stage}: {WallSeconds:F2} s wall, {CpuSeconds:F2} s CPU, peak RSS {PeakRssMb} MB",
            stage,
            _wall.Elapsed.TotalSeconds,
            (cpu - _cpu).TotalSeconds,
            process.PeakWorkingSet64 >> 20);
        _cpu = cpu;
        LogRuntime(stage);
        _wall.Restart();
    }

    /// <summary>Logs at debug level what the runtime spent in the stage: collections per generation, pause time,
    /// bytes allocated and the JIT's compile time (the overheads a stage's CPU time holds besides its own work).</summary>
    private void LogRuntime(string stage)
    {
        if (!logger.IsEnabled(LogLevel.Debug))
        {
            return;
        }

        var now = RuntimeCounts.Now();
        var spent = now - _runtime;
        _runtime = now;
        logger.LogDebug(
            "Stage {Stage} runtime: {Gen0}/{Gen1}/{Gen2} collections (gen 0/1/2), {PauseSeconds:F2} s paused, {AllocatedMb} MB allocated, {JitSeconds:F2} s compiling {JitMethods} methods",
            stage, spent.Gen0, spent.Gen1, spent.Gen2, spent.Pause.TotalSeconds, spent.Allocated >> 20, spent.Jit.TotalSeconds, spent.JitMethods);
    }

    /// <summary>The runtime's cumulative counters at one moment.</summary>
    private readonly record struct RuntimeCounts(int Gen0, int Gen1, int Gen2, TimeSpan Pause, long Allocated, TimeSpan Jit, long JitMethods)
    {
        public static RuntimeCounts Now() => new(
            GC.CollectionCount(0),
            GC.CollectionCount(1),
            GC.CollectionCount(2),
            GC.GetTotalPauseDuration(),
            GC.GetTotalAllocatedBytes(),
            System.Runtime.JitInfo.GetCompilationTime(),
            System.Runtime.JitInfo.GetCompiledMethodCount());

        public static RuntimeCounts operator -(RuntimeCounts a, RuntimeCounts b) => new(
            a.Gen0 - b.Gen0, a.Gen1 - b.Gen1, a.Gen2 - b.Gen2, a.Pause - b.Pause, a.Allocated - b.Allocated, a.Jit - b.Jit, a.JitMethods - b.JitMethods);
    }

    /// <summary>Logs a part of the running stage measured elsewhere (e.g. the store read on its own thread).</summary>
    public void Lap(string stage, TimeSpan wall)
    {
        using var process = Process.GetCurrentProcess();
        logger.LogInformation(
            "Stage {Stage}: {WallSeconds:F2} s wall, peak RSS {PeakRssMb} MB", stage, wall.TotalSeconds, process.PeakWorkingSet64 >> 20);
    }
}
