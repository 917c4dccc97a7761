using NetworkGraph.Core.Text;

namespace NetworkGraph.Core.Coordination;

/// <summary>What <see cref="ShareTableBuilder"/> extracts from posts.</summary>
public sealed record ShareTableOptions
{
    /// <summary>The share kinds to extract from posts (default: all). Text and SimilarText share one text column.</summary>
    public IReadOnlyCollection<ShareKind> Kinds { get; init; } = Enum.GetValues<ShareKind>();

    /// <summary>Whether retweets count for the content kinds (text, URL, domain, hashtag, mention); default false,
    /// since a retweet repeats someone else's content and co-retweet already covers it.</summary>
    public bool IncludeRetweetsInContentKinds { get; init; }

    /// <summary>Normalised texts shorter than this get no MinHash signature and take no part in co-similar (default 20).</summary>
    public int MinSimilarTextLength { get; init; } = 20;

    /// <summary>Shingle length and seed of the MinHash signatures, and the LSH banding used later.</summary>
    public MinHashOptions MinHash { get; init; } = new();

    /// <summary>Whether to record retweet, quote, reply and mention interactions for the amplification graph (default true).</summary>
    public bool CollectInteractions { get; init; } = true;

    /// <summary>Threads used to normalise and hash texts (default: all cores).</summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Throws when a setting is out of range.</summary>
    public void Validate()
    {
        ArgumentNullException.ThrowIfNull(Kinds);
        ArgumentNullException.ThrowIfNull(MinHash);
        MinHash.Validate();
        ArgumentOutOfRangeException.ThrowIfLessThan(MinSimilarTextLength, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxDegreeOfParallelism, 1);
    }
}
