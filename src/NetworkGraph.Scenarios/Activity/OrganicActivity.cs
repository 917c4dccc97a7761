using NetworkGraph.Core.Model;
using NetworkGraph.Scenarios.Accounts;
using NetworkGraph.Scenarios.Content;
using NetworkGraph.Scenarios.Sampling;

namespace NetworkGraph.Scenarios.Activity;

/// <summary>
/// The organic population: authors drawn by heavy-tailed activity, times by each account's daily rhythm, a mix of
/// originals, retweets, replies and quotes (references are resolved later against the pool of popular posts).
/// </summary>
internal sealed class OrganicActivity
{
    private readonly ScenarioOptions _options;
    private readonly Population _population;
    private readonly AliasTable _authors;
    private readonly Rng _rng = new(0);

    // The traits the loop needs, in compact arrays indexed like the alias table (no account objects touched).
    private readonly Lang[] _lang;
    private readonly int[] _offset;
    private readonly double[] _retweet;

    public OrganicActivity(ScenarioOptions options, Population population)
    {
        _options = options;
        _population = population;
        var weights = population.Organic.Select(i => population.Accounts[i].Activity).ToArray();
        _authors = new AliasTable(weights);
        _lang = population.Organic.Select(i => population.Accounts[i].Lang).ToArray();
        _offset = population.Organic.Select(i => population.Accounts[i].UtcOffsetMinutes).ToArray();
        _retweet = population.Organic.Select(i => population.Accounts[i].RetweetPropensity).ToArray();
    }

    public void Generate(DayBatch batch, long count)
    {
        _rng.Reseed(Rng.Mix(_options.Seed, Streams.Organic, batch.DayIndex));
        for (long i = 0; i < count; i++)
        {
            var k = _authors.Sample(_rng);
            var author = _population.Organic[k];
            var lang = _lang[k] != Lang.En && _rng.Chance(0.08) ? Lang.En : _lang[k];
            var text = new TextSource(TextKind.Organic, lang, 0, _rng.NextULong());
            var time = batch.DayStartMs + Clock.Everyday(_offset[k], _rng);
            var u = _rng.NextDouble();
            var rt = _retweet[k];
            var kind = u < rt ? PostKind.Retweet
                : u < rt + ((1 - rt) * 0.2) ? PostKind.Reply
                : u < rt + ((1 - rt) * 0.26) ? PostKind.Quote
                : PostKind.Original;
            ref var e = ref batch.Add(time, author, kind, text);
            if (kind != PostKind.Original)
            {
                e.Pending = Resolver.OrganicReference;
            }
        }
    }
}
