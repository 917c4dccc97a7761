using NetworkGraph.Cli.Hosting;
using NetworkGraph.Cli.Tests.Support;

namespace NetworkGraph.Cli.Tests.Hosting;

/// <summary>Misspelt options and values that do not convert are usage errors naming the option, for every command.</summary>
[Collection(SerialCliCollection.Name)]
public sealed class CliApplicationUsageTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("ng-usage-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData("analyze --db {dir}/s.db")]
    [InlineData("graph build --db {dir}/s.db")]
    [InlineData("evaluate --db {dir}/s.db --truth {dir}/truth.csv")]
    [InlineData("snapshot list --db {dir}/s.db")]
    [InlineData("export gexf --db {dir}/s.db --out {dir}/x")]
    [InlineData("communities --edges {dir}/e.txt --out {dir}/m.txt")]
    [InlineData("generate --out {dir}/gen --posts 1000 --organic 100 --operation 10")]
    [InlineData("ingest {dir}/data.csv --db {dir}/s.db")]
    [InlineData("worker --db {dir}/s.db --inbox {dir}/inbox")]
    [InlineData("neo4j check")]
    [InlineData("demo --out {dir}/demo --posts 1000 --organic 100 --operation 10")]
    public async Task A_misspelt_option_is_a_usage_error_naming_it(string command)
    {
        var (code, lines) = await RunAsync([.. command.Split(' '), "--resolutoin", "0.5"]);

        Assert.Equal(ExitCodes.BadUsage, code);
        Assert.Equal("error: Unknown option 'resolutoin'.", lines[0]);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_dir));
    }

    [Theory]
    [InlineData("analyze --db {dir}/s.db", "--seed", "abc", "a number")]
    [InlineData("analyze --db {dir}/s.db", "--resolution", "high", "a number")]
    [InlineData("generate --out {dir}/gen", "--organic", "many", "a whole number")]
    public async Task A_value_that_does_not_convert_names_its_option(string command, string option, string value, string expected)
    {
        var (code, lines) = await RunAsync([.. command.Split(' '), option, value]);

        Assert.Equal(ExitCodes.BadUsage, code);
        Assert.Equal($"error: {option}: '{value}' is not a valid value (expected {expected})", lines[0]);
    }

    private async Task<(int Code, string[] Lines)> RunAsync(string[] args)
    {
        // Every path is in the test's own folder, which stays empty when the command does not run.
        using var errors = new StringWriter();
        var code = await CliApplication.RunAsync(args.Select(a => a.Replace("{dir}", _dir, StringComparison.Ordinal)).ToArray(), errors);
        return (code, errors.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }
}
