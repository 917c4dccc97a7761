using System.Runtime.CompilerServices;

namespace NetworkGraph.Storage.Neo4j.Push;

/// <summary>Rows to push, read in a stable order (so an interrupted push can skip the batches already committed).</summary>
/// <typeparam name="T">The row type.</typeparam>
public sealed class PushRows<T>
{
    private readonly Func<CancellationToken, IAsyncEnumerable<T>> _read;

    /// <summary>Rows read by <paramref name="read"/>; <paramref name="count"/> must be how many it yields.</summary>
    public PushRows(long count, Func<CancellationToken, IAsyncEnumerable<T>> read)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentNullException.ThrowIfNull(read);
        Count = count;
        _read = read;
    }

    /// <summary>No rows.</summary>
    public static PushRows<T> Empty { get; } = From([]);

    /// <summary>How many rows there are.</summary>
    public long Count { get; }

    /// <summary>Rows held in memory, pushed in list order.</summary>
    public static PushRows<T> From(IReadOnlyList<T> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return new PushRows<T>(items.Count, ct => Enumerate(items, ct));
    }

    /// <summary>Reads the rows, in the stable order a resumed push relies on.</summary>
    public IAsyncEnumerable<T> ReadAsync(CancellationToken cancellationToken) => _read(cancellationToken);

    private static async IAsyncEnumerable<T> Enumerate(IReadOnlyList<T> items, [EnumeratorCancellation] CancellationToken ct)
    {
        foreach (var item in items)
        {
            ct.ThrowIfCancellationRequested();
            yield return item;
        }

        await Task.CompletedTask;
    }
}
