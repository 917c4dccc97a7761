using System.Reflection;

namespace NetworkGraph.TestSupport;

/// <summary>Paths inside the repository (the folder holding NetworkGraph.sln), found from the test binaries.</summary>
public static class RepositoryPaths
{
    /// <summary>The repository's root folder.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The full path of a file or folder given relative to the root, one segment per argument.</summary>
    public static string Combine(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>A folder of tests/fixtures, such as "ingest".</summary>
    public static string Fixtures(string folder) => Combine("tests", "fixtures", folder);

    /// <summary>Walks up from the test binaries, then from this project's folder recorded at build time (for
    /// --artifacts-path builds), to the folder holding NetworkGraph.sln.</summary>
    private static string FindRoot()
    {
        var projectDirectory = typeof(RepositoryPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "ProjectDirectory")?.Value;
        foreach (var start in new[] { AppContext.BaseDirectory, projectDirectory })
        {
            for (var dir = start is null ? null : new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "NetworkGraph.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new DirectoryNotFoundException($"No NetworkGraph.sln above {AppContext.BaseDirectory} or {projectDirectory}.");
    }
}
