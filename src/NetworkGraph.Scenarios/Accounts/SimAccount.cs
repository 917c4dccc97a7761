using System.Text;
using NetworkGraph.Scenarios.Content;

namespace NetworkGraph.Scenarios.Accounts;

/// <summary>One generated account: its profile as the archive shows it plus the hidden traits that drive its behaviour.</summary>
internal sealed class SimAccount
{
    public int Index { get; init; }

    public AccountRole Role { get; init; }

    /// <summary>Ground-truth community ("operation", "decoy-1"...), empty for ordinary organic accounts.</summary>
    public string Community { get; init; } = "";

    public string Id { get; set; } = "";

    public string Handle { get; set; } = "";

    public string DisplayName { get; set; } = "";

    public string Location { get; set; } = "";

    public string Bio { get; set; } = "";

    public string ProfileUrl { get; set; } = "";

    public long Followers { get; set; }

    public long Following { get; set; }

    public DateOnly Created { get; set; }

    public string AccountLanguage { get; set; } = "en";

    /// <summary>The language the account mostly posts in.</summary>
    public Lang Lang { get; set; }

    public int UtcOffsetMinutes { get; set; }

    /// <summary>Relative posting rate (heavy-tailed across organic accounts).</summary>
    public double Activity { get; set; } = 1.0;

    /// <summary>Share of the account's posts that are retweets.</summary>
    public double RetweetPropensity { get; set; } = 0.3;

    public int Client { get; set; }

    /// <summary>Operation accounts only: whether it posts mostly in Azeri.</summary>
    public bool AzeriDominant { get; set; }

    /// <summary>Bit c-1 set when the account posted in campaign c (filled while generating).</summary>
    public int CampaignMask { get; set; }

    public bool Popular => Followers >= Identity.PopularFollowers;

    /// <summary>Expected likes of an original post, before noise (grows sub-linearly with followers).</summary>
    public double Reach { get; private set; }

    public byte[] IdUtf8 { get; private set; } = [];

    public byte[] HandleUtf8 { get; private set; } = [];

    /// <summary>The ten profile columns (userid ... account_language), CSV-escaped and comma-joined.</summary>
    public byte[] ProfileCsv { get; private set; } = [];

    /// <summary>Whether id, display name and handle are the same hash (so a row can write the id three times).</summary>
    public bool Hashed { get; private set; }

    /// <summary>The profile columns after the handle (",location,...,account_language"), for hashed accounts.</summary>
    public byte[] ProfileTail { get; private set; } = [];

    /// <summary>Encodes the profile once so that every tweet row can copy it.</summary>
    public void Freeze()
    {
        Reach = Math.Pow(Followers + 1, 0.8) * 0.02;
        IdUtf8 = Encoding.UTF8.GetBytes(Id);
        HandleUtf8 = Encoding.UTF8.GetBytes(Handle);
        var sb = new StringBuilder(256);
        Append(sb, Id, first: true);
        Append(sb, DisplayName);
        Append(sb, Handle);
        var tailStart = sb.Length;
        Append(sb, Location);
        Append(sb, Bio);
        Append(sb, ProfileUrl);
        sb.Append(',').Append(Followers.ToString(System.Globalization.CultureInfo.InvariantCulture));
        sb.Append(',').Append(Following.ToString(System.Globalization.CultureInfo.InvariantCulture));
        sb.Append(',').Append(Created.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Append(sb, AccountLanguage);
        ProfileCsv = Encoding.UTF8.GetBytes(sb.ToString());
        Hashed = DisplayName == Id && Handle == Id;
        ProfileTail = Encoding.UTF8.GetBytes(sb.ToString(tailStart, sb.Length - tailStart));
    }

    private static void Append(StringBuilder sb, string value, bool first = false)
    {
        if (!first)
        {
            sb.Append(',');
        }

        if (value.AsSpan().IndexOfAny("\",\n\r") < 0)
        {
            sb.Append(value);
            return;
        }

        sb.Append('"').Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }
}
