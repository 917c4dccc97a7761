using System.Text;

namespace NetworkGraph.Scenarios.Content;

/// <summary>What a campaign's texts need: the place name per language, hashtags and target accounts.</summary>
internal sealed class CampaignContext
{
    private readonly byte[] _place;
    private readonly byte[] _azeriPlace;
    private readonly byte[] _englishPlace;
    private readonly byte[][] _handles;

    public CampaignContext(CampaignOptions options, int[] targets, byte[][] targetHandles)
    {
        _place = Encoding.UTF8.GetBytes(options.Place);
        _azeriPlace = Encoding.UTF8.GetBytes(string.IsNullOrEmpty(options.AzeriPlace) ? options.Place : options.AzeriPlace);
        _englishPlace = Encoding.UTF8.GetBytes(string.IsNullOrEmpty(options.EnglishPlace) ? options.Place : options.EnglishPlace);
        Hashtags = options.Hashtags.Select(Encoding.UTF8.GetBytes).ToArray();
        Targets = targets;
        _handles = targetHandles;
    }

    public byte[][] Hashtags { get; }

    /// <summary>Account indices of the targets.</summary>
    public int[] Targets { get; }

    public byte[] Handle(int account) => _handles[Array.IndexOf(Targets, account)];

    public byte[] Place(Lang lang) => lang switch
    {
        Lang.Az => _azeriPlace,
        Lang.En => _englishPlace,
        _ => _place,
    };
}
