using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NetworkGraph.Cli.Commands.Generate;

/// <summary>Options of <c>networkgraph generate</c>.</summary>
internal sealed class GenerateSettings : ScenarioSettings
{
    [CommandOption("-o|--out <DIR>")]
    [Description("Folder the scenario files are written to.")]
    [DefaultValue("data")]
    public override string Out { get; init; } = "data";
}

/// <summary>The scenario's options, shared by <c>generate</c> and <c>demo</c>.</summary>
internal abstract class ScenarioSettings : CommandSettings
{
    /// <summary>Folder the files are written to.</summary>
    public abstract string Out { get; init; }

    [CommandOption("--seed <SEED>")]
    [Description("Seed of every random choice; the same seed gives byte-identical files.")]
    public long? Seed { get; init; }

    [CommandOption("--posts <N>")]
    [Description("Total posts to write (all roles), from a few thousand to 10 million.")]
    [DefaultValue(300_000L)]
    public long Posts { get; init; } = 300_000;

    [CommandOption("--organic <N>")]
    [Description("Ordinary accounts.")]
    [DefaultValue(20_000)]
    public int Organic { get; init; } = 20_000;

    [CommandOption("--operation <N>")]
    [Description("Accounts of the coordinated operation.")]
    [DefaultValue(423)]
    public int Operation { get; init; } = 423;

    [CommandOption("--gzip")]
    [Description("Write the tweets and users files as .csv.gz.")]
    public bool Gzip { get; init; }

    public override ValidationResult Validate()
    {
        if (Posts is < 1_000 or > 50_000_000)
        {
            return ValidationResult.Error("--posts must be between 1,000 and 50,000,000");
        }

        if (Organic < 100)
        {
            return ValidationResult.Error("--organic must be at least 100");
        }

        return Operation < 10 ? ValidationResult.Error("--operation must be at least 10") : ValidationResult.Success();
    }
}
