using System.ComponentModel;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NetworkGraph.Cli.Commands.Neo4j;

/// <summary>Options of <c>networkgraph neo4j query</c>.</summary>
internal sealed class Neo4jQuerySettings : Neo4jSettings
{
    [CommandArgument(0, "<CYPHER>")]
    [Description("The Cypher query; pass values with --param, never by editing the query text.")]
    public string Cypher { get; init; } = "";

    [CommandOption("--param <NAME=VALUE>")]
    [Description("A query parameter, repeatable. VALUE is an integer, a float, true, false, null, or else a string; quote it ('007') to force a string.")]
    public string[] Parameters { get; init; } = [];

    public override ValidationResult Validate()
    {
        if (string.IsNullOrWhiteSpace(Cypher))
        {
            return ValidationResult.Error("The query is empty.");
        }

        foreach (var parameter in Parameters)
        {
            if (parameter.IndexOf('=', StringComparison.Ordinal) <= 0)
            {
                return ValidationResult.Error($"--param '{parameter}' must look like name=value.");
            }
        }

        return ValidationResult.Success();
    }

    /// <summary>Parses name=value pairs; the last occurrence of a name wins.</summary>
    public IReadOnlyDictionary<string, object?> ParseParameters()
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var parameter in Parameters)
        {
            var eq = parameter.IndexOf('=', StringComparison.Ordinal);
            result[parameter[..eq]] = ParseValue(parameter[(eq + 1)..]);
        }

        return result;
    }

    public static object? ParseValue(string text) => text switch
    {
        "null" => null,
        "true" => true,
        "false" => false,
        _ when text.Length >= 2 && (text[0] is '\'' or '"') && text[^1] == text[0] => text[1..^1],
        _ when long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l) => l,
        _ when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => d,
        _ => text,
    };
}
