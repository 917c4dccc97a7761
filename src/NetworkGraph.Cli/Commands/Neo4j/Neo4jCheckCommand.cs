using Microsoft.Extensions.Logging;
using NetworkGraph.App.Neo4j;
using NetworkGraph.Bolt;
using NetworkGraph.Storage.Neo4j;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NetworkGraph.Cli.Commands.Neo4j;

/// <summary><c>networkgraph neo4j check</c>: connects and reports agent, Bolt version, database and whether GDS is installed.</summary>
internal sealed class Neo4jCheckCommand(TimeProvider time, ILoggerFactory loggers) : AsyncCommand<Neo4jSettings>
{
    // Every query the service sends lives in cypher/ and is linted there.
    private static readonly CypherCatalog Catalog = CypherCatalog.Embedded;

    public override async Task<int> ExecuteAsync(CommandContext context, Neo4jSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        try
        {
            await using var driver = new Neo4jDriverFactory(time, loggers).Create(settings.ToConnection());
            var info = await driver.GetServerInfoAsync(AccessMode.Read, cancellationToken);
            await using var session = driver.OpenSession(new BoltSessionConfig { DefaultAccessMode = AccessMode.Read });
            long gdsProcedures = 0;
            string? database = null;
            // An empty answer means no Graph Data Science plugin.
            await foreach (var record in session.RunAsync(Catalog.Query("communities/gds-procedures"), null, cancellationToken))
            {
                _ = record;
                gdsProcedures++;
            }

            var summary = await session.RunAndConsumeAsync(Catalog.Query("read/ping"), null, cancellationToken);
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
            return BoltFailure.Print(ex);
        }
    }
}
