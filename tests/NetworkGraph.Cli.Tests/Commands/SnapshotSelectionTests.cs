using NetworkGraph.App;
using NetworkGraph.App.Neo4j;
using NetworkGraph.Cli.Hosting;
using NetworkGraph.Cli.Tests.Commands.Neo4j;
using NetworkGraph.Cli.Tests.Support;
using NetworkGraph.Core.Snapshots;
using NetworkGraph.Storage.Sqlite;
using Spectre.Console;

namespace NetworkGraph.Cli.Tests.Commands;

/// Every command that takes a snapshot reads the selector the same way: 'latest' in any case, 3 or v3, or an id.
[Collection(SerialCliCollection.Name)]
public sealed class SnapshotSelectionTests : IDisposable
{
    private static readonly string[] Ids = ["v1-aaaaaaaaaaaa", "v2-bbbbbbbbbbbb", "v3-cccccccccccc"];
    private static readonly string[] Marks = ["first", "second", "third"];
    private readonly string _dir = Directory.CreateTempSubdirectory("ng-selection-").FullName;
    private readonly IAnsiConsole _console = AnsiConsole.Console;
    private readonly StringWriter _out = new();

    public SnapshotSelectionTests()
    {
        AnsiConsole.Console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors, Out = new AnsiConsoleOutput(_out),
        });
    }

    public void Dispose()
    {
        AnsiConsole.Console = _console;
        _out.Dispose();
        Directory.Delete(_dir, recursive: true);
    }

    [Theory]
    [InlineData("latest", 3)]
    [InlineData("LATEST", 3)]
    [InlineData("3", 3)]
    [InlineData("v3", 3)]
    [InlineData("V3", 3)]
    [InlineData("v3-cccccccccccc", 3)]
    [InlineData("2", 2)]
    [InlineData("v2", 2)]
    [InlineData("v2-bbbbbbbbbbbb", 2)]
    public async Task Export_push_evaluate_snapshot_show_and_diff_select_the_same_snapshot(string selector, int version)
    {
        var (db, truth) = await StoreAsync();
        var id = Ids[version - 1];

        Assert.Equal(ExitCodes.Success, await CliApplication.RunAsync(["export", "gexf", "--db", db, "--out", _dir, "--snapshot", selector]));
        Assert.Equal([$"snapshot-{id}.gexf"], Directory.GetFiles(_dir, "*.gexf").Select(Path.GetFileName));

        await using (var store = SqliteStore.Open(db))
        {
            var content = await new Neo4jPushSource(store).LoadAsync(SnapshotSelector.Parse(selector), posts: false, CancellationToken.None);
            Assert.Equal(id, content.Snapshot.Id);
        }

        Assert.Equal(ExitCodes.Success, await CliApplication.RunAsync(["evaluate", "--db", db, "--truth", truth, "--snapshot", selector]));
        Assert.Contains($"Evaluation of snapshot {id}", Output(), StringComparison.Ordinal);

        Assert.Equal(ExitCodes.Success, await CliApplication.RunAsync(["snapshot", "show", selector, "--db", db]));
        Assert.Contains("made in the " + Marks[version - 1] + " run", Output(), StringComparison.Ordinal);

        Assert.Equal(ExitCodes.Success, await CliApplication.RunAsync(["snapshot", "diff", selector, selector, "--db", db]));
        Assert.Contains($"From v{version} to v{version}", Output(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("v9")]
    [InlineData("9")]
    [InlineData("v9-nothing")]
    public async Task A_selector_that_matches_nothing_is_a_usage_error_naming_it_in_every_command(string selector)
    {
        var (db, truth) = await StoreAsync();
        string[][] commands =
        [
            ["export", "gexf", "--db", db, "--out", _dir, "--snapshot", selector],
            ["evaluate", "--db", db, "--truth", truth, "--snapshot", selector],
            ["snapshot", "show", selector, "--db", db],
            ["snapshot", "diff", "1", selector, "--db", db],
        ];
        foreach (var command in commands)
        {
            using var errors = new StringWriter();
            Assert.Equal(ExitCodes.BadUsage, await CliApplication.RunAsync(command, errors));
            Assert.Contains($"'{selector}'", errors.ToString(), StringComparison.Ordinal);
        }

        await using var store = SqliteStore.Open(db);
        var error = await Assert.ThrowsAsync<UsageException>(
            () => new Neo4jPushSource(store).LoadAsync(SnapshotSelector.Parse(selector), posts: false, CancellationToken.None));
        Assert.Contains($"'{selector}'", error.Message, StringComparison.Ordinal);
    }

    private string Output()
    {
        var text = _out.ToString();
        _out.GetStringBuilder().Clear();
        return text;
    }

    // A small store holding three snapshots (versions 1 to 3, each with one parameter telling them apart) and a truth file.
    private async Task<(string Db, string Truth)> StoreAsync()
    {
        var db = Path.Combine(_dir, "store.db");
        await using (var store = await SmallStore.CreateAsync(db))
        {
            for (var i = 0; i < Ids.Length; i++)
            {
                var snapshot = new Snapshot(Ids[i], i + 1, new DateTimeOffset(2024, 6, 1 + i, 0, 0, 0, TimeSpan.Zero),
                    new Dictionary<string, string> { ["note"] = $"made in the {Marks[i]} run" }, "fp", "big", []);
                await new SnapshotRepository(store).SaveAsync(snapshot, CancellationToken.None);
            }
        }

        var truth = Path.Combine(_dir, "truth.csv");
        await File.WriteAllTextAsync(truth, "account_id,role\n1001,operation\n1002,organic\n");
        return (db, truth);
    }
}
