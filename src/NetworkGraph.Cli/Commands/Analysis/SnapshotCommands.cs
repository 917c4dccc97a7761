using System.ComponentModel;
using System.Globalization;
using Microsoft.Extensions.Options;
using NetworkGraph.App;
using NetworkGraph.App.Snapshots;
using NetworkGraph.Cli.Hosting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NetworkGraph.Cli.Commands.Analysis;

/// <summary>Options of <c>snapshot show</c>.</summary>
internal sealed class SnapshotShowSettings : StoreSettings
{
    [CommandArgument(0, "[SNAPSHOT]")]
    [Description("latest (default), a version (3 or v3) or a snapshot id.")]
    public string Snapshot { get; init; } = "latest";

    [CommandOption("--top <N>")]
    [Description("Clusters to list.")]
    [DefaultValue(20)]
    public int Top { get; init; } = 20;
}

/// <summary>Options of <c>snapshot diff</c>.</summary>
internal sealed class SnapshotDiffSettings : StoreSettings
{
    [CommandArgument(0, "<FROM>")]
    [Description("The earlier snapshot: latest, a version (3 or v3) or a snapshot id.")]
    public string From { get; init; } = "";

    [CommandArgument(1, "[TO]")]
    [Description("The later snapshot (default: latest).")]
    public string To { get; init; } = "latest";
}

/// <summary><c>snapshot list</c>: every snapshot in the store.</summary>
internal sealed class SnapshotListCommand(IOptions<NetworkGraphOptions> settings, SnapshotQueries snapshots) : AsyncCommand<StoreSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, StoreSettings options, CancellationToken cancellationToken)
    {
        var list = await snapshots.ListAsync(options.Db ?? settings.Value.Database, cancellationToken);
        var table = new Table().AddColumns("version", "id", "created (UTC)", "clusters", "flagged", "flagged accounts", "input fingerprint");
        foreach (var s in list)
        {
            table.AddRow(
                s.Version.ToString(CultureInfo.InvariantCulture),
                Markup.Escape(s.Id),
                s.CreatedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
                s.Clusters.ToString("N0", CultureInfo.InvariantCulture),
                s.FlaggedClusters.ToString("N0", CultureInfo.InvariantCulture),
                s.FlaggedAccounts.ToString("N0", CultureInfo.InvariantCulture),
                s.InputFingerprint[..Math.Min(16, s.InputFingerprint.Length)]);
        }

        AnsiConsole.Write(table);
        return ExitCodes.Success;
    }
}

/// <summary><c>snapshot show</c>: one snapshot's parameters and top clusters.</summary>
internal sealed class SnapshotShowCommand(IOptions<NetworkGraphOptions> settings, SnapshotQueries snapshots) : AsyncCommand<SnapshotShowSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, SnapshotShowSettings options, CancellationToken cancellationToken)
    {
        var snapshot = await snapshots.ShowAsync(options.Db ?? settings.Value.Database, options.Snapshot, cancellationToken);
        var parameters = new Table().Title("Parameters").AddColumns("name", "value");
        foreach (var (k, v) in snapshot.Parameters)
        {
            parameters.AddRow(Markup.Escape(k), Markup.Escape(v));
        }

        AnsiConsole.Write(parameters);
        ClusterTables.WriteTopClusters(snapshot, options.Top);
        foreach (var line in NetworkGraph.Core.Structure.StructureText.Lines(snapshot, options.Top))
        {
            AnsiConsole.WriteLine(line);
        }

        return ExitCodes.Success;
    }
}

/// <summary><c>snapshot diff</c>: how clusters changed between two snapshots.</summary>
internal sealed class SnapshotDiffCommand(IOptions<NetworkGraphOptions> settings, SnapshotQueries snapshots) : AsyncCommand<SnapshotDiffSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, SnapshotDiffSettings options, CancellationToken cancellationToken)
    {
        var diff = await snapshots.DiffAsync(options.Db ?? settings.Value.Database, options.From, options.To, cancellationToken);
        var table = new Table().Title($"From v{diff.FromVersion} to v{diff.ToVersion}").AddColumns("change", "cluster", "before", "after", "what happened");
        foreach (var c in diff.Changes)
        {
            table.AddRow(
                c.Kind.ToString().ToLowerInvariant(),
                Markup.Escape(c.ClusterId),
                c.SizeBefore.ToString("N0", CultureInfo.InvariantCulture),
                c.SizeAfter.ToString("N0", CultureInfo.InvariantCulture),
                Markup.Escape(c.Sentence));
        }

        AnsiConsole.Write(table);
        AnsiConsole.MarkupLineInterpolated(
            $"Flagged accounts: {diff.FlaggedAccountsBefore:N0} -> {diff.FlaggedAccountsAfter:N0} (+{diff.NewlyFlaggedAccounts:N0}, -{diff.NoLongerFlaggedAccounts:N0}).");
        return ExitCodes.Success;
    }
}
