using System.Text.Json;
using static NetworkGraph.Core.Ingestion.Json.JsonValues;

namespace NetworkGraph.Core.Ingestion.Json;

/// <summary>Where each format keeps the users a unit describes, for <see cref="HandleDirectory"/>: user objects
/// first, then the mentions that do carry an id.</summary>
internal static class JsonUsers
{
    /// <summary>A v2 page (includes.users) or twarc2-flattened tweet (author, in_reply_to_user, referenced authors).</summary>
    public static void CollectV2(JsonElement unit, HandleDirectory users)
    {
        foreach (var user in Objects(Obj(unit, "includes"u8), "users"u8))
        {
            users.Add(user, "id"u8, "username"u8);
        }

        users.Add(Obj(unit, "author"u8), "id"u8, "username"u8);
        users.Add(Obj(unit, "in_reply_to_user"u8), "id"u8, "username"u8);
        foreach (var reference in Objects(unit, "referenced_tweets"u8))
        {
            users.Add(Obj(reference, "author"u8), "id"u8, "username"u8);
        }

        foreach (var tweet in new ObjectItems(Prop(unit, "data"u8), singleToo: true))
        {
            V2Mentions(tweet, users);
        }

        foreach (var tweet in Objects(Obj(unit, "includes"u8), "tweets"u8))
        {
            V2Mentions(tweet, users);
        }

        V2Mentions(unit, users);
        foreach (var reference in Objects(unit, "referenced_tweets"u8))
        {
            V2Mentions(reference, users);
        }
    }

    /// <summary>A v1.1 tweet: its user, the user it replies to, and those of its retweeted and quoted statuses.</summary>
    public static void CollectV1(JsonElement unit, HandleDirectory users)
    {
        V1Users(unit, users, depth: 0);
        V1Mentions(unit, users, depth: 0);
    }

    private static void V2Mentions(JsonElement tweet, HandleDirectory users)
    {
        foreach (var mention in Objects(Obj(tweet, "entities"u8), "mentions"u8))
        {
            users.Add(mention, "id"u8, "username"u8);
        }
    }

    private static void V1Users(JsonElement tweet, HandleDirectory users, int depth)
    {
        var user = Obj(tweet, "user"u8);
        users.Add(user, "id_str"u8, "screen_name"u8);
        users.Add(user, "id"u8, "screen_name"u8);
        users.Add(tweet, "in_reply_to_user_id_str"u8, "in_reply_to_screen_name"u8);
        if (depth < 2)
        {
            V1Users(Obj(tweet, "retweeted_status"u8), users, depth + 1);
            V1Users(Obj(tweet, "quoted_status"u8), users, depth + 1);
        }
    }

    private static void V1Mentions(JsonElement tweet, HandleDirectory users, int depth)
    {
        foreach (var entities in (ReadOnlySpan<JsonElement>)[Obj(tweet, "entities"u8), Obj(Obj(tweet, "extended_tweet"u8), "entities"u8)])
        {
            foreach (var mention in Objects(entities, "user_mentions"u8))
            {
                users.Add(mention, "id_str"u8, "screen_name"u8);
                users.Add(mention, "id"u8, "screen_name"u8);
            }
        }

        if (depth < 2)
        {
            V1Mentions(Obj(tweet, "retweeted_status"u8), users, depth + 1);
            V1Mentions(Obj(tweet, "quoted_status"u8), users, depth + 1);
        }
    }
}
