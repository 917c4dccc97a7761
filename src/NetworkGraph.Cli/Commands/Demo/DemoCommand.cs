using Microsoft.Extensions.Options;
using NetworkGraph.App;
using NetworkGraph.App.Analysis;
using NetworkGraph.App.Evaluation;
using NetworkGraph.App.Export;
using NetworkGraph.App.Ingest;
using NetworkGraph.App.Pipeline;
using NetworkGraph.Cli.Commands.Analysis;
using NetworkGraph.Cli.Commands.Generate;
using NetworkGraph.Cli.Commands.Ingest;
using NetworkGraph.Cli.Hosting;
using NetworkGraph.Scenarios;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NetworkGraph.Cli.Commands.Demo;

/// <summary>The main job: generate a scenario, then run every pipeline stage on the embedded store.</summary>
internal sealed class DemoCommand(
    IOptions<NetworkGraphOptions> settings, IngestUseCase ingest, AnalyzeUseCase analyze, ExportUseCase export)
    : AsyncCommand<DemoSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, DemoSettings options, CancellationToken cancellationToken)
    {
        var ct = cancellationToken;
        Stage(1, "Generate a BIG-like scenario");
        var scenario = await ScenarioStage.RunAsync(options, settings.Value.Seed, ct);
        ScenarioStage.Print(scenario);

        Stage(2, "Ingest into the embedded SQLite store");
        var db = options.Db ?? Path.Combine(options.Out, "networkgraph.db");
        DeleteStore(db);
        var rejects = Path.Combine(options.Out, "rejects.jsonl");
        var request = new IngestRequest(db, [scenario.UsersPath, scenario.TweetsPath], rejects) { MaxRejectShare = settings.Value.MaxRejectShare };
        var report = await IngestProgressView.RunAsync(progress => ingest.RunAsync(request, progress, ct));
        IngestReportView.Write(report, rejects);
        if (report.HasFailures || report.TooManyRejects)
        {
            return ExitCodes.Failure;
        }

        Stage(3, "Coordination graphs, communities, scored clusters, snapshot");
        // The demo's scenario is the BIG case: its profile explains the clusters (the default profile is generic).
        var big = AnalysisPipeline.ShippedProfilePath("big");
        var analysis = new AnalysisSettings { Seed = (int)(options.Seed ?? settings.Value.Seed), Threads = settings.Value.Threads, ProfilePath = big };
        var outcome = await AnalysisProgressView.RunAsync(stage => analyze.RunAsync(db, analysis, stage, ct));
        ClusterTables.WriteTopClusters(outcome.Snapshot, 8);

        Stage(4, "Evaluate against the generator's ground truth");
        var evaluation = await EvaluateUseCase.EvaluateAsync(outcome.Snapshot, scenario.TruthPath, scenario.CampaignsPath, "operation", ct);
        EvaluationView.Write(evaluation);

        Stage(5, "Export for Gephi and write the analyst's report");
        // The demo's Gephi file keeps the clustered accounts (the whole store stays a command away: export gexf).
        var paths = await export.WriteGexfAndReportAsync(db, outcome.Snapshot.Id, options.Out, ct);

        var files = new Table().Title("Outputs").AddColumns("what", "path");
        files.AddRow("Gephi (GEXF 1.3)", Markup.Escape(Path.GetFullPath(paths.Gexf)));
        files.AddRow("report (HTML, opens offline)", Markup.Escape(Path.GetFullPath(paths.Html)));
        files.AddRow("summary (Markdown)", Markup.Escape(Path.GetFullPath(paths.Markdown)));
        files.AddRow("store (SQLite)", Markup.Escape(Path.GetFullPath(db)));
        AnsiConsole.Write(files);

        AnsiConsole.Write(new Rule("[bold]Done[/]").LeftJustified());
        AnsiConsole.MarkupLineInterpolated($"Store: [bold]{Path.GetFullPath(db)}[/]  (try: networkgraph snapshot show --db {db})");
        return ExitCodes.Success;
    }

    private static void Stage(int number, string title) =>
        AnsiConsole.Write(new Rule($"[bold]{number}. {Markup.Escape(title)}[/]").LeftJustified());

    private static void DeleteStore(string db)
    {
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(db + suffix);
        }
    }
}
