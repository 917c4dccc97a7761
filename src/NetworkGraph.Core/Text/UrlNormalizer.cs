using System.Text;

namespace NetworkGraph.Core.Text;

/// <summary>Normalises URLs and extracts their domain, so that shares of one link compare equal (the co-link object).</summary>
/// <remarks>
/// The scheme is dropped (http and https match), the host is lower-cased and loses a leading <c>www.</c>, the
/// fragment is dropped, tracking parameters (<c>utm_*</c>, <c>fbclid</c>, <c>gclid</c>) are removed from the query,
/// and a trailing <c>/</c> of the path is dropped. Path and remaining query keep their case and order.
/// </remarks>
public static class UrlNormalizer
{
    /// <summary>Returns the normalised URL, or null when <paramref name="url"/> is blank or a cut link (its host empty,
    /// without a dot or ending in the ellipsis of a truncated tweet, see <see cref="IsDomain"/>).</summary>
    public static string? Normalize(string? url) =>
        url is not null && PlainUrl.TryNormalize(url) is { } plain ? plain : NormalizeParsed(url);

    /// <summary>As <see cref="Normalize"/>, always parsing with <see cref="Uri"/> (what <see cref="PlainUrl"/> must
    /// agree with).</summary>
    internal static string? NormalizeParsed(string? url)
    {
        if (!TryParse(url, out var uri, out var trimmed))
        {
            return trimmed.Length == 0 || HasCutHost(trimmed) ? null : trimmed.ToLowerInvariant();
        }

        var host = Host(uri);
        if (!IsDomain(host))
        {
            return null;
        }

        var builder = new StringBuilder(trimmed.Length);
        builder.Append(host);
        if (!uri.IsDefaultPort)
        {
            builder.Append(':').Append(uri.Port);
        }

        var path = uri.AbsolutePath.TrimEnd('/');
        builder.Append(path);
        AppendQuery(builder, uri.Query);
        return builder.ToString();
    }

    /// <summary>Returns the lower-case host without a leading <c>www.</c>, or null when it cannot be read or is no domain
    /// (see <see cref="IsDomain"/>).</summary>
    public static string? Domain(string? url)
    {
        return TryParse(url, out var uri, out _) && Host(uri) is var host && IsDomain(host) ? host : null;
    }

    /// <summary>Whether a host can be a domain: an IPv6 address (with or without brackets), or a name with a dot inside it and
    /// without the ellipsis (U+2026) that ends a cut link (<c>https://t.…</c>) and not ending in a one-letter label;
    /// <c>t</c>, <c>t.c</c>, <c>www</c> or an empty host are cut links.</summary>
    public static bool IsDomain(ReadOnlySpan<char> host)
    {
        if (host.Contains(':'))
        {
            return !host.Contains('\u2026');
        }

        host = host.TrimEnd('.');

        // No top-level domain has one letter: "t.c" is a t.co link cut short (an IPv4 address ends in digits).
        var last = host[(host.LastIndexOf('.') + 1)..];
        return host.Length > 2 && host[1..].Contains('.') && !host.Contains('\u2026') && (last.Length > 1 || last is [var c] && char.IsAsciiDigit(c));
    }

    private static bool TryParse(string? url, out Uri uri, out string trimmed)
    {
        trimmed = url?.Trim() ?? string.Empty;
        uri = null!;
        if (trimmed.Length == 0)
        {
            return false;
        }

        var candidate = trimmed.Contains("://", StringComparison.Ordinal) ? trimmed : "http://" + trimmed;
        if (!Uri.TryCreate(candidate, UriKind.Absolute, out var parsed) || string.IsNullOrEmpty(parsed.Host))
        {
            return false;
        }

        uri = parsed;
        return true;
    }

    // A text Uri cannot read whose host part (after the scheme, before the path) is empty or holds the ellipsis.
    private static bool HasCutHost(string trimmed)
    {
        var scheme = trimmed.IndexOf("://", StringComparison.Ordinal);
        var rest = scheme >= 0 ? trimmed.AsSpan(scheme + 3) : trimmed.AsSpan();
        var end = rest.IndexOfAny("/?#");
        var host = end >= 0 ? rest[..end] : rest;
        return host.IsEmpty || host.Contains('\u2026');
    }

    private static string Host(Uri uri)
    {
        var host = AsciiHost(uri).ToLowerInvariant();
        return host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
    }

    // IdnHost throws on a host that is not valid IDN (xn--a.com, a label with a bare hyphen): keep such a host as written.
    private static string AsciiHost(Uri uri)
    {
        try
        {
            return uri.IdnHost;
        }
        catch (UriFormatException)
        {
            return uri.Host;
        }
    }

    /// <summary>Appends the query <paramref name="query"/> (with its leading <c>?</c>) without its tracking parameters.</summary>
    internal static void AppendQuery(StringBuilder builder, ReadOnlySpan<char> query)
    {
        if (query.Length <= 1)
        {
            return;
        }

        var first = true;
        var parameters = query[1..];
        foreach (var range in parameters.Split('&'))
        {
            var part = parameters[range];
            if (part.IsEmpty)
            {
                continue;
            }

            var equals = part.IndexOf('=');
            var name = equals >= 0 ? part[..equals] : part;
            if (name.StartsWith("utm_", StringComparison.OrdinalIgnoreCase)
                || name.Equals("fbclid", StringComparison.OrdinalIgnoreCase)
                || name.Equals("gclid", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            builder.Append(first ? '?' : '&').Append(part);
            first = false;
        }
    }
}
