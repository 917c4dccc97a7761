using System.Text;
using NetworkGraph.Core.Clustering;

namespace NetworkGraph.Core.Coordination;

/// <summary>The two names of each coordination kind: the command line's (<c>co-tweet</c>) and the one the cluster
/// stage, the exports and Neo4j use (<c>co_tweet</c>); and the kinds a share table names itself (<c>co-image</c>).</summary>
/// <remarks>A named kind is registered once per process (an append-only table, safe across threads) and gets an enum
/// value from <see cref="FirstNamed"/> up; its value may differ between processes, so only its names are stored.</remarks>
public static class ShareKindNames
{
    /// <summary>The first enum value given to a kind named by a share table.</summary>
    public const int FirstNamed = 32;

    /// <summary>The longest object-kind name kept (longer ones are cut).</summary>
    public const int MaxNameLength = 40;

    private static readonly (ShareKind Kind, string Cli, string Cluster)[] BuiltIn =
    [
        (ShareKind.Retweet, "co-retweet", CoordinationKinds.CoRetweet),
        (ShareKind.Text, "co-tweet", CoordinationKinds.CoTweet),
        (ShareKind.SimilarText, "co-similar", CoordinationKinds.CoSimilarTweet),
        (ShareKind.Url, "co-link", CoordinationKinds.CoLink),
        (ShareKind.Domain, "co-domain", CoordinationKinds.CoDomain),
        (ShareKind.Hashtag, "co-hashtag", CoordinationKinds.CoHashtag),
        (ShareKind.Mention, "co-mention", CoordinationKinds.CoMention),
        (ShareKind.ReplyParent, "co-reply", CoordinationKinds.CoReply),
        (ShareKind.Activity, "co-post", CoordinationKinds.CoPost),
        (ShareKind.Share, "co-share", CoordinationKinds.CoShare),
    ];

    // Object-kind values of a share table that mean a built-in kind (after Slug).
    private static readonly Dictionary<string, ShareKind> Aliases = new(StringComparer.Ordinal)
    {
        ["object"] = ShareKind.Share, ["share"] = ShareKind.Share,
        ["retweet"] = ShareKind.Retweet, ["repost"] = ShareKind.Retweet, ["rt"] = ShareKind.Retweet,
        ["url"] = ShareKind.Url, ["link"] = ShareKind.Url,
        ["domain"] = ShareKind.Domain,
        ["hashtag"] = ShareKind.Hashtag,
        ["text"] = ShareKind.Text, ["content"] = ShareKind.Text,
        ["mention"] = ShareKind.Mention,
        ["reply"] = ShareKind.ReplyParent,
    };

    private static readonly Lock Gate = new();
    private static (ShareKind Kind, string Cli, string Cluster)[] _named = [];

    /// <summary>Every command-line name: the built-in kinds, then the named kinds registered so far.</summary>
    public static IEnumerable<string> CliNames => Rows().Select(t => t.Cli);

    /// <summary>One more than the largest kind value in use: the length of an array indexed by kind.</summary>
    public static int SlotCount
    {
        get
        {
            var named = Volatile.Read(ref _named);
            return named.Length == 0 ? BuiltIn.Length : FirstNamed + named.Length;
        }
    }

    /// <summary>Whether the kind was named by a share table rather than built in.</summary>
    public static bool IsNamed(ShareKind kind) => (int)kind >= FirstNamed;

    /// <summary>Whether an exported kind name (co_share, co_image...) is one a share table brought rather than one of the
    /// built-in kinds our posts give: such kinds share one Neo4j relationship type, CO_SHARE, told apart by a kind property.</summary>
    public static bool IsShareTableKind(string clusterName)
    {
        ArgumentNullException.ThrowIfNull(clusterName);
        return clusterName == CoordinationKinds.CoShare
            || (clusterName.StartsWith("co_", StringComparison.Ordinal) && !BuiltIn.Any(r => r.Cluster == clusterName));
    }

    /// <summary>The command-line name, e.g. "co-tweet" or "co-image".</summary>
    public static string CliName(ShareKind kind) => Row(kind).Cli;

    /// <summary>The name the cluster stage, the exports and Neo4j use, e.g. "co_tweet" or "co_image".</summary>
    public static string ClusterName(ShareKind kind) => Row(kind).Cluster;

    /// <summary>The kind of a share table's object_kind value: retweet/repost, url/link, domain, hashtag, text/content,
    /// mention, reply and an empty value or "object" (co-share) mean built-in kinds; any other value is its own named
    /// kind (<c>image</c> -> <c>co-image</c>). Throws <see cref="FormatException"/> when no letter or digit is left.</summary>
    public static ShareKind FromObjectKind(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length == 0)
        {
            return ShareKind.Share;
        }

