using NetworkGraph.Storage.Neo4j.Push;
using Spectre.Console;

namespace NetworkGraph.Cli.Commands.Neo4j;

/// <summary>Spectre progress bars for a push: one bar per phase, in rows, added as each phase starts.</summary>
internal static class PushProgressView
{
    public static async Task<T> RunAsync<T>(Func<IProgress<PushProgress>, Task<T>> work)
    {
        T result = default!;
        await AnsiConsole.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(),
                new SpinnerColumn())
            .StartAsync(async context =>
            {
                var tasks = new Dictionary<string, ProgressTask>(StringComparer.Ordinal);
                result = await work(new Reporter(report =>
                {
                    if (!tasks.TryGetValue(report.Phase, out var task))
                    {
                        task = tasks[report.Phase] = context.AddTask(report.Phase, maxValue: Math.Max(1, report.Total));
                    }

                    task.Value = report.Total == 0 ? task.MaxValue : report.Done;
                }));
                foreach (var task in tasks.Values)
                {
                    task.Value = task.MaxValue;
                    task.StopTask();
                }
            });
        return result;
    }

    // Reports synchronously: the push awaits between batches, so updates arrive in order.
    private sealed class Reporter(Action<PushProgress> report) : IProgress<PushProgress>
    {
        public void Report(PushProgress value) => report(value);
    }
}
