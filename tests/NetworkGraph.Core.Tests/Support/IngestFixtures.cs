using System.IO.Compression;

namespace NetworkGraph.Core.Tests.Support;

/// <summary>Paths of the ingestion fixtures (tests/fixtures/ingest) and scratch folders for ingestion tests.</summary>
internal static class IngestFixtures
{
    public static string Folder { get; } = RepositoryPaths.Fixtures("ingest");

    public static string Path(string name) => System.IO.Path.Combine(Folder, name);

    /// <summary>A fresh empty folder under the system temp folder.</summary>
    public static string TempFolder()
    {
        var folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "ng-ingest-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>Writes a gzip copy of a fixture into <paramref name="folder"/> and returns its path.</summary>
    public static string Gzip(string name, string folder)
    {
        var target = System.IO.Path.Combine(folder, name + ".gz");
        using var source = File.OpenRead(Path(name));
        using var output = File.Create(target);
        using var gzip = new GZipStream(output, CompressionLevel.Fastest);
        source.CopyTo(gzip);
        return target;
    }
}
