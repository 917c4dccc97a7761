namespace NetworkGraph.Scenarios;

/// <summary>The default campaigns and holidays, modelled on the 2023-2024 "Baku Initiative Group" case.</summary>
public static class ScenarioDefaults
{
    /// <summary>Four campaigns between September 2023 and February 2024, each a few days to two weeks long.</summary>
    public static List<CampaignOptions> Campaigns() =>
    [
        new()
        {
            Id = 1, Name = "New Caledonia", Start = new(2023, 9, 18), End = new(2023, 9, 29),
            Hashtags = ["NouvelleCalédonie", "Kanaky", "FreeKanaky", "Décolonisation"],
            Place = "Nouvelle-Calédonie", AzeriPlace = "Yeni Kaledoniya", EnglishPlace = "New Caledonia",
            Targets = ["PresidenceFR", "MinOutreMerFR", "UN_Decolonize"],
        },
        new()
        {
            Id = 2, Name = "Corsica", Start = new(2023, 10, 9), End = new(2023, 10, 15),
            Hashtags = ["Corsica", "Corse", "LibertàCorsica", "FrancePrison"],
            Place = "Corse", AzeriPlace = "Korsika", EnglishPlace = "Corsica",
            Targets = ["PresidenceFR", "GouvernementFR", "AssembleeNatFR"],
        },
        new()
        {
            Id = 3, Name = "Mayotte and overseas", Start = new(2023, 12, 4), End = new(2023, 12, 8),
            Hashtags = ["Mayotte", "OutreMer", "Comores", "Décolonisation"],
            Place = "Mayotte", AzeriPlace = "Mayotta", EnglishPlace = "Mayotte",
            Targets = ["MinOutreMerFR", "GouvernementFR", "UN_Decolonize"],
        },
        new()
        {
            Id = 4, Name = "Martinique and Guadeloupe", Start = new(2024, 2, 5), End = new(2024, 2, 18),
            Hashtags = ["Martinique", "Guadeloupe", "Antilles", "Chlordécone"],
            Place = "Martinique", AzeriPlace = "Martinika", EnglishPlace = "Martinique",
            Targets = ["PresidenceFR", "MinOutreMerFR", "AssembleeNatFR"],
        },
    ];

    /// <summary>
    /// Azerbaijani public holidays and days of mourning in the default period: Victory Day (8 Nov), Flag Day (9 Nov),
    /// Constitution Day (12 Nov), National Revival Day (17 Nov), Solidarity Day and New Year (31 Dec - 2 Jan),
    /// the 20 January day of mourning and the presidential election (7 Feb 2024).
    /// </summary>
    public static List<DateOnly> AzerbaijaniHolidays() =>
    [
        new(2023, 11, 8), new(2023, 11, 9), new(2023, 11, 12), new(2023, 11, 17),
        new(2023, 12, 31), new(2024, 1, 1), new(2024, 1, 2), new(2024, 1, 20), new(2024, 2, 7),
    ];
}
