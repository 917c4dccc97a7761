using NetworkGraph.Cli.Hosting;
using NetworkGraph.Cli.Tests.Support;

namespace NetworkGraph.Cli.Tests.Commands.Communities;

/// <summary>Bad values of communities are usage errors naming the option.</summary>
[Collection(SerialCliCollection.Name)]
public sealed class CommunitiesSettingsTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("ng-communities-options-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData("--seed", "-1", "error: --seed must be 0 or more, not -1.")]
    [InlineData("--window", "soon", "error: --window: 'soon' is not a duration (use e.g. 10s, 5m, 1h)")]
    public async Task Communities_checks_its_seed_and_window(string option, string value, string message)
    {
        var edges = Path.Combine(_dir, "edges.txt");
        await File.WriteAllTextAsync(edges, "0 1\n1 2\n");

        using var errors = new StringWriter();
        var code = await CliApplication.RunAsync(["communities", "--edges", edges, "--out", Path.Combine(_dir, "m.txt"), option, value], errors);

        Assert.Equal(ExitCodes.BadUsage, code);
        Assert.Equal(message, errors.ToString().Split('\n')[0].TrimEnd());
    }
}
