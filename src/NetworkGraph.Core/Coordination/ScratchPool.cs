using System.Collections.Concurrent;

namespace NetworkGraph.Core.Coordination;

/// <summary>Per-thread scratch for a <c>Parallel.For</c>'s localInit and localFinally, kept between the loop's worker
/// replicas: a parallel loop ends each replica after a time slice and starts a new one, which calls localInit again,
/// so a scratch made there afresh is made over and over (large fresh arrays: allocation, zeroing and page faults that
/// grow with the run's length times the scratch's size).</summary>
/// <typeparam name="T">The scratch; its use must not depend on what an earlier user left in it.</typeparam>
internal sealed class ScratchPool<T>(Func<T> create)
    where T : class
{
    private readonly ConcurrentBag<T> _spare = [];

    /// <summary>A spare scratch, or a new one.</summary>
    public T Take() => _spare.TryTake(out var scratch) ? scratch : create();

    /// <summary>Keeps a scratch for the next <see cref="Take"/>.</summary>
    public void Return(T scratch) => _spare.Add(scratch);
}
