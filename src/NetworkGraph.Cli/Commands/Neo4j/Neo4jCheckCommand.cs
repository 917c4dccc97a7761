using NetworkGraph.App.Neo4j;
using NetworkGraph.Bolt;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NetworkGraph.Cli.Commands.Neo4j;

/// <summary><c>networkgraph neo4j check</c>: connects and reports agent, Bolt version, database and whether GDS is installed.</summary>
internal sealed class Neo4jCheckCommand(Neo4jCheckUseCase check) : AsyncCommand<Neo4jSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, Neo4jSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        try
        {
            var server = await check.CheckAsync(settings.ToConnection(), cancellationToken);
            var table = new Table().HideHeaders().AddColumn("key").AddColumn("value");
            table.AddRow("Server", Markup.Escape(server.Address));
            table.AddRow("Agent", Markup.Escape(server.Agent));
            table.AddRow("Bolt version", Markup.Escape(server.ProtocolVersion));
            table.AddRow("Database", Markup.Escape(server.Database ?? "(home)"));
            table.AddRow("GDS", server.GdsProcedures > 0 ? $"[green]installed[/] ({server.GdsProcedures} procedures)" : "[yellow]not installed[/]");
            AnsiConsole.Write(table);
            return Hosting.ExitCodes.Success;
        }
        catch (BoltException ex)
        {
            return BoltFailure.Print(ex);
        }
    }
}
