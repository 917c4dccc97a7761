using NetworkGraph.Cli.Hosting;
using NetworkGraph.Cli.Tests.Commands.Neo4j;
using NetworkGraph.Cli.Tests.Support;
using NetworkGraph.Storage.Sqlite;

namespace NetworkGraph.Cli.Tests.Commands.Analysis;

/// <summary>Out-of-range values of analyze and graph build are usage errors naming the option, checked before any work.</summary>
[Collection(SerialCliCollection.Name)]
public sealed class AnalyzeSettingsTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("ng-analyze-options-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData("analyze", "--resolution", "0", "error: --resolution must be a number above 0, not 0")]
    [InlineData("analyze", "--resolution", "NaN", "error: --resolution must be a number above 0, not NaN")]
    [InlineData("analyze", "--min-weight", "-3", "error: --min-weight ('-3') must be a non-negative value.")]
    [InlineData("analyze", "--window", "25d", "error: --window: A window must be between 0 and 24 days.")]
    [InlineData("analyze", "--detection-window", "30d", "error: --detection-window: A window must be between 0 and 24 days.")]
    [InlineData("analyze", "--seed", "-5", "error: --seed must be 0 or more, not -5")]
    [InlineData("graph build", "--window", "25d", "error: --window: A window must be between 0 and 24 days.")]
    [InlineData("graph build", "--min-weight", "-3", "error: --min-weight ('-3') must be a non-negative value.")]
    public async Task An_out_of_range_value_is_a_usage_error_naming_the_option_and_nothing_is_stored(string command, string option, string value, string message)
    {
        var db = Path.Combine(_dir, "small.db");
        await using (await SmallStore.CreateAsync(db))
        {
        }

        using var errors = new StringWriter();
        var code = await CliApplication.RunAsync([.. command.Split(' '), "--db", db, option, value], errors);

        Assert.Equal(ExitCodes.BadUsage, code);
        Assert.Equal(message, errors.ToString().Split('\n')[0].TrimEnd());
        await using var store = SqliteStore.Open(db);
        Assert.Null(await new CoordinationGraphRepository(store).LoadLatestAsync(CancellationToken.None));
    }
}
