using System.Reflection;

namespace NetworkGraph.Storage.Neo4j;

/// <summary>The Cypher queries of cypher/, embedded in this assembly and loaded by name (e.g. <c>write/accounts</c>).</summary>
/// <remarks>Every query the service sends comes from here: the same files the CI linter checks.</remarks>
public sealed class CypherCatalog
{
    private const string Prefix = "Cypher.";
    private const string Extension = ".cypher";
    private readonly Dictionary<string, string> _sources;

    private CypherCatalog(Dictionary<string, string> sources) => _sources = sources;

    /// <summary>The catalog of this assembly's embedded cypher/ files.</summary>
    public static CypherCatalog Embedded { get; } = Load(typeof(CypherCatalog).Assembly);

    /// <summary>Every query name, ordinal order.</summary>
    public IReadOnlyList<string> Names => [.. _sources.Keys.Order(StringComparer.Ordinal)];

    /// <summary>The file as written, comments included (what the linter sees).</summary>
    public string Source(string name) => _sources.TryGetValue(name, out var text)
        ? text
        : throw new KeyNotFoundException($"No Cypher file cypher/{name}{Extension} is embedded; known: {string.Join(", ", Names)}.");

    /// <summary>The single query of a file, without its comment lines: the text sent to the server.</summary>
    public string Query(string name)
    {
        var statements = Statements(name);
        return statements.Count == 1
            ? statements[0]
            : throw new InvalidOperationException($"cypher/{name}{Extension} holds {statements.Count} statements; use Statements().");
    }

    /// <summary>The statements of a file (split at ';' outside strings and comments), without comment lines.</summary>
    public IReadOnlyList<string> Statements(string name) => CypherScript.Split(Source(name));

    internal static CypherCatalog Load(Assembly assembly)
    {
        var sources = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith(Prefix, StringComparison.Ordinal) || !resource.EndsWith(Extension, StringComparison.Ordinal))
            {
                continue;
            }

            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            var name = resource[Prefix.Length..^Extension.Length].Replace('\\', '/');
            sources[name] = reader.ReadToEnd().ReplaceLineEndings("\n");
        }

        return new CypherCatalog(sources);
    }
}
