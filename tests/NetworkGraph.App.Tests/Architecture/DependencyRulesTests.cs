namespace NetworkGraph.App.Tests.Architecture;

public sealed class DependencyRulesTests
{
    private static IEnumerable<string> SourceProjects() =>
        Directory.EnumerateFiles(RepositoryPaths.Combine("src"), "*.csproj", SearchOption.AllDirectories).Order(StringComparer.Ordinal);

    private static IEnumerable<string> SourceFiles(string project) =>
        Directory.EnumerateFiles(RepositoryPaths.Combine("src", project), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    [Fact]
    public void Every_project_under_src_references_only_what_its_layer_allows()
    {
        var projects = SourceProjects().ToList();
        Assert.True(projects.Count >= 7, $"expected the src projects, found {projects.Count}");

        var violations = projects.SelectMany(p => DependencyRules.Violations(Path.GetFileNameWithoutExtension(p), File.ReadAllText(p))).ToList();

        Assert.Empty(violations);
    }

    [Fact]
    public void A_reference_the_table_does_not_allow_is_reported()
    {
        const string core = """
            <Project Sdk="Microsoft.NET.Sdk">
              <ItemGroup>
                <ProjectReference Include="..\NetworkGraph.Storage\NetworkGraph.Storage.csproj" />
                <PackageReference Include="Newtonsoft.Json" />
                <PackageReference Include="Spectre.Console" />
              </ItemGroup>
            </Project>
            """;

        Assert.Equal(
            ["NetworkGraph.Core -> project NetworkGraph.Storage", "NetworkGraph.Core -> package Spectre.Console"],
            DependencyRules.Violations("NetworkGraph.Core", core));
        Assert.Equal(
            ["NetworkGraph.Cli -> project NetworkGraph.Storage"],
            DependencyRules.Violations("NetworkGraph.Cli", """<Project><ItemGroup><ProjectReference Include="../NetworkGraph.Storage/NetworkGraph.Storage.csproj" /></ItemGroup></Project>"""));
        Assert.Single(DependencyRules.Violations("NetworkGraph.Extra", "<Project />"));
    }

    [Fact]
    public void No_SQL_is_written_outside_Storage()
    {
        var offenders = SourceProjects().Select(Path.GetFileNameWithoutExtension).Where(p => p != "NetworkGraph.Storage")
            .SelectMany(p => SourceFiles(p!))
            .Where(f => File.ReadAllText(f) is var text
                && (text.Contains("CommandText", StringComparison.Ordinal) || text.Contains("CreateCommand(", StringComparison.Ordinal)))
            .Select(f => Path.GetRelativePath(RepositoryPaths.Root, f))
            .ToList();

        Assert.Empty(offenders);
    }

    [Fact]
    public void The_executable_reaches_the_SQLite_store_only_through_the_application_layer()
    {
        var offenders = SourceFiles("NetworkGraph.Cli")
            .Where(f => File.ReadAllText(f) is var text
                && (text.Contains("Storage.Sqlite", StringComparison.Ordinal) || text.Contains("SqliteStore", StringComparison.Ordinal)))
            .Select(f => Path.GetRelativePath(RepositoryPaths.Root, f))
            .ToList();

        Assert.Empty(offenders);
    }

    [Fact]
    public void The_Neo4j_store_does_not_use_the_SQLite_store()
    {
        var offenders = SourceFiles(Path.Combine("NetworkGraph.Storage", "Neo4j"))
            .Where(f => File.ReadAllText(f).Contains("NetworkGraph.Storage.Sqlite", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(RepositoryPaths.Root, f))
            .ToList();

        Assert.Empty(offenders);
    }
}
