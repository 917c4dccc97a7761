using NetworkGraph.Core.Export;
using Spectre.Console.Cli;

namespace NetworkGraph.Cli.Commands.Export;

/// <summary>Registers the <c>export</c> branch: one subcommand per format, all sharing <see cref="ExportSettings"/>.</summary>
internal static class ExportBranch
{
    public static void Register(IConfigurator config) => config.AddBranch<ExportSettings>("export", export =>
    {
        export.SetDescription("Write a snapshot for Gephi, other graph tools, neo4j-admin, or as the analyst's report.");
        Add(export, "gexf", SnapshotExportFormat.Gexf, "GEXF 1.3 with cluster colours, sizes and activity spells (Gephi, Gephi Lite, graphology, networkx).");
        Add(export, "graphml", SnapshotExportFormat.GraphMl, "GraphML with typed attributes.");
        Add(export, "csv", SnapshotExportFormat.Csv, "Gephi spreadsheet CSVs (nodes, edges) and a membership CSV.");
        Add(export, "neo4j-admin", SnapshotExportFormat.Neo4jAdmin, "Node and relationship CSVs for neo4j-admin database import full.");
        export.AddCommand<ExportCommand>("report").WithData(SnapshotExportFormat.Report)
            .WithDescription("The analyst's report: a self-contained HTML page and a Markdown summary (filters do not apply).")
            .WithExample("export", "report", "--snapshot", "latest", "--db", "networkgraph.db", "--out", "reports");
    });

    private static void Add(IConfigurator<ExportSettings> branch, string name, SnapshotExportFormat format, string description) =>
        branch.AddCommand<ExportCommand>(name).WithData(format).WithDescription(description)
            .WithExample("export", name, "--snapshot", "latest", "--db", "networkgraph.db", "--out", "exports", "--flagged-only", "--kinds", "co-tweet,co-retweet");
}
