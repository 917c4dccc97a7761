using System.ComponentModel;
using Spectre.Console.Cli;

namespace NetworkGraph.Cli.Commands.Analysis;

/// <summary>The store option every store command takes.</summary>
internal class StoreSettings : CommandSettings
{
    [CommandOption("--db <FILE>")]
    [Description("SQLite store (default: NetworkGraph:Database setting, networkgraph.db).")]
    public string? Db { get; init; }
}
