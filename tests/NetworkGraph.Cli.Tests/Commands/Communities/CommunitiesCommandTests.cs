using NetworkGraph.Cli.Commands.Communities;
using NetworkGraph.Cli.Hosting;
using NetworkGraph.Cli.Tests.Support;

namespace NetworkGraph.Cli.Tests.Commands.Communities;

[Collection(SerialCliCollection.Name)]
public sealed class CommunitiesCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("ng-communities-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Writes_one_community_per_clique_for_two_joined_cliques()
    {
        var edges = Path.Combine(_dir, "edges.txt");
        var output = Path.Combine(_dir, "membership.txt");
        await File.WriteAllTextAsync(edges, "0 1\n0 2\n1 2\n3 4\n3 5\n4 5\n2 3 0.5\n");

        var code = await CliApplication.RunAsync(["communities", "--edges", edges, "--out", output, "--seed", "7"]);

        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal("0 0\n1 0\n2 0\n3 1\n4 1\n5 1\n", await File.ReadAllTextAsync(output));
    }

    [Fact]
    public async Task Exits_with_a_usage_error_naming_the_line_of_a_bad_edge_file()
    {
        var edges = Path.Combine(_dir, "bad.txt");
        await File.WriteAllTextAsync(edges, "0 1\n1 two\n");

        var code = await CliApplication.RunAsync(["communities", "--edges", edges, "--out", Path.Combine(_dir, "m.txt")]);

        Assert.Equal(ExitCodes.BadUsage, code);
        Assert.False(File.Exists(Path.Combine(_dir, "m.txt")));
    }

    [Fact]
    public async Task Prints_its_help_page()
    {
        // Spectre reads descriptions as markup: a stray [w] in one made --help fail.
        Assert.Equal(ExitCodes.Success, await CliApplication.RunAsync(["communities", "--help"]));
    }

    [Theory]
    [InlineData("walktrap", "modularity", 1.0)]
    [InlineData("leiden", "entropy", 1.0)]
    [InlineData("leiden", "modularity", 0.0)]
    [InlineData("leiden", "cpm", -1.0)]
    public void Rejects_unknown_algorithms_qualities_and_bad_resolutions(string algorithm, string quality, double resolution)
    {
        var settings = new CommunitiesSettings
        {
            Edges = "e.txt", Out = "m.txt", Algorithm = algorithm, Quality = quality, Resolution = resolution,
        };

        Assert.False(settings.Validate().Successful);
    }

    [Fact]
    public void Accepts_every_documented_algorithm()
    {
        foreach (var algorithm in new[] { "leiden", "louvain", "lpa", "components" })
        {
            var settings = new CommunitiesSettings { Edges = "e.txt", Out = "m.txt", Algorithm = algorithm, Quality = "cpm", Resolution = 0 };

            Assert.True(settings.Validate().Successful, algorithm);
        }
    }
}
