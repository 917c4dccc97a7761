using NetworkGraph.Bolt.Connection;
using NetworkGraph.Bolt.Messages;

namespace NetworkGraph.Bolt.Session;

/// An explicit transaction on a connection the session holds until COMMIT/ROLLBACK.
internal sealed class BoltTransaction : IBoltTransaction
{
    private readonly BoltSession _session;
    private readonly BoltConnection _connection;
    private readonly long _fetchSize;
    private ResultStream? _open;
    private State _state = State.Active;

    private enum State
    {
        Active,
        Committed,
        RolledBack,
        Failed,
    }

    private BoltTransaction(BoltSession session, BoltConnection connection, long fetchSize)
    {
        _session = session;
        _connection = connection;
        _fetchSize = fetchSize;
    }

    public ServerAddress Address => _connection.Address;

    public static async Task<BoltTransaction> BeginAsync(BoltSession session, BoltConnection connection,
        Dictionary<string, object?> extra, long fetchSize, CancellationToken ct)
    {
        await connection.RequestAsync(Requests.Begin(extra), ct);
        return new BoltTransaction(session, connection, fetchSize);
    }

    public async IAsyncEnumerable<BoltRecord> RunAsync(string cypher, IReadOnlyDictionary<string, object?>? parameters = null,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var stream = await StartAsync(cypher, parameters, cancellationToken);
        try
        {
            await using var records = stream.ReadAsync(cancellationToken).GetAsyncEnumerator(cancellationToken);
            while (await Observe(records.MoveNextAsync()))
            {
                yield return records.Current;
            }
        }
        finally
        {
            await FinishAsync(stream);
        }
    }

    public async Task<BoltSummary> RunAndConsumeAsync(string cypher, IReadOnlyDictionary<string, object?>? parameters = null,
        CancellationToken cancellationToken = default)
    {
        var stream = await StartAsync(cypher, parameters, cancellationToken);
        try
        {
            await Observe(stream.DiscardRestAsync(cancellationToken));
            return stream.ToSummary(_session.ServerOf(_connection));
        }
        finally
        {
            await FinishAsync(stream);
        }
    }

    private async Task<ResultStream> StartAsync(string cypher, IReadOnlyDictionary<string, object?>? parameters,
        CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(cypher);
        EnsureActive();
        if (_open is not null)
        {
            throw new InvalidOperationException("Finish reading the previous result of this transaction first.");
        }

        var stream = await Observe(ResultStream.StartAsync(_connection, Requests.Run(cypher, parameters, null), _fetchSize, ct));
        _open = stream;
        return stream;
    }

    private async Task FinishAsync(ResultStream stream)
    {
        _open = null;
        if (!stream.IsComplete && !_connection.IsBroken && _state == State.Active)
        {
            await Observe(stream.DiscardRestAsync(CancellationToken.None));
        }
    }

    public async Task CommitAsync(CancellationToken cancellationToken = default)
    {
        EnsureActive();
        try
        {
            if (_open is { } unfinished)
            {
                await FinishAsync(unfinished); // a result left half-read is discarded before COMMIT
            }

            var reply = await Observe(_connection.RequestAsync(Requests.Commit, cancellationToken));
            _state = State.Committed;
            _session.OnCommitted(reply.Get<string>("bookmark"));
        }
        finally
        {
            await _session.EndTransactionAsync(this, _connection);
        }
    }

    public async Task RollbackAsync(CancellationToken cancellationToken = default)
    {
        if (_state != State.Active)
        {
            await _session.EndTransactionAsync(this, _connection);
            return;
        }

        try
        {
            await Observe(_connection.RequestAsync(Requests.Rollback, cancellationToken));
            _state = State.RolledBack;
        }
        finally
        {
            await _session.EndTransactionAsync(this, _connection);
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_state == State.Active && !_connection.IsBroken)
            {
                await RollbackAsync(CancellationToken.None);
            }
        }
        catch (BoltException)
        {
            // Disposal must not throw; the connection is discarded if it broke.
        }
        finally
        {
            if (_state == State.Active)
            {
                _state = State.RolledBack;
            }

            await _session.EndTransactionAsync(this, _connection);
        }
    }

    private void EnsureActive()
    {
        if (_state != State.Active)
        {
            throw new InvalidOperationException($"The transaction is {_state.ToString().ToLowerInvariant()}.");
        }
    }

    private async Task<T> Observe<T>(Task<T> task)
    {
        try
        {
            return await task;
        }
        catch (Exception ex)
        {
            // Any error ends the transaction: the server failed it, or the connection is gone.
            _state = State.Failed;
            _session.ObserveError(ex, _connection);
            throw;
        }
    }

    private async ValueTask<bool> Observe(ValueTask<bool> task)
    {
        try
        {
            return await task;
        }
        catch (Exception ex)
        {
            _state = State.Failed;
            _session.ObserveError(ex, _connection);
            throw;
        }
    }
}
