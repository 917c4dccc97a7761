using NetworkGraph.Scenarios.Sampling;

namespace NetworkGraph.Scenarios.Content;

/// <summary>Ordinary posts of operation accounts: everyday Azeri content mixed with official-line messages.</summary>
internal static class FillerTexts
{
    private static readonly Phrases OfficialLines = new(
        "Azərbaycan sülh və sabitlik tərəfdarıdır|Qarabağ Azərbaycandır!|Şəhidlərimizin ruhu şad olsun|"
        + "Azərbaycan Ordusu ilə fəxr edirik|Dövlət müstəqilliyimiz əbədidir|Azərbaycan regionda etibarlı tərəfdaşdır|"
        + "Böyük Qayıdış davam edir|Azad edilmiş torpaqlarda quruculuq işləri sürətlə gedir|"
        + "Azərbaycan COP29-a ev sahibliyi edəcək|Bakı Təşəbbüs Qrupu müstəmləkəçiliyə qarşı mübarizəni davam etdirir|"
        + "Fransa neokolonializmə son qoymalıdır|Azərbaycan xalqı birdir|Ədalət zəfər çaldı|Vətən müharibəsi qəhrəmanlarına eşq olsun|"
        + "Şuşa Azərbaycan mədəniyyətinin incisidir|Azərbaycan beynəlxalq hüququn aliliyini müdafiə edir");

    private static readonly Phrases OfficialTags = new("Azərbaycan|Qarabağ|QarabağAzərbaycandır|COP29|Şuşa|BakuInitiativeGroup|Azerbaijan");

    public static void Compose(TextBuilder tb, Lang lang, Rng rng, IMentionSource mentions)
    {
        if (lang != Lang.Az || rng.Chance(0.55))
        {
            OrganicComposer.Compose(tb, Lexicons.For(lang), rng, mentions);
            return;
        }

        tb.AppendAny(OfficialLines, rng);
        if (rng.Chance(0.5))
        {
            tb.Append(rng.Chance(0.5) ? "!"u8 : "."u8);
        }

        if (rng.Chance(0.4))
        {
            tb.Space();
            OrganicComposer.Sentence(tb, Lexicons.For(Lang.Az), rng);
        }

        var tags = rng.Next(3);
        for (var i = 0; i < tags; i++)
        {
            tb.Hashtag(OfficialTags.Items[rng.Next(OfficialTags.Count)]);
        }

        if (rng.Chance(0.35))
        {
            tb.Space();
            tb.Append("🇦🇿"u8);
        }
    }
}
