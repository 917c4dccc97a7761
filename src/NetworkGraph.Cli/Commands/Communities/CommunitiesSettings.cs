using System.ComponentModel;
using System.Globalization;
using NetworkGraph.Analysis.Communities;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NetworkGraph.Cli.Commands.Communities;

/// <summary>Options of <c>networkgraph communities</c>.</summary>
internal sealed class CommunitiesSettings : CommandSettings
{
    [CommandOption("--edges <FILE>")]
    [Description("Edge list to partition: one 'u v w' line per undirected edge (w optional, default 1), integer node ids >= 0.")]
    public string? Edges { get; init; }

    [CommandOption("--db <FILE>")]
    [Description("Instead of --edges: partition the newest coordination graph stored in this SQLite store (networkgraph graph build / analyze).")]
    public string? Db { get; init; }

    [CommandOption("--window <DURATION>")]
    [Description("With --db: the window whose layers (summed over kinds) form the graph, e.g. 60s.")]
    [DefaultValue("60s")]
    public string Window { get; init; } = "60s";

    [CommandOption("--out <FILE>")]
    [Description("Membership file to write: one 'node community' line per node (account id with --db), largest community = 0.")]
    public string? Out { get; init; }

    [CommandOption("--algorithm <NAME>")]
    [Description("leiden (default), louvain, lpa (label propagation) or components.")]
    [DefaultValue("leiden")]
    public string Algorithm { get; init; } = "leiden";

    [CommandOption("--quality <NAME>")]
    [Description("Objective for leiden and louvain: modularity (default) or cpm (constant Potts model).")]
    [DefaultValue("modularity")]
    public string Quality { get; init; } = "modularity";

    [CommandOption("--resolution <GAMMA>")]
    [Description("Resolution: higher gives smaller communities (> 0 for modularity, >= 0 for cpm).")]
    [DefaultValue(1.0)]
    public double Resolution { get; init; } = 1.0;

    [CommandOption("--seed <SEED>")]
    [Description("Seed of every random choice (default: the NetworkGraph:Seed setting, 42).")]
    public int? Seed { get; init; }

    [CommandOption("--max-iterations <N>")]
    [Description("Leiden: stop after N iterations even if the last one still improved (0 = until stable).")]
    [DefaultValue(CommunityOptions.DefaultMaxIterations)]
    public int MaxIterations { get; init; } = CommunityOptions.DefaultMaxIterations;

    public override ValidationResult Validate()
    {
        if (string.IsNullOrWhiteSpace(Edges) == string.IsNullOrWhiteSpace(Db))
        {
            return ValidationResult.Error("give exactly one of --edges FILE or --db FILE.");
        }

        if (string.IsNullOrWhiteSpace(Out))
        {
            return ValidationResult.Error("--out FILE is required.");
        }

        if (ParseAlgorithm(Algorithm) is null)
        {
            return ValidationResult.Error($"--algorithm must be leiden, louvain, lpa or components, not '{Algorithm}'.");
        }

        if (ParseQuality(Quality) is not { } quality)
        {
            return ValidationResult.Error($"--quality must be modularity or cpm, not '{Quality}'.");
        }

        var tooLow = quality == QualityFunction.Modularity ? Resolution <= 0 : Resolution < 0;
        if (tooLow || !double.IsFinite(Resolution))
        {
            return ValidationResult.Error(string.Create(CultureInfo.InvariantCulture,
                $"--resolution must be > 0 for modularity and >= 0 for cpm, not {Resolution}."));
        }

        if (Seed is < 0)
        {
            return ValidationResult.Error(string.Create(CultureInfo.InvariantCulture, $"--seed must be 0 or more, not {Seed}."));
        }

        try
        {
            _ = App.Pipeline.Durations.Parse(Window);
        }
        catch (FormatException ex)
        {
            return ValidationResult.Error("--window: " + ex.Message);
        }

        return MaxIterations < 0
            ? ValidationResult.Error("--max-iterations must be >= 0.")
            : ValidationResult.Success();
    }

    internal static CommunityAlgorithm? ParseAlgorithm(string name) => name.ToLowerInvariant() switch
    {
        "leiden" => CommunityAlgorithm.Leiden,
        "louvain" => CommunityAlgorithm.Louvain,
        "lpa" or "label-propagation" => CommunityAlgorithm.LabelPropagation,
        "components" => CommunityAlgorithm.Components,
        _ => null,
    };

    internal static QualityFunction? ParseQuality(string name) => name.ToLowerInvariant() switch
    {
        "modularity" => QualityFunction.Modularity,
        "cpm" => QualityFunction.Cpm,
        _ => null,
    };
}
