using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using NetworkGraph.App;
using NetworkGraph.App.Worker;
using NetworkGraph.Cli.Commands.Worker;
using NetworkGraph.Cli.Worker;

namespace NetworkGraph.Cli.Tests.Worker;

public sealed class WorkerHostTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "ng-host-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public async Task Refuses_to_start_with_an_interval_of_zero()
    {
        using var host = WorkerHost.Build(new Dictionary<string, string?>
        {
            ["NetworkGraph:Database"] = Path.Combine(_folder, "ng.db"),
            ["NetworkGraph:Worker:IntervalSeconds"] = "0",
        });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("IntervalSeconds", error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_folder), "nothing should be created before the settings are valid");
    }

    [Fact]
    public void Command_line_options_override_the_settings_and_every_service_resolves()
    {
        var settings = new WorkerSettings
        {
            Inbox = Path.Combine(_folder, "in"),
            Db = Path.Combine(_folder, "store", "ng.db"),
            Interval = "2m",
            Keep = 4,
            LookbackDays = 30,
        };
        using var host = WorkerHost.Build(settings.ToOverrides());

        var options = host.Services.GetRequiredService<IOptions<WorkerOptions>>().Value;
        var paths = host.Services.GetRequiredService<WorkerPaths>();
        var hosted = host.Services.GetServices<IHostedService>().ToList();

        Assert.Equal((120, 4, 30), (options.IntervalSeconds, options.KeepSnapshots, options.LookbackDays));
        Assert.Equal(Path.Combine(_folder, "in"), paths.Inbox);
        Assert.Equal(Path.Combine(_folder, "store", "ng.db.worker-status.json"), paths.StatusFile);
        Assert.Equal([typeof(StatusService), typeof(InboxService), typeof(AnalysisService)], hosted.Select(h => h.GetType()));
        Assert.Null(host.Services.GetService<ISnapshotPublisher>());
        Assert.Equal(TimeSpan.FromSeconds(WorkerDefaults.ShutdownSeconds), host.Services.GetRequiredService<IOptions<HostOptions>>().Value.ShutdownTimeout);
    }

    [Fact]
    public void With_push_on_and_a_Neo4j_address_the_cycle_gets_the_Neo4j_publisher()
    {
        var settings = new WorkerSettings { Inbox = Path.Combine(_folder, "in"), Db = Path.Combine(_folder, "ng.db"), Push = true };
        using var host = WorkerHost.Build(settings.ToOverrides().Append(new("NEO4J_URI", "bolt://127.0.0.1:1")));

        var publisher = host.Services.GetService<ISnapshotPublisher>();

        Assert.IsType<Neo4jSnapshotPublisher>(publisher);
        Assert.NotNull(host.Services.GetRequiredService<WorkerCycle>());
    }

    [Theory]
    [InlineData("300s", true)]
    [InlineData("5m", true)]
    [InlineData("1.5s", false)]
    [InlineData("0s", false)]
    [InlineData("soon", false)]
    public void The_interval_must_be_whole_seconds(string interval, bool valid)
    {
        Assert.Equal(valid, new WorkerSettings { Interval = interval }.Validate().Successful);
    }

    [Theory]
    [InlineData("true", "bolt://neo4j:7687", true)]
    [InlineData("true", null, false)]
    [InlineData("false", "bolt://neo4j:7687", false)]
    public void Pushes_only_when_asked_and_a_Neo4j_address_is_set(string push, string? uri, bool expected)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["NETWORKGRAPH:Worker:PushToNeo4j"] = push,
            ["NEO4J_URI"] = uri,
        }).Build();

        Assert.Equal(expected, WorkerHost.PushesToNeo4j(configuration));
    }

    [Fact]
    public void The_lookback_becomes_the_analysis_time_range()
    {
        var settings = WorkerHost.ToAnalysisSettings(new global::NetworkGraph.App.NetworkGraphOptions { Seed = 7 }, new WorkerOptions { LookbackDays = 30 });
        var all = WorkerHost.ToAnalysisSettings(new global::NetworkGraph.App.NetworkGraphOptions(), new WorkerOptions());

        Assert.Equal((TimeSpan.FromDays(30), 7), (settings.Lookback, settings.Seed));
        Assert.Equal("720h", settings.ToParameters()["lookback"]);
        Assert.Null(all.Lookback);
        Assert.False(all.ToParameters().ContainsKey("lookback"));
    }
}
