using NetworkGraph.Core.Ingestion;
using NetworkGraph.Core.Tests.Support;

namespace NetworkGraph.Core.Tests.Ingestion;

public sealed class IngestPipelineTests
{
    [Fact]
    public async Task Reads_gzip_files_like_plain_ones()
    {
        var plain = await IngestRun.OfAsync("archive_tweets.csv");
        var gz = await IngestRun.OfAsync(IngestFixtures.Gzip("archive_tweets.csv", IngestFixtures.TempFolder()));

        Assert.Equal(plain.Sink.Posts.Select(p => p with { }), gz.Sink.Posts.Select(p => p with { }), new PostComparer());
        Assert.Equal(plain.Report.Files[0].Counts, gz.Report.Files[0].Counts);
    }

    [Fact]
    public async Task Takes_the_files_of_a_folder_in_name_order()
    {
        var folder = IngestFixtures.TempFolder();
        File.Copy(IngestFixtures.Path("shares.csv"), Path.Combine(folder, "b.csv"));
        File.Copy(IngestFixtures.Path("v1_tweets.jsonl"), Path.Combine(folder, "a.jsonl"));
        File.WriteAllText(Path.Combine(folder, "notes.md"), "not data");

        var run = await IngestRun.OfAsync(folder);

        Assert.Equal(["a.jsonl", "b.csv", "notes.md"], run.Report.Files.Select(f => Path.GetFileName(f.Path)));
        Assert.Equal([FileStatus.Ingested, FileStatus.Ingested, FileStatus.Skipped], run.Report.Files.Select(f => f.Status));
    }

    [Fact]
    public async Task Refuses_a_path_that_does_not_exist_before_reading_anything()
    {
        var error = await Assert.ThrowsAsync<IngestInputException>(() => IngestRun.OfAsync("archive_tweets.csv", "/no/such/file.csv"));

        Assert.Contains("/no/such/file.csv", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reports_a_file_it_cannot_read_and_goes_on_with_the_others()
    {
        var unknown = Path.Combine(IngestFixtures.TempFolder(), "unknown.csv");
        File.WriteAllText(unknown, "x,y\n1,2\n");

        var run = await IngestRun.OfAsync(unknown, "shares.csv");

        Assert.Equal(FileStatus.Failed, run.Report.Files[0].Status);
        Assert.Contains("unknown.csv", run.Report.Files[0].Error, StringComparison.Ordinal);
        Assert.Equal(FileStatus.Ingested, run.Report.Files[1].Status);
        Assert.True(run.Report.HasFailures);
    }

    [Fact]
    public async Task Skips_a_file_already_ingested_in_full()
    {
        var run = await IngestRun.OfAsync("shares.csv");
        var posts = run.Sink.Shares.Count;

        await run.RunAsync(InputFormat.Auto, "shares.csv");

        Assert.Equal(FileStatus.AlreadyIngested, run.Report.Files.Single().Status);
        Assert.Equal(posts, run.Sink.Shares.Count);
        Assert.Equal(4, run.Report.Files.Single().Counts.Accepted);
    }

    [Fact]
    public async Task Fails_the_run_when_more_rows_are_rejected_than_allowed()
    {
        var run = await IngestRun.OfAsync("archive_tweets.csv");

        Assert.Equal(0.3, run.Report.RejectShare, 3);
        Assert.True(run.Report.TooManyRejects);
        Assert.False(new IngestReport(run.Report.Files, 0.5, 0).TooManyRejects);
    }

    [Fact]
    public async Task Cuts_the_rejects_file_back_to_its_committed_length_when_it_starts()
    {
        var run = new IngestRun();
        File.WriteAllText(run.RejectsPath, "{\"committed\":1}\n{\"uncommitted\":2}\n");
        run.Sink.RejectsLengths[Path.GetFullPath(run.RejectsPath)] = "{\"committed\":1}\n".Length;

        await run.RunAsync(InputFormat.Auto, "shares.csv");

        var lines = File.ReadAllLines(run.RejectsPath);
        Assert.Equal("{\"committed\":1}", lines[0]);
        Assert.Equal(2, lines.Length);
        Assert.Contains("timestamp_share", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Flags_a_data_file_from_which_nothing_was_accepted()
    {
        var run = new IngestRun();
        var notices = Path.Combine(run.Folder, "notices.jsonl");
        File.WriteAllLines(notices, ["""{"delete": {"status": {"id_str": "5"}}}""", """{"limit": {"track": 1}}"""]);

        await run.RunAsync(InputFormat.Auto, notices, "shares.csv");

        Assert.Equal(["notices.jsonl"], run.Report.FilesWithNothingAccepted.Select(f => Path.GetFileName(f.Path)));
        Assert.False(run.Report.HasFailures);
    }

    private sealed class PostComparer : IEqualityComparer<CollectingIngestSink.SeenPost>
    {
        public bool Equals(CollectingIngestSink.SeenPost? x, CollectingIngestSink.SeenPost? y) =>
            x is not null && y is not null && x.Id == y.Id && x.Text == y.Text && x.Kind == y.Kind && x.Hashtags.SequenceEqual(y.Hashtags);

        public int GetHashCode(CollectingIngestSink.SeenPost obj) => obj.Id.GetHashCode(StringComparison.Ordinal);
    }
}
