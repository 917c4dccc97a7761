using NetworkGraph.Bolt;
using NetworkGraph.Storage.Neo4j.Push;

namespace NetworkGraph.Storage.Neo4j.Read;

/// <summary>Reads what a push stored: the newest snapshot and the coordination graph (for the in-process detection).</summary>
public sealed class Neo4jReader
{
    private readonly BoltDriver _driver;
    private readonly CypherCatalog _catalog;

    /// <summary>Creates a reader over a driver; queries come from <paramref name="catalog"/> (default: the embedded one).</summary>
    public Neo4jReader(BoltDriver driver, CypherCatalog? catalog = null)
    {
        ArgumentNullException.ThrowIfNull(driver);
        _driver = driver;
        _catalog = catalog ?? CypherCatalog.Embedded;
    }

    /// <summary>The id of the newest snapshot in the store, or null when there is none.</summary>
    public async Task<string?> LatestSnapshotIdAsync(CancellationToken cancellationToken = default)
    {
        await using var session = _driver.OpenSession(new BoltSessionConfig { DefaultAccessMode = AccessMode.Read });
        string? id = null;
        await foreach (var record in session.RunAsync(_catalog.Query("read/latest-snapshot"), null, cancellationToken))
        {
            id = record.Get<string>("id");
        }

        return id;
    }

    /// <summary>Streams the coordination edges of the given types with weight at least <paramref name="minWeight"/>,
    /// merging the types of one pair into one edge whose weight is their sum.</summary>
    public async Task<PulledGraph> PullCoordinationAsync(IReadOnlyCollection<CoordinationType> types, double minWeight = 0,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(types);
        var parameters = new Dictionary<string, object?>
        {
            ["types"] = types.Distinct().Order().Select(t => t.RelationshipType()).ToList(),
            ["minWeight"] = minWeight,
        };
        var ids = new List<string>();
        var dense = new Dictionary<string, int>(StringComparer.Ordinal);
        var pairs = new Dictionary<(int, int), int>();
        var sources = new List<int>();
        var targets = new List<int>();
        var weights = new List<double>();
        long read = 0;
        await using var session = _driver.OpenSession(new BoltSessionConfig { DefaultAccessMode = AccessMode.Read });
        await foreach (var record in session.RunAsync(_catalog.Query("read/coordination-edges"), parameters, cancellationToken))
        {
            read++;
            var (a, b) = (Dense(record.Get<string>("source")), Dense(record.Get<string>("target")));
            var key = a < b ? (a, b) : (b, a);
            var weight = record.Get<double>("weight");
            if (pairs.TryGetValue(key, out var edge))
            {
                weights[edge] += weight;
                continue;
            }

            pairs[key] = sources.Count;
            sources.Add(key.Item1);
            targets.Add(key.Item2);
            weights.Add(weight);
        }

        return new PulledGraph(ids, [.. sources], [.. targets], [.. weights], read);

        int Dense(string id)
        {
            if (!dense.TryGetValue(id, out var d))
            {
                d = ids.Count;
                dense[id] = d;
                ids.Add(id);
            }

            return d;
        }
    }
}
