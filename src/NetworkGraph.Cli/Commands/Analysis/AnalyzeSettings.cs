using System.ComponentModel;
using System.Globalization;
using NetworkGraph.Analysis.Communities;
using NetworkGraph.App.Pipeline;
using NetworkGraph.Core.Coordination;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NetworkGraph.Cli.Commands.Analysis;

/// <summary>Options of <c>analyze</c> and <c>graph build</c>.</summary>
internal class AnalyzeSettings : StoreSettings
{
    /// <summary>The kinds built when --kinds is not given (plus every kind the stored share tables hold).</summary>
    public const string DefaultKinds = "co-tweet,co-similar,co-retweet,co-link";

    [CommandOption("--kinds <LIST>")]
    [Description("Coordination kinds: co-tweet,co-similar,co-retweet,co-link,co-domain,co-hashtag,co-mention,co-reply,co-post,"
        + "co-share, or co-NAME for a share table's object kind NAME (e.g. co-image). Default: " + DefaultKinds
        + " and every kind the stored share tables hold.")]
    public string? Kinds { get; init; }

    [CommandOption("--window <LIST>")]
    [Description("Pairwise time windows, e.g. 60s,1h (|dt| <= window inside one object).")]
    [DefaultValue("60s,1h")]
    public string Window { get; init; } = "60s,1h";

    [CommandOption("--detection-window <DURATION>")]
    [Description("The window whose graph is partitioned into communities (1h holds the 60s pairs too: fast and slow coordination).")]
    [DefaultValue("1h")]
    public string DetectionWindow { get; init; } = "1h";

    [CommandOption("--min-participation <N>")]
    [Description("An account must share at least N objects.")]
    [DefaultValue(2)]
    public int MinParticipation { get; init; } = 2;

    [CommandOption("--min-weight <W>")]
    [Description("Minimum co-shares for an edge.")]
    [DefaultValue(2.0)]
    public double MinWeight { get; init; } = 2;

    [CommandOption("--algorithm <NAME>")]
    [Description("leiden, louvain, lpa or components.")]
    [DefaultValue("leiden")]
    public string Algorithm { get; init; } = "leiden";

    [CommandOption("--resolution <R>")]
    [Description("Resolution of the quality function.")]
    [DefaultValue(1.0)]
    public double Resolution { get; init; } = 1.0;

    [CommandOption("--seed <SEED>")]
    [Description("Seed of every randomised step (default: NetworkGraph:Seed).")]
    public int? Seed { get; init; }

    [CommandOption("--profile <FILE>")]
    [Description("Analysis profile JSON (gazetteers, lexicons, holidays, timezone); default: profiles/generic.json; the BIG case: profiles/big.json.")]
    public string? Profile { get; init; }

    public override ValidationResult Validate()
    {
        AnalysisSettings analysis;
        try
        {
            analysis = ToAnalysisSettings(0, 1);
        }
        catch (FormatException ex)
        {
            return ValidationResult.Error(ex.Message);
        }

        if (Profile is not null && !File.Exists(Profile))
        {
            return ValidationResult.Error($"--profile: file '{Profile}' not found");
        }

        if (Seed is < 0)
        {
            return ValidationResult.Error(string.Create(CultureInfo.InvariantCulture, $"--seed must be 0 or more, not {Seed}"));
        }

        if (!double.IsFinite(Resolution) || Resolution <= 0)
        {
            return ValidationResult.Error(string.Create(CultureInfo.InvariantCulture, $"--resolution must be a number above 0, not {Resolution}"));
        }

        if (MinParticipation < 1)
        {
            return ValidationResult.Error("--min-participation must be at least 1");
        }

        // The detection window alone first, so that an error names the option that holds the bad value.
        return OptionCheck.Coordination(analysis with { Windows = [analysis.DetectionWindow] }, "--detection-window")
            ?? OptionCheck.Coordination(analysis, "--window")
            ?? ValidationResult.Success();
    }

    public AnalysisSettings ToAnalysisSettings(int defaultSeed, int threads) => new()
    {
        Kinds = ShareKindNames.Parse(Kinds ?? DefaultKinds),
        AddShareKinds = Kinds is null,
        Windows = Durations.ParseList(Window),
        DetectionWindow = Durations.Parse(DetectionWindow),
        MinParticipation = MinParticipation,
        MinEdgeWeight = MinWeight,
        Algorithm = ParseAlgorithm(Algorithm),
        Resolution = Resolution,
        Seed = Seed ?? defaultSeed,
        Threads = threads,
        ProfilePath = Profile,
    };

    private static CommunityAlgorithm ParseAlgorithm(string name) => name.ToLowerInvariant() switch
    {
        "leiden" => CommunityAlgorithm.Leiden,
        "louvain" => CommunityAlgorithm.Louvain,
        "lpa" or "label-propagation" => CommunityAlgorithm.LabelPropagation,
        "components" or "wcc" => CommunityAlgorithm.Components,
        _ => throw new FormatException($"--algorithm: unknown algorithm '{name}' (leiden, louvain, lpa, components)"),
    };
}
