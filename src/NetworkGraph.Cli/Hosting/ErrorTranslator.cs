using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using NetworkGraph.Core.Clustering.Profiles;

namespace NetworkGraph.Cli.Hosting;

/// <summary>Turns an exception a command could not recover from into one line, "what failed, on which file or
/// object", for people rather than for developers (the stack trace goes to the log).</summary>
internal static partial class ErrorTranslator
{
    /// <summary>The line for <paramref name="exception"/>; <paramref name="store"/> is the SQLite store the command
    /// works on (its --db or the configured default), <paramref name="command"/> the command's words.</summary>
    public static string Describe(Exception exception, string? store, string command)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var ex = Unwrap(exception);
        var subject = store is null ? $"command '{command}'" : $"store {store}";
        return ex switch
        {
            SqliteException sqlite => $"{StoreProblem(sqlite, store)}, {store ?? "the store"}",
            FileNotFoundException missing => $"file not found, {missing.FileName ?? QuotedPath(missing.Message) ?? subject}",
            DirectoryNotFoundException folder => $"a folder on the path is missing or is a file, {QuotedPath(folder.Message) ?? subject}",
            UnauthorizedAccessException denied => $"permission denied, {QuotedPath(denied.Message) ?? subject}",
            IOException io when QuotedPath(io.Message) is { } path => $"{Sentence(WithoutPath(io.Message, path))}, {path}",
            ProfileException when SourcePrefix(ex.Message) is var (source, rest) => $"not a valid analysis profile ({rest}), {source}",
            _ when SourcePrefix(ex.Message) is var (source, rest) => $"{rest}, {source}",
            _ => $"{Sentence(FirstLine(ex.Message))} ({ex.GetType().Name}), {subject}",
        };
    }

    /// <summary>The exception that says what happened, under the wrappers async code and reflection add.</summary>
    public static Exception Unwrap(Exception exception)
    {
        var ex = exception;
        while (ex.InnerException is { } inner && (ex is AggregateException { InnerExceptions.Count: 1 } or TargetInvocationException or TypeInitializationException))
        {
            ex = inner;
        }

        return ex;
    }

    private static string StoreProblem(SqliteException ex, string? store) => ex.SqliteErrorCode switch
    {
        5 or 6 => "the store is locked by another process (retry when it has finished)",
        8 => "the store is read-only (check the permissions of the file and its folder)",
        10 => $"the store could not be read or written (I/O error: {Sentence(ex.Message)})",
        11 => "the store is damaged (SQLite: database disk image is malformed): restore it from a backup or ingest again into a new one",
        13 => "the disk is full: the store could not grow",
        14 when store is not null && Directory.Exists(store) => "the store path is a folder, not a store file",
        14 => "the store cannot be opened (check that its folder exists and is writable)",
        26 => "the file is not a SQLite store (wrong --db?)",
        _ => $"the store failed (SQLite error {ex.SqliteErrorCode}: {Sentence(ex.Message)})",
    };

    /// <summary>The path quoted in a .NET I/O message ("Access to the path '/x' is denied.").</summary>
    private static string? QuotedPath(string message) => Quoted().Match(message) is { Success: true } m ? m.Groups[1].Value : null;

    private static string WithoutPath(string message, string path) =>
        message.Replace($" : '{path}'", "", StringComparison.Ordinal).Replace($"'{path}'", "it", StringComparison.Ordinal);

    /// <summary>The file a message starts with and the rest ("data/x.csv line 3: bad date" gives "data/x.csv" and
    /// "line 3: bad date"), as our readers write them; null when the message starts with no existing path.</summary>
    private static (string Source, string Detail)? SourcePrefix(string message)
    {
        var line = FirstLine(message);
        var colon = line.IndexOf(": ", StringComparison.Ordinal);
        if (colon <= 0)
        {
            return null;
        }

        var head = line[..colon];
        var at = LineSuffix().Match(head);
        var source = at.Success ? head[..at.Index] : head;
        if (!File.Exists(source) && !Directory.Exists(source))
        {
            return null;
        }

        var rest = Sentence(line[(colon + 2)..]);
        return (source, at.Success ? $"{at.Value.Trim()}: {rest}" : rest);
    }

    private static string FirstLine(string message)
    {
        var end = message.IndexOfAny(['\r', '\n']);
        return (end < 0 ? message : message[..end]).Trim();
    }

    /// <summary>A message as a clause: trimmed, without its final full stop.</summary>
    private static string Sentence(string message) => FirstLine(message).TrimEnd('.').Trim();

    [GeneratedRegex(" line [0-9]+$")]
    private static partial Regex LineSuffix();

    [GeneratedRegex("'([^']+)'")]
    private static partial Regex Quoted();
}
