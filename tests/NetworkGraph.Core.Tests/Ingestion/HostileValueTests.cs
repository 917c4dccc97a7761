using System.Globalization;
using System.Text;
using NetworkGraph.Core.Ingestion;
using NetworkGraph.Core.Tests.Snapshots;
using NetworkGraph.Core.Tests.Support;

namespace NetworkGraph.Core.Tests.Ingestion;

/// <summary>Values an adversary can put in a row: each is normalised or rejected with file, line and field, and
/// accepted plus rejected rows always add up to the rows read.</summary>
public sealed class HostileValueTests
{
    private const string Header = "tweetid,userid,user_screen_name,follower_count,account_creation_date,tweet_text,tweet_time,hashtags";
    private static readonly DateTimeOffset Now = new(2024, 6, 1, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("0001-01-01 00:00", "tweet_time")]
    [InlineData("9999-12-31 23:59", "tweet_time")]
    [InlineData("2006-03-20 23:59", "tweet_time")]
    [InlineData("2024-06-02 12:01", "tweet_time")]
    public async Task Rejects_a_tweet_time_outside_the_accepted_range(string time, string field)
    {
        var run = await IngestCsvAsync($"2,u2,name2,5,2019-05-01,text,{time},[]");

        AssertRejected(run, field, line: 3);
    }

    [Theory]
    [InlineData("2006-03-21 00:00")]
    [InlineData("2024-06-02 11:59")]
    public async Task Accepts_the_ends_of_the_accepted_range(string time)
    {
        var run = await IngestCsvAsync($"2,u2,name2,5,2019-05-01,text,{time},[]");

        Assert.Empty(run.Rejects());
        Assert.Equal(2, run.Sink.Posts.Count);
    }

    [Theory]
    [InlineData("2,u2,name2,-5,2019-05-01,text,2023-07-10 09:15,[]", "follower_count")]
    [InlineData("2,u2,name2,5,0001-01-01,text,2023-07-10 09:15,[]", "account_creation_date")]
    [InlineData("2\u200B3,u2,name2,5,,text,2023-07-10 09:15,[]", "tweetid")]
    [InlineData("2\u00003,u2,name2,5,,text,2023-07-10 09:15,[]", "tweetid")]
    [InlineData("2,u\u202E2,name2,5,,text,2023-07-10 09:15,[]", "userid")]
    [InlineData("2,u2\uFEFF,name2,5,,text,2023-07-10 09:15,[]", "userid")]
    public async Task Rejects_a_hostile_value_naming_its_field(string row, string field)
    {
        var run = await IngestCsvAsync(row);

        AssertRejected(run, field, line: 3);
    }

    [Fact]
    public async Task Rejects_a_json_tweet_dated_outside_the_accepted_range()
    {
        var run = await IngestJsonAsync(
            """{"id": "10", "author_id": "20", "created_at": "2023-07-15T10:00:00.000Z", "text": "fine"}""",
            """{"id": "11", "author_id": "20", "created_at": "9999-12-31T23:59:59.000Z", "text": "far"}""",
            """{"id_str": "12", "created_at": "Mon Jan 01 00:00:00 +0000 0001", "text": "old", "user": {"id_str": "21"}}""");

        Assert.Equal(["created_at", "created_at"], run.Rejects().Select(r => (string?)r["field"]));
        Assert.Equal([2L, 3L], run.Rejects().Select(r => (long)r["line"]!));
        Assert.Equal(["10"], run.Sink.Posts.Select(p => p.Id));
    }

    [Fact]
    public async Task Removes_nul_and_replaces_noncharacters_and_lone_surrogates_in_texts_but_keeps_bidi_controls()
    {
        var run = await IngestJsonAsync(
            """{"id": "10", "author_id": "20", "created_at": "2023-07-15T10:00:00.000Z", "text": "a\u0000b\uFFFEc\ud800d\u202Ee\u200Bf", "entities": {"hashtags": [{"tag": "x\u0000y"}]}}""");

        var post = run.Sink.Post("10");
        Assert.Equal("ab\uFFFDc\uFFFDd\u202Ee\u200Bf", post.Text);
        Assert.Equal(["xy"], post.Hashtags);
    }

    [Fact]
    public async Task Keeps_a_five_megabyte_text_and_thousands_of_hashtags_whole()
    {
        var text = new string('x', 5 << 20);
        var tags = string.Join(", ", Enumerable.Range(0, 5000).Select(i => "'t" + i.ToString(CultureInfo.InvariantCulture) + "'"));
        var run = await IngestCsvAsync($"2,u2,name2,5,,{text},2023-07-10 09:15,\"[{tags}]\"");

        Assert.Empty(run.Rejects());
        Assert.Equal(5 << 20, run.Sink.Post("2").Text.Length);
        Assert.Equal(5000, run.Sink.Post("2").Hashtags.Length);
    }

    private static async Task<IngestRun> IngestJsonAsync(params string[] lines)
    {
        var run = new IngestRun { Time = new FakeClock(Now) };
        var path = Path.Combine(run.Folder, "hostile.jsonl");
        await File.WriteAllLinesAsync(path, lines);
        return await run.RunAsync(InputFormat.Auto, path);
    }

    private static async Task<IngestRun> IngestCsvAsync(string row)
    {
        var run = new IngestRun { Time = new FakeClock(Now) };
        var path = Path.Combine(run.Folder, "hostile_tweets.csv");
        await File.WriteAllTextAsync(path, $"{Header}\n1,u1,name1,5,2019-05-01,fine,2023-07-10 09:15,[]\n{row}\n", new UTF8Encoding(false));
        return await run.RunAsync(InputFormat.Auto, path);
    }

    private static void AssertRejected(IngestRun run, string field, long line)
    {
        var reject = Assert.Single(run.Rejects());
        Assert.Equal(field, (string?)reject["field"]);
        Assert.Equal(line, (long)reject["line"]!);
        Assert.EndsWith("hostile_tweets.csv", (string?)reject["file"], StringComparison.Ordinal);
        var counts = run.Report.Files.Single().Counts;
        Assert.Equal((2L, 1L, 1L), (counts.RowsRead, counts.Accepted, counts.Rejected));
    }
}