        var slug = Slug(value);
        return Aliases.TryGetValue(slug, out var kind) ? kind : Resolve("co-" + slug, register: true)!.Value;
    }

    /// <summary>Parses a comma-separated list of kind names (either form, any case); <c>co-NAME</c> that is not built in
    /// names a share table's kind. Throws naming the unknown one.</summary>
    public static IReadOnlyList<ShareKind> Parse(string list)
    {
        ArgumentNullException.ThrowIfNull(list);
        var kinds = new List<ShareKind>();
        foreach (var part in list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var kind = Resolve(part, register: true) ?? throw new FormatException(
                $"unknown coordination kind '{part}' (known: {string.Join(", ", CliNames)}, or co-NAME for a share table's object kind NAME)");
            if (!kinds.Contains(kind))
            {
                kinds.Add(kind);
            }
        }

        return kinds.Count == 0 ? throw new FormatException("no coordination kind given") : kinds;
    }

    /// <summary>The name a kind is stored under: the enum name of a built-in kind (as stores always had it), the
    /// command-line name of a named kind.</summary>
    public static string StoredName(ShareKind kind) => IsNamed(kind) ? CliName(kind) : Row(kind).Kind.ToString();

    /// <summary>The kind of a <see cref="StoredName"/>.</summary>
    public static ShareKind FromStoredName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        foreach (var row in BuiltIn)
        {
            if (string.Equals(row.Kind.ToString(), name, StringComparison.Ordinal))
            {
                return row.Kind;
            }
        }

        return Resolve(name, register: true) ?? throw new FormatException($"unknown stored coordination kind '{name}'");
    }

    /// <summary>Finds a kind by either name; a <c>co-NAME</c> or <c>co_NAME</c> that is not built in is registered as a
    /// named kind when <paramref name="register"/>, else null.</summary>
    private static ShareKind? Resolve(string name, bool register)
    {
        foreach (var row in Rows())
        {
            if (string.Equals(row.Cli, name, StringComparison.OrdinalIgnoreCase) ||
                string.Equals(row.Cluster, name, StringComparison.OrdinalIgnoreCase))
            {
                return row.Kind;
            }
        }

        if (!register || name.Length <= 3 || !name.StartsWith("co", StringComparison.OrdinalIgnoreCase) || name[2] is not ('-' or '_'))
        {
            return null;
        }

        var slug = Slug(name[3..]);
        if (Aliases.TryGetValue(slug, out var alias))
        {
            return alias;
        }

        var built = BuiltIn.FirstOrDefault(r => r.Cli == "co-" + slug || r.Cluster == "co_" + slug);
        return built.Cli is null ? Register(slug) : built.Kind;
    }

    private static ShareKind Register(string slug)
    {
        var cli = "co-" + slug;
        lock (Gate)
        {
            foreach (var row in _named)
            {
                if (row.Cli == cli)
                {
                    return row.Kind;
                }
            }

            if (FirstNamed + _named.Length > byte.MaxValue)
            {
                throw new FormatException($"too many object kinds: '{slug}' would be kind number {_named.Length + 1} (at most {byte.MaxValue - FirstNamed + 1})");
            }

            var kind = (ShareKind)(FirstNamed + _named.Length);
            Volatile.Write(ref _named, [.. _named, (kind, cli, "co_" + slug)]);
            return kind;
        }
    }

    /// <summary>Lower-case letters and digits, every other run of characters one '_', none at either end, cut to
    /// <see cref="MaxNameLength"/>; throws when nothing is left.</summary>
    private static string Slug(string value)
    {
        var builder = new StringBuilder(Math.Min(value.Length, MaxNameLength));
        foreach (var c in value.Trim().ToLowerInvariant())
        {
            if (builder.Length == MaxNameLength)
            {
                break;
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '_')
            {
                builder.Append('_');
            }
        }

        var slug = builder.ToString().TrimEnd('_');
        return slug.Length == 0
            ? throw new FormatException($"object kind '{value}' has no letter or digit (a-z, 0-9)")
            : slug;
    }

    private static IEnumerable<(ShareKind Kind, string Cli, string Cluster)> Rows() => BuiltIn.Concat(Volatile.Read(ref _named));

    private static (ShareKind Kind, string Cli, string Cluster) Row(ShareKind kind)
    {
        var index = (int)kind;
        if (index < BuiltIn.Length)
        {
            return BuiltIn[index];
        }

        var named = Volatile.Read(ref _named);
        return index >= FirstNamed && index - FirstNamed < named.Length
            ? named[index - FirstNamed]
            : throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown coordination kind");
    }
}
