using System.ComponentModel;
using NetworkGraph.Cli.Commands.Generate;
using Spectre.Console.Cli;

namespace NetworkGraph.Cli.Commands.Demo;

/// <summary>Options of <c>networkgraph demo</c>: the scenario's options plus where the store goes.</summary>
internal sealed class DemoSettings : GenerateSettings
{
    public DemoSettings() => Out = "demo-out";

    [CommandOption("--db <FILE>")]
    [Description("SQLite store for the demo (default: <out>/networkgraph.db, recreated on each run).")]
    public string? Db { get; init; }
}
