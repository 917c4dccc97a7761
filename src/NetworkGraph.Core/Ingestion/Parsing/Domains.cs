using System.Text;
using NetworkGraph.Core.Text;

namespace NetworkGraph.Core.Ingestion.Parsing;

/// <summary>Extracts the domain a URL points to.</summary>
internal static class Domains
{
    /// <summary>Writes the URL's host, lower-cased and without a leading "www.", into <paramref name="destination"/>
    /// and returns its length; 0 when no host can be read or it is no domain (<see cref="UrlNormalizer.IsDomain"/>: a cut
    /// link such as <c>https://t.…</c> or <c>https://www</c>). Works with or without a scheme.</summary>
    public static int Extract(ReadOnlySpan<byte> url, Span<byte> destination)
    {
        var schemeEnd = url.IndexOf("://"u8);
        var host = schemeEnd >= 0 ? url[(schemeEnd + 3)..] : url;
        if (schemeEnd < 0 && host.StartsWith("//"u8))
        {
            host = host[2..];
        }

        var end = host.IndexOfAny("/?#"u8);
        if (end >= 0)
        {
            host = host[..end];
        }

        var at = host.LastIndexOf((byte)'@');
        if (at >= 0)
        {
            host = host[(at + 1)..];
        }

        if (!host.IsEmpty && host[0] == '[')
        {
            var close = host.IndexOf((byte)']');
            host = close > 0 ? host[..(close + 1)] : host;
        }
        else
        {
            var colon = host.IndexOf((byte)':');
            if (colon >= 0)
            {
                host = host[..colon];
            }
        }

        host = host.TrimEnd((byte)'.');
        if (host.Length > 4 && (host[..4].SequenceEqual("www."u8) || host[..4].SequenceEqual("WWW."u8)))
        {
            host = host[4..];
        }

        if (host.IsEmpty || host.Length > destination.Length || host.IndexOfAny(" \t\"<>\\"u8) >= 0 || !IsDomain(host))
        {
            return 0;
        }

        for (var i = 0; i < host.Length; i++)
        {
            var b = host[i];
            destination[i] = b is >= (byte)'A' and <= (byte)'Z' ? (byte)(b | 0x20) : b;
        }

        return host.Length;
    }

    private static bool IsDomain(ReadOnlySpan<byte> host)
    {
        Span<char> chars = stackalloc char[host.Length];
        return UrlNormalizer.IsDomain(chars[..Encoding.UTF8.GetChars(host, chars)]);
    }
}
