using System.Buffers;
using System.Text;

namespace NetworkGraph.Core.Text;

/// <summary>
/// <see cref="UrlNormalizer.Normalize"/> without <see cref="Uri"/>, for the plain URLs most shared links are: http or
/// https, a host name of ASCII letters, digits, dots and hyphens whose top-level label is letters, and a path, query and
/// fragment of characters a URI keeps as they are (no escape, no space, no dot segment, no empty segment). For such a URL
/// <see cref="Uri"/> changes nothing but the host's case, so the result is the same; parsing it with <see cref="Uri"/>
/// cost a few microseconds and about 650 bytes, once per distinct link, and a collection holds up to millions of them
/// (the IRA archive nearly one million).
/// </summary>
internal static class PlainUrl
{
    private const int MaxLength = 2048;
    private const int MaxLabel = 63;
    private const int MaxHost = 253;

    // RFC 3986 unreserved and sub-delimiter characters, and the ':' and '@' a path segment may hold.
    private const string SegmentChars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~!$&'()*+,;=:@";

    private static readonly SearchValues<char> PathChars = SearchValues.Create(SegmentChars + "/");
    private static readonly SearchValues<char> QueryChars = SearchValues.Create(SegmentChars + "/?");
    private static readonly SearchValues<char> HostEnd = SearchValues.Create("/?#");

    /// <summary>The normalised form of <paramref name="url"/> when it is a plain URL that normalises to a link, else null
    /// (the caller then parses it with <see cref="Uri"/>: null is no verdict on the URL).</summary>
    public static string? TryNormalize(string url)
    {
        var start = url.StartsWith("https://", StringComparison.Ordinal) ? 8
            : url.StartsWith("http://", StringComparison.Ordinal) ? 7
            : 0;
        if (start == 0 || url.Length > MaxLength)
        {
            return null;
        }

        var rest = url.AsSpan(start);
        var hostLength = rest.IndexOfAny(HostEnd);
        var host = hostLength >= 0 ? rest[..hostLength] : rest;
        rest = hostLength >= 0 ? rest[hostLength..] : [];
        var hash = rest.IndexOf('#');
        if (hash >= 0 && rest[(hash + 1)..].ContainsAnyExcept(QueryChars))
        {
            return null;
        }

        var beforeFragment = hash >= 0 ? rest[..hash] : rest;
        var question = beforeFragment.IndexOf('?');
        var path = question >= 0 ? beforeFragment[..question] : beforeFragment;
        var query = question >= 0 ? beforeFragment[question..] : [];
        if (path.ContainsAnyExcept(PathChars) || path.Contains("//", StringComparison.Ordinal) || HasDotSegment(path)
            || (query.Length > 1 && query[1..].ContainsAnyExcept(QueryChars)))
        {
            return null;
        }

        Span<char> lowered = stackalloc char[MaxHost];
        if (!TryLowerPlainHost(host, lowered, out var length))
        {
            return null;
        }

        var name = lowered[..length];
        if (name.StartsWith("www.", StringComparison.Ordinal))
        {
            name = name[4..];
        }

        if (!UrlNormalizer.IsDomain(name))
        {
            return null;
        }

        var builder = new StringBuilder(url.Length);
        builder.Append(name).Append(path.TrimEnd('/'));
        UrlNormalizer.AppendQuery(builder, query);
        return builder.ToString();
    }

    // Whether a segment between slashes is "." or "..", which a URI resolves.
    private static bool HasDotSegment(ReadOnlySpan<char> path)
    {
        foreach (var range in path.Split('/'))
        {
            if (path[range] is "." or "..")
            {
                return true;
            }
        }

        return false;
    }

    // A host name of dot-separated labels of ASCII letters, digits and hyphens (none empty, none longer than 63, none
    // starting or ending with a hyphen, none with hyphens in its third and fourth places as IDNA labels have), its last
    // label letters only (so no IP address): written lower-cased into destination.
    private static bool TryLowerPlainHost(ReadOnlySpan<char> host, Span<char> destination, out int length)
    {
        length = host.Length;
        if (host.IsEmpty || host.Length > destination.Length)
        {
            return false;
        }

        var labelStart = 0;
        var lettersOnly = true;
        for (var i = 0; i <= host.Length; i++)
        {
            if (i == host.Length || host[i] == '.')
            {
                var label = host[labelStart..i];
                if (label.IsEmpty || label.Length > MaxLabel || label[0] == '-' || label[^1] == '-'
                    || (label.Length >= 4 && label[2] == '-' && label[3] == '-'))
                {
                    return false;
                }

                if (i == host.Length)
                {
                    return lettersOnly;
                }

                labelStart = i + 1;
                lettersOnly = true;
                destination[i] = '.';
                continue;
            }

            var c = host[i];
            if (char.IsAsciiLetter(c))
            {
                destination[i] = (char)(c | 0x20);
            }
            else if (char.IsAsciiDigit(c) || c == '-')
            {
                destination[i] = c;
                lettersOnly = false;
            }
            else
            {
                return false;
            }
        }

        return lettersOnly;
    }
}
