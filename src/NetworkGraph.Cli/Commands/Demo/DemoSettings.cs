using System.ComponentModel;
using NetworkGraph.Cli.Commands.Generate;
using Spectre.Console.Cli;

namespace NetworkGraph.Cli.Commands.Demo;

/// <summary>Options of <c>networkgraph demo</c>: the scenario's options plus where the store goes.</summary>
internal sealed class DemoSettings : ScenarioSettings
{
    [CommandOption("-o|--out <DIR>")]
    [Description("Folder for the scenario, the store, the GEXF and the report.")]
    [DefaultValue("demo-out")]
    public override string Out { get; init; } = "demo-out";

    [CommandOption("--db <FILE>")]
    [Description("SQLite store for the demo (default: <out>/networkgraph.db, recreated on each run).")]
    public string? Db { get; init; }
}
