using System.Text;
using NetworkGraph.Core.Ingestion.Batches;
using Newtonsoft.Json;

namespace NetworkGraph.Core.Ingestion;

/// <summary>Appends rejected and skipped rows to a JSON-lines file (file, line, field, reason, [skipped,] raw). On opening it cuts the file
/// back to the length the store last committed, so rows written after that commit by a killed run are not kept twice.</summary>
internal sealed class RejectsWriter : IDisposable
{
    private readonly FileStream _stream;
    private readonly StreamWriter _writer;

    public RejectsWriter(string path, long? committedLength)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }

        _stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.Write, FileShare.Read);
        var keep = Math.Min(committedLength ?? 0, _stream.Length);
        _stream.SetLength(keep);
        _stream.Position = keep;
        _writer = new StreamWriter(_stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)) { NewLine = "\n" };
    }

    /// <summary>Bytes written so far (all flushed).</summary>
    public long Length => _stream.Position;

    /// <summary>Appends the rejects and skips in line order and flushes them to the operating system before the batch is
    /// committed.</summary>
    public void Write(IReadOnlyList<IngestReject> rejects, IReadOnlyList<IngestReject> skips)
    {
        if (rejects.Count == 0 && skips.Count == 0)
        {
            return;
        }

        foreach (var reject in rejects.Concat(skips).OrderBy(r => r.Line))
        {
            using var json = new JsonTextWriter(_writer) { CloseOutput = false, Formatting = Formatting.None };
            json.WriteStartObject();
            json.WritePropertyName("file");
            json.WriteValue(reject.File);
            json.WritePropertyName("line");
            json.WriteValue(reject.Line);
            json.WritePropertyName("field");
            json.WriteValue(reject.Field);
            json.WritePropertyName("reason");
            json.WriteValue(reject.Reason);
            if (reject.Skipped)
            {
                json.WritePropertyName("skipped");
                json.WriteValue(true);
            }

            json.WritePropertyName("raw");
            json.WriteValue(reject.Raw);
            json.WriteEndObject();
            json.Flush();
            _writer.WriteLine();
        }

        _writer.Flush();
    }

    public void Dispose() => _writer.Dispose();
}
