using Spectre.Console;

namespace NetworkGraph.Cli.Terminal;

/// <summary>Runs long work under a Spectre progress bar showing a count and a rate.</summary>
internal static class ProgressRunner
{
    /// <summary>Runs <paramref name="work"/> with one progress task; the work reports units done through the callback.</summary>
    public static async Task<T> RunAsync<T>(string description, double? total, Func<IProgress<long>, Task<T>> work)
    {
        T result = default!;
        await AnsiConsole.Progress()
            .AutoClear(false)
            .HideCompleted(false)
            .Columns(
                new TaskDescriptionColumn(),
                new ProgressBarColumn(),
                new PercentageColumn(),
                new RateColumn(),
                new ElapsedTimeColumn(),
                new SpinnerColumn())
            .StartAsync(async ctx =>
            {
                var task = ctx.AddTask(description, maxValue: total ?? 1);
                task.IsIndeterminate = total is null;
                var progress = new SynchronousProgress(done =>
                {
                    if (total is null)
                    {
                        task.MaxValue = Math.Max(task.MaxValue, done + 1);
                    }

                    task.Value = done;
                });
                result = await work(progress);
                task.Value = task.MaxValue;
                task.StopTask();
            });
        return result;
    }

    private sealed class SynchronousProgress(Action<long> report) : IProgress<long>
    {
        public void Report(long value) => report(value);
    }

    private sealed class RateColumn : ProgressColumn
    {
        public override Spectre.Console.Rendering.IRenderable Render(Spectre.Console.Rendering.RenderOptions options, ProgressTask task, TimeSpan deltaTime)
        {
            var elapsed = task.ElapsedTime?.TotalSeconds ?? 0;
            var rate = elapsed > 0 ? task.Value / elapsed : 0;
            return new Text($"{rate:N0}/s", Style.Plain);
        }
    }
}
