using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NetworkGraph.App;
using NetworkGraph.App.Neo4j;
using NetworkGraph.App.Pipeline;
using NetworkGraph.App.Worker;
using NetworkGraph.Bolt;
using NetworkGraph.Cli.Hosting;
using Serilog;

namespace NetworkGraph.Cli.Worker;

/// <summary>The worker's own host: configuration (appsettings.json, NETWORKGRAPH__* variables, then command-line
/// overrides), Serilog, validated options and the hosted services.</summary>
internal static class WorkerHost
{
    public static IHost Build(IEnumerable<KeyValuePair<string, string?>> overrides)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = [],
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Configuration.AddInMemoryCollection(overrides);
        builder.Services.AddSerilog((_, logger) => LoggingSetup.Configure(logger, builder.Configuration));
        AddWorker(builder.Services, builder.Configuration);
        return builder.Build();
    }

    public static void AddWorker(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<AnalysisPipeline>();
        services.AddOptions<NetworkGraphOptions>().Bind(configuration.GetSection(NetworkGraphOptions.Section))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<WorkerOptions>().Bind(configuration.GetSection(WorkerOptions.Section))
            .ValidateDataAnnotations().ValidateOnStart();
        services.Configure<HostOptions>(host => host.ShutdownTimeout = ShutdownTimeout(configuration));

        services.AddSingleton(sp => WorkerPaths.From(Worker(sp), Settings(sp).Database));
        services.AddSingleton(sp =>
        {
            var paths = sp.GetRequiredService<WorkerPaths>();
            return new WorkerStatusBoard(paths.Database, paths.Inbox, paths.StatusFile, Worker(sp).IntervalSeconds, Time(sp));
        });
        services.AddSingleton<StoreGate>();
        services.AddSingleton<CycleScheduler>();
        services.AddSingleton(sp => WorkerRetry.Create(
            Time(sp), Worker(sp).Retries, TimeSpan.FromSeconds(Worker(sp).RetryDelaySeconds), sp.GetRequiredService<ILogger<WorkerCycle>>()));
        services.AddSingleton<IFileIngester>(sp => new StoreFileIngester(
            sp.GetRequiredService<WorkerPaths>().Database, sp.GetRequiredService<WorkerPaths>().Rejects, Settings(sp).MaxRejectShare, Time(sp)));
        services.AddSingleton(sp => new InboxProcessor(
            sp.GetRequiredService<WorkerPaths>(), TimeSpan.FromSeconds(Worker(sp).SettleSeconds), sp.GetRequiredService<IFileIngester>(),
            sp.GetRequiredService<WorkerStatusBoard>(), Time(sp), sp.GetRequiredService<ILogger<InboxProcessor>>()));
        services.AddSingleton<IAnalysisStep>(sp => new StoreAnalysisStep(
            sp.GetRequiredService<WorkerPaths>().Database, ToAnalysisSettings(Settings(sp), Worker(sp)), sp.GetRequiredService<AnalysisPipeline>(), Time(sp)));
        services.AddSingleton<ISnapshotPruner>(sp => new StoreSnapshotPruner(sp.GetRequiredService<WorkerPaths>().Database, Time(sp)));

        var pushing = PushesToNeo4j(configuration);
        if (pushing)
        {
            services.AddSingleton<ISnapshotPublisher>(sp => CreatePublisher(sp, configuration));
        }

        services.AddSingleton(sp => new WorkerCycle(
            sp.GetRequiredService<IAnalysisStep>(), sp.GetService<ISnapshotPublisher>(), sp.GetRequiredService<ISnapshotPruner>(),
            sp.GetRequiredService<RetryPolicy>(), sp.GetRequiredService<StoreGate>(), sp.GetRequiredService<WorkerStatusBoard>(),
            new CycleSettings(Worker(sp).KeepSnapshots, Worker(sp).LookbackDays > 0), Time(sp), sp.GetRequiredService<ILogger<WorkerCycle>>()));

        // Stopped in reverse order: the status service goes last and records "stopped".
        services.AddHostedService(sp => new StatusService(sp.GetRequiredService<WorkerStatusBoard>(), sp.GetRequiredService<WorkerPaths>(),
            sp.GetRequiredService<IOptions<WorkerOptions>>(), pushing, sp.GetRequiredService<ILogger<StatusService>>()));
        services.AddHostedService<InboxService>();
        services.AddHostedService<AnalysisService>();
    }

    /// <summary>The analysis settings of every cycle; the lookback becomes the sliding time range.</summary>
    public static AnalysisSettings ToAnalysisSettings(NetworkGraphOptions settings, WorkerOptions worker) => new()
    {
        Seed = settings.Seed,
        Threads = settings.Threads,
        ProfilePath = string.IsNullOrWhiteSpace(worker.Profile) ? null : Path.GetFullPath(worker.Profile),
        Lookback = worker.LookbackDays > 0 ? TimeSpan.FromDays(worker.LookbackDays) : null,
    };

    /// <summary>Whether Worker:PushToNeo4j is on and NEO4J_URI is set.</summary>
    public static bool PushesToNeo4j(IConfiguration configuration) =>
        bool.TryParse(configuration.GetSection(WorkerOptions.Section)["PushToNeo4j"], out var push) && push
        && !string.IsNullOrWhiteSpace(configuration["NEO4J_URI"]);

    // Read from the raw setting: the host reads its options while it is built, before start-up validation.
    private static TimeSpan ShutdownTimeout(IConfiguration configuration) =>
        TimeSpan.FromSeconds(int.TryParse(configuration.GetSection(WorkerOptions.Section)[nameof(WorkerOptions.ShutdownSeconds)],
            System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var seconds) && seconds is >= 1 and <= 3600
            ? seconds
            : WorkerDefaults.ShutdownSeconds);

    private static Neo4jSnapshotPublisher CreatePublisher(IServiceProvider sp, IConfiguration configuration)
    {
        var loggers = sp.GetRequiredService<ILoggerFactory>();
        var connection = new Neo4jConnection(
            configuration["NEO4J_URI"], configuration["NEO4J_USERNAME"], configuration["NEO4J_PASSWORD"], configuration["NEO4J_DATABASE"]);
        // The cycle retries the whole push step (WorkerRetry): the driver does not retry inside it.
        var driver = new Neo4jDriverFactory(Time(sp), loggers).Create(connection, WorkerRetry.NoDriverRetry);
        var worker = Worker(sp);
        return new Neo4jSnapshotPublisher(
            sp.GetRequiredService<WorkerPaths>().Database, driver, worker.PushPosts, worker.PushBatchSize, new Neo4jPushUseCase(Time(sp), loggers));
    }

    private static WorkerOptions Worker(IServiceProvider sp) => sp.GetRequiredService<IOptions<WorkerOptions>>().Value;

    private static NetworkGraphOptions Settings(IServiceProvider sp) => sp.GetRequiredService<IOptions<NetworkGraphOptions>>().Value;

    private static TimeProvider Time(IServiceProvider sp) => sp.GetRequiredService<TimeProvider>();
}
