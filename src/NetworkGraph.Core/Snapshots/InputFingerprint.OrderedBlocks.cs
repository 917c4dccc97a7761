using System.Runtime.ExceptionServices;

namespace NetworkGraph.Core.Snapshots;

/// <summary>The fingerprint's post lines written by several threads and hashed in order.</summary>
public static partial class InputFingerprint
{
    /// <summary>Rows per block of post lines: some hundreds of kilobytes of lines, so a block is worth a handoff.</summary>
    internal const int PostBlockRows = 4096;

    /// <summary>Lines of rows written block by block on threads of their own and handed to a line hasher in row order:
    /// the same bytes in the same order as one writer's. A writer takes the next block only while it is fewer than
    /// <see cref="Lookahead"/> blocks ahead of the one the hasher takes next, so the lines held at once stay a few blocks
    /// (and the two the hashing thread's queue holds) whatever the rows.</summary>
    internal sealed class OrderedBlocks
    {
        /// <summary>How many blocks may be written ahead of the one the hasher takes next.</summary>
        private const int Lookahead = 4;

        private readonly object _gate = new();
        private readonly (byte[] Bytes, int Length)?[] _slots = new (byte[], int)?[Lookahead];
        private readonly LineHasher _line;
        private readonly int _rows;
        private readonly int _blockRows;
        private readonly int _blocks;
        private readonly Action<LineHasher, int> _write;
        private int _claimed;
        private int _taken;
        private bool _stopped;
        private Exception? _failure;

        private OrderedBlocks(LineHasher line, int rows, int blockRows, Action<LineHasher, int> write)
        {
            (_line, _rows, _blockRows, _write) = (line, rows, blockRows, write);
            _blocks = (int)(((long)rows + blockRows - 1) / blockRows);
        }

        /// <summary>Writes row r's lines with write(writer, r) for every r below rows, in blocks of blockRows rows on
        /// up to writers threads of their own, and appends each block to the line in order; a writer's failure is
        /// rethrown here, and no writer runs on after this returns.</summary>
        public static void Write(LineHasher line, int rows, int blockRows, int writers, Action<LineHasher, int> write)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(blockRows, 1);
            ArgumentOutOfRangeException.ThrowIfLessThan(writers, 1);
            var blocks = new OrderedBlocks(line, rows, blockRows, write);
            var threads = Enumerable.Range(0, Math.Min(writers, blocks._blocks))
                .Select(_ => Task.Factory.StartNew(blocks.WriteBlocks, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default))
                .ToArray();
            try
            {
                blocks.AppendInOrder();
            }
            finally
            {
                blocks.Stop();
                Task.WaitAll(threads);
                blocks.RecycleUnused();
            }
        }

        /// <summary>Takes block after block as it is written and appends it to the line.</summary>
        private void AppendInOrder()
        {
            for (var k = 0; k < _blocks; k++)
            {
                (byte[] Bytes, int Length) block;
                lock (_gate)
                {
                    while (_slots[k % Lookahead] is null && _failure is null)
                    {
                        Monitor.Wait(_gate);
                    }

                    if (_failure is not null)
                    {
                        ExceptionDispatchInfo.Capture(_failure).Throw();
                    }

                    block = _slots[k % Lookahead]!.Value;
                    _slots[k % Lookahead] = null;
                    _taken++;
                    Monitor.PulseAll(_gate);
                }

                _line.AppendBlock(block.Bytes, block.Length);
            }
        }

        /// <summary>A writer: claims the next block while it is within the lookahead, writes its lines into a buffer of
        /// its own and puts it in the block's slot (block k in slot k mod <see cref="Lookahead"/>, free by then: the
        /// blocks within the lookahead are that many consecutive ones).</summary>
        private void WriteBlocks()
        {
            try
            {
                while (true)
                {
                    int k;
                    lock (_gate)
                    {
                        while (!_stopped && _claimed < _blocks && _claimed >= _taken + Lookahead)
                        {
                            Monitor.Wait(_gate);
                        }

                        if (_stopped || _claimed >= _blocks)
                        {
                            return;
                        }

                        k = _claimed++;
                    }

                    using var writer = _line.NewBlock(); // holds its buffer only until the block is taken (or the write fails)
                    var end = (int)Math.Min(_rows, ((long)k + 1) * _blockRows);
                    for (var r = k * _blockRows; r < end; r++)
                    {
                        _write(writer, r);
                    }

                    var block = writer.TakeBlock();
                    lock (_gate)
                    {
                        _slots[k % Lookahead] = block;
                        Monitor.PulseAll(_gate);
                    }
                }
            }
            catch (Exception e)
            {
                lock (_gate)
                {
                    _failure ??= e;
                    _stopped = true;
                    Monitor.PulseAll(_gate);
                }
            }
        }

        /// <summary>Sends the writers home: after the last block, or when the hashing side failed.</summary>
        private void Stop()
        {
            lock (_gate)
            {
                _stopped = true;
                Monitor.PulseAll(_gate);
            }
        }

        /// <summary>Takes back the buffers of blocks written but never appended (the hashing side failed).</summary>
        private void RecycleUnused()
        {
            for (var s = 0; s < Lookahead; s++)
            {
                if (_slots[s] is { } block)
                {
                    _line.Recycle(block.Bytes);
                    _slots[s] = null;
                }
            }
        }
    }
}
