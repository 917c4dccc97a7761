using Microsoft.Extensions.Options;
using NetworkGraph.App;
using NetworkGraph.App.Scenarios;
using NetworkGraph.Cli.Hosting;
using NetworkGraph.Cli.Terminal;
using NetworkGraph.Scenarios;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NetworkGraph.Cli.Commands.Generate;

/// <summary>Writes a seeded BIG-like scenario in the information-operations archive format.</summary>
internal sealed class GenerateCommand(IOptions<NetworkGraphOptions> settings) : AsyncCommand<GenerateSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, GenerateSettings options, CancellationToken cancellationToken)
    {
        var summary = await ScenarioStage.RunAsync(options, settings.Value.Seed, cancellationToken);
        ScenarioStage.Print(summary);
        return ExitCodes.Success;
    }
}

/// <summary>The generation step shared by <c>generate</c> and <c>demo</c>.</summary>
internal static class ScenarioStage
{
    public static ScenarioOptions ToOptions(ScenarioSettings s, long defaultSeed) => new()
    {
        Seed = s.Seed ?? defaultSeed,
        Posts = s.Posts,
        OrganicAccounts = s.Organic,
        OperationAccounts = s.Operation,
        Gzip = s.Gzip,
    };

    public static async Task<ScenarioSummary> RunAsync(ScenarioSettings s, long defaultSeed, CancellationToken ct)
    {
        var options = ToOptions(s, defaultSeed);
        return await ProgressRunner.RunAsync(
            "Generating posts",
            options.Posts,
            progress => GenerateUseCase.RunAsync(options, s.Out, progress, ct));
    }

    public static void Print(ScenarioSummary summary)
    {
        var roles = new Table().Title("Generated scenario (seed " + summary.Seed + ")").AddColumns("role", "accounts", "posts");
        roles.AddRow("operation", summary.Operation.Accounts.ToString("N0"), summary.Operation.Posts.ToString("N0"));
        roles.AddRow("decoy communities", summary.Decoy.Accounts.ToString("N0"), summary.Decoy.Posts.ToString("N0"));
        roles.AddRow("organic", summary.Organic.Accounts.ToString("N0"), summary.Organic.Posts.ToString("N0"));
        roles.AddRow("[bold]total[/]", summary.TotalAccounts.ToString("N0"), summary.TotalPosts.ToString("N0"));
        AnsiConsole.Write(roles);

        var campaigns = new Table().Title("Operation campaigns").AddColumns("#", "campaign", "from", "to", "hashtags");
        foreach (var c in summary.Campaigns)
        {
            campaigns.AddRow(
                c.Id.ToString(),
                Markup.Escape(c.Name),
                c.Start.ToString("yyyy-MM-dd"),
                c.End.ToString("yyyy-MM-dd"),
                Markup.Escape(string.Join(" ", c.Hashtags.Select(h => "#" + h))));
        }

        AnsiConsole.Write(campaigns);
        var files = new Table().Title("Files").AddColumns("what", "path");
        files.AddRow("tweets", Markup.Escape(summary.TweetsPath));
        files.AddRow("users", Markup.Escape(summary.UsersPath));
        files.AddRow("ground truth", Markup.Escape(summary.TruthPath));
        files.AddRow("campaigns", Markup.Escape(summary.CampaignsPath));
        AnsiConsole.Write(files);
    }
}
