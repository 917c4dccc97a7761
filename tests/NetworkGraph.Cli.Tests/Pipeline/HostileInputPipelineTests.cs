using System.Xml.Linq;
using NetworkGraph.App.Neo4j;
using NetworkGraph.Cli.Hosting;
using NetworkGraph.Cli.Tests.Support;
using NetworkGraph.Core.Ingestion;
using NetworkGraph.Scenarios;
using NetworkGraph.Storage.Sqlite;

namespace NetworkGraph.Cli.Tests.Pipeline;

/// <summary>
/// Property test of issue 14, item 2: realistic inputs (an IO archive, API v2 JSON, a share table) mutated with
/// hostile values by a seeded mutator go through the whole pipeline in process; every stage exits 0, every input
/// row is accounted for as accepted, duplicate, rejected or skipped, and every export is well-formed.
/// </summary>
[Collection(SerialCliCollection.Name)]
public sealed class HostileInputPipelineTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("ng-hostile-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Every_stage_survives_inputs_mutated_with_hostile_values(int seed)
    {
        var inputs = await WriteMutatedInputsAsync(seed);
        var db = Path.Combine(_dir, "store.db");

        var report = await IngestAsync(db, inputs.Select(i => i.Path));

        foreach (var (path, rows) in inputs)
        {
            var file = Assert.Single(report.Files, f => f.Path == path);
            Assert.NotEqual(FileStatus.Failed, file.Status);
            Assert.Equal(rows, file.Counts.RowsRead);
            Assert.Equal(file.Counts.RowsRead, file.Counts.Accepted + file.Counts.Duplicates + file.Counts.Rejected + file.Counts.Skipped);
        }

        Assert.Equal(report.Total.Rejected, File.Exists(RejectsPath(db)) ? File.ReadLines(RejectsPath(db)).Count() : 0);
        Assert.True(report.Total.Accepted > 0);

        var gen = Path.Combine(_dir, "gen");
        await AssertRunsAsync("graph", "build", "--db", db);
        await AssertRunsAsync("analyze", "--db", db, "--seed", seed.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await AssertRunsAsync("evaluate", "--db", db, "--truth", Path.Combine(gen, ScenarioGenerator.TruthFileName), "--campaigns", Path.Combine(gen, ScenarioGenerator.CampaignsFileName));
        var mutatedTruth = await MutatedTruthAsync(seed);
        using var errors = new StringWriter();
        var code = await CliApplication.RunAsync(["evaluate", "--db", db, "--truth", mutatedTruth], errors);
        Assert.True(code is ExitCodes.Success or ExitCodes.Failure, $"evaluate of a hostile truth file exited {code}");
        if (code == ExitCodes.Failure)
        {
            // a bad truth row is a data error: one line naming the file
            Assert.StartsWith("error: ", errors.ToString(), StringComparison.Ordinal);
            Assert.Contains(mutatedTruth, errors.ToString(), StringComparison.Ordinal);
        }
        foreach (var format in new[] { "gexf", "graphml", "csv", "neo4j-admin", "report" })
        {
            await AssertRunsAsync("export", format, "--db", db, "--snapshot", "latest", "--out", Path.Combine(_dir, "out", format));
        }

        AssertExportsAreWellFormed(Path.Combine(_dir, "out"));
        await AssertNeo4jPushContentLoadsAsync(db);
    }

    // What `neo4j push` reads from the store before it talks to the server: the snapshot, accounts, posts and interactions.
    private static async Task AssertNeo4jPushContentLoadsAsync(string db)
    {
        await using var store = SqliteStore.Open(db);
        var source = new Neo4jPushSource(store);
        var content = await source.LoadAsync(Core.Snapshots.SnapshotSelector.Latest, posts: true, CancellationToken.None);
        Assert.True(content.Accounts.Count > 0);
        Assert.NotNull(content.Posts);
        Assert.NotEmpty(await source.ReadInteractionsAsync(CancellationToken.None));
    }

    private static async Task AssertRunsAsync(params string[] args)
    {
        var code = await CliApplication.RunAsync(args);
        Assert.True(code == ExitCodes.Success, $"'{string.Join(' ', args.Take(2))}' exited {code}");
    }

    private static string RejectsPath(string db) => db + ".rejects.jsonl";

    private static async Task<IngestReport> IngestAsync(string db, IEnumerable<string> paths)
    {
        await using var store = SqliteStore.Open(db);
        using var sink = store.CreateIngestSink();
        var options = new IngestOptions { RejectsPath = RejectsPath(db), MaxRejectShare = 1 };
        return await new IngestPipeline(sink, options).RunAsync(paths);
    }

    private static void AssertExportsAreWellFormed(string folder)
    {
        var xml = Directory.EnumerateFiles(folder, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".gexf", StringComparison.Ordinal) || f.EndsWith(".graphml", StringComparison.Ordinal))
            .ToList();
        Assert.Equal(2, xml.Count);
        foreach (var file in xml)
        {
            Assert.NotEmpty(XDocument.Load(file).Root!.Elements());
        }

        var html = Directory.EnumerateFiles(folder, "*.html", SearchOption.AllDirectories).Single();
        var text = File.ReadAllText(html);
        Assert.DoesNotContain("<script>alert", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", text, StringComparison.Ordinal);
        // neo4j-admin import files keep values verbatim (a quote prefix would be imported as data): not for spreadsheets.
        foreach (var csv in Directory.EnumerateFiles(folder, "*.csv", SearchOption.AllDirectories).Where(f => !Path.GetFileName(f).Contains(".neo4j-", StringComparison.Ordinal)))
        {
            foreach (var record in CsvText.Parse(File.ReadAllText(csv)))
            {
                var formula = record.FirstOrDefault(v => v.Length > 0 && v[0] is '=' or '+' or '@');
                Assert.True(formula is null, $"{Path.GetFileName(csv)} holds a cell a spreadsheet runs as a formula: {formula}");
            }
        }
    }

    // The truth file is user input too: hostile labels, roles and ids, one account listed twice with two roles.
    private async Task<string> MutatedTruthAsync(int seed)
    {
        var truth = await File.ReadAllTextAsync(Path.Combine(_dir, "gen", ScenarioGenerator.TruthFileName));
        var path = Path.Combine(_dir, "truth-mutated.csv");
        await File.WriteAllBytesAsync(path, new HostileMutator(seed).MutateCsv(truth, share: 0.1).Bytes);
        return path;
    }

    private async Task<List<(string Path, long Rows)>> WriteMutatedInputsAsync(int seed)
    {
        var gen = Path.Combine(_dir, "gen");
        RealisticInputs.Archive(gen, seed);
        var input = Directory.CreateDirectory(Path.Combine(_dir, "in")).FullName;
        var mutator = new HostileMutator(seed);
        var inputs = new List<(string, long)>();

        async Task WriteAsync(string name, (byte[] Bytes, int Rows) file)
        {
            var path = Path.Combine(input, name);
            await File.WriteAllBytesAsync(path, file.Bytes);
            inputs.Add((path, file.Rows));
        }

        var tweets = await File.ReadAllTextAsync(Path.Combine(gen, ScenarioGenerator.TweetsFileName));
        await WriteAsync(ScenarioGenerator.TweetsFileName, mutator.MutateCsv(tweets, share: 0.08));
        var users = await File.ReadAllTextAsync(Path.Combine(gen, ScenarioGenerator.UsersFileName));
        await WriteAsync(ScenarioGenerator.UsersFileName, mutator.MutateCsv(users, share: 0.1));
        await WriteAsync("v2_tweets.jsonl", mutator.MutateJsonLines(RealisticInputs.V2Lines(seed), share: 0.3));
        await WriteAsync("shares.csv", mutator.MutateCsv(RealisticInputs.ShareTable(seed), share: 0.2));
        Assert.True(mutator.Mutations > 100);
        return inputs;
    }
}
