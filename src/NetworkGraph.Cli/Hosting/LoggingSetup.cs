using Microsoft.Extensions.Configuration;
using Serilog;
using Serilog.Events;
using Serilog.Filters;
using Serilog.Formatting.Compact;
using Serilog.Settings.Configuration;

namespace NetworkGraph.Cli.Hosting;

/// <summary>Serilog set-up: readable console on stderr, optional rolling JSON file.</summary>
internal static class LoggingSetup
{
    private const string ConsoleTemplate = "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj}{NewLine}{Exception}";

    /// <summary>What a "Serilog" section may name comes from Serilog itself (enrichers, filters, destructuring, the
    /// Logger/AtLevel sinks) and the two shipped sinks: named here, the reader does not scan every dependency's metadata
    /// for them at start-up (a tenth of a second of every command); a "Using" section can add nothing the build lacks.</summary>
    private static readonly ConfigurationReaderOptions ReaderOptions = new(
        typeof(LoggerConfiguration).Assembly,
        typeof(ConsoleLoggerConfigurationExtensions).Assembly,
        typeof(FileLoggerConfigurationExtensions).Assembly);

    public static Serilog.ILogger CreateBootstrapLogger() =>
        new LoggerConfiguration()
            .MinimumLevel.Information()
            .WriteTo.Console(outputTemplate: ConsoleTemplate, standardErrorFromLevel: LogEventLevel.Verbose)
            .CreateLogger();

    public static void Configure(LoggerConfiguration logger, IConfiguration configuration)
    {
        logger
            .ReadFrom.Configuration(configuration, ReaderOptions)
            .Enrich.FromLogContext()
            .WriteTo.Logger(console => console
                // A failure's report is its "error:" line on stderr; its stack trace belongs in the JSON log.
                .Filter.ByExcluding(Matching.FromSource(FailureReporter.Category))
                .WriteTo.Console(outputTemplate: ConsoleTemplate, standardErrorFromLevel: LogEventLevel.Verbose));

        var jsonFile = configuration["NetworkGraph:Logging:JsonFile"];
        if (!string.IsNullOrWhiteSpace(jsonFile))
        {
            logger.WriteTo.File(
                new CompactJsonFormatter(),
                jsonFile,
                rollingInterval: RollingInterval.Day,
                retainedFileCountLimit: 14);
        }
    }
}
