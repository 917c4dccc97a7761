using System.Globalization;
using System.Text;
using NetworkGraph.Storage.Tests.Support;

namespace NetworkGraph.Storage.Tests.Sqlite.Ingest;

/// <summary>The store writes big batches many rows per statement and small ones row by row; both must store the same
/// content and count the same duplicates, whatever the order of ids and however ids repeat.</summary>
public sealed class BulkWriteTests
{
    private const string Header =
        "tweetid,userid,user_display_name,user_screen_name,user_reported_location,user_profile_description,user_profile_url," +
        "follower_count,following_count,account_creation_date,account_language,tweet_language,tweet_text,tweet_time," +
        "tweet_client_name,in_reply_to_userid,in_reply_to_tweetid,quoted_tweet_tweetid,is_retweet,retweet_userid," +
        "retweet_tweetid,latitude,longitude,quote_count,reply_count,like_count,retweet_count,hashtags,urls,user_mentions,poll_choices";

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(12)]
    public async Task Stores_the_same_content_and_counts_with_one_row_per_batch_and_thousands(int seed)
    {
        var folder = Path.Combine(Path.GetTempPath(), "ng-bulk-write-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var random = new Random(seed);
        var first = Write(folder, "first.csv", Ids(random, 600, 1_000_000), random);
        // The second file repeats some ids of the first, and has ids below, between and above them.
        var second = Write(folder, "second.csv", Ids(random, 400, 999_700), random);

        var rowByRow = new IngestStoreFixture();
        var reportA = await rowByRow.IngestAsync([first, second], batchRows: 1);
        var bulk = new IngestStoreFixture(rowByRow.RejectsPath); // the rejects path is part of the content
        var reportB = await bulk.IngestAsync([first, second], batchRows: 10_000);

        Assert.Equal(reportA.Files.Select(f => f.Counts), reportB.Files.Select(f => f.Counts));
        Assert.Equal(await rowByRow.HashAsync(), await bulk.HashAsync());
        using var store = bulk.Open();
        var distinct = File.ReadLines(first).Concat(File.ReadLines(second)).Where(l => !l.StartsWith("tweetid", StringComparison.Ordinal))
            .Select(l => l[..l.IndexOf(',', StringComparison.Ordinal)]).Distinct().Count();
        Assert.Equal(distinct, (await store.CountAsync()).Posts);
        Assert.Equal(1000 - distinct, reportB.Total.Duplicates);
        Assert.True(reportB.Total.Duplicates > 50, $"only {reportB.Total.Duplicates} duplicates");
    }

    /// <summary>Mostly growing ids (as archives are) with shuffled stretches and repeats, near and far.</summary>
    private static List<long> Ids(Random random, int count, long start)
    {
        var ids = new List<long>();
        var next = start;
        while (ids.Count < count)
        {
            var roll = random.Next(10);
            if (roll == 0 && ids.Count > 0)
            {
                ids.Add(ids[random.Next(Math.Max(0, ids.Count - 40), ids.Count)]); // a repeat within a statement or two
            }
            else if (roll == 1 && ids.Count > 0)
            {
                ids.Add(ids[random.Next(ids.Count)]); // a repeat from anywhere earlier
            }
            else if (roll == 2)
            {
                var stretch = Enumerable.Range(0, 40).Select(i => next + i).OrderBy(_ => random.Next()).ToList();
                ids.AddRange(stretch);
                next += 40;
            }
            else
            {
                ids.Add(next++);
            }
        }

        return ids.Take(count).ToList();
    }

    private static string Write(string folder, string name, List<long> ids, Random random)
    {
        var csv = new StringBuilder(Header).Append('\n');
        foreach (var id in ids)
        {
            var user = random.Next(30);
            var tags = Enumerable.Range(0, random.Next(4)).Select(_ => $"'tag{random.Next(50)}'");
            var urls = Enumerable.Range(0, random.Next(3)).Select(_ => $"'https://site{random.Next(9)}.example/{random.Next(40)}'");
            var mentions = Enumerable.Range(0, random.Next(4)).Select(_ => $"'{random.Next(30)}'");
            var minute = random.Next(10_000);
            csv.Append(CultureInfo.InvariantCulture,
                $"{id},{user},User {user},user{user},Baku,bio {user},,{random.Next(100)},{random.Next(100)},2020-01-01,az,az,");
            csv.Append(CultureInfo.InvariantCulture,
                $"text {id} {random.Next(1000)},{new DateTime(2023, 7, 1, 0, 0, 0, DateTimeKind.Utc).AddMinutes(minute):yyyy-MM-dd HH:mm},");
            csv.Append(CultureInfo.InvariantCulture,
                $"Twitter Web App,,,,False,,,absent,absent,0,0,0,0,\"[{string.Join(", ", tags)}]\",\"[{string.Join(", ", urls)}]\",\"[{string.Join(", ", mentions)}]\",\n");
        }

        var path = Path.Combine(folder, name);
        File.WriteAllText(path, csv.ToString());
        return path;
    }
}
