using NetworkGraph.Bolt;

namespace NetworkGraph.TestSupport.Bolt;

/// Helpers shared by scenario tests: driver options pointed at a stub.
public static class StubTest
{
    public static BoltOptions Options(StubServer stub, string scheme = "bolt", BoltAuth? auth = null, string? database = "neo4j",
        long fetchSize = 1000, TimeProvider? time = null) => new()
    {
        Uri = stub.Uri(scheme),
        Auth = auth ?? BoltAuth.Basic("neo4j", "secret"),
        Database = database,
        UserAgent = "crosscheck/1.0",
        FetchSize = fetchSize,
        ConnectionTimeout = TimeSpan.FromSeconds(15), // generous: CI machines can be busy
        TimeProvider = time ?? TimeProvider.System,
        Retry = new BoltRetryOptions { InitialDelay = TimeSpan.FromMilliseconds(10), MaxRetryTime = TimeSpan.FromMinutes(1) }, // a budget no busy machine spends
    };

    public static async Task<List<BoltRecord>> ToListAsync(this IAsyncEnumerable<BoltRecord> records)
    {
        var list = new List<BoltRecord>();
        await foreach (var record in records)
        {
            list.Add(record);
        }

        return list;
    }
}
