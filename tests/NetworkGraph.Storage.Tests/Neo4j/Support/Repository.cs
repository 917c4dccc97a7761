
namespace NetworkGraph.Storage.Tests.Neo4j.Support;

/// Paths of the repository's Cypher sources (the files the catalog embeds and the linter checks).
internal static class Repository
{
    public static string Root { get; } = Scenarios.RepositoryRoot();

    public static string Cypher { get; } = Path.Combine(Root, "cypher");

    /// Every cypher/**/*.cypher file as a catalog name ("write/accounts").
    public static IReadOnlyList<string> CypherNames() =>
        Directory.EnumerateFiles(Cypher, "*.cypher", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Cypher, f).Replace('\\', '/')[..^".cypher".Length])
            .Order(StringComparer.Ordinal)
            .ToList();
}
