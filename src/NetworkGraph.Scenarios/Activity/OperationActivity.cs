using NetworkGraph.Core.Model;
using NetworkGraph.Scenarios.Accounts;
using NetworkGraph.Scenarios.Content;
using NetworkGraph.Scenarios.Sampling;

namespace NetworkGraph.Scenarios.Activity;

/// <summary>
/// The operation's posts: copy-paste waves during campaigns (a hub posts a template, many accounts post small
/// variations within minutes and retweet the seed within seconds to minutes), plus ordinary office-hours filler.
/// </summary>
internal sealed class OperationActivity
{
    private static readonly Lang[] AzeriAside = [Lang.Ru, Lang.En, Lang.Tr];
    private readonly ScenarioOptions _options;
    private readonly Population _population;
    private readonly ScenarioCalendar _calendar;
    private readonly int[][] _rosters;
    private readonly Rng _rng = new(0);

    public OperationActivity(ScenarioOptions options, Population population, ScenarioCalendar calendar)
    {
        _options = options;
        _population = population;
        _calendar = calendar;
        _rosters = new int[options.Campaigns.Count][];
        for (var c = 0; c < _rosters.Length; c++)
        {
            var rng = Rng.For(options.Seed, Streams.Campaign, c);
            _rosters[c] = population.Operation
                .Where(a => population.Hubs.Contains(a) || rng.Chance(options.CampaignRosterShare))
                .ToArray();
        }
    }

    /// <summary>Multiplies every rate (waves and filler), to fit small scenarios.</summary>
    public double Scale { get; set; } = 1.0;

    public void Generate(DayBatch batch)
    {
        _rng.Reseed(Rng.Mix(_options.Seed, Streams.Operation, batch.DayIndex));
        var factor = _calendar.OperationFactor(batch.Date);
        for (var c = 0; c < _options.Campaigns.Count; c++)
        {
            var campaign = _options.Campaigns[c];
            if (batch.Date < campaign.Start || batch.Date > campaign.End)
            {
                continue;
            }

            // No waves at all on holidays: the office is closed (filler keeps a trickle).
            var waves = _calendar.IsHoliday(batch.Date) ? 0 : _rng.Poisson(_options.WavesPerCampaignDay * factor * Scale);
            for (var w = 0; w < waves; w++)
            {
                Wave(batch, c);
            }
        }

        foreach (var index in _population.Operation)
        {
            var account = _population.Accounts[index];
            var posts = _rng.Poisson(_options.OperationFillerPostsPerDay * factor * Scale);
            for (var k = 0; k < posts; k++)
            {
                var lang = account.AzeriDominant ? (_rng.Chance(0.9) ? Lang.Az : _rng.Pick(AzeriAside)) : account.Lang;
                batch.Add(batch.DayStartMs + Clock.Office(_rng), index, PostKind.Original,
                    new TextSource(TextKind.Filler, lang, 0, _rng.NextULong()));
            }
        }
    }

    private void Wave(DayBatch batch, int c)
    {
        var campaign = _options.Campaigns[c];
        var lang = _rng.NextDouble() switch { < 0.5 => Lang.Az, < 0.85 => Lang.Fr, _ => Lang.En };
        var template = _rng.Next(CampaignTexts.TemplateCount(lang));
        var param = (c << 8) | template;
        // Seeds go out in Baku office hours (09:30-17:30 local, i.e. 05:30-13:30 UTC).
        var seedTime = batch.DayStartMs + Clock.Between(5.5, 13.5, _rng);
        var hub = _population.Hubs[_rng.Next(_population.Hubs.Length)];
        ref var seed = ref batch.Add(seedTime, hub, PostKind.Original, new TextSource(TextKind.Campaign, lang, param, 0));
        seed.Campaign = (short)campaign.Id;
        var seedId = seed.TweetId;
        var seedText = seed.Text;
        Mark(hub, c);

        foreach (var member in _rosters[c])
        {
            if (member == hub)
            {
                continue;
            }

            var account = _population.Accounts[member];
            var affinity = account.AzeriDominant ? (lang == Lang.Az ? 1.3 : 0.75) : (lang == Lang.Az ? 0.15 : 1.3);
            if (_rng.Chance(_options.WaveCopyShare * affinity))
            {
                var delay = 20_000 + Math.Min(1_500_000, (long)_rng.Exponential(150_000));
                ref var copy = ref batch.Add(seedTime + delay, member, PostKind.Original,
                    new TextSource(TextKind.Campaign, lang, param, _rng.NextULong() | 1));
                copy.Campaign = (short)campaign.Id;
                Mark(member, c);
            }

            if (_rng.Chance(_options.WaveRetweetShare))
            {
                var delay = 4_000 + Math.Min(360_000, (long)_rng.Exponential(50_000));
                ref var rt = ref batch.Add(seedTime + delay, member, PostKind.Retweet, default);
                rt.Campaign = (short)campaign.Id;
                rt.RefTweetId = seedId;
                rt.RefAuthor = hub;
                rt.RefText = seedText;
                Mark(member, c);
            }
        }
    }

    private void Mark(int account, int campaignIndex) => _population.Accounts[account].CampaignMask |= 1 << campaignIndex;
}
