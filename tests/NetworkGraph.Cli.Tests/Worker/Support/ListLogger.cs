using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace NetworkGraph.Cli.Tests.Worker.Support;

/// <summary>A logger that keeps every entry: level, rendered message, structured values and exception.</summary>
internal sealed class ListLogger<T> : ILogger<T>
{
    public ConcurrentQueue<LogEntry> Entries { get; } = new();

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        var values = state as IReadOnlyList<KeyValuePair<string, object?>> ?? [];
        Entries.Enqueue(new LogEntry(logLevel, formatter(state, exception), values.ToDictionary(v => v.Key, v => v.Value), exception));
    }
}

/// <summary>One log entry.</summary>
internal sealed record LogEntry(LogLevel Level, string Message, IReadOnlyDictionary<string, object?> Values, Exception? Exception);
