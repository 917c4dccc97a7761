using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NetworkGraph.Cli.Commands.Neo4j;

/// <summary>Options of <c>networkgraph neo4j push</c>.</summary>
internal sealed class Neo4jPushSettings : Neo4jSettings
{
    [CommandOption("--snapshot <ID>")]
    [Description("The snapshot to push: 'latest' (default), a version (3 or v3) or a snapshot id.")]
    [DefaultValue("latest")]
    public string Snapshot { get; init; } = "latest";

    [CommandOption("--db <FILE>")]
    [Description("The SQLite store to read (default: the NetworkGraph:Database setting).")]
    public string? Db { get; init; }

    [CommandOption("--posts")]
    [Description("Push the posts too (off by default: on big archives they dominate the store; edges keep their evidence ids).")]
    public bool Posts { get; init; }

    [CommandOption("--batch-size <N>")]
    [Description("Rows per transaction.")]
    [DefaultValue(5000)]
    public int BatchSize { get; init; } = 5000;

    [CommandOption("--force")]
    [Description("Send every batch again, ignoring what earlier pushes of this snapshot committed.")]
    public bool Force { get; init; }

    public override ValidationResult Validate() =>
        BatchSize is < 1 or > 1_000_000
            ? ValidationResult.Error("--batch-size must be between 1 and 1000000.")
            : string.IsNullOrWhiteSpace(Snapshot)
                ? ValidationResult.Error("--snapshot needs 'latest', a version (3 or v3) or a snapshot id.")
                : ValidationResult.Success();
}
