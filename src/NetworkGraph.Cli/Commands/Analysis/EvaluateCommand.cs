using System.ComponentModel;
using System.Globalization;
using Microsoft.Extensions.Options;
using NetworkGraph.App;
using NetworkGraph.App.Evaluation;
using NetworkGraph.Cli.Hosting;
using NetworkGraph.Core.Evaluation;
using NetworkGraph.Core.Snapshots;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NetworkGraph.Cli.Commands.Analysis;

/// <summary>Options of <c>networkgraph evaluate</c>.</summary>
internal sealed class EvaluateSettings : StoreSettings
{
    [CommandOption("--truth <FILE>")]
    [Description("Ground truth CSV: account_id, role[[, campaigns, community]] (the generator's truth.csv, or any account -> label table).")]
    public string Truth { get; init; } = "";

    [CommandOption("--campaigns <FILE>")]
    [Description("Known campaigns JSON (the generator's campaigns.json); default: campaigns.json beside the truth file, if present.")]
    public string? Campaigns { get; init; }

    [CommandOption("--snapshot <ID>")]
    [Description("latest, a version (3 or v3) or a snapshot id.")]
    [DefaultValue("latest")]
    public string Snapshot { get; init; } = "latest";

    [CommandOption("--positive-label <LABEL>")]
    [Description("The truth label flagged accounts should carry.")]
    [DefaultValue("operation")]
    public string PositiveLabel { get; init; } = "operation";

    [CommandOption("--json")]
    [Description("Print the evaluation as JSON (for scripts) instead of tables.")]
    public bool Json { get; init; }

    public override ValidationResult Validate() =>
        string.IsNullOrWhiteSpace(Truth) ? ValidationResult.Error("--truth is required")
        : !File.Exists(Truth) ? ValidationResult.Error($"--truth: file '{Truth}' not found")
        : Campaigns is not null && !File.Exists(Campaigns) ? ValidationResult.Error($"--campaigns: file '{Campaigns}' not found")
        : ValidationResult.Success();
}

/// <summary><c>networkgraph evaluate</c>: compares a snapshot with ground truth.</summary>
internal sealed class EvaluateCommand(IOptions<NetworkGraphOptions> settings, EvaluateUseCase evaluate) : AsyncCommand<EvaluateSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, EvaluateSettings options, CancellationToken cancellationToken)
    {
        var request = new EvaluateRequest(options.Db ?? settings.Value.Database, options.Snapshot, options.Truth, options.Campaigns, options.PositiveLabel);
        var report = await evaluate.RunAsync(request, cancellationToken);
        if (options.Json)
        {
            // Straight to the console's writer: no markup, no wrapping.
            await AnsiConsole.Profile.Out.Writer.WriteLineAsync(SnapshotJson.Serialize(report, indented: true).AsMemory(), cancellationToken);
            return ExitCodes.Success;
        }

        EvaluationView.Write(report);
        return ExitCodes.Success;
    }
}

/// <summary>Prints an evaluation: detection measures, cluster agreement and the known campaigns found.</summary>
internal static class EvaluationView
{
    public static void Write(EvaluationReport report)
    {
        var table = new Table().Title($"Evaluation of snapshot {Markup.Escape(report.SnapshotId)}").AddColumns("measure", "value");
        foreach (var (measure, value) in EvaluationRows.Measures(report))
        {
            table.AddRow(Markup.Escape(measure), Markup.Escape(value));
        }

        var labels = new Table().Title($"Accounts per {Markup.Escape(report.Labels.LabelColumn)}").AddColumns("label", "accounts", "in clusters", "flagged", "flagged share");
        foreach (var row in EvaluationRows.PerLabel(report))
        {
            labels.AddRow(row.Select(Markup.Escape).ToArray());
        }

        AnsiConsole.Write(table);
        AnsiConsole.Write(labels);
        if (report.Campaigns is not { } c)
        {
            return;
        }

        var campaigns = new Table()
            .Title($"Known campaigns found within {c.ToleranceDays} day(s): {c.Matches.Count(m => m.ClusterId is not null)}/{c.Matches.Count}; found bursts matching a known campaign: {c.FoundMatching}/{c.Found}")
            .AddColumns("known campaign", "known dates", "found in cluster", "found dates", "start error (days)", "end error (days)");
        foreach (var m in c.Matches)
        {
            campaigns.AddRow(
                Markup.Escape(m.Truth.Name),
                $"{m.Truth.Start:yyyy-MM-dd} .. {m.Truth.End:yyyy-MM-dd}",
                Markup.Escape(m.ClusterId ?? "not found"),
                m.FoundStart is { } s ? $"{s:yyyy-MM-dd} .. {m.FoundEnd:yyyy-MM-dd}" : "-",
                m.StartErrorDays?.ToString(CultureInfo.InvariantCulture) ?? "-",
                m.EndErrorDays?.ToString(CultureInfo.InvariantCulture) ?? "-");
        }

        AnsiConsole.Write(campaigns);
    }
}
