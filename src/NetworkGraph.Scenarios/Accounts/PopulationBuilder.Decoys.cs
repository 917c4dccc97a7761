using NetworkGraph.Scenarios.Content;

namespace NetworkGraph.Scenarios.Accounts;

internal sealed partial class PopulationBuilder
{
    private static readonly string[] FanBios =
    [
        "Supporter du FC Riviera depuis ~ ans", "Abonné tribune Sud", "Riviera jusqu'au bout 🔴⚫", "Allez Riviera !",
        "Virage Nord", "Le foot, c'est la vie", "FCR ❤️", "Ultra depuis 2009", "Rouge et noir pour toujours",
    ];

    private static readonly string[] JunkieBios =
    [
        "Accro à l'info", "Veille actu", "Lecteur de presse", "Toujours informé", "Revue de presse quotidienne",
        "L'actu avant le café", "Curieux de tout", "Je partage ce que je lis",
    ];

    private static readonly string[] ViewerBios =
    [
        "Fan de télé-réalité", "#TeamDuel", "Le samedi soir c'est sacré", "Canapé + Grand Duel", "Télévore assumée",
        "Commentatrice du dimanche", "Je live-tweete tout",
    ];

    private static readonly string[] RivieraLocations = ["Nice", "Nice, France", "Côte d'Azur", "Antibes", "Cannes", "Menton", "06", "Alpes-Maritimes"];

    private DecoyGroups BuildDecoys()
    {
        var club = _options.FanAccounts > 0 ? Core("FCRiviera", "FC Riviera", "Compte officiel du FC Riviera ⚽ | Fondé en 1904", "decoy-1", 1_200_000) : -1;
        var fans = Members(_options.FanAccounts, "decoy-1", FanBios, RivieraLocations);
        var outlets = _options.NewsJunkieAccounts > 0
            ? new[]
            {
                Core("InfoDirect24", "Info Direct 24", "L'actualité en continu, 24h/24", "decoy-2", 900_000),
                Core("QuotidienSoir", "Le Quotidien du Soir", "Quotidien d'information générale", "decoy-2", 1_600_000),
                Core("ActuMondeFR", "Actu Monde", "Le monde en direct | Alertes et analyses", "decoy-2", 420_000),
            }
            : [];
        var junkies = Members(_options.NewsJunkieAccounts, "decoy-2", JunkieBios, null);
        var show = _options.LiveTweetAccounts > 0 ? Core("LeGrandDuelTV", "Le Grand Duel", "Compte officiel de l'émission | Le samedi à 21h", "decoy-3", 450_000) : -1;
        var viewers = Members(_options.LiveTweetAccounts, "decoy-3", ViewerBios, null);
        return new DecoyGroups { Club = club, Fans = fans, Outlets = outlets, Junkies = junkies, Show = show, Viewers = viewers };
    }

    private int Core(string handle, string name, string bio, string community, long followers)
    {
        var a = NewAccount(AccountRole.Decoy, community);
        a.Lang = Lang.Fr;
        a.UtcOffsetMinutes = 60;
        a.Followers = followers + _rng.NextLong(followers / 5);
        a.Following = 50 + _rng.Next(400);
        a.Created = RandomCreation(2009, 2013);
        a.Client = _rng.Chance(0.5) ? Clients.SocialFlow : Clients.TweetDeck;
        a.Id = Identity.NumericId(a.Created, _rng);
        Identity.Claim(a, handle, _rng, _handles);
        a.DisplayName = name;
        a.Bio = bio;
        a.Location = "France";
        a.ProfileUrl = Identity.ShortLink(_rng);
        a.AccountLanguage = "fr";
        return a.Index;
    }

    private int[] Members(int count, string community, string[] bios, string[]? locations)
    {
        var lexicon = Lexicons.For(Lang.Fr);
        var members = new int[count];
        for (var i = 0; i < count; i++)
        {
            var a = NewAccount(AccountRole.Decoy, community);
            a.Lang = Lang.Fr;
            a.UtcOffsetMinutes = 60;
            a.Followers = (long)Math.Round(_rng.LogNormal(280, 1.1));
            a.Following = (long)Math.Round(_rng.LogNormal(400, 0.8));
            a.Created = RandomCreation(2010, 2023);
            a.Client = _rng.Chance(0.5) ? Clients.IPhone : Clients.Android;
            FillProfile(a, lexicon, locationChance: 0.6, bioChance: 0.2);
            if (locations is not null && _rng.Chance(0.6))
            {
                a.Location = _rng.Pick(locations);
            }

            if (_rng.Chance(0.75))
            {
                var bio = _rng.Pick(bios).Replace("~", (2 + _rng.Next(30)).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
                a.Bio = a.Bio.Length > 0 && _rng.Chance(0.5) ? bio + " | " + a.Bio : bio;
            }

            a.AccountLanguage = "fr";
            members[i] = a.Index;
        }

        return members;
    }
}
