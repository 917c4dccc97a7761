using NetworkGraph.Cli.Commands.Analysis;
using NetworkGraph.Cli.Commands.Communities;
using NetworkGraph.Cli.Commands.Demo;
using NetworkGraph.Cli.Commands.Export;
using NetworkGraph.Cli.Commands.Generate;
using NetworkGraph.Cli.Commands.Ingest;
using NetworkGraph.Cli.Commands.Neo4j;
using NetworkGraph.Cli.Commands.Worker;
using Spectre.Console.Cli;

namespace NetworkGraph.Cli.Commands;

/// <summary>The one place where commands are listed; only commands that work are registered.</summary>
internal static class CommandRegistry
{
    public static void Register(IConfigurator config)
    {
        // Each capability adds its command or branch here with one small edit.
        config.AddCommand<DemoCommand>("demo")
            .WithDescription("The main job: generate a BIG-like scenario and run the whole pipeline on the embedded store.")
            .WithExample("demo", "--out", "demo-out");
        config.AddCommand<GenerateCommand>("generate")
            .WithDescription("Write a seeded BIG-like scenario in the Twitter information-operations archive format.")
            .WithExample("generate", "--out", "data", "--posts", "1000000", "--seed", "7");
        config.AddCommand<IngestCommand>("ingest")
            .WithDescription("Read archive CSV, API v2/v1.1 JSON lines or share tables into the SQLite store (resumable, idempotent).")
            .WithExample("ingest", "data/", "--db", "networkgraph.db");
        config.AddBranch("graph", graph =>
        {
            graph.SetDescription("Coordination graphs.");
            graph.AddCommand<GraphBuildCommand>("build")
                .WithDescription("Build and store coordination graphs (edges with dt statistics and evidence); print edge counts per kind.")
                .WithExample("graph", "build", "--db", "ng.db", "--kinds", "co-tweet,co-retweet", "--window", "60s,1h");
        });
        config.AddCommand<AnalyzeCommand>("analyze")
            .WithDescription("Coordination graphs -> communities -> scored clusters -> a new snapshot.")
            .WithExample("analyze", "--db", "ng.db", "--algorithm", "leiden", "--seed", "42");
        config.AddCommand<EvaluateCommand>("evaluate")
            .WithDescription("Compare a snapshot with ground truth: precision, recall, F1, NMI, ARI, campaigns.")
            .WithExample("evaluate", "--db", "ng.db", "--truth", "data/truth.csv");
        config.AddBranch("snapshot", snapshot =>
        {
            snapshot.SetDescription("Versioned analysis snapshots.");
            snapshot.AddCommand<SnapshotListCommand>("list").WithDescription("List snapshots.");
            snapshot.AddCommand<SnapshotShowCommand>("show").WithDescription("Show a snapshot's parameters and top clusters.");
            snapshot.AddCommand<SnapshotDiffCommand>("diff").WithDescription("How clusters changed between two snapshots.");
        });
        config.AddCommand<WorkerCommand>("worker")
            .WithDescription("Run as a service: ingest files dropped in an inbox, analyse on a schedule, push to Neo4j, prune old snapshots.")
            .WithExample("worker", "--inbox", "inbox", "--db", "networkgraph.db", "--interval", "5m");
        config.AddCommand<CommunitiesCommand>("communities")
            .WithDescription("Partition a graph into communities (Leiden, Louvain, label propagation, components).")
            .WithExample("communities", "--edges", "edges.txt", "--out", "membership.txt", "--algorithm", "leiden", "--seed", "42");
        ExportBranch.Register(config);
        config.AddBranch("neo4j", neo4j =>
        {
            neo4j.SetDescription("Talk to Neo4j over Bolt (NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE).");
            neo4j.AddCommand<Neo4jCheckCommand>("check")
                .WithDescription("Connect and print server agent, Bolt version, database and whether GDS is installed.");
            neo4j.AddCommand<Neo4jQueryCommand>("query")
                .WithDescription("Run one auto-commit Cypher query and print the records as a table.")
                .WithExample("neo4j", "query", "MATCH (a:Account {handle: $h}) RETURN a", "--param", "h=bakuinitiative");
            neo4j.AddCommand<Neo4jPushCommand>("push")
                .WithDescription("Push a snapshot and the graph around it into Neo4j (idempotent; an interrupted push resumes).")
                .WithExample("neo4j", "push", "--snapshot", "latest", "--db", "networkgraph.db");
            neo4j.AddCommand<Neo4jPullCommand>("pull")
                .WithDescription("Read the coordination graph back from Neo4j as an edge list for the in-process detection.")
                .WithExample("neo4j", "pull", "--out", "coordination.txt", "--types", "co_tweet,co_retweet");
            neo4j.AddCommand<Neo4jCommunitiesCommand>("communities")
                .WithDescription("Detect communities inside Neo4j (GDS Leiden/Louvain, or components in Cypher) and store them as a snapshot.")
                .WithExample("neo4j", "communities", "--db", "networkgraph.db");
        });
    }
}
