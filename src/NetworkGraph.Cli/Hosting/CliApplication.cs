using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NetworkGraph.Cli.Commands;
using Serilog;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NetworkGraph.Cli.Hosting;

/// <summary>Builds the host (configuration, Serilog, services) and runs one command.</summary>
internal static class CliApplication
{
    /// <summary>Runs the command in <paramref name="args"/>; errors go to stderr.</summary>
    public static Task<int> RunAsync(string[] args) => RunAsync(args, Console.Error);

    /// <summary>Runs the command in <paramref name="args"/>, writing error lines to <paramref name="errors"/>.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter errors)
    {
        var invocation = Invocation.Parse(args);
        var reporter = new FailureReporter(errors, invocation);
        Log.Logger = LoggingSetup.CreateBootstrapLogger();
        if (Console.IsOutputRedirected)
        {
            // Logs and CI captures read better with wide tables than with Spectre's 80-column fallback.
            AnsiConsole.Profile.Width = 140;
        }

        using var cancellation = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };
        Console.CancelKeyPress += onCancel;
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
                errors.WriteLine("error: invalid configuration: " + settingsError);
                return ExitCodes.BadUsage;
            }

            try
            {
                return await CreateApp(host.Services).RunAsync(invocation.Arguments, cancellation.Token);
            }
            catch (Exception ex)
            {
                // Reported while the host, and so the logger writing the JSON log, is still alive.
                return reporter.Report(ex, host.Services, cancellation.IsCancellationRequested);
            }
        }
        catch (Exception ex)
        {
            return reporter.Report(ex, services: null, cancellation.IsCancellationRequested);
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
            await Log.CloseAndFlushAsync();
        }
    }

    private static CommandApp CreateApp(IServiceProvider services)
    {
        var app = new CommandApp(new TypeRegistrar(services));
        app.Configure(config =>
        {
            config.SetApplicationName("networkgraph");
            config.SetApplicationVersion(typeof(CliApplication).Assembly.GetName().Version?.ToString(3) ?? "0.0.0");
            config.PropagateExceptions();

            // Without it Spectre hands unknown options to the command as "remaining arguments": a misspelt option
            // would be ignored and its default used.
            config.UseStrictParsing();
            CommandRegistry.Register(config);
        });
        return app;
    }
}
