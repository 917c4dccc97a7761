using NetworkGraph.Scenarios;

namespace NetworkGraph.Scenarios.Tests;

[Collection(GeneratedScenarioCollection.Name)]
public sealed class ScenarioFileTests(GeneratedScenario scenario)
{
    [Fact]
    public void Writes_the_requested_number_of_posts_and_reports_them()
    {
        Assert.Equal(scenario.Options.Posts, scenario.Tweets.Count);
        Assert.Equal(scenario.Options.Posts, scenario.Summary.TotalPosts);
        Assert.Equal(scenario.Options.Posts, scenario.LastProgress);
        Assert.Equal(scenario.Summary.Operation.Posts, scenario.Tweets.Count(t => scenario.Role(t) == "operation"));
        Assert.Equal(scenario.Summary.Decoy.Posts, scenario.Tweets.Count(t => scenario.Role(t) == "decoy"));
    }

    [Fact]
    public void Lists_every_account_once_in_the_users_file_and_the_truth()
    {
        Assert.Equal(scenario.Summary.TotalAccounts, scenario.Users.Count);
        Assert.Equal(scenario.Users.Keys.Order(), scenario.Truth.Keys.Order());
        Assert.Equal(scenario.Options.OperationAccounts, scenario.Truth.Values.Count(t => t.Role == "operation"));
        Assert.Equal(scenario.Summary.Decoy.Accounts, scenario.Truth.Values.Count(t => t.Role == "decoy"));
        Assert.All(scenario.Truth.Values, t => Assert.Contains(t.Role, new[] { "operation", "organic", "decoy" }));
    }

    [Fact]
    public void Uses_the_archive_file_names()
    {
        Assert.Equal(ScenarioGenerator.TweetsFileName, Path.GetFileName(scenario.Summary.TweetsPath));
        Assert.Equal(ScenarioGenerator.UsersFileName, Path.GetFileName(scenario.Summary.UsersPath));
        Assert.Equal(ScenarioGenerator.TruthFileName, Path.GetFileName(scenario.Summary.TruthPath));
        Assert.True(File.Exists(scenario.Summary.CampaignsPath));
    }

    [Fact]
    public void Gives_every_post_a_unique_id_and_resolves_every_reference_to_an_earlier_post()
    {
        Assert.Equal(scenario.Tweets.Count, scenario.TweetsById.Count);
        foreach (var t in scenario.Tweets)
        {
            foreach (var (refId, refUser) in new[] { (t.RetweetTweetId, t.RetweetUserId), (t.ReplyToTweetId, t.ReplyToUserId), (t.QuotedTweetId, "") })
            {
                if (refId.Length == 0)
                {
                    continue;
                }

                Assert.True(scenario.TweetsById.TryGetValue(refId, out var original), $"line {t.Line}: {refId} is not in the file");
                Assert.True(original.Time <= t.Time, $"line {t.Line} refers to a later post");
                Assert.True(refUser.Length == 0 || refUser == original.UserId, $"line {t.Line}: wrong referenced user");
            }
        }
    }

    [Fact]
    public void Writes_retweets_as_the_archive_does()
    {
        var retweets = scenario.Tweets.Where(t => t.IsRetweet).ToList();
        Assert.NotEmpty(retweets);
        Assert.All(retweets, t =>
        {
            Assert.StartsWith("RT @" + scenario.Users[t.RetweetUserId].ScreenName + ": ", t.Text, StringComparison.Ordinal);
            Assert.Equal(t.RetweetUserId, t.Mentions[0]);
        });
    }

    [Fact]
    public void Exercises_the_quirks_of_the_archive()
    {
        Assert.Contains(scenario.Tweets, t => t.Text.Contains('\n', StringComparison.Ordinal));
        Assert.Contains(scenario.Tweets, t => t.Text.Contains('"', StringComparison.Ordinal) && t.Text.Contains(',', StringComparison.Ordinal));
        Assert.Contains(scenario.Tweets, t => t.Hashtags.Count > 1);
        Assert.Contains(scenario.Tweets, t => t.Urls.Count > 0 && t.Text.Contains("https://t.co/", StringComparison.Ordinal));
        Assert.Contains(scenario.Users.Values, u => u.Bio.Contains('\n', StringComparison.Ordinal));
        var languages = scenario.Tweets.Select(t => t.Language).ToHashSet();
        Assert.Superset(new HashSet<string> { "fr", "en", "es", "ar", "de", "it", "az" }, languages);
        Assert.Contains(scenario.Users.Values, u => u.Followers >= 5000 && !u.UserId.Any(char.IsAsciiLetter));
    }

    [Fact]
    public void Mentions_list_the_ids_of_accounts_named_in_the_text()
    {
        foreach (var t in scenario.Tweets.Where(t => !t.IsRetweet && t.Mentions.Count > 0).Take(5000))
        {
            foreach (var id in t.Mentions)
            {
                Assert.Contains("@" + scenario.Users[id].ScreenName, t.Text, StringComparison.Ordinal);
            }
        }
    }
}
