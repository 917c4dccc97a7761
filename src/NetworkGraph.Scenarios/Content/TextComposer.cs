using NetworkGraph.Scenarios.Accounts;
using NetworkGraph.Scenarios.Activity;
using NetworkGraph.Scenarios.Sampling;

namespace NetworkGraph.Scenarios.Content;

/// <summary>Turns a <see cref="TextSource"/> into text and entities; the same source always gives the same bytes.</summary>
internal sealed class TextComposer : IMentionSource
{
    private readonly Population _population;
    private readonly CampaignContext[] _campaigns;
    private readonly Rng _rng = new(0);

    public TextComposer(ScenarioOptions options, Population population)
    {
        _population = population;
        _campaigns = options.Campaigns
            .Select((c, i) => new CampaignContext(c, population.CampaignTargets[i],
                population.CampaignTargets[i].Select(t => population.Accounts[t].HandleUtf8).ToArray()))
            .ToArray();
    }

    public void Compose(in TextSource source, TextBuilder tb)
    {
        _rng.Reseed(Rng.Fold(source.Seed ^ ((ulong)source.Kind << 56) ^ (uint)source.Param));
        switch (source.Kind)
        {
            case TextKind.Organic:
                OrganicComposer.Compose(tb, Lexicons.For(source.Lang), _rng, this);
                break;
            case TextKind.Filler:
                FillerTexts.Compose(tb, source.Lang, _rng, this);
                break;
            case TextKind.Campaign:
                CampaignTexts.Compose(tb, _campaigns[source.Param >> 8], source.Lang, source.Param & 0xFF, source.Seed, _rng);
                break;
            case TextKind.ClubPost:
                DecoyTexts.Club(tb, _rng);
                break;
            case TextKind.FanPost:
                DecoyTexts.Fan(tb, _rng, this);
                break;
            case TextKind.Article:
                DecoyTexts.Article(tb, source.Param, source.Seed, _rng);
                break;
            case TextKind.NewsShare:
                DecoyTexts.Share(tb, source.Param, source.Seed, _rng);
                break;
            case TextKind.ShowPost:
                DecoyTexts.ShowOfficial(tb, _rng);
                break;
            case TextKind.ViewerPost:
                DecoyTexts.Viewer(tb, _rng);
                break;
            default:
                throw new InvalidOperationException($"Unknown text kind {source.Kind}.");
        }
    }

    public void MentionRandom(TextBuilder tb, Rng rng)
    {
        var influencers = _population.Influencers;
        if (influencers.Length == 0)
        {
            return;
        }

        var account = _population.Accounts[influencers[rng.Next(influencers.Length)]];
        tb.Mention(account.Index, account.HandleUtf8);
    }
}
