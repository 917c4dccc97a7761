using System.ComponentModel;
using System.Globalization;
using NetworkGraph.Core.Coordination;
using NetworkGraph.Core.Export;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NetworkGraph.Cli.Commands.Export;

/// <summary>Options of every <c>networkgraph export FORMAT</c> command.</summary>
internal sealed class ExportSettings : CommandSettings
{
    [CommandOption("--snapshot <ID>")]
    [Description("The snapshot to export: 'latest' (default), a version (3 or v3) or a snapshot id.")]
    [DefaultValue("latest")]
    public string Snapshot { get; init; } = "latest";

    [CommandOption("--db <FILE>")]
    [Description("The SQLite store to read (default: the NetworkGraph:Database setting).")]
    public string? Db { get; init; }

    [CommandOption("--out <DIR>")]
    [Description("The folder to write into (created if missing); files are named snapshot-ID.*.")]
    public string? Out { get; init; }

    [CommandOption("--flagged-only")]
    [Description("Keep only the accounts of flagged clusters and the edges between them (graph formats).")]
    public bool FlaggedOnly { get; init; }

    [CommandOption("--min-weight <W>")]
    [Description("Keep only edges of at least this weight (graph formats).")]
    public double? MinWeight { get; init; }

    [CommandOption("--kinds <LIST>")]
    [Description("Keep only these edge kinds, comma-separated: co-tweet, co-retweet, co-similar-tweet, co-link, co-share, a share table's co-NAME... (graph formats).")]
    public string? Kinds { get; init; }

    [CommandOption("--all-layers")]
    [Description("GEXF and GraphML: keep every edge (one per pair, kind and window) and every account, instead of the Gephi-sized default (the flagged networks and their neighbours, one edge per account pair with the kinds' weights as attributes).")]
    public bool AllLayers { get; init; }

    [CommandOption("--edges-per-account <N>")]
    [Description("GEXF and GraphML default: keep a pair when it is among the N heaviest of either account (0 keeps every pair).")]
    [DefaultValue(PairGraph.DefaultEdgesPerAccount)]
    public int EdgesPerAccount { get; init; } = PairGraph.DefaultEdgesPerAccount;

    [CommandOption("--size-by <WHAT>")]
    [Description("Node size in the graph formats: score (default), degree or uniform.")]
    [DefaultValue("score")]
    public string SizeBy { get; init; } = "score";

    public override ValidationResult Validate()
    {
        if (string.IsNullOrWhiteSpace(Out))
        {
            return ValidationResult.Error("--out DIR is required.");
        }

        if (string.IsNullOrWhiteSpace(Snapshot))
        {
            return ValidationResult.Error("--snapshot needs an id, a version or 'latest'.");
        }

        if (MinWeight is { } w && (!double.IsFinite(w) || w < 0))
        {
            return ValidationResult.Error(string.Create(CultureInfo.InvariantCulture, $"--min-weight must be a number >= 0, not {w}."));
        }

        if (EdgesPerAccount < 0)
        {
            return ValidationResult.Error("--edges-per-account must be 0 or more.");
        }

        if (ParseSizing(SizeBy) is null)
        {
            return ValidationResult.Error($"--size-by must be score, degree or uniform, not '{SizeBy}'.");
        }

        try
        {
            _ = ParseKinds(Kinds);
            return ValidationResult.Success();
        }
        catch (FormatException e)
        {
            return ValidationResult.Error($"--kinds: {e.Message}.");
        }
    }

    /// <summary>The filter these options ask for.</summary>
    public ExportFilter Filter() => new()
    {
        FlaggedClustersOnly = FlaggedOnly,
        MinWeight = MinWeight,
        Kinds = ParseKinds(Kinds),
    };

    /// <summary>The exports' names (co_tweet, co_image...) of a comma-separated list of kinds in either form (see
    /// <see cref="ShareKindNames.Parse"/>); null for none; throws <see cref="FormatException"/> naming an unknown one.</summary>
    public static IReadOnlySet<string>? ParseKinds(string? list) => string.IsNullOrWhiteSpace(list)
        ? null
        : ShareKindNames.Parse(list).Select(ShareKindNames.ClusterName).ToHashSet(StringComparer.Ordinal);

    public static NodeSizing? ParseSizing(string name) => name.ToLowerInvariant() switch
    {
        "score" => NodeSizing.Score,
        "degree" => NodeSizing.Degree,
        "uniform" => NodeSizing.Uniform,
        _ => null,
    };
}
