using NetworkGraph.Core.Ingestion;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace NetworkGraph.Cli.Commands.Ingest;

/// <summary>A Spectre progress bar over the bytes of each input file, with rows read and rows per second.</summary>
internal static class IngestProgressView
{
    public static async Task<IngestReport> RunAsync(Func<IProgress<IngestProgress>, Task<IngestReport>> work)
    {
        IngestReport report = null!;
        await AnsiConsole.Progress()
            .AutoClear(false)
            .HideCompleted(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RowsColumn(), new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                ProgressTask? task = null;
                var current = -1;
                var progress = new InlineProgress(p =>
                {
                    if (p.FileIndex != current)
                    {
                        task?.StopTask();
                        current = p.FileIndex;
                        task = context.AddTask(Markup.Escape(Path.GetFileName(p.Path)), maxValue: Math.Max(p.BytesTotal, 1));
                    }

                    task!.State.Update<double>(RowsColumn.Rows, _ => p.RowsDone);
                    task.State.Update<double>(RowsColumn.Rate, _ => p.RowsPerSecond);
                    task.Value = p.BytesDone;
                });
                report = await work(progress);
                if (task is not null)
                {
                    task.Value = task.MaxValue;
                    task.StopTask();
                }
            });
        return report;
    }

    private sealed class InlineProgress(Action<IngestProgress> report) : IProgress<IngestProgress>
    {
        public void Report(IngestProgress value) => report(value);
    }

    private sealed class RowsColumn : ProgressColumn
    {
        public const string Rows = "rows";
        public const string Rate = "rate";

        public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime) =>
            new Text($"{task.State.Get<double>(Rows):N0} rows, {task.State.Get<double>(Rate):N0} rows/s");
    }
}
