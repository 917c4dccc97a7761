using NetworkGraph.Bolt;
using NetworkGraph.Cli.Hosting;
using Spectre.Console;

namespace NetworkGraph.Cli.Commands.Neo4j;

/// <summary>Prints a Bolt failure (server code and message, or the connection problem) on stderr.</summary>
internal static class BoltFailure
{
    /// <summary>Prints <paramref name="error"/> and returns the failure exit code.</summary>
    public static int Print(BoltException error)
    {
        AnsiConsole.Console.Profile.Out.Writer.Flush();
        Console.Error.WriteLine("error: " + error.Message);
        return ExitCodes.Failure;
    }
}
