using System.Buffers;
using BenchmarkDotNet.Attributes;
using NetworkGraph.Bolt.Framing;
using NetworkGraph.Bolt.Messages;
using NetworkGraph.Bolt.PackStream;
using NetworkGraph.Bolt.Values;

namespace NetworkGraph.Benchmarks.Bolt;

/// PackStream codec throughput on the store's typical payload: a RUN with `UNWIND $rows` of 1,000 account maps,
/// and the RECORD stream coming back.
/// Run: dotnet run -c Release --project tests/NetworkGraph.Benchmarks -- --filter '*PackStreamBenchmarks*' --job short
[MemoryDiagnoser]
public class PackStreamBenchmarks
{
    private const int Rows = 1000;
    private readonly ArrayBufferWriter<byte> _buffer = new(1 << 20);
    private BoltRequest _run = null!;
    private byte[] _runBytes = null!;
    private byte[] _chunked = null!;
    private byte[][] _records = null!;

    [GlobalSetup]
    public void Setup()
    {
        var rows = Enumerable.Range(0, Rows).Select(i => (object?)new Dictionary<string, object?>
        {
            ["id"] = 1_000_000_000L + i,
            ["handle"] = $"account_{i}",
            ["created"] = new BoltDateTime(1_700_000_000 + i, 0, 0),
            ["followers"] = (long)(i * 37 % 5000),
            ["score"] = i / 7.0,
            ["hashtags"] = new List<object?> { "#baku", "#cop29", $"#tag{i % 13}" },
        }).ToList();
        _run = Requests.Run("UNWIND $rows AS row MERGE (a:Account {id: row.id}) SET a += row",
            new Dictionary<string, object?> { ["rows"] = rows }, new Dictionary<string, object?> { ["db"] = "neo4j" });
        _runBytes = _run.Encode();
        var chunked = new ArrayBufferWriter<byte>();
        ChunkWriter.WriteMessage(_runBytes, chunked);
        _chunked = chunked.WrittenSpan.ToArray();
        _records = rows.Select(row => new BoltRequest(0x71, [new List<object?> { row }]).Encode()).ToArray();
    }

    /// Bytes of one UNWIND RUN message (reported so MB/s can be derived from the mean).
    public int RunMessageBytes => _runBytes.Length;

    [Benchmark(Description = "encode RUN with 1,000 row maps")]
    public int EncodeRun()
    {
        _buffer.ResetWrittenCount();
        _run.WriteTo(new PackStreamWriter(_buffer));
        return _buffer.WrittenCount;
    }

    [Benchmark(Description = "decode RUN with 1,000 row maps")]
    public object? DecodeRun()
    {
        var reader = new PackStreamReader(_runBytes);
        reader.ReadStructHeader();
        reader.ReadValue();
        return reader.ReadValue();
    }

    [Benchmark(Description = "decode 1,000 RECORD messages")]
    public int DecodeRecords()
    {
        var count = 0;
        foreach (var record in _records)
        {
            count += BoltResponse.Decode(record) is RecordResponse r ? r.Values.Count : 0;
        }

        return count;
    }

    [Benchmark(Description = "dechunk RUN with 1,000 row maps")]
    public async Task<int> Dechunk()
    {
        var reader = new ChunkReader(new MemoryStream(_chunked, writable: false));
        var message = await reader.ReadMessageAsync(CancellationToken.None);
        return message!.Value.Length;
    }
}
