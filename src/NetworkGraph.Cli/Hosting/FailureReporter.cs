using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NetworkGraph.App;
using Spectre.Console.Cli;

namespace NetworkGraph.Cli.Hosting;

/// <summary>Reports what stopped a command: a usage error (exit 2) or one "error: what failed, on which file or
/// object" line (exit 1) on stderr, the stack trace in the JSON log and, with --verbose, on stderr too.</summary>
internal sealed partial class FailureReporter(TextWriter errors, Invocation invocation)
{
    /// <summary>The log category of failure reports; the console sink leaves it out (the error line says it).</summary>
    public const string Category = "NetworkGraph.Cli.Failure";

    /// <summary>Writes the report for <paramref name="exception"/> and returns the exit code; <paramref name="services"/>
    /// is the host's provider while it is alive (its logger writes the JSON log), null before it was built.</summary>
    public int Report(Exception exception, IServiceProvider? services, bool cancelled)
    {
        Spectre.Console.AnsiConsole.Console.Profile.Out.Writer.Flush();
        var ex = ErrorTranslator.Unwrap(exception);
        if (ex is CommandParseException or CommandRuntimeException or UsageException or OptionsValidationException)
        {
            errors.WriteLine("error: " + UsageMessage(ex));
            errors.WriteLine("Run 'networkgraph --help' for usage.");
            return ExitCodes.BadUsage;
        }

        var line = ex is OperationCanceledException && cancelled
            ? $"cancelled, command '{invocation.Command}'"
            : ErrorTranslator.Describe(ex, Store(services), invocation.Command);
        errors.WriteLine("error: " + line);
        if (invocation.Verbose)
        {
            errors.WriteLine(exception.ToString());
        }

        services?.GetService<ILoggerFactory>()?.CreateLogger(Category)
            .LogCritical(exception, "{Command} failed: {Error}", invocation.Command, line);
        return ExitCodes.Failure;
    }

    private string UsageMessage(Exception ex)
    {
        if (ex is OptionsValidationException options)
        {
            return "Invalid configuration: " + options.Message;
        }

        // Spectre names the type, not the option, when a value does not convert ("Failed to convert 'abc' to Int32").
        var conversion = ConversionFailure().Match(ex.Message);
        if (conversion.Success)
        {
            var value = conversion.Groups[1].Value;
            var option = invocation.OptionOf(value);
            return option is null
                ? ex.Message
                : $"{option}: '{value}' is not a valid value (expected {Expected(conversion.Groups[2].Value)})";
        }

        return ex.Message;
    }

    private string? Store(IServiceProvider? services) =>
        invocation.Database ?? services?.GetService<IOptions<NetworkGraphOptions>>()?.Value.Database;

    private static string Expected(string type) => type switch
    {
        "Int32" or "Int64" => "a whole number",
        "Double" or "Single" or "Decimal" or "Nullable`1" => "a number",
        "Boolean" => "true or false",
        _ => "a value of type " + type,
    };

    [System.Text.RegularExpressions.GeneratedRegex("^Failed to convert '(.*)' to ([^.]+)\\.?")]
    private static partial System.Text.RegularExpressions.Regex ConversionFailure();
}
