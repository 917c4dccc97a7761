using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NetworkGraph.Analysis.Communities;
using NetworkGraph.Analysis.IO;
using NetworkGraph.App;
using NetworkGraph.App.Communities;
using NetworkGraph.Cli.Hosting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NetworkGraph.Cli.Commands.Communities;

/// <summary><c>networkgraph communities --edges FILE --out FILE</c>: partitions a graph and writes the membership.</summary>
internal sealed partial class CommunitiesCommand(IOptions<NetworkGraphOptions> options, ILogger<CommunitiesCommand> logger, TimeProvider time)
    : AsyncCommand<CommunitiesSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, CommunitiesSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var threads = options.Value.Threads;
        var source = CreateSource(settings);
        var clock = Stopwatch.StartNew();
        var graph = await source.LoadAsync(threads, cancellationToken);
        LogLoaded(source.Description, graph.NodeCount, graph.EdgeCount, clock.Elapsed.TotalSeconds);

        var detectOptions = new CommunityOptions
        {
            Algorithm = CommunitiesSettings.ParseAlgorithm(settings.Algorithm)!.Value,
            Quality = CommunitiesSettings.ParseQuality(settings.Quality)!.Value,
            Resolution = settings.Resolution,
            Seed = settings.Seed ?? options.Value.Seed,
            MaxIterations = settings.MaxIterations,
            Threads = threads,
        };
        clock.Restart();
        var partition = CommunityDetector.Detect(graph, detectOptions, cancellationToken);
        var detectSeconds = clock.Elapsed.TotalSeconds;
        LogDetected(detectOptions.Algorithm, partition.CommunityCount, partition.Quality, partition.Modularity, detectSeconds);

        await source.WriteMembershipAsync(settings.Out!, partition.Membership, cancellationToken);
        AnsiConsole.MarkupLineInterpolated(
            $"[green]{partition.CommunityCount}[/] communities over {graph.NodeCount} nodes; quality {partition.Quality:F4}, modularity {partition.Modularity:F4} ({detectSeconds:F2} s); wrote {settings.Out}");
        return ExitCodes.Success;
    }

    /// The one place that decides where the graph comes from.
    private ICommunityGraphSource CreateSource(CommunitiesSettings settings) =>
        settings.Db is { Length: > 0 } db ? new StoreGraphSource(db, App.Pipeline.Durations.Parse(settings.Window), time, new App.Pipeline.AnalysisSettings().Weighting) : new EdgeFileGraphSource(settings.Edges!);

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded {Source}: {Nodes} nodes, {Edges} edges in {Seconds:F2} s")]
    private partial void LogLoaded(string source, int nodes, int edges, double seconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Algorithm}: {Communities} communities, quality {Quality:F6}, modularity {Modularity:F6} in {Seconds:F2} s")]
    private partial void LogDetected(CommunityAlgorithm algorithm, int communities, double quality, double modularity, double seconds);
}
