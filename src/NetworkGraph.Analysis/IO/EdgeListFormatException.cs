namespace NetworkGraph.Analysis.IO;

/// <summary>Thrown when an edge-list file has a line that cannot be read; names the file, line and field.</summary>
public sealed class EdgeListFormatException : FormatException
{
    /// <summary>Creates the error for a 1-based line and a field name such as "weight".</summary>
    public EdgeListFormatException(string filePath, long line, string field, string problem)
        : base($"{filePath}, line {line}, field '{field}': {problem}")
    {
        FilePath = filePath;
        Line = line;
        Field = field;
    }

    /// <summary>The file that was being read.</summary>
    public string FilePath { get; }

    /// <summary>The 1-based line number.</summary>
    public long Line { get; }

    /// <summary>The field that failed: "source", "target", "weight" or "line".</summary>
    public string Field { get; }
}
