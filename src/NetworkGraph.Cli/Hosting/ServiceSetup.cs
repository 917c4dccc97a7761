using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NetworkGraph.App;

namespace NetworkGraph.Cli.Hosting;

/// <summary>Registers the services commands use and validates settings at start-up.</summary>
internal static class ServiceSetup
{
    public static void Configure(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<App.Pipeline.AnalysisPipeline>();
        services.AddSingleton<App.Analysis.AnalyzeUseCase>();
        services.AddSingleton<App.Analysis.GraphBuildUseCase>();
        services.AddSingleton<App.Ingest.IngestUseCase>();
        services.AddSingleton<App.Evaluation.EvaluateUseCase>();
        services.AddSingleton<App.Export.ExportUseCase>();
        services.AddSingleton<App.Snapshots.SnapshotQueries>();
        services.AddSingleton<App.Neo4j.Neo4jDriverFactory>();
        services.AddSingleton<App.Neo4j.Neo4jCheckUseCase>();
        services.AddSingleton<App.Neo4j.Neo4jQueryUseCase>();
        services.AddSingleton<App.Neo4j.Neo4jPushUseCase>();
        services.AddSingleton<App.Neo4j.Neo4jCommunitiesUseCase>();
        services.AddOptions<NetworkGraphOptions>()
            .Bind(configuration.GetSection(NetworkGraphOptions.Section))
            .ValidateDataAnnotations();
    }

    /// <summary>Returns a message naming the bad setting, or null when every setting is valid.</summary>
    public static string? ValidateSettings(IServiceProvider services)
    {
        try
        {
            _ = services.GetRequiredService<IOptions<NetworkGraphOptions>>().Value;
            return null;
        }
        catch (OptionsValidationException ex)
        {
            return string.Join("; ", ex.Failures.Select(f => f.Replace("NetworkGraphOptions", NetworkGraphOptions.Section, StringComparison.Ordinal)));
        }
        catch (InvalidOperationException ex)
        {
            // A value that cannot be converted (e.g. "abc" for an int) names its key in the message.
            return ex.Message;
        }
    }
}
