namespace NetworkGraph.TestSupport.Bolt;

/// <summary>A theory that drives the official neo4j JavaScript driver from tests/bolt-crosscheck: skipped with a
/// message when its npm packages are not installed, except on CI (CI=true), where scripts/test.sh installs them first
/// and a missing install is a failure, not a skip.</summary>
public sealed class OfficialDriverTheoryAttribute : TheoryAttribute
{
    /// <summary>Marks the theory skipped when the driver is not installed outside CI.</summary>
    public OfficialDriverTheoryAttribute()
    {
        if (!IsInstalled && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Skip = $"The official neo4j driver is not installed: run `npm ci` in {Folder} (scripts/test.sh does) to cross-check the stub against it.";
        }
    }

    /// <summary>The folder of the cross-check's package.json and scripts.</summary>
    public static string Folder => Path.Combine(Scenarios.RepositoryRoot(), "tests", "bolt-crosscheck");

    /// <summary>Whether `npm ci` has installed the driver.</summary>
    public static bool IsInstalled => Directory.Exists(Path.Combine(Folder, "node_modules", "neo4j-driver"));
}
