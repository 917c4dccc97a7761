using Microsoft.Extensions.Options;
using NetworkGraph.Cli.Commands.Analysis;
using NetworkGraph.Cli.Commands.Export;
using NetworkGraph.Cli.Commands.Generate;
using NetworkGraph.Cli.Commands.Ingest;
using NetworkGraph.Cli.Hosting;
using NetworkGraph.Cli.Pipeline;
using NetworkGraph.Core.Export;
using NetworkGraph.Core.Ingestion;
using NetworkGraph.Scenarios;
using NetworkGraph.Storage.Sqlite;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NetworkGraph.Cli.Commands.Demo;

/// <summary>The main job: generate a scenario, then run every pipeline stage on the embedded store.</summary>
internal sealed class DemoCommand(IOptions<NetworkGraphOptions> settings, TimeProvider time, AnalysisPipeline pipeline)
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
        var ingest = await IngestAsync(scenario, db, options.Out, ct);
        IngestReportView.Write(ingest, Path.Combine(options.Out, "rejects.jsonl"));
        if (ingest.HasFailures || ingest.TooManyRejects)
        {
            return ExitCodes.Failure;
        }

        Stage(3, "Coordination graphs, communities, scored clusters, snapshot");
        // The demo's scenario is the BIG case: its profile explains the clusters (the default profile is generic).
        var big = Path.Combine(AppContext.BaseDirectory, "profiles", "big.json");
        var analysis = new AnalysisSettings { Seed = (int)(options.Seed ?? settings.Value.Seed), Threads = settings.Value.Threads, ProfilePath = big };
        var outcome = await AnalyzeCommand.RunAsync(db, analysis, time, pipeline, ct);
        ClusterTables.WriteTopClusters(outcome.Snapshot, 8);

        Stage(4, "Evaluate against the generator's ground truth");
        var evaluation = await EvaluateCommand.EvaluateAsync(outcome.Snapshot, scenario.TruthPath, scenario.CampaignsPath, "operation", ct);
        EvaluateCommand.Write(evaluation);

        Stage(5, "Export for Gephi and write the analyst's report");
        SnapshotExportPaths paths;
        await using (var store = SqliteStore.Open(db, time))
        {
            var input = await new StoreExportSource(store).LoadAsync(Core.Snapshots.SnapshotSelector.OfId(outcome.Snapshot.Id), ct);
            // The demo's Gephi file keeps the clustered accounts (the whole store stays a command away: export gexf).
            var exporter = new SnapshotExporter(new SnapshotExportOptions { IncludeUnclustered = false });
            paths = await exporter.WriteGexfAndReportAsync(input, options.Out, ct);
        }

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

    private async Task<IngestReport> IngestAsync(ScenarioSummary scenario, string db, string outDir, CancellationToken ct)
    {
        await using var store = SqliteStore.Open(db, time);
        using var sink = store.CreateIngestSink();
        var ingest = new IngestPipeline(sink, new IngestOptions
        {
            RejectsPath = Path.Combine(outDir, "rejects.jsonl"),
            MaxRejectShare = settings.Value.MaxRejectShare,
            TimeProvider = time,
        });
        return await IngestProgressView.RunAsync(progress => ingest.RunAsync([scenario.UsersPath, scenario.TweetsPath], progress, ct));
    }

    private static void DeleteStore(string db)
    {
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(db + suffix);
        }
    }
}
