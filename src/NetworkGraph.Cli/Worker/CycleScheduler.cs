using Microsoft.Extensions.Logging;

namespace NetworkGraph.Cli.Worker;

/// <summary>Runs work at once, then at every tick of an interval (start to start; a run longer than the interval
/// delays the next one instead of stacking them). An error is logged and the loop goes on; a stop ends it.</summary>
internal sealed partial class CycleScheduler(TimeProvider time, ILogger<CycleScheduler> logger)
{
    public async Task RunAsync(string name, TimeSpan interval, Func<CancellationToken, Task> work, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(work);
        using var timer = new PeriodicTimer(interval, time);
        var run = 0;
        do
        {
            run++;
            try
            {
                await work(ct);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                LogFailed(ex, name, run, interval.TotalSeconds);
            }
        }
        while (await NextTickAsync(timer, ct));
    }

    private static async Task<bool> NextTickAsync(PeriodicTimer timer, CancellationToken ct)
    {
        try
        {
            return await timer.WaitForNextTickAsync(ct);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "{Loop} run {Run} failed; the loop goes on (next run in at most {IntervalSeconds} s)")]
    private partial void LogFailed(Exception error, string loop, int run, double intervalSeconds);
}
