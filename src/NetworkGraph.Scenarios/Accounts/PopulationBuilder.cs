using NetworkGraph.Scenarios.Content;
using NetworkGraph.Scenarios.Sampling;

namespace NetworkGraph.Scenarios.Accounts;

/// <summary>Builds the accounts of a scenario: organic population, campaign targets, decoy communities, the operation.</summary>
internal sealed partial class PopulationBuilder
{
    private static readonly (Lang Lang, int Offset, double Weight)[] Countries =
    [
        (Lang.Fr, 60, 0.30), (Lang.En, 0, 0.08), (Lang.En, -300, 0.12), (Lang.En, -480, 0.06), (Lang.Es, 60, 0.06),
        (Lang.Es, -360, 0.05), (Lang.Es, -180, 0.02), (Lang.De, 60, 0.07), (Lang.It, 60, 0.06), (Lang.Ar, 180, 0.05),
        (Lang.Ar, 120, 0.04), (Lang.Ar, 0, 0.01), (Lang.Tr, 180, 0.03), (Lang.Ru, 180, 0.02), (Lang.Az, 240, 0.01),
    ];

    private static readonly double[] CountryWeights = Countries.Select(c => c.Weight).ToArray();

    private static readonly double[] OrganicClientWeights = [0.38, 0.36, 0.20, 0.03, 0.02, 0.01, 0.0];

    private readonly ScenarioOptions _options;
    private readonly Rng _rng;
    private readonly List<SimAccount> _accounts = [];
    private readonly HashSet<string> _handles = [];

    public PopulationBuilder(ScenarioOptions options)
    {
        _options = options;
        _rng = Rng.For(options.Seed, Streams.Population);
    }

    public Population Build()
    {
        var organic = new List<int>();
        for (var i = 0; i < _options.OrganicAccounts; i++)
        {
            organic.Add(AddOrganic().Index);
        }

        var targets = _options.Campaigns.Select(c => c.Targets.Select(t => Target(t, organic)).ToArray()).ToArray();
        var decoys = BuildDecoys();
        var (operation, hubs) = BuildOperation();

        foreach (var a in _accounts)
        {
            a.Freeze();
        }

        var accounts = _accounts.ToArray();
        var influencers = accounts.Where(a => a.Popular && a.Role != AccountRole.Operation).Select(a => a.Index).ToArray();
        var order = Enumerable.Range(0, accounts.Length).ToArray();
        _rng.Shuffle(order.AsSpan());
        return new Population
        {
            Accounts = accounts,
            Organic = organic.ToArray(),
            Operation = operation,
            Hubs = hubs,
            Influencers = influencers,
            CampaignTargets = targets,
            Decoys = decoys,
            ListingOrder = order,
        };
    }

    private SimAccount NewAccount(AccountRole role, string community)
    {
        var account = new SimAccount { Index = _accounts.Count, Role = role, Community = community };
        _accounts.Add(account);
        return account;
    }

    private SimAccount AddOrganic()
    {
        var country = Countries[PickWeighted(CountryWeights)];
        var a = NewAccount(AccountRole.Organic, "");
        a.Lang = country.Lang;
        a.UtcOffsetMinutes = country.Offset;
        a.Followers = (long)Math.Round(_rng.LogNormal(150, 1.75));
        a.Following = (long)Math.Round(_rng.LogNormal(260, 1.0));
        a.Created = RandomCreation(a.Followers >= Identity.PopularFollowers ? 2009 : 2010, 2023);
        // Heavy-tailed activity: a Pareto draw (alpha 1.2), popular accounts post more.
        a.Activity = Math.Min(400, Math.Pow(1.0 - _rng.NextDouble(), -1.0 / 1.2)) * (a.Followers >= Identity.PopularFollowers ? 2.0 : 1.0);
        a.RetweetPropensity = 0.05 + (0.7 * Math.Pow(_rng.NextDouble(), 1.5));
        a.Client = PickWeighted(OrganicClientWeights);
        FillProfile(a, Lexicons.For(a.Lang), locationChance: 0.6, bioChance: 0.65);
        a.AccountLanguage = _rng.Chance(0.8) ? a.Lang.Code() : "en";
        return a;
    }

