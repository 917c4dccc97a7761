using System.Text.Encodings.Web;
using System.Text.Json;

namespace NetworkGraph.Benchmarks.Ingestion;

internal sealed partial class TwitterJsonCorpus
{
    /// <summary>v2 search results as JSON lines: one response page of <paramref name="perPage"/> tweets per line,
    /// text as raw UTF-8 (the API's own encoding).</summary>
    public byte[] V2Pages(int tweets, int perPage = 100)
    {
        using var output = new MemoryStream();
        for (var done = 0; done < tweets; done += perPage)
        {
            var page = Enumerable.Range(0, Math.Min(perPage, tweets - done)).Select(_ => Next()).ToList();
            output.Write(Write(w => V2Page(w, page), new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
            output.WriteByte((byte)'\n');
        }

        return output.ToArray();
    }

    private void V2Page(Utf8JsonWriter w, List<Tweet> page)
    {
        w.WriteStartObject();
        w.WriteStartArray("data");
        foreach (var tweet in page)
        {
            V2Tweet(w, tweet);
        }

        w.WriteEndArray();
        var included = page.Select(t => t.Referenced).OfType<Tweet>().DistinctBy(t => t.Id).ToList();
        var users = page.Concat(included).SelectMany(t => t.Mentions.Prepend(t.Author)).Distinct().ToList();
        w.WriteStartObject("includes");
        w.WriteStartArray("users");
        foreach (var user in users)
        {
            V2User(w, user);
        }

        w.WriteEndArray();
        w.WriteStartArray("tweets");
        foreach (var tweet in included)
        {
            V2Tweet(w, tweet);
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteStartObject("meta");
        w.WriteString("newest_id", Id(page[^1].Id));
        w.WriteString("oldest_id", Id(page[0].Id));
        w.WriteNumber("result_count", page.Count);
        w.WriteString("next_token", $"b26v89c19zqg8o3f{_random.Next():x8}");
        w.WriteEndObject();
        w.WriteStartObject("__twarc");
        w.WriteString("url", "https://api.twitter.com/2/tweets/search/all?expansions=author_id%2Creferenced_tweets.id&max_results=100");
        w.WriteString("version", "2.14.0");
        w.WriteString("retrieved_at", DateTimeOffset.FromUnixTimeSeconds(_time + 3600).ToString("yyyy-MM-dd'T'HH:mm:ss+00:00", System.Globalization.CultureInfo.InvariantCulture));
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private void V2Tweet(Utf8JsonWriter w, Tweet t)
    {
        w.WriteStartObject();
        w.WriteString("id", Id(t.Id));
        w.WriteString("text", t.Text);
        w.WriteString("author_id", AccountId(t.Author));
        w.WriteString("created_at", DateTimeOffset.FromUnixTimeSeconds(t.Time).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture));
        w.WriteString("conversation_id", Id(t.Kind == Kind.Reply ? t.Referenced!.Id : t.Id));
        w.WriteString("lang", t.Lang);
        w.WriteBoolean("possibly_sensitive", false);
        w.WriteString("reply_settings", "everyone");
        w.WriteStartArray("edit_history_tweet_ids");
        w.WriteStringValue(Id(t.Id));
        w.WriteEndArray();
        if (t.Kind == Kind.Reply)
        {
            w.WriteString("in_reply_to_user_id", AccountId(t.Referenced!.Author));
        }

        if (t.Referenced is { } referenced)
        {
            w.WriteStartArray("referenced_tweets");
            w.WriteStartObject();
            w.WriteString("type", t.Kind switch { Kind.Retweet => "retweeted", Kind.Quote => "quoted", _ => "replied_to" });
            w.WriteString("id", Id(referenced.Id));
            w.WriteEndObject();
            w.WriteEndArray();
        }

        w.WriteStartObject("public_metrics");
        foreach (var name in (string[])["retweet_count", "reply_count", "like_count", "quote_count", "bookmark_count", "impression_count"])
        {
            w.WriteNumber(name, _random.Next(0, 5000));
        }

        w.WriteEndObject();
        w.WriteStartObject("entities");
        w.WriteStartArray("mentions");
        foreach (var mention in t.Mentions)
        {
            w.WriteStartObject();
            w.WriteNumber("start", 0);
            w.WriteNumber("end", 12);
            w.WriteString("username", Handle(mention));
            if (MentionHasId())
            {
                w.WriteString("id", AccountId(mention));
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("hashtags");
        foreach (var tag in t.Hashtags)
        {
            w.WriteStartObject();
            w.WriteNumber("start", 20);
            w.WriteNumber("end", 20 + tag.Length);
            w.WriteString("tag", tag);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("urls");
        foreach (var url in t.Urls)
        {
            w.WriteStartObject();
            w.WriteString("url", "https://t.co/AbCdEfGh12");
            w.WriteString("expanded_url", url);
            w.WriteString("display_url", url[8..Math.Min(url.Length, 30)] + "…");
            w.WriteString("unwound_url", url);
            w.WriteNumber("status", 200);
            w.WriteString("title", "Bakı Təşəbbüs Qrupu: the conference");
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteStartArray("context_annotations");
        for (var i = _random.Next(0, 4); i > 0; i--)
        {
            w.WriteStartObject();
            w.WriteStartObject("domain");
            w.WriteString("id", "10");
            w.WriteString("name", "Person");
            w.WriteString("description", "Named people in the world like Nelson Mandela");
            w.WriteEndObject();
            w.WriteStartObject("entity");
            w.WriteString("id", Id(799022225751871488L + i));
            w.WriteString("name", "Ilham Aliyev");
            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private void V2User(Utf8JsonWriter w, int account)
    {
        w.WriteStartObject();
        w.WriteString("id", AccountId(account));
        w.WriteString("username", Handle(account));
        w.WriteString("name", $"Ağa Məmmədov {account % 97} 🇦🇿");
        w.WriteString("created_at", DateTimeOffset.FromUnixTimeSeconds(StartTime - (account * 3607L)).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture));
        w.WriteString("description", "Azərbaycan vətəndaşı. Sülh və ədalət üçün. #BIG");
        w.WriteString("location", account % 3 == 0 ? "Bakı, Azərbaycan" : "Nouméa");
        w.WriteBoolean("verified", false);
        w.WriteBoolean("protected", false);
        w.WriteString("profile_image_url", $"https://pbs.twimg.com/profile_images/{account}/photo_normal.jpg");
        w.WriteStartObject("public_metrics");
        w.WriteNumber("followers_count", account % 5000);
        w.WriteNumber("following_count", account % 700);
        w.WriteNumber("tweet_count", account * 13 % 90_000);
        w.WriteNumber("listed_count", account % 11);
        w.WriteEndObject();
        w.WriteEndObject();
    }
}
