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

    /// The repository root (see <see cref="RepositoryPaths"/>).
    public static string RepositoryRoot() => RepositoryPaths.Root;
}
