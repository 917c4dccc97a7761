using System.Buffers;
using System.Text;

namespace NetworkGraph.Core.Text;

/// <summary>Reads which site a URL points to (its host as a domain) without parsing it as a <see cref="Uri"/>: the one
/// reading used at ingest (UTF-8 bytes) and in cluster reports (strings).</summary>
/// <remarks>The scheme (if any, also a bare <c>//</c>), the user part, the port, a trailing dot and a leading <c>www.</c>
/// are dropped; an IPv6 host keeps its brackets. A host with blanks, quotes or angle brackets, or that is no domain
/// (<see cref="UrlNormalizer.IsDomain"/>: a cut link such as <c>https://t.…</c> or <c>https://www</c>), gives
/// nothing. The co-domain object of the share table stays <see cref="UrlNormalizer.Domain"/>, which also converts
/// international names to their ASCII form.</remarks>
public static class UrlHost
{
    private const int StackChars = 512;

    /// <summary>The URL's domain as written (not lower-cased), or empty when there is none.</summary>
    public static ReadOnlySpan<char> Of(ReadOnlySpan<char> url)
    {
        var host = url.Trim();
        var scheme = host.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0)
        {
            host = host[(scheme + 3)..];
        }
        else if (host.StartsWith("//", StringComparison.Ordinal))
        {
            host = host[2..];
        }

        var end = host.IndexOfAny("/?#");
        host = end >= 0 ? host[..end] : host;
        var at = host.LastIndexOf('@');
        host = at >= 0 ? host[(at + 1)..] : host;
        if (host is ['[', ..])
        {
            var close = host.IndexOf(']');
            host = close > 0 ? host[..(close + 1)] : host;
        }
        else if (host.IndexOf(':') is var colon and >= 0)
        {
            host = host[..colon];
        }

        host = host.TrimEnd('.');
        if (host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) && host.Length > 4)
        {
            host = host[4..];
        }

        return host.IsEmpty || host.ContainsAny(" \t\"<>\\") || !UrlNormalizer.IsDomain(host) ? [] : host;
    }

    /// <summary>The URL's domain, lower-cased; null when there is none.</summary>
    public static string? Domain(string url)
    {
        var host = Of(url);
        return host.IsEmpty ? null : host.ToString().ToLowerInvariant();
    }

    /// <summary>Writes the UTF-8 URL's domain, lower-cased, into <paramref name="destination"/> and returns its length;
    /// 0 when there is none or it does not fit.</summary>
    public static int Extract(ReadOnlySpan<byte> url, Span<byte> destination)
    {
        char[]? rented = null;
        // UTF-8 never decodes to more characters than it has bytes.
        var chars = url.Length <= StackChars ? stackalloc char[url.Length] : (rented = ArrayPool<char>.Shared.Rent(url.Length));
        try
        {
            var host = Of(chars[..Encoding.UTF8.GetChars(url, chars)]);
            if (host.IsEmpty || host.Length > destination.Length)
            {
                return 0;
            }

            // Lower-casing can lengthen the UTF-8 (U+023A is 2 bytes, its lower case 3): what must fit is the lowered host.
            Span<char> lower = stackalloc char[host.Length];
            host.ToLowerInvariant(lower);
            return Encoding.UTF8.TryGetBytes(lower, destination, out var written) ? written : 0;
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }
}
