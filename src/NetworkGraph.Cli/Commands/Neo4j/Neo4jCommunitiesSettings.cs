using System.ComponentModel;
using NetworkGraph.Storage.Neo4j.Communities;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NetworkGraph.Cli.Commands.Neo4j;

/// <summary>Options of <c>networkgraph neo4j communities</c>.</summary>
internal sealed class Neo4jCommunitiesSettings : Neo4jSettings
{
    [CommandOption("--method <NAME>")]
    [Description("auto (Leiden through GDS, else Louvain through GDS, else components in Cypher), leiden, louvain or components.")]
    [DefaultValue("auto")]
    public string Method { get; init; } = "auto";

    [CommandOption("--types <LIST>")]
    [Description("Comma-separated coordination types to cluster on (default: all).")]
    public string? Types { get; init; }

    [CommandOption("--min-weight <W>")]
    [Description("Leave out coordination edges lighter than W.")]
    [DefaultValue(0.0)]
    public double MinWeight { get; init; }

    [CommandOption("--seed <SEED>")]
    [Description("Leiden's randomSeed (default: the NetworkGraph:Seed setting). Louvain in GDS takes no seed.")]
    public int? Seed { get; init; }

    [CommandOption("--gamma <GAMMA>")]
    [Description("Leiden's resolution.")]
    [DefaultValue(1.0)]
    public double Gamma { get; init; } = 1.0;

    [CommandOption("--concurrency <N>")]
    [Description("GDS concurrency: 1 keeps seeded Leiden repeatable; the free GDS edition allows at most 4.")]
    [DefaultValue(1)]
    public int Concurrency { get; init; } = 1;

    [CommandOption("--db <FILE>")]
    [Description("The SQLite store that receives the result as a new snapshot (default: the NetworkGraph:Database setting).")]
    public string? Db { get; init; }

    [CommandOption("--profile <FILE>")]
    [Description("Analysis profile for scoring the clusters (default: the latest snapshot's profile, else profiles/generic.json).")]
    public string? Profile { get; init; }

    [CommandOption("--no-snapshot")]
    [Description("Only run the detection in Neo4j and print the result; store no snapshot.")]
    public bool NoSnapshot { get; init; }

    public override ValidationResult Validate()
    {
        if (ParseMethod(Method) is null)
        {
            return ValidationResult.Error($"--method must be auto, leiden, louvain or components, not '{Method}'.");
        }

        try
        {
            _ = Neo4jPullSettings.ParseTypes(Types);
        }
        catch (FormatException ex)
        {
            return ValidationResult.Error("--types: " + ex.Message);
        }

        return Concurrency is < 1 or > 256
            ? ValidationResult.Error("--concurrency must be between 1 and 256.")
            : ValidationResult.Success();
    }

    public static CommunityMethod? ParseMethod(string name) =>
        Enum.TryParse<CommunityMethod>(name, ignoreCase: true, out var method) && Enum.IsDefined(method) && !int.TryParse(name, out _)
            ? method
            : null;
}
