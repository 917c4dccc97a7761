using NetworkGraph.Core.Ingestion;
using NetworkGraph.Core.Tests.Support;
using NetworkGraph.Scenarios;

namespace NetworkGraph.Core.Tests.Ingestion;

public sealed class FolderIngestTests
{
    [Fact]
    public async Task Lists_the_files_of_a_folder_it_does_not_recognise_as_skipped_with_the_reason()
    {
        var folder = IngestFixtures.TempFolder();
        File.Copy(IngestFixtures.Path("shares.csv"), Path.Combine(folder, "b.csv"));
        File.WriteAllText(Path.Combine(folder, "labels.csv"), "account_id,role\n1,troll\n");
        File.WriteAllText(Path.Combine(folder, "notes.md"), "not data");

        var run = await IngestRun.OfAsync(folder);

        Assert.False(run.Report.HasFailures);
        Assert.Equal(["b.csv", "labels.csv", "notes.md"], run.Report.Files.Select(f => Path.GetFileName(f.Path)));
        Assert.Equal(4, run.Report.Files[0].Counts.Accepted);
        Assert.Contains("unknown format", run.Report.Files[1].Error, StringComparison.Ordinal);
        Assert.Contains("not a data file", run.Report.Files[2].Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingests_the_folder_written_by_generate_and_says_why_it_passed_over_the_truth_and_campaigns()
    {
        var folder = IngestFixtures.TempFolder();
        var options = new ScenarioOptions
        {
            OrganicAccounts = 200, OperationAccounts = 40, FanAccounts = 20, NewsJunkieAccounts = 20, LiveTweetAccounts = 20, Posts = 2_000,
        };
        new ScenarioGenerator().Generate(options, folder, null, CancellationToken.None);

        var run = await IngestRun.OfAsync(folder);

        Assert.False(run.Report.HasFailures);
        Assert.False(run.Report.TooManyRejects);
        var files = run.Report.Files.ToDictionary(f => Path.GetFileName(f.Path));
        Assert.Equal(2_000, files[ScenarioGenerator.TweetsFileName].Counts.Accepted);
        Assert.Equal(0, files[ScenarioGenerator.TweetsFileName].Counts.Rejected + files[ScenarioGenerator.UsersFileName].Counts.Rejected);
        Assert.Empty(run.Report.FilesWithNothingAccepted);
        Assert.Contains("unknown format", files[ScenarioGenerator.TruthFileName].Error, StringComparison.Ordinal);
        Assert.Contains("unknown format", files[ScenarioGenerator.CampaignsFileName].Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Says_it_read_nothing_when_a_folder_holds_no_data_it_recognises()
    {
        var folder = IngestFixtures.TempFolder();
        File.WriteAllText(Path.Combine(folder, "labels.csv"), "account_id,role\n1,troll\n");
        var empty = IngestFixtures.TempFolder();

        Assert.True((await IngestRun.OfAsync(folder)).Report.ReadNothing);
        Assert.True((await IngestRun.OfAsync(empty)).Report.ReadNothing);
        Assert.False((await IngestRun.OfAsync(folder, "shares.csv")).Report.ReadNothing);
    }

    [Fact]
    public async Task A_file_of_unknown_format_named_explicitly_stays_an_error()
    {
        var path = Path.Combine(IngestFixtures.TempFolder(), "labels.csv");
        File.WriteAllText(path, "account_id,role\n1,troll\n");

        var run = await IngestRun.OfAsync(path);

        Assert.True(run.Report.HasFailures);
        Assert.Contains("unknown format", run.Report.Files.Single().Error, StringComparison.Ordinal);
    }
}
