using System.Security.Cryptography;
using System.Text;
using NetworkGraph.Scenarios.Content;
using NetworkGraph.Scenarios.Sampling;

namespace NetworkGraph.Scenarios.Accounts;

/// <summary>Ids, handles and names as the archive shows them (hashed below the follower threshold).</summary>
internal static class Identity
{
    /// <summary>Accounts at or above this many followers keep their numeric id and real handle in the archive.</summary>
    public const long PopularFollowers = 5000;

    private const long TwitterEpochMs = 1288834974657L;

    /// <summary>Gives the account a hashed identity (64-hex id, display name and handle all the same hash).</summary>
    public static void Hash(SimAccount account, long seed)
    {
        Span<byte> input = stackalloc byte[16];
        BitConverter.TryWriteBytes(input, seed);
        BitConverter.TryWriteBytes(input[8..], (long)account.Index);
        var hex = Convert.ToHexStringLower(SHA256.HashData(input));
        account.Id = hex;
        account.Handle = hex;
        account.DisplayName = hex;
    }

    /// <summary>A numeric id consistent with the creation date (snowflake ids since late 2016, small ids before).</summary>
    public static string NumericId(DateOnly created, Rng rng)
    {
        if (created.Year >= 2017)
        {
            var ms = new DateTimeOffset(created.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).ToUnixTimeMilliseconds()
                + rng.NextLong(86_400_000);
            return (((ms - TwitterEpochMs) << 22) | rng.NextLong(1L << 22)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        // Sequential-era ids grew roughly exponentially from ~10^6 (2007) to ~8*10^8 (2016).
        var years = created.Year - 2007 + (created.DayOfYear / 366.0);
        var id = (long)(1_000_000 * Math.Pow(2.1, years)) + rng.NextLong(500_000);
        return id.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>A real-looking name and unique handle from the language's name lists.</summary>
    public static void Name(SimAccount account, Lexicon lexicon, Rng rng, HashSet<string> handles)
    {
        var first = lexicon.FirstNames.Text[rng.Next(lexicon.FirstNames.Count)];
        var last = lexicon.LastNames.Text[rng.Next(lexicon.LastNames.Count)];
        account.DisplayName = rng.Chance(0.15) ? first + " " + last + " " + Lexicons.Emoji.Text[rng.Next(Lexicons.Emoji.Count)] : first + " " + last;
        var a = Ascii(first);
        var b = Ascii(last);
        var baseHandle = rng.Next(4) switch
        {
            0 => a + b,
            1 => a + "_" + b,
            2 => a[..1] + b,
            _ => a + b[..1] + rng.Next(10, 99),
        };
        Claim(account, baseHandle, rng, handles);
    }

    /// <summary>Takes <paramref name="wanted"/> as the handle, adding digits when it is taken (max 15 characters).</summary>
    public static void Claim(SimAccount account, string wanted, Rng rng, HashSet<string> handles)
    {
        var handle = wanted.Length > 15 ? wanted[..15] : wanted;
        while (!handles.Add(handle.ToUpperInvariant()))
        {
            var digits = rng.Next(1, 9999).ToString(System.Globalization.CultureInfo.InvariantCulture);
            handle = (wanted.Length + digits.Length > 15 ? wanted[..(15 - digits.Length)] : wanted) + digits;
        }

        account.Handle = handle;
    }

    /// <summary>Strips accents and anything but letters and digits, for handles.</summary>
    public static string Ascii(string name)
    {
        var normalized = name.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(normalized.Length);
        foreach (var c in normalized)
        {
            if (c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9'))
            {
                sb.Append(c);
            }
            else if (c is 'ı')
            {
                sb.Append('i');
            }
            else if (c is 'ə' or 'Ə')
            {
                sb.Append(c == 'ə' ? 'e' : 'E');
            }
        }

        return sb.Length == 0 ? "user" : sb.ToString();
    }

    /// <summary>A profile link as the archive shows it (a t.co short link).</summary>
    public static string ShortLink(Rng rng)
    {
        const string chars = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
        Span<char> code = stackalloc char[10];
        for (var i = 0; i < code.Length; i++)
        {
            code[i] = chars[rng.Next(chars.Length)];
        }

        return "https://t.co/" + new string(code);
    }
}
