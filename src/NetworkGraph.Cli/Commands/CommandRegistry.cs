using Spectre.Console.Cli;

namespace NetworkGraph.Cli.Commands;

/// <summary>The one place where commands are listed; only commands that work are registered.</summary>
internal static class CommandRegistry
{
    public static void Register(IConfigurator config)
    {
        // Each capability adds its command or branch here with one small edit.
        _ = config;
    }
}
