namespace NetworkGraph.Core.Ingestion;

/// <summary>Turns the paths given on the command line into the list of files to read.</summary>
internal static class InputFiles
{
    private static readonly string[] DataExtensions = [".csv", ".tsv", ".txt", ".json", ".jsonl", ".ndjson"];

    /// <summary>Files stay as given; a folder contributes its data files (.csv, .tsv, .txt, .json, .jsonl, .ndjson,
    /// each optionally .gz), recursively, in ordinal path order. A path that does not exist is an error.</summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths)
    {
        var result = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                Add(path);
            }
            else if (Directory.Exists(path))
            {
                foreach (var file in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                             .Where(IsDataFile).Order(StringComparer.Ordinal))
                {
                    Add(file);
                }
            }
            else
            {
                throw new IngestInputException(path, "no such file or folder");
            }
        }

        return result;

        void Add(string file)
        {
            if (seen.Add(Path.GetFullPath(file)))
            {
                result.Add(file);
            }
        }
    }

    private static bool IsDataFile(string path)
    {
        var name = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? path[..^3] : path;
        return DataExtensions.Any(e => name.EndsWith(e, StringComparison.OrdinalIgnoreCase));
    }
}
