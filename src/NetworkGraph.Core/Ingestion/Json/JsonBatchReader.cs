using System.Text;
using NetworkGraph.Core.Ingestion.Batches;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace NetworkGraph.Core.Ingestion.Json;

/// <summary>Reads JSON lines: each line is parsed with Newtonsoft (dates left as strings, big integers exact) and
/// handed to the subclass; a line that is not one valid JSON value is rejected whole.</summary>
internal abstract class JsonBatchReader(JsonLines lines, string file, BatchLimits limits) : IBatchReader
{
    private const int MaxRawChars = 1 << 20;

    protected string File { get; } = file;

    protected long Line { get; private set; }

    public bool Fill(IngestBatch batch, CancellationToken cancellationToken)
    {
        var any = false;
        while (!limits.IsFull(batch) && lines.TryRead(out var bytes))
        {
            cancellationToken.ThrowIfCancellationRequested();
            Line = lines.LineNumber;
            if (bytes.Trim(" \t"u8).IsEmpty && !lines.TooLong)
            {
                continue;
            }

            any = true;
            var text = Encoding.UTF8.GetString(bytes);
            if (lines.TooLong)
            {
                batch.RowsRead++;
                Reject(batch, null, $"line longer than {JsonLines.MaxLineBytes} bytes", text);
            }
            else if (TryParse(text, out var token, out var error))
            {
                Map(token, batch);
            }
            else
            {
                batch.RowsRead++;
                var reason = lines.Unterminated ? $"invalid JSON (a truncated last line?): {error}" : $"invalid JSON: {error}";
                Reject(batch, null, reason, text);
            }
        }

        batch.EndOffset = lines.NextOffset;
        batch.EndLine = lines.NextLine;
        return any;
    }

    public void Dispose() => lines.Dispose();

    /// <summary>Adds what one line holds to the batch, counting its rows.</summary>
    protected abstract void Map(JToken line, IngestBatch batch);

    protected void Reject(IngestBatch batch, string? field, string reason, string raw) =>
        batch.AddReject(new IngestReject(File, Line, field, reason, raw.Length > MaxRawChars ? raw[..MaxRawChars] : raw));

    protected void Reject(IngestBatch batch, string? field, string reason, JToken raw) =>
        Reject(batch, field, reason, raw.ToString(Formatting.None));

    private static bool TryParse(string text, out JToken token, out string? error)
    {
        token = JValue.CreateNull();
        error = null;
        try
        {
            using var reader = new JsonTextReader(new StringReader(text))
            {
                DateParseHandling = DateParseHandling.None,
                FloatParseHandling = FloatParseHandling.Double,
                MaxDepth = 256,
            };
            token = JToken.ReadFrom(reader);
            if (reader.Read())
            {
                error = $"unexpected content after the value at position {reader.LinePosition}";
                return false;
            }

            return true;
        }
        catch (JsonException e)
        {
            error = e.Message;
            return false;
        }
    }
}
