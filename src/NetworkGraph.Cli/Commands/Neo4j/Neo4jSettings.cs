using System.ComponentModel;
using NetworkGraph.App.Neo4j;
using Spectre.Console.Cli;

namespace NetworkGraph.Cli.Commands.Neo4j;

/// <summary>Connection options shared by the <c>neo4j</c> commands; each falls back to its NEO4J_* variable.</summary>
internal class Neo4jSettings : CommandSettings
{
    [CommandOption("--uri <URI>")]
    [Description("bolt://, bolt+s://, bolt+ssc://, neo4j://, neo4j+s:// or neo4j+ssc:// URI (default: NEO4J_URI, else bolt://localhost:7687).")]
    public string? Uri { get; init; }

    [CommandOption("--user <NAME>")]
    [Description("User name (default: NEO4J_USERNAME, else neo4j).")]
    public string? User { get; init; }

    [CommandOption("--password <PASSWORD>")]
    [Description("Password (default: NEO4J_PASSWORD; with neither, no authentication is sent).")]
    public string? Password { get; init; }

    [CommandOption("--database <NAME>")]
    [Description("Database (default: NEO4J_DATABASE, else the user's home database).")]
    public string? Database { get; init; }

    [CommandOption("--timeout <SECONDS>")]
    [Description("Connection timeout in seconds.")]
    [DefaultValue(15)]
    public int TimeoutSeconds { get; init; } = 15;

    /// <summary>The connection these options name.</summary>
    public Neo4jConnection ToConnection() => new(Uri, User, Password, Database, TimeoutSeconds);
}
