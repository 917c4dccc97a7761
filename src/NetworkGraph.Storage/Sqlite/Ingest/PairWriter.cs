using SQLitePCL;

namespace NetworkGraph.Storage.Sqlite.Ingest;

/// <summary>Inserts (post, key) rows into one of the link tables many rows per statement: one step for a hundred rows
/// instead of a hundred steps, which is most of the cost of a two-integer row. Rows already present are ignored, so
/// replaying a batch changes nothing. Call <see cref="Flush"/> before the transaction commits.</summary>
internal sealed class PairWriter : IDisposable
{
    private const int RowsPerStatement = 100;

    private readonly RawStatement _one;
    private readonly RawStatement _many;
    private readonly long[] _pending = new long[RowsPerStatement * 2];
    private int _count;

    public PairWriter(sqlite3 db, string table, string firstColumn, string secondColumn)
    {
        var insert = $"INSERT OR IGNORE INTO {table} ({firstColumn}, {secondColumn}) VALUES ";
        _one = new RawStatement(db, insert + Placeholders.Rows(1, 2));
        _many = new RawStatement(db, insert + Placeholders.Rows(RowsPerStatement, 2));
    }

    /// <summary>Queues one row; a full statement's worth is written at once.</summary>
    public void Add(long first, long second)
    {
        _pending[2 * _count] = first;
        _pending[(2 * _count) + 1] = second;
        if (++_count < RowsPerStatement)
        {
            return;
        }

        for (var i = 0; i < _pending.Length; i++)
        {
            _many.Bind(i + 1, _pending[i]);
        }

        _many.Run();
        _count = 0;
    }

    /// <summary>Writes the rows still queued.</summary>
    public void Flush()
    {
        for (var i = 0; i < _count; i++)
        {
            _one.Bind(1, _pending[2 * i]);
            _one.Bind(2, _pending[(2 * i) + 1]);
            _one.Run();
        }

        _count = 0;
    }

    /// <summary>Drops the rows still queued (after a rollback).</summary>
    public void Clear() => _count = 0;

    public void Dispose()
    {
        _one.Dispose();
        _many.Dispose();
    }
}
