using System.ComponentModel;
using NetworkGraph.Core.Ingestion;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NetworkGraph.Cli.Commands.Ingest;

/// <summary>Arguments of <c>networkgraph ingest</c>.</summary>
internal sealed class IngestSettings : CommandSettings
{
    [CommandArgument(0, "<PATHS>")]
    [Description("Input files and folders (folders are searched for .csv, .tsv, .txt, .json, .jsonl, .ndjson, each optionally .gz)")]
    public string[] Paths { get; init; } = [];

    [CommandOption("--db <FILE>")]
    [Description("The SQLite store to ingest into (created if missing)")]
    public string? Database { get; init; }

    [CommandOption("--format <FORMAT>")]
    [Description("auto, archive, v2, v1 or shares; default auto (detected per file)")]
    [DefaultValue(InputFormat.Auto)]
    public InputFormat Format { get; init; } = InputFormat.Auto;

    [CommandOption("--max-reject-share <SHARE>")]
    [Description("Fail (exit code 1, after finishing) when more than this share of rows is rejected; default 0.05")]
    [DefaultValue(IngestOptions.DefaultMaxRejectShare)]
    public double MaxRejectShare { get; init; } = IngestOptions.DefaultMaxRejectShare;

    [CommandOption("--rejects <FILE>")]
    [Description("JSON-lines file for rejected rows; default <db>.rejects.jsonl")]
    public string? Rejects { get; init; }

    [CommandOption("--batch-rows <N>")]
    [Description("Rows per batch and transaction (a commit and checkpoint each); default 50000")]
    [DefaultValue(50_000)]
    public int BatchRows { get; init; } = 50_000;

    public string RejectsPath => Rejects ?? Database + ".rejects.jsonl";

    public override ValidationResult Validate()
    {
        if (Paths.Length == 0)
        {
            return ValidationResult.Error("Give at least one input file or folder.");
        }

        if (string.IsNullOrWhiteSpace(Database))
        {
            return ValidationResult.Error("--db is required.");
        }

        if (BatchRows < 1)
        {
            return ValidationResult.Error("--batch-rows must be at least 1.");
        }

        return MaxRejectShare is < 0 or > 1 || double.IsNaN(MaxRejectShare)
            ? ValidationResult.Error("--max-reject-share must be between 0 and 1.")
            : ValidationResult.Success();
    }
}
