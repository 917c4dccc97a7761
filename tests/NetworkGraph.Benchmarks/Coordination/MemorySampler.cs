using System.Diagnostics;

namespace NetworkGraph.Benchmarks.Coordination;

/// <summary>Samples the process working set and the managed heap (live and not yet collected) every 10 ms on a
/// background thread and reports the largest values.</summary>
internal sealed class MemorySampler : IDisposable
{
    private readonly Thread _thread;
    private volatile bool _stop;
    private long _peak;
    private long _peakManaged;

    public MemorySampler()
    {
        _thread = new Thread(Sample) { IsBackground = true, Name = "memory-sampler" };
        _thread.Start();
    }

    /// <summary>The largest managed heap size seen, in bytes (valid after <see cref="Stop"/>).</summary>
    public long PeakManaged => Interlocked.Read(ref _peakManaged);

    /// <summary>Stops sampling and returns the peak working set in bytes.</summary>
    public long Stop()
    {
        _stop = true;
        _thread.Join();
        return Interlocked.Read(ref _peak);
    }

    public void Dispose()
    {
        if (!_stop)
        {
            Stop();
        }
    }

    private void Sample()
    {
        using var process = Process.GetCurrentProcess();
        while (!_stop)
        {
            process.Refresh();
            var current = process.WorkingSet64;
            if (current > Interlocked.Read(ref _peak))
            {
                Interlocked.Exchange(ref _peak, current);
            }

            var managed = GC.GetTotalMemory(forceFullCollection: false);
            if (managed > Interlocked.Read(ref _peakManaged))
            {
                Interlocked.Exchange(ref _peakManaged, managed);
            }

            Thread.Sleep(10);
        }
    }
}
