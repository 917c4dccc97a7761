using System.Globalization;
using System.Text.Json;

namespace NetworkGraph.Benchmarks.Ingestion;

internal sealed partial class TwitterJsonCorpus
{
    /// <summary>v1.1 tweets as JSON lines, non-ASCII escaped as <c>\uXXXX</c> (the v1.1 API's own encoding).</summary>
    public byte[] V1Lines(int tweets)
    {
        using var output = new MemoryStream();
        for (var i = 0; i < tweets; i++)
        {
            var tweet = Next();
            output.Write(Write(w => V1Tweet(w, tweet, nested: false), Compact));
            output.WriteByte((byte)'\n');
        }

        return output.ToArray();
    }

    /// <summary>v1.1 tweets as one JSON array document, pretty-printed when <paramref name="indented"/>.</summary>
    public byte[] V1Array(int tweets, bool indented) => Write(
        w =>
        {
            w.WriteStartArray();
            for (var i = 0; i < tweets; i++)
            {
                V1Tweet(w, Next(), nested: false);
            }

            w.WriteEndArray();
        },
        new JsonWriterOptions { Indented = indented });

    private static string V1Time(long unixSeconds) =>
        DateTimeOffset.FromUnixTimeSeconds(unixSeconds).ToString("ddd MMM dd HH:mm:ss +0000 yyyy", CultureInfo.InvariantCulture);

    private void V1Tweet(Utf8JsonWriter w, Tweet t, bool nested)
    {
        w.WriteStartObject();
        w.WriteString("created_at", V1Time(t.Time));
        w.WriteNumber("id", t.Id);
        w.WriteString("id_str", Id(t.Id));
        w.WriteString("full_text", t.Text);
        w.WriteBoolean("truncated", false);
        w.WriteStartArray("display_text_range");
        w.WriteNumberValue(0);
        w.WriteNumberValue(t.Text.Length);
        w.WriteEndArray();
        w.WriteStartObject("entities");
        w.WriteStartArray("hashtags");
        foreach (var tag in t.Hashtags)
        {
            w.WriteStartObject();
            w.WriteString("text", tag);
            w.WriteStartArray("indices");
            w.WriteNumberValue(20);
            w.WriteNumberValue(20 + tag.Length);
            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("symbols");
        w.WriteEndArray();
        w.WriteStartArray("user_mentions");
        foreach (var mention in t.Mentions)
        {
            w.WriteStartObject();
            w.WriteString("screen_name", Handle(mention));
            w.WriteString("name", $"Ağa Məmmədov {mention % 97}");
            if (MentionHasId())
            {
                w.WriteNumber("id", FirstAccountId + (mention * 7919L));
                w.WriteString("id_str", AccountId(mention));
            }

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
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteString("source", "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>");
        var reply = t.Kind == Kind.Reply ? t.Referenced : null;
        WriteIdOrNull(w, "in_reply_to_status_id", reply?.Id);
        WriteIdOrNull(w, "in_reply_to_user_id", reply is null ? null : FirstAccountId + (reply.Author * 7919L));
        w.WriteString("in_reply_to_screen_name", reply is null ? null : Handle(reply.Author));
        V1User(w, t.Author);
        w.WriteNull("geo");
        w.WriteNull("coordinates");
        w.WriteNull("place");
        w.WriteNull("contributors");
        if (!nested && t.Kind == Kind.Retweet)
        {
            w.WritePropertyName("retweeted_status");
            V1Tweet(w, t.Referenced!, nested: true);
        }

        w.WriteBoolean("is_quote_status", t.Kind == Kind.Quote);
        if (!nested && t.Kind == Kind.Quote)
        {
            w.WriteString("quoted_status_id_str", Id(t.Referenced!.Id));
            w.WritePropertyName("quoted_status");
            V1Tweet(w, t.Referenced!, nested: true);
        }

        w.WriteNumber("retweet_count", _random.Next(0, 5000));
        w.WriteNumber("favorite_count", _random.Next(0, 5000));
        w.WriteBoolean("favorited", false);
        w.WriteBoolean("retweeted", false);
        w.WriteBoolean("possibly_sensitive", false);
        w.WriteString("lang", t.Lang);
        w.WriteEndObject();
    }

    private static void WriteIdOrNull(Utf8JsonWriter w, string name, long? id)
    {
        if (id is { } value)
        {
            w.WriteNumber(name, value);
            w.WriteString(name + "_str", Id(value));
        }
        else
        {
            w.WriteNull(name);
            w.WriteNull(name + "_str");
        }
    }

    private static void V1User(Utf8JsonWriter w, int account)
    {
        w.WriteStartObject("user");
        w.WriteNumber("id", FirstAccountId + (account * 7919L));
        w.WriteString("id_str", AccountId(account));
        w.WriteString("name", $"Ağa Məmmədov {account % 97} 🇦🇿");
        w.WriteString("screen_name", Handle(account));
        w.WriteString("location", account % 3 == 0 ? "Bakı, Azərbaycan" : "Nouméa");
        w.WriteString("description", "Azərbaycan vətəndaşı. Sülh və ədalət üçün. #BIG");
        w.WriteNull("url");
        w.WriteStartObject("entities");
        w.WriteStartObject("description");
        w.WriteStartArray("urls");
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteBoolean("protected", false);
        w.WriteNumber("followers_count", account % 5000);
        w.WriteNumber("friends_count", account % 700);
        w.WriteNumber("listed_count", account % 11);
        w.WriteString("created_at", V1Time(StartTime - (account * 3607L)));
        w.WriteNumber("favourites_count", account % 1234);
        w.WriteNull("utc_offset");
        w.WriteNull("time_zone");
        w.WriteBoolean("geo_enabled", false);
        w.WriteBoolean("verified", false);
        w.WriteNumber("statuses_count", account * 13 % 90_000);
        w.WriteString("lang", account % 2 == 0 ? "az" : null);
        w.WriteBoolean("contributors_enabled", false);
        w.WriteBoolean("is_translator", false);
        w.WriteString("profile_background_color", "F5F8FA");
        w.WriteNull("profile_background_image_url");
        w.WriteString("profile_image_url_https", $"https://pbs.twimg.com/profile_images/{account}/photo_normal.jpg");
        w.WriteString("profile_banner_url", $"https://pbs.twimg.com/profile_banners/{account}/1600000000");
        w.WriteString("profile_link_color", "1DA1F2");
        w.WriteString("profile_sidebar_border_color", "C0DEED");
        w.WriteString("profile_text_color", "333333");
        w.WriteBoolean("profile_use_background_image", true);
        w.WriteBoolean("has_extended_profile", true);
        w.WriteBoolean("default_profile", true);
        w.WriteBoolean("default_profile_image", false);
        w.WriteEndObject();
    }
}
