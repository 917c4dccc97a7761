using Microsoft.Extensions.Logging;
using NetworkGraph.Bolt.Connection;

namespace NetworkGraph.Bolt.Logging;

/// Source-generated log messages. None of them ever carries credentials or query parameters.
internal static partial class Log
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Debug, Message = "Connected to {Address}: Bolt {Version}, {Agent}")]
    public static partial void Connected(ILogger logger, ServerAddress address, string version, string agent);

    [LoggerMessage(EventId = 2, Level = LogLevel.Trace, Message = "{Address} C: {Message}")]
    public static partial void Sending(ILogger logger, ServerAddress address, string message);

    [LoggerMessage(EventId = 3, Level = LogLevel.Trace, Message = "{Address} S: {Message}")]
    public static partial void Received(ILogger logger, ServerAddress address, string message);

    [LoggerMessage(EventId = 4, Level = LogLevel.Debug, Message = "{Address} FAILURE {Code}: {ServerMessage}")]
    public static partial void ServerFailure(ILogger logger, ServerAddress address, string code, string serverMessage);

    [LoggerMessage(EventId = 5, Level = LogLevel.Debug, Message = "Closed connection to {Address}")]
    public static partial void Closed(ILogger logger, ServerAddress address);

    [LoggerMessage(EventId = 6, Level = LogLevel.Warning,
        Message = "Attempt {Attempt} failed ({Reason}); retrying in {DelayMs} ms")]
    public static partial void Retrying(ILogger logger, int attempt, string reason, long delayMs);

    [LoggerMessage(EventId = 13, Level = LogLevel.Warning,
        Message = "Step {Step} failed with a transient error (attempt {Attempt} of {Attempts}), retrying in {DelaySeconds} s: {Error}")]
    public static partial void StepRetrying(ILogger logger, string step, int attempt, int attempts, double delaySeconds, string error);

    [LoggerMessage(EventId = 7, Level = LogLevel.Debug,
        Message = "Routing table for {Database}: ttl {Ttl} s, routers [{Routers}], readers [{Readers}], writers [{Writers}]")]
    public static partial void RoutingTable(ILogger logger, string database, long ttl, string routers, string readers, string writers);

    [LoggerMessage(EventId = 8, Level = LogLevel.Warning, Message = "Router {Address} failed: {Reason}")]
    public static partial void RouterFailed(ILogger logger, ServerAddress address, string reason);

    [LoggerMessage(EventId = 9, Level = LogLevel.Information, Message = "Forgetting {Address} as {Role} for {Database}: {Reason}")]
    public static partial void Forgetting(ILogger logger, ServerAddress address, string role, string database, string reason);
}
