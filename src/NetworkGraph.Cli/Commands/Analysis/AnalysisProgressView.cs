using NetworkGraph.App.Pipeline;
using Spectre.Console;

namespace NetworkGraph.Cli.Commands.Analysis;

/// <summary>Runs an analysis under a status spinner naming each stage, then prints the stage summary.</summary>
internal static class AnalysisProgressView
{
    public static async Task<AnalysisOutcome> RunAsync(Func<Action<string>, Task<AnalysisOutcome>> work)
    {
        AnalysisOutcome? outcome = null;
        await AnsiConsole.Status().StartAsync("Analysing", async ctx =>
        {
            outcome = await work(s => ctx.Status(s));
        });
        ClusterTables.WriteGraphSummary(outcome!);
        return outcome!;
    }
}
