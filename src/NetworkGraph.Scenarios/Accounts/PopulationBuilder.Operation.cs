using NetworkGraph.Scenarios.Content;

namespace NetworkGraph.Scenarios.Accounts;

internal sealed partial class PopulationBuilder
{
    /// <summary>Spellings of an Azerbaijani location, as declared in profiles.</summary>
    public static readonly string[] AzerbaijanLocations =
    [
        "Baku", "Bakı", "Baku, Azerbaijan", "Azerbaijan", "Azərbaycan", "Баку", "Bakou", "Bakı, Azərbaycan", "Gəncə",
        "Sumqayıt", "Azerbaïdjan", "🇦🇿", "Baki", "Azerbaijan 🇦🇿", "Absheron, Azerbaijan", "Азербайджан", "Bakı şəhəri",
    ];

    /// <summary>Bios declaring ties to the ruling New Azerbaijan Party (YAP).</summary>
    public static readonly string[] PartyBios =
    [
        "YAP üzvü", "Yeni Azərbaycan Partiyasının üzvü", "Member of the New Azerbaijan Party", "YAP gənclər birliyi",
        "Yeni Azərbaycan Partiyası | Vətən sevdalısı", "New Azerbaijan Party (YAP) activist", "YAP-ın fəalı",
        "Yeni Azərbaycan Partiyası sıralarında", "Proud member of YAP 🇦🇿",
    ];

    private static readonly string[] OperationBios =
    [
        "Müstəmləkəçiliyə qarşı", "Anti-colonial activist", "Contre le néocolonialisme", "Ədalət və sülh tərəfdarı",
        "Xalqların azadlığı uğrunda", "Decolonization now ✊", "Solidarité avec les peuples opprimés", "Jurnalist | Vətənimi sevirəm",
        "Freedom for all nations", "Sülh, ədalət, azadlıq", "Activiste pour l'autodétermination",
    ];

    private static readonly string[] OtherOperationLocations =
        ["Paris", "Nouméa", "Ajaccio", "Fort-de-France", "Istanbul", "Planet Earth", "Europe", "Dünya", "Worldwide", "Genève"];

    private static readonly (string Handle, string Name)[] HubNames =
    [
        ("EdaletSesi", "Ədalət Səsi"), ("VoixDesPeuples", "Voix des Peuples"), ("FreePeoplesNow", "Free Peoples Now"),
        ("DecolonizeWatch", "Decolonize Watch"), ("AzadXalqlar", "Azad Xalqlar"), ("AntiColonialNet", "Anti-Colonial Network"),
        ("PeuplesLibres", "Peuples Libres"), ("SulhSesi", "Sülh Səsi"),
    ];

    private static readonly Lang[] NonAzeriLangs = [Lang.En, Lang.Ru, Lang.Tr, Lang.Fr];

    private (int[] Operation, int[] Hubs) BuildOperation()
    {
        var n = _options.OperationAccounts;
        var hubCount = Math.Clamp(n / 100, 1, HubNames.Length);
        var azeri = Exactly(n, _options.OperationAzeriShare);
        var located = Exactly(n, _options.OperationAzerbaijanLocationShare);
        var party = Exactly(n, _options.OperationPartyBioShare);
        var lexicon = Lexicons.For(Lang.Az);
        var operation = new int[n];
        for (var i = 0; i < n; i++)
        {
            var a = NewAccount(AccountRole.Operation, "operation");
            var hub = i < hubCount;
            a.AzeriDominant = azeri[i];
            a.Lang = azeri[i] ? Lang.Az : _rng.Pick(NonAzeriLangs);
            a.UtcOffsetMinutes = 240;
            a.Followers = hub ? 5_200 + _rng.Next(10_000) : Math.Min(4_999, (long)Math.Round(_rng.LogNormal(120, 1.0)));
            a.Following = (long)Math.Round(_rng.LogNormal(350, 0.7));
            a.Created = _rng.Chance(0.85) ? BurstCreation() : RandomCreation(2012, 2021);
            a.Client = _rng.NextDouble() switch { < 0.7 => Clients.WebApp, < 0.95 => Clients.Android, _ => Clients.TweetDeck };
            if (hub)
            {
                a.Id = Identity.NumericId(a.Created, _rng);
                Identity.Claim(a, HubNames[i].Handle, _rng, _handles);
                a.DisplayName = HubNames[i].Name;
            }
            else
            {
                Identity.Hash(a, _options.Seed);
            }

            a.Location = located[i] ? _rng.Pick(AzerbaijanLocations) : _rng.Chance(0.45) ? _rng.Pick(OtherOperationLocations) : "";
            a.Bio = party[i]
                ? (_rng.Chance(0.5) ? _rng.Pick(PartyBios) : _rng.Pick(PartyBios) + " | " + lexicon.Bios.Text[_rng.Next(lexicon.Bios.Count)])
                : _rng.Chance(0.7) ? (_rng.Chance(0.6) ? _rng.Pick(OperationBios) : lexicon.Bios.Text[_rng.Next(lexicon.Bios.Count)]) : "";
            a.AccountLanguage = _rng.NextDouble() switch { < 0.4 => "az", < 0.75 => "en", < 0.9 => "ru", _ => "tr" };
            operation[i] = a.Index;
        }

        return (operation, operation[..hubCount]);
    }

    /// <summary>Exactly round(share * n) flags set, at random positions.</summary>
    private bool[] Exactly(int n, double share)
    {
        var flags = new bool[n];
        var count = (int)Math.Round(share * n);
        for (var i = 0; i < count; i++)
        {
            flags[i] = true;
        }

        _rng.Shuffle(flags.AsSpan());
        return flags;
    }

    /// <summary>A creation date inside one of four short bursts before the period (accounts made in batches).</summary>
    private DateOnly BurstCreation()
    {
        ReadOnlySpan<int> daysBefore = [300, 190, 95, 24];
        var start = _options.Start.AddDays(-daysBefore[_rng.Next(daysBefore.Length)]);
        return start.AddDays(_rng.Next(4));
    }
}
