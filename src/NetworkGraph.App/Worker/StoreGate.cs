namespace NetworkGraph.App.Worker;

/// <summary>Lets one service at a time write the store (ingestion or analysis), so an analysis sees whole files.</summary>
internal sealed class StoreGate : IDisposable
{
    private readonly SemaphoreSlim _semaphore = new(1, 1);

    public async Task<IDisposable> EnterAsync(CancellationToken ct)
    {
        await _semaphore.WaitAsync(ct);
        return new Release(_semaphore);
    }

    public void Dispose() => _semaphore.Dispose();

    private sealed class Release(SemaphoreSlim semaphore) : IDisposable
    {
        private int _done;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _done, 1) == 0)
            {
                semaphore.Release();
            }
        }
    }
}
