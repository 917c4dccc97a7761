using System.Runtime.CompilerServices;
using NetworkGraph.Bolt.Connection;
using NetworkGraph.Bolt.Messages;
using NetworkGraph.Bolt.Routing;

namespace NetworkGraph.Bolt.Session;

/// A session: auto-commit queries, explicit and managed transactions, bookmark chaining.
internal sealed class BoltSession(IConnectionProvider provider, BoltOptions options, BoltSessionConfig config, RetryPolicy retry)
    : IBoltSession
{
    private readonly string? _database = config.Database ?? options.Database;
    private readonly long _fetchSize = config.FetchSize ?? options.FetchSize;
    private IReadOnlyList<string> _bookmarks = config.Bookmarks;
    private BoltTransaction? _transaction;
    private bool _busy;
    private bool _disposed;

    public IReadOnlyList<string> LastBookmarks => _bookmarks;

    public async IAsyncEnumerable<BoltRecord> RunAsync(string cypher, IReadOnlyDictionary<string, object?>? parameters = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(cypher);
        var (connection, stream) = await StartAutoCommitAsync(cypher, parameters, cancellationToken);
        try
        {
            await using var records = stream.ReadAsync(cancellationToken).GetAsyncEnumerator(cancellationToken);
            while (await ObserveAsync(records.MoveNextAsync(), connection))
            {
                yield return records.Current;
            }

            OnCommitted(stream.Summary?.Get<string>("bookmark"));
        }
        finally
        {
            await FinishAutoCommitAsync(connection, stream);
        }
    }

    public async Task<BoltSummary> RunAndConsumeAsync(string cypher, IReadOnlyDictionary<string, object?>? parameters = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(cypher);
        var (connection, stream) = await StartAutoCommitAsync(cypher, parameters, cancellationToken);
        try
        {
            await ObserveAsync(stream.DiscardRestAsync(cancellationToken), connection);
            OnCommitted(stream.Summary?.Get<string>("bookmark"));
            return stream.ToSummary(ServerOf(connection));
        }
        finally
        {
            await FinishAutoCommitAsync(connection, stream);
        }
    }

    private async Task<(BoltConnection, ResultStream)> StartAutoCommitAsync(string cypher,
        IReadOnlyDictionary<string, object?>? parameters, CancellationToken ct)
    {
        EnterWork();
        BoltConnection? connection = null;
        try
        {
            connection = await provider.AcquireAsync(config.DefaultAccessMode, _database, _bookmarks, ct);
            var extra = Requests.TransactionExtra(_database, config.DefaultAccessMode, _bookmarks,
                options.TransactionTimeout, null);
            var run = Requests.Run(cypher, parameters, extra);
            var stream = await ObserveAsync(ResultStream.StartAsync(connection, run, _fetchSize, ct), connection);
            return (connection, stream);
        }
        catch
        {
            if (connection is not null)
            {
                await provider.ReleaseAsync(connection);
            }

            _busy = false;
            throw;
        }
    }

    private async Task FinishAutoCommitAsync(BoltConnection connection, ResultStream stream)
    {
        try
        {
            if (!stream.IsComplete && !connection.IsBroken)
            {
                // The reader stopped early: DISCARD completes (and commits) the query without sending the rest.
                await ObserveAsync(stream.DiscardRestAsync(CancellationToken.None), connection);
                OnCommitted(stream.Summary?.Get<string>("bookmark"));
            }
        }
        finally
        {
            await provider.ReleaseAsync(connection);
            _busy = false;
        }
    }

    public Task<T> ExecuteWriteAsync<T>(Func<IBoltTransaction, Task<T>> work, CancellationToken cancellationToken = default) =>
        ExecuteAsync(AccessMode.Write, work, cancellationToken);

    public Task<T> ExecuteReadAsync<T>(Func<IBoltTransaction, Task<T>> work, CancellationToken cancellationToken = default) =>
        ExecuteAsync(AccessMode.Read, work, cancellationToken);

    private Task<T> ExecuteAsync<T>(AccessMode mode, Func<IBoltTransaction, Task<T>> work, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(work);
        return retry.ExecuteAsync(async attemptCt =>
        {
            var tx = await BeginAsync(mode, attemptCt);
            await using (tx)
            {
                var result = await work(tx);
                await tx.CommitAsync(attemptCt);
                return result;
            }
        }, ct);
    }

    public async Task<IBoltTransaction> BeginTransactionAsync(AccessMode mode = AccessMode.Write,
        CancellationToken cancellationToken = default) => await BeginAsync(mode, cancellationToken);

    private async Task<BoltTransaction> BeginAsync(AccessMode mode, CancellationToken ct)
    {
        EnterWork();
        BoltConnection? connection = null;
        try
        {
            connection = await provider.AcquireAsync(mode, _database, _bookmarks, ct);
            var extra = Requests.TransactionExtra(_database, mode, _bookmarks, options.TransactionTimeout, null);
            _transaction = await ObserveAsync(BoltTransaction.BeginAsync(this, connection, extra, _fetchSize, ct), connection);
            return _transaction;
        }
        catch
        {
            if (connection is not null)
            {
                await provider.ReleaseAsync(connection);
            }

            _busy = false;
            throw;
        }
    }

    internal async Task EndTransactionAsync(BoltTransaction transaction, BoltConnection connection)
    {
        if (!ReferenceEquals(_transaction, transaction))
        {
            return; // already released
        }

        _transaction = null;
        _busy = false;
        await provider.ReleaseAsync(connection);
    }

    internal void OnCommitted(string? bookmark)
    {
        if (!string.IsNullOrEmpty(bookmark))
        {
            _bookmarks = [bookmark];
        }
    }

    internal ServerInfo ServerOf(BoltConnection connection) =>
        new(connection.Address.ToString(), connection.ServerAgent, connection.Version.ToString(), _database);

    /// Routing reacts to errors: a stale leader loses its writer role, a dead server leaves the table.
    internal void ObserveError(Exception error, BoltConnection connection)
    {
        switch (error)
        {
            case BoltServerException { IsStaleWriter: true }:
                provider.ForgetWriter(connection.Address, _database);
                break;
            case BoltConnectionException:
                _ = provider.ForgetServerAsync(connection.Address);
                break;
        }
    }

    private async Task<T> ObserveAsync<T>(Task<T> task, BoltConnection connection)
    {
        try
        {
            return await task;
        }
        catch (Exception ex)
        {
            ObserveError(ex, connection);
            throw;
        }
    }

    private async ValueTask<bool> ObserveAsync(ValueTask<bool> task, BoltConnection connection)
    {
        try
        {
            return await task;
        }
        catch (Exception ex)
        {
            ObserveError(ex, connection);
            throw;
        }
    }

    private void EnterWork()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_busy)
        {
            throw new InvalidOperationException(
                "This session already has an open result or transaction; finish it first (sessions are sequential).");
        }

        _busy = true;
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        if (_transaction is not null)
        {
            await _transaction.DisposeAsync();
        }

        _disposed = true;
    }
}
