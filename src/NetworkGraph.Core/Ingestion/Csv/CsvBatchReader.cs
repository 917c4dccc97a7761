using System.Text;
using NetworkGraph.Core.Ingestion.Batches;
using NetworkGraph.Core.Ingestion.Parsing;

namespace NetworkGraph.Core.Ingestion.Csv;

/// <summary>Reads a CSV file record by record, rejecting malformed records and records whose field count differs
/// from the header's; a subclass maps each well-formed record.</summary>
internal abstract class CsvBatchReader(CsvRecordReader reader, CsvHeader header, string file, BatchLimits limits)
    : IBatchReader
{
    private const int MaxRawChars = 1 << 20;

    protected CsvRecordReader Reader { get; } = reader;

    protected CsvHeader Header { get; } = header;

    /// <summary>The accepted range of post and account times.</summary>
    internal TimeRange Times => limits.Times;

    public bool Fill(IngestBatch batch, CancellationToken cancellationToken)
    {
        var any = false;
        while (!limits.IsFull(batch) && Reader.Read())
        {
            any = true;
            batch.RowsRead++;
            if (Reader.Problem is { } problem)
            {
                Reject(batch, null, problem);
            }
            else if (Reader.FieldCount != Header.Count)
            {
                Reject(batch, null, $"expected {Header.Count} fields, found {Reader.FieldCount} (a truncated or misquoted row?)");
            }
            else if (!TryMap(batch, out var field, out var reason))
            {
                Reject(batch, field, reason!);
            }

            if ((batch.RowsRead & 4095) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
        }

        batch.EndOffset = Reader.NextOffset;
        batch.EndLine = Reader.NextLine;
        return any;
    }

    public void Dispose() => Reader.Dispose();

    /// <summary>Adds the current record to the batch, or says which field is wrong and why (adding nothing).</summary>
    protected abstract bool TryMap(IngestBatch batch, out string? field, out string? reason);

    /// <summary>The field under a column, or empty when the file lacks the column.</summary>
    internal ReadOnlySpan<byte> Field(int column) => column < 0 ? default : Reader[column];

    /// <summary>A field's text for an error message, shortened.</summary>
    internal string Quote(int column)
    {
        var text = Encoding.UTF8.GetString(Field(column));
        return text.Length > 80 ? string.Concat(text.AsSpan(0, 80), "...") : text;
    }

    /// <summary>Reads a required id column: empty or not a valid id (<see cref="Ids.Problem"/>) fails naming the column.</summary>
    internal bool TryId(int column, string name, out ReadOnlySpan<byte> id, out string? field, out string? reason)
    {
        id = Field(column);
        return id.IsEmpty ? Fail(name, "empty", out field, out reason) : TryOptionalId(column, name, out field, out reason);
    }

    /// <summary>Checks an optional id column: empty passes, anything else must be a valid id.</summary>
    internal bool TryOptionalId(int column, string name, out string? field, out string? reason)
    {
        field = reason = null;
        return Ids.Problem(Field(column)) is not { } problem || Fail(name, $"{problem}: '{Quote(column)}'", out field, out reason);
    }

    internal static bool Fail(string field, string message, out string? failedField, out string? reason)
    {
        failedField = field;
        reason = message;
        return false;
    }

    /// <summary>Records the current row as skipped (not data, not an error), with the reason.</summary>
    protected void Skip(IngestBatch batch, string reason) => batch.AddSkip(Record(null, reason) with { Skipped = true });

    private void Reject(IngestBatch batch, string? field, string reason) => batch.AddReject(Record(field, reason));

    private IngestReject Record(string? field, string reason)
    {
        var raw = Encoding.UTF8.GetString(Reader.Raw);
        if (raw.Length > MaxRawChars)
        {
            raw = raw[..MaxRawChars];
        }

        return new IngestReject(file, Reader.RecordLine, field, reason, raw);
    }
}
