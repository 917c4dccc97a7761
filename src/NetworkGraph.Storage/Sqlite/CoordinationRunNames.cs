using System.Runtime.CompilerServices;
using NetworkGraph.Core.Coordination;
using SQLitePCL;

namespace NetworkGraph.Storage.Sqlite;

/// <summary>Numbers a run's accounts and shared objects in the order its edges first name them, writing each one's id
/// or label once (coordination_accounts, coordination_objects) for the edge blocks to refer to.</summary>
internal sealed class CoordinationRunNames : IDisposable
{
    private readonly long _runId;
    private readonly CoordinationGraph _graph;
    private readonly int[] _accounts;
    private readonly Dictionary<(ShareKind Kind, int Object), int> _objects = [];
    private readonly RowInserter _accountRows;
    private readonly RowInserter _objectRows;
    private int _accountCount;

    public CoordinationRunNames(sqlite3 db, long runId, CoordinationGraph graph)
    {
        _runId = runId;
        _graph = graph;
        _accounts = new int[graph.AccountIds.Count];
        Array.Fill(_accounts, -1);
        _accountRows = new RowInserter(db, "coordination_accounts", "run_id", "account", "account_id");
        _objectRows = new RowInserter(db, "coordination_objects", "run_id", "object", "label");
    }

    /// <summary>The run's number of the account at dense index <paramref name="account"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int Account(int account)
    {
        if (_accounts[account] < 0)
        {
            _accounts[account] = _accountCount++;
            _accountRows.Add(_runId);
            _accountRows.Add(_accounts[account]);
            _accountRows.Add(_graph.AccountIds[account]);
        }

        return _accounts[account];
    }

    /// <summary>The run's number of an object of a kind.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int Object(ShareKind kind, int objectIndex)
    {
        if (!_objects.TryGetValue((kind, objectIndex), out var number))
        {
            _objects[(kind, objectIndex)] = number = _objects.Count;
            _objectRows.Add(_runId);
            _objectRows.Add(number);
            _objectRows.Add(_graph.ObjectLabel(kind, objectIndex));
        }

        return number;
    }

    /// <summary>The platform id of a post by dense index.</summary>
    public string Post(int post) => _graph.PostId(post);

    /// <summary>The platform id of a post by dense index as its number, when the graph keeps ids as numbers.</summary>
    public bool TryPostNumber(int post, out long id) => _graph.TryGetPostNumber(post, out id);

    /// <summary>Writes the rows still queued.</summary>
    public void Flush()
    {
        _accountRows.Flush();
        _objectRows.Flush();
    }

    public void Dispose()
    {
        _accountRows.Dispose();
        _objectRows.Dispose();
    }
}
