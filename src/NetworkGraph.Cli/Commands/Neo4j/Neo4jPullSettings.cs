using System.ComponentModel;
using NetworkGraph.Storage.Neo4j.Push;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NetworkGraph.Cli.Commands.Neo4j;

/// <summary>Options of <c>networkgraph neo4j pull</c>.</summary>
internal sealed class Neo4jPullSettings : Neo4jSettings
{
    [CommandOption("--out <FILE>")]
    [Description("Edge list to write: one 'u v w' line per account pair over dense ids; FILE.ids maps each id to its account.")]
    public string? Out { get; init; }

    [CommandOption("--types <LIST>")]
    [Description("Comma-separated coordination types (co_tweet, co_retweet, co_similar, co_link, co_hashtag, co_mention, co_reply, co_post); default: all.")]
    public string? Types { get; init; }

    [CommandOption("--min-weight <W>")]
    [Description("Leave out coordination edges lighter than W.")]
    [DefaultValue(0.0)]
    public double MinWeight { get; init; }

    [CommandOption("--communities <FILE>")]
    [Description("Also run Leiden in process on the pulled graph and write 'account community' lines to FILE.")]
    public string? Communities { get; init; }

    [CommandOption("--seed <SEED>")]
    [Description("Seed of the in-process Leiden (default: the NetworkGraph:Seed setting).")]
    public int? Seed { get; init; }

    public override ValidationResult Validate()
    {
        if (string.IsNullOrWhiteSpace(Out))
        {
            return ValidationResult.Error("--out FILE is required.");
        }

        if (MinWeight < 0)
        {
            return ValidationResult.Error("--min-weight must be 0 or more.");
        }

        try
        {
            _ = ParseTypes(Types);
        }
        catch (FormatException ex)
        {
            return ValidationResult.Error("--types: " + ex.Message);
        }

        return ValidationResult.Success();
    }

    /// <summary>The coordination types of a comma-separated list; all of them when the list is empty.</summary>
    public static IReadOnlyList<CoordinationType> ParseTypes(string? list) =>
        string.IsNullOrWhiteSpace(list)
            ? GraphTypes.AllCoordination
            : list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(GraphTypes.ParseCoordination)
                .Distinct()
                .ToList();
}
