using System.Buffers.Text;
using System.Runtime.CompilerServices;
using NetworkGraph.Scenarios.Sampling;

namespace NetworkGraph.Scenarios.Content;

/// <summary>
/// A reusable scratch buffer for one post: the UTF-8 text plus the entities the archive lists beside it
/// (hashtags, expanded URLs, mentioned account indices).
/// </summary>
internal sealed class TextBuilder
{
    private const string Base62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private byte[] _text = new byte[2048];
    private readonly int[] _mentions = new int[16];

    public int Length { get; private set; }

    public ReadOnlySpan<byte> Text => _text.AsSpan(0, Length);

    public EntityList Hashtags { get; } = new();

    public EntityList Urls { get; } = new();

    public int MentionCount { get; private set; }

    public ReadOnlySpan<int> Mentions => _mentions.AsSpan(0, MentionCount);

    public void Clear()
    {
        Length = 0;
        MentionCount = 0;
        Hashtags.Clear();
        Urls.Clear();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Append(ReadOnlySpan<byte> bytes)
    {
        if (Length + bytes.Length > _text.Length)
        {
            Array.Resize(ref _text, Math.Max(_text.Length * 2, Length + bytes.Length));
        }

        bytes.CopyTo(_text.AsSpan(Length));
        Length += bytes.Length;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Append(byte b)
    {
        if (Length == _text.Length)
        {
            Array.Resize(ref _text, _text.Length * 2);
        }

        _text[Length++] = b;
    }

    public void AppendNumber(long value)
    {
        Span<byte> digits = stackalloc byte[20];
        Utf8Formatter.TryFormat(value, digits, out var n);
        Append(digits[..n]);
    }

    /// <summary>Appends a phrase, replacing each '~' with a number drawn from <paramref name="rng"/>.</summary>
    public void Append(Phrases phrases, int index, Rng rng)
    {
        var bytes = phrases.Items[index];
        if (!phrases.HasNumber[index])
        {
            Append(bytes);
            return;
        }

        foreach (var b in bytes)
        {
            if (b == (byte)'~')
            {
                AppendNumber(2 + rng.Next(rng.Chance(0.8) ? 28 : 98));
            }
            else if (b == (byte)'^')
            {
                AppendNumber(rng.Next(rng.Chance(0.8) ? 3 : 6));
            }
            else
            {
                Append(b);
            }
        }
    }

    /// <summary>Appends a random phrase of the list.</summary>
    public void AppendAny(Phrases phrases, Rng rng) => Append(phrases, rng.Next(phrases.Count), rng);

    /// <summary>A single space, unless the text is empty or already ends with whitespace.</summary>
    public void Space()
    {
        if (Length > 0 && _text[Length - 1] is not ((byte)' ' or (byte)'\n'))
        {
            Append((byte)' ');
        }
    }

    public byte LastByte => Length == 0 ? (byte)0 : _text[Length - 1];

    public void Truncate(int length) => Length = Math.Clamp(length, 0, Length);

    /// <summary>Writes '#tag' into the text and lists the tag.</summary>
    public void Hashtag(ReadOnlySpan<byte> tag)
    {
        Space();
        Append((byte)'#');
        Append(tag);
        Hashtags.Add(tag);
    }

    /// <summary>Writes '@handle' into the text and lists the account once.</summary>
    public void Mention(int account, ReadOnlySpan<byte> handle)
    {
        Space();
        Append((byte)'@');
        Append(handle);
        AddMention(account);
    }

    /// <summary>Lists a mentioned account without writing anything into the text.</summary>
    public void AddMention(int account)
    {
        if (MentionCount == _mentions.Length || _mentions.AsSpan(0, MentionCount).Contains(account))
        {
            return;
        }

        _mentions[MentionCount++] = account;
    }

    /// <summary>Writes a t.co short link into the text (as the archive does) and lists the expanded URL.</summary>
    public void Link(ReadOnlySpan<byte> expandedUrl, ulong seed)
    {
        Space();
        Append("https://t.co/"u8);
        var x = seed;
        for (var i = 0; i < 10; i++)
        {
            Append((byte)Base62[(int)(x % 62)]);
            x /= 62;
            if (x == 0)
            {
                x = Rng.Fold(seed + (ulong)i);
            }
        }

        Urls.Add(expandedUrl);
    }
}
