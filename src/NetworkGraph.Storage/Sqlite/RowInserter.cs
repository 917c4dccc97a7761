using System.Text;
using NetworkGraph.Storage.Sqlite.Ingest;
using SQLitePCL;

namespace NetworkGraph.Storage.Sqlite;

/// <summary>Inserts rows of one table many rows per statement, through SQLite's C API (as ingest does): a row's values
/// are queued with <see cref="Add(long)"/>, <see cref="Add(double)"/> and <see cref="Add(string)"/> in column order,
/// and a full statement's worth is written at once. Call <see cref="Flush"/> before the transaction commits.</summary>
internal sealed class RowInserter : IDisposable
{
    private const int RowsPerStatement = 64;
    private readonly sqlite3 _db;
    private readonly string _insert;
    private readonly int _columns;
    private readonly RawStatement _many;
    private readonly Cell[] _cells;
    private byte[] _utf8 = new byte[256];
    private int _filled;

    public RowInserter(sqlite3 db, string table, params string[] columns)
    {
        _db = db;
        _columns = columns.Length;
        _insert = $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ";
        _many = new RawStatement(db, _insert + Placeholders.Rows(RowsPerStatement, _columns));
        _cells = new Cell[RowsPerStatement * _columns];
    }

    /// <summary>Queues an integer value.</summary>
    public void Add(long value) => Queue(new Cell(value, 0, null, CellKind.Integer));

    /// <summary>Queues a real value.</summary>
    public void Add(double value) => Queue(new Cell(0, value, null, CellKind.Real));

    /// <summary>Queues a text value (null: NULL).</summary>
    public void Add(string? value) => Queue(new Cell(0, 0, value, value is null ? CellKind.Null : CellKind.Text));

    /// <summary>Writes the rows still queued.</summary>
    public void Flush()
    {
        var rows = _filled / _columns;
        if (rows == 0)
        {
            return;
        }

        using var statement = new RawStatement(_db, _insert + Placeholders.Rows(rows, _columns));
        Run(statement, rows * _columns);
    }

    public void Dispose() => _many.Dispose();

    private void Queue(Cell cell)
    {
        _cells[_filled++] = cell;
        if (_filled == _cells.Length)
        {
            Run(_many, _filled);
        }
    }

    private void Run(RawStatement statement, int cells)
    {
        for (var i = 0; i < cells; i++)
        {
            var cell = _cells[i];
            switch (cell.Kind)
            {
                case CellKind.Integer:
                    statement.Bind(i + 1, cell.Integer);
                    break;
                case CellKind.Real:
                    statement.Bind(i + 1, cell.Real);
                    break;
                case CellKind.Text:
                    var length = Encoding.UTF8.GetMaxByteCount(cell.Text!.Length);
                    if (_utf8.Length < length)
                    {
                        _utf8 = new byte[Math.Max(length, _utf8.Length * 2)];
                    }

                    var written = Encoding.UTF8.GetBytes(cell.Text, _utf8);
                    statement.BindText(i + 1, _utf8.AsSpan(0, written));
                    break;
                default:
                    statement.BindNull(i + 1);
                    break;
            }
        }

        statement.Run();
        Array.Clear(_cells, 0, cells);
        _filled = 0;
    }

    private enum CellKind : byte
    {
        Null,
        Integer,
        Real,
        Text,
    }

    private readonly record struct Cell(long Integer, double Real, string? Text, CellKind Kind);
}
