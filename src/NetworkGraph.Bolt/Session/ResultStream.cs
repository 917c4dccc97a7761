using System.Runtime.CompilerServices;
using NetworkGraph.Bolt.Connection;
using NetworkGraph.Bolt.Messages;

namespace NetworkGraph.Bolt.Session;

/// The records of one RUN: PULL in pages of fetchSize while the server says has_more; DISCARD the rest if the
/// reader stops early.
internal sealed class ResultStream
{
    private readonly BoltConnection _connection;
    private readonly long _fetchSize;
    private readonly Dictionary<string, int> _index;
    private bool _batchOpen = true;
    private bool _hasMore;

    private ResultStream(BoltConnection connection, long fetchSize, IReadOnlyList<string> keys)
    {
        _connection = connection;
        _fetchSize = fetchSize;
        Keys = keys;
        _index = keys.Select((k, i) => (k, i)).ToDictionary(p => p.k, p => p.i, StringComparer.Ordinal);
    }

    public IReadOnlyList<string> Keys { get; }

    public bool IsComplete { get; private set; }

    public SuccessResponse? Summary { get; private set; }

    /// Pipelines RUN and the first PULL, then reads RUN's reply (the column names).
    public static async Task<ResultStream> StartAsync(BoltConnection connection, BoltRequest run, long fetchSize,
        CancellationToken ct)
    {
        connection.Enqueue(run);
        connection.Enqueue(Requests.Pull(fetchSize));
        await connection.FlushAsync(ct);
        var reply = await connection.ExpectSuccessAsync(ct); // a FAILURE here also answers the PULL with IGNORED
        var fields = reply.Get<IReadOnlyList<object?>>("fields") ?? [];
        return new ResultStream(connection, fetchSize, fields.Select(f => f as string ?? "").ToArray());
    }

    public async IAsyncEnumerable<BoltRecord> ReadAsync([EnumeratorCancellation] CancellationToken ct)
    {
        while (!IsComplete)
        {
            var response = await _connection.ReceiveAsync(ct);
            switch (response)
            {
                case RecordResponse record:
                    yield return new BoltRecord(Keys, _index, record.Values);
                    break;
                case SuccessResponse { HasMore: true }:
                    _connection.Enqueue(Requests.Pull(_fetchSize));
                    await _connection.FlushAsync(ct);
                    break;
                case SuccessResponse success:
                    Complete(success);
                    break;
                case FailureResponse failure:
                    _batchOpen = false;
                    IsComplete = true;
                    throw await _connection.RecoverAsync(failure, ct);
                default:
                    throw new BoltProtocolException($"{_connection.Address} ignored a PULL without a prior failure.");
            }
        }
    }

    /// Finishes the stream without reading it: skip the open page, then DISCARD what the server still holds.
    public async Task<SuccessResponse?> DiscardRestAsync(CancellationToken ct)
    {
        while (_batchOpen && !IsComplete)
        {
            switch (await _connection.ReceiveAsync(ct))
            {
                case RecordResponse:
                    break;
                case SuccessResponse { HasMore: true }:
                    _batchOpen = false;
                    _hasMore = true;
                    break;
                case SuccessResponse success:
                    Complete(success);
                    break;
                case FailureResponse failure:
                    IsComplete = true;
                    throw await _connection.RecoverAsync(failure, ct);
                default:
                    throw new BoltProtocolException($"{_connection.Address} ignored a PULL without a prior failure.");
            }
        }

        if (!IsComplete && _hasMore)
        {
            Complete(await _connection.RequestAsync(Requests.Discard(-1), ct));
        }

        return Summary;
    }

    private void Complete(SuccessResponse success)
    {
        IsComplete = true;
        _batchOpen = false;
        Summary = success;
    }

    public BoltSummary ToSummary(ServerInfo server)
    {
        var meta = Summary?.Metadata ?? new Dictionary<string, object?>();
        var counters = (meta.GetValueOrDefault("stats") as IReadOnlyDictionary<string, object?> ?? new Dictionary<string, object?>())
            .Where(kv => kv.Value is long)
            .ToDictionary(kv => kv.Key, kv => (long)kv.Value!, StringComparer.Ordinal);
        var database = meta.GetValueOrDefault("db") as string ?? server.Database;
        return new BoltSummary(Keys, meta.GetValueOrDefault("type") as string, counters,
            meta.GetValueOrDefault("bookmark") as string, database, server with { Database = database });
    }
}
