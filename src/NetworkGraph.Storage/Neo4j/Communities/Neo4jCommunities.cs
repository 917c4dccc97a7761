using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NetworkGraph.Bolt;
using NetworkGraph.Storage.Neo4j.Push;

namespace NetworkGraph.Storage.Neo4j.Communities;

/// <summary>Runs community detection inside Neo4j on the pushed coordination graph and reads the result back: GDS
/// Leiden or Louvain when the plugin is installed, connected components in plain Cypher otherwise.</summary>
public sealed class Neo4jCommunities
{
    private readonly BoltDriver _driver;
    private readonly CypherCatalog _catalog;
    private readonly ILogger _logger;

    /// <summary>Creates the runner over a driver; queries come from <paramref name="catalog"/> (default: the embedded one).</summary>
    public Neo4jCommunities(BoltDriver driver, CypherCatalog? catalog = null, ILogger<Neo4jCommunities>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(driver);
        _driver = driver;
        _catalog = catalog ?? CypherCatalog.Embedded;
        _logger = logger ?? (ILogger)NullLogger.Instance;
    }

    /// <summary>Asks the server which gds.* procedures and functions it has.</summary>
    public async Task<GdsSupport> DetectGdsAsync(CancellationToken cancellationToken = default)
    {
        await using var session = _driver.OpenSession(new BoltSessionConfig { DefaultAccessMode = AccessMode.Read });
        var procedures = await NamesAsync(session, "communities/gds-procedures", cancellationToken);
        var functions = procedures.Count == 0 ? [] : await NamesAsync(session, "communities/gds-functions", cancellationToken);
        return new GdsSupport(procedures, functions);
    }

    /// <summary>Runs the method (Auto: the best available), writes ngCommunity on each account and reads it back.</summary>
    public async Task<CommunityRun> RunAsync(CommunityRunOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new CommunityRunOptions();
        options.Validate();
        var gds = await DetectGdsAsync(cancellationToken);
        var method = options.Method == CommunityMethod.Auto ? gds.Best : options.Method;
        if ((method == CommunityMethod.Leiden && !gds.HasLeiden) || (method == CommunityMethod.Louvain && !gds.HasLouvain))
        {
            throw new InvalidOperationException($"{method} needs GDS on the server, but {gds.Describe()}.");
        }

        _logger.LogInformation("Community detection in Neo4j: {Method}; {Gds}", method, gds.Describe());
        await using var session = _driver.OpenSession();
        await session.RunAndConsumeAsync(_catalog.Query("communities/clear"), null, cancellationToken);
        double? modularity = method == CommunityMethod.Components
            ? await ComponentsAsync(session, options, cancellationToken)
            : await GdsAsync(session, method, options, cancellationToken);
        var assignments = new List<CommunityAssignment>();
        await foreach (var record in session.RunAsync(_catalog.Query("communities/read"), null, cancellationToken))
        {
            assignments.Add(new CommunityAssignment(record.Get<string>("accountId"), record.Get<string>("community")));
        }

        var count = assignments.Select(a => a.Community).Distinct(StringComparer.Ordinal).Count();
        return new CommunityRun(method, assignments, count, modularity, gds.Describe());
    }

    private async Task<double?> GdsAsync(IBoltSession session, CommunityMethod method, CommunityRunOptions options,
        CancellationToken ct)
    {
        var graph = new Dictionary<string, object?> { ["graphName"] = options.GraphName };
        await session.RunAndConsumeAsync(_catalog.Query("communities/gds-drop"), graph, ct);
        try
        {
            var projection = new Dictionary<string, object?>(graph)
            {
                ["types"] = TypeNames(options),
                ["minWeight"] = options.MinWeight,
            };
            long relationships = 0;
            await foreach (var record in session.RunAsync(_catalog.Query("communities/gds-project"), projection, ct))
            {
                relationships = record.Get<long>("relationshipCount");
            }

            if (relationships == 0)
            {
                _logger.LogWarning("No coordination edge of the chosen types and weight: nothing to cluster");
                return null;
            }

            var (query, config) = method == CommunityMethod.Leiden
                ? ("communities/gds-leiden", LeidenConfig(options))
                : ("communities/gds-louvain", LouvainConfig(options));
            double? modularity = null;
            var parameters = new Dictionary<string, object?>(graph) { ["config"] = config };
            await foreach (var record in session.RunAsync(_catalog.Query(query), parameters, ct))
            {
                modularity = record.Get<double?>("modularity");
            }

            return modularity;
        }
        finally
        {
            await session.RunAndConsumeAsync(_catalog.Query("communities/gds-drop"), graph, CancellationToken.None);
        }
    }

    private async Task<double?> ComponentsAsync(IBoltSession session, CommunityRunOptions options, CancellationToken ct)
    {
        var parameters = new Dictionary<string, object?> { ["types"] = TypeNames(options), ["minWeight"] = options.MinWeight };
        await session.RunAndConsumeAsync(_catalog.Query("communities/components-init"), parameters, ct);
        for (var round = 1; round <= options.MaxComponentRounds; round++)
        {
            long changed = 0;
            await foreach (var record in session.RunAsync(_catalog.Query("communities/components-step"), parameters, ct))
            {
                changed = record.Get<long>("changed");
            }

            if (changed == 0)
            {
                _logger.LogInformation("Components settled after {Rounds} propagation round(s)", round);
                return null;
            }
        }

        throw new InvalidOperationException(
            $"Components did not settle within {options.MaxComponentRounds} rounds; raise the limit (the graph's diameter is larger).");
    }

    // Only the keys GDS accepts for each procedure: an unknown key (e.g. randomSeed for Louvain) is an error there.
    internal static Dictionary<string, object?> LeidenConfig(CommunityRunOptions o) => new(StringComparer.Ordinal)
    {
        ["gamma"] = o.Gamma,
        ["theta"] = o.Theta,
        ["maxLevels"] = (long)o.MaxLevels,
        ["randomSeed"] = o.Seed,
        ["concurrency"] = (long)o.Concurrency,
    };

    internal static Dictionary<string, object?> LouvainConfig(CommunityRunOptions o) => new(StringComparer.Ordinal)
    {
        ["maxLevels"] = (long)o.MaxLevels,
        ["maxIterations"] = (long)o.MaxIterations,
        ["tolerance"] = o.Tolerance,
        ["concurrency"] = (long)o.Concurrency,
    };

    private static List<string> TypeNames(CommunityRunOptions o) =>
        o.Types.Distinct().Order().Select(t => t.RelationshipType()).ToList();

    private async Task<HashSet<string>> NamesAsync(IBoltSession session, string query, CancellationToken ct)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var record in session.RunAsync(_catalog.Query(query), null, ct))
        {
            names.Add(record.Get<string>("name"));
        }

        return names;
    }
}
