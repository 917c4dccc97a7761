using System.Text;
using NetworkGraph.Core.Ingestion.Csv;

namespace NetworkGraph.Core.Evaluation;

/// <summary>The records of a truth or campaigns CSV as strings, read by the ingest's <see cref="CsvRecordReader"/>
/// (quoted fields, doubled quotes, line breaks inside quotes, a BOM, CRLF).</summary>
internal static class CsvRecords
{
    /// <summary>Records with the 1-based line each starts on; blank lines are skipped; a malformed record (e.g. a
    /// quote never closed) is an error naming the file and line.</summary>
    public static IEnumerable<(int Line, IReadOnlyList<string> Fields)> Read(Stream stream, string source)
    {
        using var reader = new CsvRecordReader(stream);
        while (reader.Read())
        {
            if (reader.Problem is { } problem)
            {
                throw new TruthFileException($"{source} line {reader.RecordLine}: {problem}.");
            }

            var fields = new string[reader.FieldCount];
            for (var i = 0; i < fields.Length; i++)
            {
                fields[i] = Encoding.UTF8.GetString(reader[i]);
            }

            yield return ((int)reader.RecordLine, fields);
        }
    }
}

/// <summary>A ground-truth or campaigns file is malformed; the message names the file, line and field.</summary>
public sealed class TruthFileException : Exception
{
    /// <summary>Creates the exception.</summary>
    public TruthFileException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    public TruthFileException(string message, Exception inner)
        : base(message, inner)
    {
    }

    /// <summary>Creates the exception with no message.</summary>
    public TruthFileException()
    {
    }
}
