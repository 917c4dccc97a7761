namespace NetworkGraph.Scenarios;

/// <summary>One campaign of the simulated operation: a period, a theme and the hashtags it pushes.</summary>
public sealed class CampaignOptions
{
    /// <summary>Campaign number, 1-based; used in the ground truth (e.g. campaigns "1;3").</summary>
    public int Id { get; set; }

    /// <summary>Human-readable name, e.g. "New Caledonia".</summary>
    public string Name { get; set; } = "";

    /// <summary>First day of the campaign (UTC).</summary>
    public DateOnly Start { get; set; }

    /// <summary>Last day of the campaign, inclusive (UTC).</summary>
    public DateOnly End { get; set; }

    /// <summary>Hashtags pushed by the campaign, without '#'.</summary>
    public IList<string> Hashtags { get; set; } = [];

    /// <summary>The territory named in French-language texts, e.g. "Nouvelle-Calédonie".</summary>
    public string Place { get; set; } = "";

    /// <summary>The territory named in Azeri texts; defaults to <see cref="Place"/> when empty.</summary>
    public string AzeriPlace { get; set; } = "";

    /// <summary>The territory named in English texts; defaults to <see cref="Place"/> when empty.</summary>
    public string EnglishPlace { get; set; } = "";

    /// <summary>Handles (without '@') of the accounts the campaign targets with mentions.</summary>
    public IList<string> Targets { get; set; } = [];
}
