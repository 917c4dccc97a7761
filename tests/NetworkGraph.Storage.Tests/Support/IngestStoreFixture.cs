using NetworkGraph.Core.Ingestion;
using NetworkGraph.Storage.Sqlite;

namespace NetworkGraph.Storage.Tests.Support;

/// <summary>A fresh SQLite store in a temp folder, plus helpers to ingest the fixtures of tests/fixtures/ingest.</summary>
internal sealed class IngestStoreFixture
{
    public IngestStoreFixture(string? rejectsPath = null)
    {
        Folder = Path.Combine(Path.GetTempPath(), "ng-ingest-store-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        RejectsPath = rejectsPath ?? Path.Combine(Folder, "rejects.jsonl");
    }

    public static string Fixtures { get; } = RepositoryPaths.Fixtures("ingest");

    public static string[] AllFixtures { get; } =
    [
        "archive_tweets.csv", "archive_tweets_release2.csv", "archive_users.csv", "v2_pages.jsonl", "v2_flattened.jsonl",
        "v1_tweets.jsonl", "shares.csv", "shares_nokind.tsv",
    ];

    public string Folder { get; }

    public string DatabasePath => Path.Combine(Folder, "store.db");

    public string RejectsPath { get; }

    public static string Fixture(string name) => Path.Combine(Fixtures, name);

    public SqliteStore Open() => SqliteStore.Open(DatabasePath);

    /// <summary>A store of every ingested fixture, then changed by <paramref name="sql"/> (rows the ingest cannot make).</summary>
    public static async Task<IngestStoreFixture> OfFixturesChangedByAsync(string sql)
    {
        var fixture = new IngestStoreFixture();
        await fixture.IngestFixturesAsync(AllFixtures);
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={fixture.DatabasePath};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
        return fixture;
    }

    /// <summary>Ingests into the store (opened and closed around the run) with small batches.</summary>
    public async Task<IngestReport> IngestAsync(IEnumerable<string> paths, Func<IIngestSink, IIngestSink>? wrap = null, int batchRows = 2)
    {
        using var store = Open();
        using var sink = store.CreateIngestSink();
        var pipeline = new IngestPipeline(wrap is null ? sink : wrap(sink), new IngestOptions { RejectsPath = RejectsPath, BatchRows = batchRows });
        return await pipeline.RunAsync(paths);
    }

    public Task<IngestReport> IngestFixturesAsync(params string[] names) => IngestAsync(names.Select(Fixture));

    public async Task<string> HashAsync()
    {
        using var store = Open();
        return await store.ComputeContentHashAsync();
    }
}
