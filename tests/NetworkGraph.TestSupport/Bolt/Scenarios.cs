namespace NetworkGraph.TestSupport.Bolt;

/// Finds scenario files (copied to the test output) and the repository root.
public static class Scenarios
{
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "Scenarios");

    public static string PathOf(string name)
    {
        var path = Path.Combine(Directory, name + ".script");
        return File.Exists(path) ? path : throw new FileNotFoundException($"No scenario file {path}.");
    }

    public static IEnumerable<string> All() =>
        System.IO.Directory.EnumerateFiles(Directory, "*.script").Select(Path.GetFileNameWithoutExtension).Order()!;

    /// Walks up from the test binaries to the folder holding NetworkGraph.sln.
    /// Starts at the binaries, then at the project folder recorded at build time (for --artifacts-path builds).
    public static string RepositoryRoot()
    {
        var projectDirectory = typeof(Scenarios).Assembly
            .GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            .Cast<System.Reflection.AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "ProjectDirectory")?.Value;
        foreach (var start in new[] { AppContext.BaseDirectory, projectDirectory })
        {
            for (var dir = start is null ? null : new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "NetworkGraph.sln")))
                    return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No NetworkGraph.sln above {AppContext.BaseDirectory} or {projectDirectory}.");
    }
}
