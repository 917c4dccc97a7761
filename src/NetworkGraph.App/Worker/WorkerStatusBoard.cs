using NetworkGraph.Core.Ingestion;
using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace NetworkGraph.App.Worker;

/// <summary>The worker's status, shared by its services and written to the status file (replaced atomically, so a
/// reader never sees half a file).</summary>
internal sealed class WorkerStatusBoard
{
    private const int MaxErrors = 10;

    private static readonly JsonSerializerSettings Json = new()
    {
        ContractResolver = new CamelCasePropertyNamesContractResolver(),
        Formatting = Formatting.Indented,
        NullValueHandling = NullValueHandling.Include,
        DateParseHandling = DateParseHandling.None,
    };

    private readonly Lock _gate = new();
    private readonly SemaphoreSlim _writing = new(1, 1);
    private readonly string _path;
    private readonly TimeProvider _time;
    private WorkerStatus _status;
    private (int Files, long RowsRead, long Accepted) _pending;

    /// <summary>A board for the worker on <paramref name="database"/> watching <paramref name="inbox"/>, written to
    /// <paramref name="statusFile"/>.</summary>
    public WorkerStatusBoard(string database, string inbox, string statusFile, int intervalSeconds, TimeProvider time)
    {
        _path = statusFile;
        _time = time;
        var now = time.GetUtcNow();
        _status = new WorkerStatus
        {
            Pid = Environment.ProcessId,
            Database = database,
            Inbox = inbox,
            StartedAt = now,
            UpdatedAt = now,
            State = "starting",
            IntervalSeconds = intervalSeconds,
        };
    }

    public WorkerStatus Current
    {
        get
        {
            lock (_gate)
            {
                return _status;
            }
        }
    }

    public void SetState(string state) => Update(s => s with { State = state });

    public void FileIngested(string name, FileCounts counts)
    {
        lock (_gate)
        {
            _pending = (_pending.Files + 1, _pending.RowsRead + counts.RowsRead, _pending.Accepted + counts.Accepted);
        }

        Update(s => s with
        {
            InboxTotals = s.InboxTotals with
            {
                FilesProcessed = s.InboxTotals.FilesProcessed + 1,
                RowsRead = s.InboxTotals.RowsRead + counts.RowsRead,
                RowsAccepted = s.InboxTotals.RowsAccepted + counts.Accepted,
                RowsRejected = s.InboxTotals.RowsRejected + counts.Rejected,
                LastFile = name,
            },
        });
    }

    public void FileFailed(string name, string reason) => Update(s => WithError(s, "ingest " + name, reason) with
    {
        InboxTotals = s.InboxTotals with { FilesFailed = s.InboxTotals.FilesFailed + 1, LastFile = name },
    });

    /// <summary>Files and rows ingested since the last call (the counts a cycle reports).</summary>
    public (int Files, long RowsRead, long Accepted) TakePending()
    {
        lock (_gate)
        {
            var pending = _pending;
            _pending = default;
            return pending;
        }
    }

    public void CycleStarted(CycleStatus cycle) => Update(s => s with { LastCycle = cycle, Cycles = s.Cycles + 1 });

    public void CycleEnded(CycleStatus cycle, SnapshotStatus? snapshot) => Update(s => s with
    {
        LastCycle = cycle,
        LatestSnapshot = snapshot ?? s.LatestSnapshot,
    });

    public void CycleFailed(CycleStatus cycle, string step, string message, SnapshotStatus? snapshot) => Update(s => WithError(s, step, message) with
    {
        LastCycle = cycle,
        LatestSnapshot = snapshot ?? s.LatestSnapshot,
        FailedCycles = s.FailedCycles + 1,
    });

    public void Error(string step, string message) => Update(s => WithError(s, step, message));

    /// <summary>Writes the current status to the file.</summary>
    public async Task WriteAsync(CancellationToken ct)
    {
        await _writing.WaitAsync(ct);
        try
        {
            var temporary = _path + ".tmp";
            await File.WriteAllTextAsync(temporary, JsonConvert.SerializeObject(Current, Json), ct);
            File.Move(temporary, _path, overwrite: true);
        }
        finally
        {
            _writing.Release();
        }
    }

    private WorkerStatus WithError(WorkerStatus s, string step, string message) => s with
    {
        Errors = [.. s.Errors.TakeLast(MaxErrors - 1), new ErrorStatus(_time.GetUtcNow(), step, message)],
    };

    private void Update(Func<WorkerStatus, WorkerStatus> change)
    {
        lock (_gate)
        {
            _status = change(_status) with { UpdatedAt = _time.GetUtcNow() };
        }
    }
}
