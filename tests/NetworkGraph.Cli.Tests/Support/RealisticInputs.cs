using System.Globalization;
using System.Text.Json.Nodes;
using NetworkGraph.Scenarios;

namespace NetworkGraph.Cli.Tests.Support;

/// <summary>Small realistic inputs of each kind: a generated IO archive, twarc2-flattened API v2 tweets and a
/// share table in CooRTweet's canonical columns, with copy-paste, shared links and hashtags to coordinate on.</summary>
internal static class RealisticInputs
{
    private static readonly DateTimeOffset Start = new(2023, 10, 2, 8, 0, 0, TimeSpan.Zero);

    /// <summary>Generates a scenario (archive tweets and users, truth, campaigns) into <paramref name="folder"/>.</summary>
    public static ScenarioSummary Archive(string folder, int seed) => new ScenarioGenerator().Generate(
        new ScenarioOptions { Seed = seed, Posts = 1000, OrganicAccounts = 100, OperationAccounts = 10 }, folder, null, CancellationToken.None);

    /// <summary>Flattened v2 tweets, one JSON object a line: six accounts post the same texts and links minutes apart.</summary>
    public static IReadOnlyList<string> V2Lines(int seed, int count = 120)
    {
        var random = new Random(seed);
        var lines = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            var author = random.Next(12);
            var story = random.Next(8);
            var time = Start.AddMinutes((story * 90) + random.Next(5)).AddSeconds(random.Next(60));
            var tweet = new JsonObject
            {
                ["id"] = (1_800_000_000_000_000_000L + i).ToString(CultureInfo.InvariantCulture),
                ["text"] = $"Story {story} everyone must read #topic{story} https://t.co/s{story}",
                ["created_at"] = time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
                ["author_id"] = (9_000 + author).ToString(CultureInfo.InvariantCulture),
                ["lang"] = author < 6 ? "az" : "en",
                ["author"] = new JsonObject
                {
                    ["id"] = (9_000 + author).ToString(CultureInfo.InvariantCulture),
                    ["username"] = "user" + author,
                    ["name"] = "User " + author,
                    ["location"] = author < 6 ? "Baku" : "Paris",
                    ["description"] = "bio of " + author,
                    ["created_at"] = "2022-01-01T00:00:00.000Z",
                    ["public_metrics"] = new JsonObject { ["followers_count"] = 10 + author, ["following_count"] = 100 },
                },
                ["public_metrics"] = new JsonObject { ["retweet_count"] = random.Next(9), ["like_count"] = random.Next(9) },
                ["entities"] = new JsonObject
                {
                    ["hashtags"] = new JsonArray(new JsonObject { ["tag"] = "topic" + story }),
                    ["urls"] = new JsonArray(new JsonObject { ["url"] = $"https://t.co/s{story}", ["expanded_url"] = $"https://news.example/story/{story}" }),
                    ["mentions"] = new JsonArray(new JsonObject { ["username"] = "user" + ((author + 1) % 12), ["id"] = (9_000 + ((author + 1) % 12)).ToString(CultureInfo.InvariantCulture) }),
                },
            };
            lines.Add(tweet.ToJsonString());
        }

        return lines;
    }

    /// <summary>A share table (object_id, account_id, content_id, timestamp_share): accounts sharing links and tags.</summary>
    public static string ShareTable(int seed, int count = 200)
    {
        var random = new Random(seed);
        var rows = new List<IReadOnlyList<string>> { new[] { "object_id", "account_id", "content_id", "timestamp_share" } };
        for (var i = 0; i < count; i++)
        {
            var obj = random.Next(15);
            var objectId = obj % 3 == 0 ? $"#tag{obj}" : $"https://shared.example/item/{obj}";
            var seconds = Start.ToUnixTimeSeconds() + (obj * 3600) + random.Next(120);
            rows.Add([objectId, "fb_" + random.Next(20), "c" + i, seconds.ToString(CultureInfo.InvariantCulture)]);
        }

        return CsvText.Write(rows);
    }
}
