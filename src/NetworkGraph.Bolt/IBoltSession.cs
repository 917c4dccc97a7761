namespace NetworkGraph.Bolt;

/// <summary>A sequence of work on one database with causal chaining (bookmarks). Not thread-safe; one result open at a time.</summary>
public interface IBoltSession : IAsyncDisposable
{
    /// <summary>The bookmarks of the last committed work, to chain another session after this one.</summary>
    IReadOnlyList<string> LastBookmarks { get; }

    /// <summary>Runs an auto-commit query and streams its records (paged by the fetch size). Lazy: nothing is sent
    /// until enumeration starts; stopping early discards the rest and still commits.</summary>
    IAsyncEnumerable<BoltRecord> RunAsync(string cypher, IReadOnlyDictionary<string, object?>? parameters = null,
        CancellationToken cancellationToken = default);

    /// <summary>Runs an auto-commit query, skips its records and returns the summary (counters, bookmark).</summary>
    Task<BoltSummary> RunAndConsumeAsync(string cypher, IReadOnlyDictionary<string, object?>? parameters = null,
        CancellationToken cancellationToken = default);

    /// <summary>Runs work in a write transaction, retrying transient failures with back-off; the work must be idempotent.</summary>
    Task<T> ExecuteWriteAsync<T>(Func<IBoltTransaction, Task<T>> work, CancellationToken cancellationToken = default);

    /// <summary>Runs work in a read transaction (routed to a reader), retrying transient failures with back-off.</summary>
    Task<T> ExecuteReadAsync<T>(Func<IBoltTransaction, Task<T>> work, CancellationToken cancellationToken = default);

    /// <summary>Begins an explicit transaction that the caller commits or rolls back (no retries).</summary>
    Task<IBoltTransaction> BeginTransactionAsync(AccessMode mode = AccessMode.Write, CancellationToken cancellationToken = default);
}

/// <summary>An open transaction; disposing it without a commit rolls it back.</summary>
public interface IBoltTransaction : IAsyncDisposable
{
    /// <summary>Runs a query in the transaction and streams its records. Lazy: nothing is sent until enumeration starts.</summary>
    IAsyncEnumerable<BoltRecord> RunAsync(string cypher, IReadOnlyDictionary<string, object?>? parameters = null,
        CancellationToken cancellationToken = default);

    /// <summary>Runs a query in the transaction, skips its records and returns the summary.</summary>
    Task<BoltSummary> RunAndConsumeAsync(string cypher, IReadOnlyDictionary<string, object?>? parameters = null,
        CancellationToken cancellationToken = default);

    /// <summary>Commits; afterwards the session's bookmark points past this transaction.</summary>
    Task CommitAsync(CancellationToken cancellationToken = default);

    /// <summary>Rolls back; a no-op once committed, rolled back or failed.</summary>
    Task RollbackAsync(CancellationToken cancellationToken = default);
}

/// <summary>Per-session settings.</summary>
public sealed class BoltSessionConfig
{
    /// <summary>Database; null uses the driver's <see cref="BoltOptions.Database"/>.</summary>
    public string? Database { get; init; }

    /// <summary>Access mode of auto-commit queries.</summary>
    public AccessMode DefaultAccessMode { get; init; } = AccessMode.Write;

    /// <summary>Bookmarks the session's first work must see (from another session's <see cref="IBoltSession.LastBookmarks"/>).</summary>
    public IReadOnlyList<string> Bookmarks { get; init; } = [];

    /// <summary>Records per PULL; null uses the driver's <see cref="BoltOptions.FetchSize"/>.</summary>
    public long? FetchSize { get; init; }
}
