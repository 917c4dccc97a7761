using Microsoft.Extensions.Logging;
using NetworkGraph.Bolt;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NetworkGraph.Cli.Commands.Neo4j;

/// <summary><c>networkgraph neo4j check</c>: connects and reports agent, Bolt version, database and whether GDS is installed.</summary>
internal sealed class Neo4jCheckCommand(TimeProvider time, ILoggerFactory loggers) : AsyncCommand<Neo4jSettings>
{
    // Works on 4.4 and 5.x; an empty count means no Graph Data Science plugin.
    private const string GdsQuery =
        "SHOW PROCEDURES YIELD name WHERE name STARTS WITH 'gds.' RETURN count(name) AS procedures";

    public override async Task<int> ExecuteAsync(CommandContext context, Neo4jSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        try
        {
            await using var driver = new Neo4jDriverFactory(time, loggers).Create(settings);
            var info = await driver.GetServerInfoAsync(AccessMode.Read, cancellationToken);
            await using var session = driver.OpenSession(new BoltSessionConfig { DefaultAccessMode = AccessMode.Read });
            long gdsProcedures = 0;
            string? database = null;
            await foreach (var record in session.RunAsync(GdsQuery, null, cancellationToken))
                gdsProcedures = record.Get<long>("procedures");
            var summary = await session.RunAndConsumeAsync("RETURN 1", null, cancellationToken);
            database = summary.Database;

            var table = new Table().HideHeaders().AddColumn("key").AddColumn("value");
            table.AddRow("Server", Markup.Escape(info.Address));
            table.AddRow("Agent", Markup.Escape(info.Agent));
            table.AddRow("Bolt version", Markup.Escape(info.ProtocolVersion));
            table.AddRow("Database", Markup.Escape(database ?? info.Database ?? "(home)"));
            table.AddRow("GDS", gdsProcedures > 0 ? $"[green]installed[/] ({gdsProcedures} procedures)" : "[yellow]not installed[/]");
            AnsiConsole.Write(table);
            return Hosting.ExitCodes.Success;
        }
        catch (BoltException ex)
        {
            return Neo4jDriverFactory.Fail(ex);
        }
    }
}
