using NetworkGraph.App.Neo4j;
using NetworkGraph.Bolt;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NetworkGraph.Cli.Commands.Neo4j;

/// <summary><c>networkgraph neo4j query "CYPHER" [--param name=value ...]</c>: one auto-commit query, records as a table.</summary>
internal sealed class Neo4jQueryCommand(Neo4jQueryUseCase query) : AsyncCommand<Neo4jQuerySettings>
{
    private const int MaxCellLength = 120;

    public override async Task<int> ExecuteAsync(CommandContext context, Neo4jQuerySettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        try
        {
            Table? table = null;
            var rows = 0;
            await foreach (var record in query.RunAsync(settings.ToConnection(), settings.Cypher, settings.ParseParameters(), cancellationToken))
            {
                table ??= NewTable(record.Keys);
                table.AddRow(record.Values.Select(v => new Text(Cell(v))).ToArray<Spectre.Console.Rendering.IRenderable>());
                rows++;
            }

            if (table is not null)
            {
                AnsiConsole.Write(table);
            }

            AnsiConsole.MarkupLineInterpolated($"{rows} record(s)");
            return Hosting.ExitCodes.Success;
        }
        catch (BoltException ex)
        {
            return BoltFailure.Print(ex);
        }
    }

    private static Table NewTable(IReadOnlyList<string> keys)
    {
        var table = new Table();
        foreach (var key in keys)
        {
            table.AddColumn(new TableColumn(Markup.Escape(key)));
        }

        return table;
    }

    private static string Cell(object? value)
    {
        var text = BoltValue.Format(value);
        return text.Length <= MaxCellLength ? text : text[..MaxCellLength] + "...";
    }
}
