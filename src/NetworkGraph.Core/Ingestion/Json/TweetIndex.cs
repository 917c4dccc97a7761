using System.Text;
using System.Text.Json;
using NetworkGraph.Core.Ingestion.Parsing;

namespace NetworkGraph.Core.Ingestion.Json;

/// <summary>The tweets of one unit by id (included or inlined originals), in the order first added; numeric ids
/// are keyed without allocating.</summary>
internal sealed class TweetIndex
{
    private readonly Dictionary<long, int> _numeric = [];
    private readonly Dictionary<string, int> _other = new(StringComparer.Ordinal);

    /// <summary>The tweets, in the order first added.</summary>
    public List<JsonElement> Tweets { get; } = [];

    public void Clear()
    {
        _numeric.Clear();
        _other.Clear();
        Tweets.Clear();
    }

    /// <summary>Adds a tweet unless one with the same id is held.</summary>
    public void TryAdd(ReadOnlySpan<byte> id, JsonElement tweet)
    {
        var number = Ids.CanonicalNumber(id);
        if (number >= 0 ? _numeric.TryAdd(number, Tweets.Count) : _other.TryAdd(Encoding.UTF8.GetString(id), Tweets.Count))
        {
            Tweets.Add(tweet);
        }
    }

    public bool TryGet(ReadOnlySpan<byte> id, out JsonElement tweet)
    {
        var number = Ids.CanonicalNumber(id);
        var found = number >= 0 ? _numeric.TryGetValue(number, out var index) : _other.TryGetValue(Encoding.UTF8.GetString(id), out index);
        tweet = found ? Tweets[index] : default;
        return found;
    }
}
