using Microsoft.Extensions.Logging;
using NetworkGraph.Bolt;
using Spectre.Console;

namespace NetworkGraph.Cli.Commands.Neo4j;

/// <summary>Builds a Bolt driver from command options and NEO4J_* variables, and prints Bolt errors.</summary>
internal sealed class Neo4jDriverFactory(TimeProvider time, ILoggerFactory loggers)
{
    public BoltDriver Create(Neo4jSettings settings)
    {
        var password = settings.Password ?? Environment.GetEnvironmentVariable("NEO4J_PASSWORD");
        var user = settings.User ?? Environment.GetEnvironmentVariable("NEO4J_USERNAME") ?? "neo4j";
        return BoltDriver.Create(new BoltOptions
        {
            Uri = settings.Uri ?? Environment.GetEnvironmentVariable("NEO4J_URI") ?? "bolt://localhost:7687",
            Auth = string.IsNullOrEmpty(password) ? BoltAuth.None : BoltAuth.Basic(user, password),
            Database = NullIfEmpty(settings.Database ?? Environment.GetEnvironmentVariable("NEO4J_DATABASE")),
            UserAgent = $"networkgraph/{typeof(Neo4jDriverFactory).Assembly.GetName().Version?.ToString(3) ?? "0.0.0"}",
            ConnectionTimeout = TimeSpan.FromSeconds(Math.Max(1, settings.TimeoutSeconds)),
            ConnectionAcquisitionTimeout = TimeSpan.FromSeconds(Math.Max(1, settings.TimeoutSeconds)),
            Retry = new BoltRetryOptions { MaxRetryTime = TimeSpan.FromSeconds(Math.Max(1, settings.TimeoutSeconds)) },
            TimeProvider = time,
            LoggerFactory = loggers,
        });
    }

    /// <summary>Prints a Bolt failure (server code and message, or the connection problem) on stderr.</summary>
    public static int Fail(BoltException error)
    {
        AnsiConsole.Console.Profile.Out.Writer.Flush();
        Console.Error.WriteLine("error: " + error.Message);
        return Hosting.ExitCodes.Failure;
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
