using NetworkGraph.Cli.Hosting;
using NetworkGraph.Cli.Tests.Commands.Neo4j;
using NetworkGraph.Cli.Tests.Support;
using NetworkGraph.Core.Snapshots;
using NetworkGraph.Storage.Sqlite;
using Newtonsoft.Json.Linq;
using Spectre.Console;

namespace NetworkGraph.Cli.Tests.Commands.Analysis;

[Collection(SerialCliCollection.Name)]
public sealed class EvaluateCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("ng-evaluate-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task A_truth_file_without_labels_is_an_error_naming_the_file_and_column()
    {
        var db = Path.Combine(_dir, "small.db");
        await using (var store = await SmallStore.CreateAsync(db))
        {
            var snapshot = new Snapshot("v1-test", 1, new DateTimeOffset(2024, 6, 1, 0, 0, 0, TimeSpan.Zero), new Dictionary<string, string>(), "fp", "big", []);
            await new SnapshotRepository(store).SaveAsync(snapshot, CancellationToken.None);
        }

        var truth = Path.Combine(_dir, "accounts.csv");
        await File.WriteAllTextAsync(truth, "account_id,handle\n1001,alpha\n1002,beta\n");

        using var errors = new StringWriter();
        var code = await CliApplication.RunAsync(["evaluate", "--db", db, "--truth", truth], errors);

        Assert.Equal(ExitCodes.Failure, code);
        Assert.Equal($"error: column 'handle' labels no account 'operation' (its labels: 'alpha', 'beta'), {truth}", errors.ToString().TrimEnd());
    }

    [Fact]
    public async Task Scores_a_table_of_other_labels_and_prints_json_for_scripts()
    {
        var db = Path.Combine(_dir, "labels.db");
        await using (var store = await SmallStore.CreateAsync(db))
        {
            var snapshot = new Snapshot("v1-test", 1, new DateTimeOffset(2024, 6, 1, 0, 0, 0, TimeSpan.Zero), new Dictionary<string, string>(), "fp", "big", []);
            await new SnapshotRepository(store).SaveAsync(snapshot, CancellationToken.None);
        }

        var truth = Path.Combine(_dir, "labels.csv");
        await File.WriteAllTextAsync(truth, "account,label\n1001,RightTroll\n1002,LeftTroll\n");
        var console = AnsiConsole.Console;
        using var output = new StringWriter();
        AnsiConsole.Console = AnsiConsole.Create(new AnsiConsoleSettings { Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors, Out = new AnsiConsoleOutput(output) });
        int code;
        try
        {
            code = await CliApplication.RunAsync(["evaluate", "--db", db, "--truth", truth, "--json"], TextWriter.Null);
        }
        finally
        {
            AnsiConsole.Console = console;
        }

        Assert.Equal(ExitCodes.Success, code);
        var json = JObject.Parse(output.ToString());
        Assert.Equal(JTokenType.Null, json["detection"]!.Type);
        Assert.Equal(2, (int)json["labels"]!["labelledAccounts"]!);
        Assert.Equal(0.0, (double)json["labels"]!["allClusters"]!["coverage"]!);
        Assert.Equal(["LeftTroll", "RightTroll"], json["labels"]!["perLabel"]!.Select(l => (string)l["label"]!));
    }
}