    /// <summary>Identity, location, bio and link from the account's language (hashed below the follower threshold).</summary>
    private void FillProfile(SimAccount a, Lexicon lexicon, double locationChance, double bioChance)
    {
        if (a.Followers >= Identity.PopularFollowers)
        {
            a.Id = Identity.NumericId(a.Created, _rng);
            Identity.Name(a, lexicon, _rng, _handles);
        }
        else
        {
            Identity.Hash(a, _options.Seed);
        }

        if (_rng.Chance(locationChance))
        {
            a.Location = _rng.Chance(0.9) ? lexicon.Locations.Text[_rng.Next(lexicon.Locations.Count)] : _rng.Pick(QuirkyLocations);
        }

        if (_rng.Chance(bioChance))
        {
            a.Bio = ComposeBio(lexicon);
        }

        if (_rng.Chance(0.08))
        {
            a.ProfileUrl = Identity.ShortLink(_rng);
        }
    }

    private static readonly string[] QuirkyLocations = ["🌍", "Earth", "somewhere", "🏠", "ici et là", "in my head", "Europe", "🇪🇺", "Mars"];

    private static readonly string[] BioSeparators = [" | ", ". ", " • ", " / ", "\n", ", "];

    private string ComposeBio(Lexicon lexicon)
    {
        var parts = 1 + _rng.Next(3);
        var sep = _rng.Pick(BioSeparators);
        var bio = lexicon.Bios.Text[_rng.Next(lexicon.Bios.Count)];
        for (var i = 1; i < parts; i++)
        {
            bio += sep + lexicon.Bios.Text[_rng.Next(lexicon.Bios.Count)];
        }

        return _rng.Chance(0.3) ? bio + " " + Lexicons.Emoji.Text[_rng.Next(Lexicons.Emoji.Count)] : bio;
    }

    private int Target(string handle, List<int> organic)
    {
        var existing = _accounts.FirstOrDefault(a => string.Equals(a.Handle, handle, StringComparison.OrdinalIgnoreCase));
        if (existing is not null)
        {
            return existing.Index;
        }

        var a = NewAccount(AccountRole.Organic, "");
        a.Lang = Lang.Fr;
        a.UtcOffsetMinutes = 60;
        a.Followers = 200_000 + _rng.NextLong(3_000_000);
        a.Following = 100 + _rng.Next(900);
        a.Created = RandomCreation(2009, 2014);
        a.Activity = 3;
        a.RetweetPropensity = 0.2;
        a.Client = Clients.WebApp;
        a.Id = Identity.NumericId(a.Created, _rng);
        Identity.Claim(a, handle, _rng, _handles);
        a.DisplayName = handle;
        a.Bio = "Compte officiel";
        a.Location = "Paris, France";
        a.AccountLanguage = "fr";
        organic.Add(a.Index);
        return a.Index;
    }

    private DateOnly RandomCreation(int fromYear, int toYear)
    {
        var from = new DateOnly(fromYear, 1, 1).DayNumber;
        var to = new DateOnly(toYear, 6, 30).DayNumber;
        // Skewed towards recent years, as in most collections.
        var u = Math.Sqrt(_rng.NextDouble());
        return DateOnly.FromDayNumber(from + (int)((to - from) * u));
    }

    private int PickWeighted(double[] weights)
    {
        var total = weights.Sum();
        var x = _rng.NextDouble() * total;
        for (var i = 0; i < weights.Length; i++)
        {
            x -= weights[i];
            if (x < 0)
            {
                return i;
            }
        }

        return weights.Length - 1;
    }
}
