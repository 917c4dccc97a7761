namespace NetworkGraph.Core.Ingestion;

/// <summary>An input file that cannot be read at all (missing, unreadable, corrupt, or of no known format).</summary>
public sealed class IngestInputException : Exception
{
    /// <summary>Creates the error for a file.</summary>
    public IngestInputException(string path, string message, Exception? inner = null)
        : base($"{path}: {message}", inner) => Path = path;

    /// <summary>Creates the error without a file.</summary>
    public IngestInputException()
        : this(string.Empty, "input error")
    {
    }

    /// <summary>Creates the error without a file.</summary>
    public IngestInputException(string message)
        : this(string.Empty, message)
    {
    }

    /// <summary>Creates the error without a file.</summary>
    public IngestInputException(string message, Exception inner)
        : this(string.Empty, message, inner)
    {
    }

    /// <summary>The file.</summary>
    public string Path { get; }
}
