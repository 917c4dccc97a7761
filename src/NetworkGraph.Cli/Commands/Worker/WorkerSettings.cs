using System.ComponentModel;
using System.Globalization;
using NetworkGraph.App.Pipeline;
using NetworkGraph.Cli.Worker;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NetworkGraph.Cli.Commands.Worker;

/// <summary>Options of <c>networkgraph worker</c>; each overrides its NetworkGraph:Worker setting.</summary>
internal sealed class WorkerSettings : CommandSettings
{
    [CommandOption("--inbox <DIR>")]
    [Description("Folder watched for input files; processed/ and failed/ are created inside it (default: NetworkGraph:Worker:Inbox).")]
    public string? Inbox { get; init; }

    [CommandOption("--db <FILE>")]
    [Description("SQLite store (default: NetworkGraph:Database). One worker per store.")]
    public string? Db { get; init; }

    [CommandOption("--interval <DURATION>")]
    [Description("Time between the starts of two analysis cycles, e.g. 300s, 5m, 1h (default: NetworkGraph:Worker:IntervalSeconds, 300).")]
    public string? Interval { get; init; }

    [CommandOption("--lookback-days <DAYS>")]
    [Description("Analyse only the posts of the last DAYS days, a range that slides with each cycle; 0 for all (default: NetworkGraph:Worker:LookbackDays, 0).")]
    public int? LookbackDays { get; init; }

    [CommandOption("--keep <N>")]
    [Description("Retention: keep the N newest snapshots (default: NetworkGraph:Worker:KeepSnapshots, 10).")]
    public int? Keep { get; init; }

    [CommandOption("--status-file <FILE>")]
    [Description("JSON status file (default: NetworkGraph:Worker:StatusFile, else <db>.worker-status.json).")]
    public string? StatusFile { get; init; }

    [CommandOption("--push")]
    [Description("Push each new snapshot to Neo4j (NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE); same as NetworkGraph:Worker:PushToNeo4j=true.")]
    public bool Push { get; init; }

    public override ValidationResult Validate()
    {
        if (Interval is not null && IntervalSeconds(Interval) is null)
        {
            return ValidationResult.Error($"--interval '{Interval}' must be a whole number of seconds of at least 1s, e.g. 300s, 5m or 1h.");
        }

        return ValidationResult.Success();
    }

    /// <summary>The configuration keys these options override.</summary>
    public IEnumerable<KeyValuePair<string, string?>> ToOverrides()
    {
        var c = CultureInfo.InvariantCulture;
        const string W = WorkerOptions.Section + ":";
        var overrides = new Dictionary<string, string?>();
        void Set(string key, string? value)
        {
            if (value is not null)
            {
                overrides[key] = value;
            }
        }

        Set("NetworkGraph:Database", Db);
        Set(W + nameof(WorkerOptions.Inbox), Inbox);
        Set(W + nameof(WorkerOptions.IntervalSeconds), Interval is null ? null : IntervalSeconds(Interval)?.ToString(c));
        Set(W + nameof(WorkerOptions.LookbackDays), LookbackDays?.ToString(c));
        Set(W + nameof(WorkerOptions.KeepSnapshots), Keep?.ToString(c));
        Set(W + nameof(WorkerOptions.StatusFile), StatusFile);
        Set(W + nameof(WorkerOptions.PushToNeo4j), Push ? "true" : null);
        return overrides;
    }

    private static int? IntervalSeconds(string text)
    {
        try
        {
            var seconds = Durations.Parse(text).TotalSeconds;
            return seconds >= 1 && seconds <= WorkerDefaults.MaxIntervalSeconds && seconds == Math.Floor(seconds) ? (int)seconds : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
