using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using NetworkGraph.Cli.Commands;
using Serilog;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NetworkGraph.Cli.Hosting;

/// <summary>Builds the host (configuration, Serilog, services) and runs one command.</summary>
internal static class CliApplication
{
    public static async Task<int> RunAsync(string[] args)
    {
        Log.Logger = LoggingSetup.CreateBootstrapLogger();
        if (Console.IsOutputRedirected)
        {
            // Logs and CI captures read better with wide tables than with Spectre's 80-column fallback.
            AnsiConsole.Profile.Width = 140;
        }

        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };
        try
        {
            var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
            {
                Args = [],
                ContentRootPath = AppContext.BaseDirectory,
                DisableDefaults = false,
            });
            ServiceSetup.Configure(builder.Services, builder.Configuration);
            builder.Services.AddSerilog((services, logger) => LoggingSetup.Configure(logger, builder.Configuration));
            using var host = builder.Build();

            var settingsError = ServiceSetup.ValidateSettings(host.Services);
            if (settingsError is not null)
            {
                AnsiConsole.MarkupLineInterpolated($"[red]Invalid configuration:[/] {settingsError}");
                return ExitCodes.BadUsage;
            }

            var app = new CommandApp(new TypeRegistrar(host.Services));
            app.Configure(config =>
            {
                config.SetApplicationName("networkgraph");
                config.SetApplicationVersion(typeof(CliApplication).Assembly.GetName().Version?.ToString(3) ?? "0.0.0");
                config.PropagateExceptions();
                CommandRegistry.Register(config);
            });
            return await app.RunAsync(args, cancellation.Token);
        }
        catch (CommandParseException ex)
        {
            WriteUsageError(ex.Message);
            return ExitCodes.BadUsage;
        }
        catch (CommandRuntimeException ex)
        {
            WriteUsageError(ex.Message);
            return ExitCodes.BadUsage;
        }
        catch (UsageException ex)
        {
            WriteUsageError(ex.Message);
            return ExitCodes.BadUsage;
        }
        catch (OptionsValidationException ex)
        {
            WriteUsageError("Invalid configuration: " + ex.Message);
            return ExitCodes.BadUsage;
        }
        catch (OperationCanceledException)
        {
            Log.Warning("Cancelled");
            return ExitCodes.Failure;
        }
        catch (Exception ex)
        {
            Log.Fatal(ex, "networkgraph failed");
            return ExitCodes.Failure;
        }
        finally
        {
            await Log.CloseAndFlushAsync();
        }
    }

    private static void WriteUsageError(string message)
    {
        AnsiConsole.Console.Profile.Out.Writer.Flush();
        Console.Error.WriteLine("error: " + message);
        Console.Error.WriteLine("Run 'networkgraph --help' for usage.");
    }
}
