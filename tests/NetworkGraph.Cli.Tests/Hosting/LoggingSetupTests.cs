using Microsoft.Extensions.Configuration;
using NetworkGraph.Cli.Hosting;
using Serilog;

namespace NetworkGraph.Cli.Tests.Hosting;

/// <summary>What a "Serilog" section in the settings changes.</summary>
public sealed class LoggingSetupTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("ng-logging-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task A_sink_and_minimum_level_named_in_the_settings_are_used()
    {
        var file = Path.Combine(_dir, "settings.log");
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Serilog:MinimumLevel:Default"] = "Warning",
                ["Serilog:WriteTo:0:Name"] = "File",
                ["Serilog:WriteTo:0:Args:path"] = file,
            })
            .Build();
        var logger = new LoggerConfiguration();
        LoggingSetup.Configure(logger, configuration);

        await using (var log = logger.CreateLogger())
        {
            log.Information("an information line");
            log.Warning("a warning line");
        }

        var written = await File.ReadAllTextAsync(file);
        Assert.Contains("a warning line", written, StringComparison.Ordinal);
        Assert.DoesNotContain("an information line", written, StringComparison.Ordinal);
    }
}
