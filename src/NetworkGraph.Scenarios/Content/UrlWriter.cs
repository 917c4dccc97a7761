using System.Buffers.Text;
using NetworkGraph.Scenarios.Sampling;

namespace NetworkGraph.Scenarios.Content;

/// <summary>Writes expanded URLs (the archive's urls column) into a caller's buffer.</summary>
internal static class UrlWriter
{
    private static readonly byte[][] Sections = new Phrases("politique|societe|economie|sport|culture|international|tech|sante|monde|local").Items;
    private const string VideoChars = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";

    /// <summary>A news article, a video or a photo link; returns the length written.</summary>
    public static int Everyday(Span<byte> dest, Lexicon lx, Rng rng)
    {
        var kind = rng.Next(10);
        if (kind < 2)
        {
            return Coded(dest, "https://www.youtube.com/watch?v="u8, 11, rng);
        }

        if (kind < 3)
        {
            return Coded(dest, "https://www.instagram.com/p/"u8, 11, rng);
        }

        return Article(dest, lx.Domains.Items[rng.Next(lx.Domains.Count)], rng.NextULong());
    }

    /// <summary>https://www.{domain}/{section}/{number}.html, fully determined by <paramref name="seed"/>.</summary>
    public static int Article(Span<byte> dest, ReadOnlySpan<byte> domain, ulong seed)
    {
        var n = 0;
        Put(dest, ref n, "https://www."u8);
        Put(dest, ref n, domain);
        Put(dest, ref n, "/"u8);
        Put(dest, ref n, Sections[(int)(seed % (ulong)Sections.Length)]);
        Put(dest, ref n, "/article-"u8);
        Utf8Formatter.TryFormat((long)((seed >> 8) % 90_000_000) + 10_000_000, dest[n..], out var written);
        n += written;
        Put(dest, ref n, ".html"u8);
        return n;
    }

    /// <summary>A status permalink, as quotes list in the urls column.</summary>
    public static int Status(Span<byte> dest, ReadOnlySpan<byte> handle, long tweetId)
    {
        var n = 0;
        Put(dest, ref n, "https://twitter.com/"u8);
        Put(dest, ref n, handle);
        Put(dest, ref n, "/status/"u8);
        Utf8Formatter.TryFormat(tweetId, dest[n..], out var written);
        return n + written;
    }

    private static int Coded(Span<byte> dest, ReadOnlySpan<byte> prefix, int length, Rng rng)
    {
        var n = 0;
        Put(dest, ref n, prefix);
        for (var i = 0; i < length; i++)
        {
            dest[n++] = (byte)VideoChars[rng.Next(VideoChars.Length)];
        }

        return n;
    }

    private static void Put(Span<byte> dest, ref int n, ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(dest[n..]);
        n += bytes.Length;
    }
}
