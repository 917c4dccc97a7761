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
    private readonly int[]?[] _objects = new int[]?[byte.MaxValue + 1]; // by kind, by object index: the run's number or -1
    private readonly RowInserter _accountRows;
    private readonly RowInserter _objectRows;
    private int _accountCount;
    private int _objectCount;

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
        ref var numbers = ref _objects[(int)kind];
        if (numbers is null || objectIndex >= numbers.Length)
        {
            Grow(ref numbers, objectIndex);
        }

        if (numbers![objectIndex] < 0)
        {
            numbers[objectIndex] = _objectCount++;
            _objectRows.Add(_runId);
            _objectRows.Add(numbers[objectIndex]);
            _objectRows.Add(_graph.ObjectLabel(kind, objectIndex));
        }

        return numbers[objectIndex];
    }

    private static void Grow(ref int[]? numbers, int objectIndex)
    {
        var old = numbers?.Length ?? 0;
        Array.Resize(ref numbers, Math.Max(objectIndex + 1, Math.Max(1024, old * 2)));
        Array.Fill(numbers, -1, old, numbers.Length - old);
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
