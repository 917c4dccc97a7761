namespace NetworkGraph.Core.Ingestion;

/// <summary>One file to read: given by name, or found in a folder (then a file the run cannot recognise is listed as
/// skipped instead of failing the run).</summary>
/// <param name="Path">The file.</param>
/// <param name="FromFolder">Whether it was found by walking a folder given on the command line.</param>
/// <param name="SkipReason">Why it is passed over without being opened, or null to read it.</param>
internal sealed record InputEntry(string Path, bool FromFolder, string? SkipReason = null);

/// <summary>Turns the paths given on the command line into the list of files to read.</summary>
internal static class InputFiles
{
    private static readonly string[] DataExtensions = [".csv", ".tsv", ".txt", ".json", ".jsonl", ".ndjson"];

    /// <summary>Files stay as given; a folder contributes all its files, recursively, in ordinal path order: data
    /// files (.csv, .tsv, .txt, .json, .jsonl, .ndjson, each optionally .gz) to read, the others listed as skipped
    /// with the reason. A path that does not exist is an error.</summary>
    public static IReadOnlyList<InputEntry> Expand(IEnumerable<string> paths)
    {
        var result = new List<InputEntry>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                Add(new InputEntry(path, FromFolder: false));
            }
            else if (Directory.Exists(path))
            {
                foreach (var file in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                {
                    Add(new InputEntry(file, FromFolder: true, IsDataFile(file) ? null
                        : $"not a data file: the name does not end in {string.Join(", ", DataExtensions)} (optionally .gz)"));
                }
            }
            else
            {
                throw new IngestInputException(path, "no such file or folder");
            }
        }

        return result;

        void Add(InputEntry entry)
        {
            if (seen.Add(System.IO.Path.GetFullPath(entry.Path)))
            {
                result.Add(entry);
            }
        }
    }

    private static bool IsDataFile(string path)
    {
        var name = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? path[..^3] : path;
        return DataExtensions.Any(e => name.EndsWith(e, StringComparison.OrdinalIgnoreCase));
    }
}
