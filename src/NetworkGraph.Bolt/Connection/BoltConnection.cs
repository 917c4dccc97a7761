using System.Buffers;
using Microsoft.Extensions.Logging;
using NetworkGraph.Bolt.Framing;
using NetworkGraph.Bolt.Logging;
using NetworkGraph.Bolt.Messages;
using NetworkGraph.Bolt.PackStream;

namespace NetworkGraph.Bolt.Connection;

/// One Bolt connection: sends requests (pipelined), reads responses in order, recovers from FAILURE with RESET.
/// Not thread-safe: a session owns it while it is checked out of the pool.
internal sealed partial class BoltConnection : IAsyncDisposable
{
    private readonly Stream _stream;
    private readonly ChunkReader _reader;
    private readonly ArrayBufferWriter<byte> _outbound = new(8192);
    private readonly ArrayBufferWriter<byte> _scratch = new(1024);
    private readonly PackStreamWriter _writer;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;
    private int _pending;
    private bool _disposed;

    private BoltConnection(Stream stream, ServerAddress address, BoltVersion version, TimeProvider time, ILogger logger)
    {
        _stream = stream;
        _reader = new ChunkReader(stream);
        _writer = new PackStreamWriter(_scratch);
        Address = address;
        Version = version;
        _time = time;
        _logger = logger;
        CreatedAt = time.GetTimestamp();
        // 4.4 sends wall-clock date-times unless the server accepts the "utc" patch in HELLO.
        _writer.LegacyDateTimes = version < BoltVersion.V5_0;
    }

    public ServerAddress Address { get; }

    public BoltVersion Version { get; }

    public string ServerAgent { get; private set; } = "";

    public string? ConnectionId { get; private set; }

    public long CreatedAt { get; }

    public long LastUsedAt { get; private set; }

    public TimeSpan? ReceiveTimeout { get; private set; }

    /// The stream state is unknown (I/O error, cancellation, protocol error): close, never reuse.
    public bool IsBroken { get; private set; }

    /// Requests whose summary (SUCCESS/FAILURE/IGNORED) has not arrived yet.
    public int Pending => _pending;

    public bool UsesLegacyDateTimes => _writer.LegacyDateTimes;

    public void Enqueue(BoltRequest request)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        _scratch.ResetWrittenCount();
        request.WriteTo(_writer);
        ChunkWriter.WriteMessage(_scratch.WrittenSpan, _outbound);
        if (request.HasSummary)
        {
            _pending++;
        }

        Log.Sending(_logger, Address, request.Name);
    }

    public async Task FlushAsync(CancellationToken ct)
    {
        if (_outbound.WrittenCount == 0)
        {
            return;
        }

        await GuardAsync(async () =>
        {
            await _stream.WriteAsync(_outbound.WrittenMemory, ct);
            await _stream.FlushAsync(ct);
            return 0;
        });
        _outbound.ResetWrittenCount();
        LastUsedAt = _time.GetTimestamp();
    }

    /// Reads the next response. A FAILURE leaves the server FAILED: call ResetAsync before anything else.
    public async Task<BoltResponse> ReceiveAsync(CancellationToken ct)
    {
        var response = await GuardAsync(async () =>
        {
            using var timeout = ReceiveTimeout is { } t ? new CancellationTokenSource(t, _time) : null;
            using var linked = timeout is null ? null : CancellationTokenSource.CreateLinkedTokenSource(ct, timeout.Token);
            try
            {
                var message = await _reader.ReadMessageAsync(linked?.Token ?? ct)
                    ?? throw new BoltConnectionException($"{Address} closed the connection.");
                return BoltResponse.Decode(message.Span);
            }
            catch (OperationCanceledException ex) when (timeout?.IsCancellationRequested == true && !ct.IsCancellationRequested)
            {
                throw new BoltConnectionException(
                    $"{Address} sent nothing for {ReceiveTimeout!.Value.TotalSeconds:0.#} s (the server's " +
                    "connection.recv_timeout_seconds hint); the connection is considered dead.", ex);
            }
        });
        if (response is not RecordResponse)
        {
            _pending--;
        }

        Log.Received(_logger, Address, response.GetType().Name);
        return response;
    }

    /// Sends one request and reads its summary; a FAILURE is reset and thrown.
    public async Task<SuccessResponse> RequestAsync(BoltRequest request, CancellationToken ct)
    {
        Enqueue(request);
        await FlushAsync(ct);
        return await ExpectSuccessAsync(ct);
    }

    /// Reads a summary that must be SUCCESS; FAILURE is reset and thrown, IGNORED is a protocol slip.
    public async Task<SuccessResponse> ExpectSuccessAsync(CancellationToken ct)
    {
        switch (await ReceiveAsync(ct))
        {
            case SuccessResponse success:
                return success;
            case FailureResponse failure:
                throw await RecoverAsync(failure, ct);
            case IgnoredResponse:
                await ResetAsync(ct);
                throw new BoltProtocolException($"{Address} ignored a request: the connection was in a failed state.");
            default:
                IsBroken = true;
                throw new BoltProtocolException($"{Address} sent a RECORD where a summary was expected.");
        }
    }

    /// After a FAILURE: drain the IGNORED replies, RESET to READY, and return the exception to throw.
    public async Task<BoltServerException> RecoverAsync(FailureResponse failure, CancellationToken ct)
    {
        Log.ServerFailure(_logger, Address, failure.Code, failure.Message);
        if (!IsBroken)
        {
            await ResetAsync(ct);
        }

        return failure.ToException();
    }

    /// RESET: the server drops any open stream or transaction and answers every pending request first.
    public async Task ResetAsync(CancellationToken ct)
    {
        Enqueue(Requests.Reset);
        await FlushAsync(ct);
        BoltResponse last;
        do
        {
            last = await ReceiveAsync(ct);
        }
        while (_pending > 0);

        if (last is not SuccessResponse)
        {
            IsBroken = true;
            throw new BoltProtocolException($"{Address} did not accept RESET ({last.GetType().Name}).");
        }
    }

    private async Task<T> GuardAsync<T>(Func<Task<T>> io)
    {
        if (IsBroken)
        {
            throw new BoltConnectionException($"The connection to {Address} is broken.");
        }

        try
        {
            return await io();
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException or EndOfStreamException)
        {
            IsBroken = true;
            throw new BoltConnectionException($"The connection to {Address} broke: {ex.Message}", ex);
        }
        catch (Exception ex) when (ex is OperationCanceledException or BoltException)
        {
            IsBroken = true; // mid-message: the stream position is unknown
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        await _stream.DisposeAsync();
        Log.Closed(_logger, Address);
    }
}
