using NetworkGraph.Cli.Worker;

namespace NetworkGraph.Cli.Tests.Worker;

public sealed class StoreLockTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2024, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "ng-lock-" + Guid.NewGuid().ToString("N"));

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Refuses_a_second_worker_on_the_same_store_with_a_message_naming_the_lock_file()
    {
        var database = Path.Combine(_folder, "ng.db");
        using var first = StoreLock.Acquire(database, Now);

        var error = Assert.Throws<StoreLockedException>(() => StoreLock.Acquire(database, Now));

        Assert.Contains(first.Path, error.Message, StringComparison.Ordinal);
        Assert.Contains("another worker", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lets_a_worker_in_once_the_first_one_released_the_lock_and_allows_other_stores()
    {
        var database = Path.Combine(_folder, "ng.db");
        using (StoreLock.Acquire(database, Now))
        {
            using var other = StoreLock.Acquire(Path.Combine(_folder, "other.db"), Now);
        }

        using var second = StoreLock.Acquire(database, Now);

        Assert.Equal(database + ".worker.lock", second.Path);
    }
}
