using System.Buffers;
using System.Collections.Concurrent;
using NetworkGraph.Scenarios.Accounts;
using NetworkGraph.Scenarios.Activity;
using NetworkGraph.Scenarios.Content;

namespace NetworkGraph.Scenarios.Output;

/// <summary>
/// Writes the tweets file from resolved day batches: workers format chunks of rows in parallel (formatting is a pure
/// function of the batch, so the bytes do not depend on the number of workers) and one writer thread appends the
/// chunks in order. Batches come from a small pool and return to it once written, which bounds memory whatever the
/// number of posts.
/// </summary>
internal sealed class TweetFile : IDisposable
{
    private const int RowsPerChunk = 4_096;
    private const int PooledBatches = 2;
    private readonly Stream _stream;
    private readonly IProgress<long>? _progress;
    private readonly CancellationTokenSource _abort;
    private readonly BlockingCollection<DayBatch> _batches = new();
    private readonly BlockingCollection<Chunk> _work = new(boundedCapacity: 64);
    private readonly Dictionary<long, (byte[] Bytes, int Length, Chunk Chunk)> _formatted = [];

    // A private pool: the shared one would keep many multi-megabyte chunk buffers alive after the run.
    private readonly ArrayPool<byte> _chunkBuffers = ArrayPool<byte>.Create(maxArrayLength: 1 << 25, maxArraysPerBucket: 8);
    private readonly Thread[] _workers;
    private readonly Thread _writer;
    private volatile Exception? _error;
    private long _submitted;
    private long _written;
    private long _rows;
    private bool _completed;

    public TweetFile(Stream stream, Population population, ScenarioOptions options, IProgress<long>? progress, CancellationToken ct)
    {
        _stream = stream;
        _progress = progress;
        _abort = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var header = ArchiveHeaders.Tweets;
        _stream.Write(header);
        for (var i = 0; i < PooledBatches; i++)
        {
            _batches.Add(new DayBatch(), CancellationToken.None);
        }

        _workers = new Thread[options.FormatWorkers > 0 ? options.FormatWorkers : Math.Clamp(Environment.ProcessorCount, 1, 4)];
        for (var i = 0; i < _workers.Length; i++)
        {
            var composer = new TextComposer(options, population);
            _workers[i] = new Thread(() => Format(population, composer)) { IsBackground = true, Name = "tweet-format" };
            _workers[i].Start();
        }

        _writer = new Thread(WriteInOrder) { IsBackground = true, Name = "tweet-write" };
        _writer.Start();
    }

    /// <summary>A free batch to fill (waits while every batch is still being formatted or written).</summary>
    public DayBatch Rent() => Guard(() => _batches.Take(_abort.Token));

    /// <summary>Queues a resolved, time-ordered batch for formatting; it returns to the pool once written.</summary>
    public void Submit(DayBatch batch)
    {
        var chunks = (batch.Count + RowsPerChunk - 1) / RowsPerChunk;
        if (chunks == 0)
        {
            _batches.Add(batch);
            return;
        }

        batch.PendingChunks = chunks;
        for (var c = 0; c < chunks; c++)
        {
            var chunk = new Chunk(_submitted++, batch, c * RowsPerChunk, Math.Min(batch.Count, (c + 1) * RowsPerChunk));
            Guard(() =>
            {
                _work.Add(chunk, _abort.Token);
                return 0;
            });
        }
    }

    /// <summary>Waits until every submitted row is written; rethrows a failure of the workers or the writer.</summary>
    public void Complete()
    {
        _work.CompleteAdding();
        foreach (var worker in _workers)
        {
            worker.Join();
        }

        lock (_formatted)
        {
            _completed = true;
            Monitor.PulseAll(_formatted);
        }

        _writer.Join();
        if (_error is not null)
        {
            throw new IOException("Writing the tweets file failed: " + _error.Message, _error);
        }

        _abort.Token.ThrowIfCancellationRequested();
    }

    public void Dispose()
    {
        _abort.Cancel();
        _work.CompleteAdding();
        lock (_formatted)
        {
            _completed = true;
            Monitor.PulseAll(_formatted);
        }

        foreach (var worker in _workers)
        {
            worker.Join();
        }

        _writer.Join();
        _abort.Dispose();
        _batches.Dispose();
        _work.Dispose();
    }

    private void Format(Population population, TextComposer composer)
    {
        using var memory = new MemoryStream(RowsPerChunk * 600);
        using var csv = new Utf8CsvWriter(memory, background: false);
        var rows = new TweetRowWriter(csv, population, composer);
        try
        {
            foreach (var chunk in _work.GetConsumingEnumerable(_abort.Token))
            {
                memory.SetLength(0);
                var batch = chunk.Batch;
                rows.BeginDay(batch.Date);
                var order = batch.Order;
                for (var i = chunk.From; i < chunk.To; i++)
                {
                    rows.Write(ref batch[order[i]], batch.DayStartMs);
                }

                csv.Flush();
                var bytes = _chunkBuffers.Rent((int)memory.Length);
                memory.GetBuffer().AsSpan(0, (int)memory.Length).CopyTo(bytes);
                lock (_formatted)
                {
                    _formatted.Add(chunk.Sequence, (bytes, (int)memory.Length, chunk));
                    Monitor.PulseAll(_formatted);
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
#pragma warning disable CA1031 // A worker's failure is handed to the producing thread, which rethrows it.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            Fail(ex);
        }
    }

    private void WriteInOrder()
    {
        try
        {
            while (true)
            {
                (byte[] Bytes, int Length, Chunk Chunk) next;
                lock (_formatted)
                {
                    while (!_formatted.ContainsKey(_written) && !_completed && !_abort.IsCancellationRequested)
                    {
                        Monitor.Wait(_formatted, 100);
                    }

                    if (!_formatted.Remove(_written, out next))
                    {
                        return;
                    }
                }

                _stream.Write(next.Bytes, 0, next.Length);
                _chunkBuffers.Return(next.Bytes);
                _written++;
                _rows += next.Chunk.To - next.Chunk.From;
                _progress?.Report(_rows);

                // The batch goes back to the pool only once written: at most a few days are ever in flight.
                if (Interlocked.Decrement(ref next.Chunk.Batch.PendingChunks) == 0)
                {
                    _batches.Add(next.Chunk.Batch);
                }
            }
        }
#pragma warning disable CA1031 // The writer's failure is handed to the producing thread, which rethrows it.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            Fail(ex);
        }
    }

    private void Fail(Exception ex)
    {
        _error ??= ex;
        _abort.Cancel();
    }

    private T Guard<T>(Func<T> blocking)
    {
        try
        {
            return blocking();
        }
        catch (OperationCanceledException) when (_error is not null)
        {
            throw new IOException("Writing the tweets file failed: " + _error.Message, _error);
        }
    }

    private readonly record struct Chunk(long Sequence, DayBatch Batch, int From, int To);
}
