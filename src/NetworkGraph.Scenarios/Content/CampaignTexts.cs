using System.Text;
using NetworkGraph.Scenarios.Sampling;

namespace NetworkGraph.Scenarios.Content;

/// <summary>
/// The operation's copy-paste templates. A wave's seed post is the canonical text; each copy applies small
/// variations: emoji added or removed, hashtag order, a dropped hashtag, punctuation, truncation, another @-target.
/// </summary>
internal static class CampaignTexts
{
    private sealed record Template(byte[] Before, byte[] After, bool MentionFirst, byte[] Emoji);

    private static readonly Template[] French =
    [
        T("La France doit respecter le droit du peuple de {place} à l'autodétermination ! Assez du colonialisme.", false, "✊"),
        T("{place} : la répression française continue dans le silence des médias. Le monde doit savoir.", false, "‼️"),
        T("Paris, {place} n'est pas à vous ! Libérez les peuples colonisés.", false, "✊🏾"),
        T("Solidarité totale avec le peuple de {place} face à l'oppression coloniale française.", false, "✊"),
        T("Les ressources de {place} appartiennent à son peuple, pas à Paris. Stop au pillage !", false, "🔥"),
        T("Nous appelons l'ONU à inscrire {place} sur la liste des territoires à décoloniser.", true, "🇺🇳"),
        T("Combien de temps encore la France va-t-elle ignorer la voix du peuple de {place} ?", false, "❓"),
    ];

    private static readonly Template[] Azeri =
    [
        T("Fransa {place} xalqına qarşı müstəmləkəçilik siyasətinə son qoymalıdır!", false, "✊"),
        T("{place} xalqının öz müqəddəratını təyin etmək hüququ var. Dünya susmamalıdır!", false, "‼️"),
        T("Fransanın {place} ərazisindəki repressiyaları beynəlxalq ictimaiyyətin diqqətindən kənarda qalmamalıdır.", true, "⚠️"),
        T("Bakı Təşəbbüs Qrupu {place} xalqının azadlıq mübarizəsini dəstəkləyir.", false, "✊"),
        T("Müstəmləkəçiliyə yox! {place} azad olmalıdır!", false, "🔥"),
        T("Fransa {place} ərazisinin təbii sərvətlərini talan edir. Bu ədalətsizliyə son qoyulmalıdır!", false, "‼️"),
        T("Neokolonializm XXI əsrdə yer almamalıdır. {place} xalqı ilə həmrəyik!", false, "🤝"),
    ];

    private static readonly Template[] English =
    [
        T("France must end its colonial rule in {place}. The people of {place} deserve freedom!", false, "✊"),
        T("The world is watching what France does in {place}. Stop the repression now!", false, "‼️"),
        T("Decolonization is a right, not a favour. Free {place}!", false, "✊🏾"),
        T("Neo-colonialism has no place in the 21st century. Solidarity with the people of {place}!", false, "🤝"),
        T("We call on the UN to stand with {place} against French colonial policy.", true, "🇺🇳"),
    ];

    private static readonly byte[][] ExtraEmoji = new Phrases("✊|🔥|‼️|✊🏾|📢|👇|💔").Items;

    public static int TemplateCount(Lang lang) => Templates(lang).Length;

    /// <summary>Writes the campaign text; <paramref name="seed"/> 0 is the canonical (seed-post) text.</summary>
    public static void Compose(TextBuilder tb, CampaignContext campaign, Lang lang, int template, ulong seed, Rng rng)
    {
        var t = Templates(lang)[template];
        var variant = seed != 0;
        var targets = campaign.Targets;
        var target = targets.Length == 0 ? -1 : variant && rng.Chance(0.2) ? rng.Next(targets.Length) : 0;
        if (t.MentionFirst && target >= 0)
        {
            tb.Mention(targets[target], campaign.Handle(targets[target]));
            tb.Space();
        }

        var bodyStart = tb.Length;
        var place = campaign.Place(lang);
        tb.Append(t.Before);
        AppendWithPlace(tb, t, place);

        if (variant)
        {
            Vary(tb, bodyStart, rng);
        }

        if (!t.MentionFirst && target >= 0 && (!variant || rng.Chance(0.92)))
        {
            tb.Mention(targets[target], campaign.Handle(targets[target]));
        }

        Hashtags(tb, campaign.Hashtags, variant, rng);
        var emoji = t.Emoji;
        if (variant)
        {
            var e = rng.NextDouble();
            emoji = e < 0.12 ? [] : e < 0.25 ? ExtraEmoji[rng.Next(ExtraEmoji.Length)] : emoji;
        }

        if (emoji.Length > 0)
        {
            tb.Space();
            tb.Append(emoji);
        }
    }

    private static void AppendWithPlace(TextBuilder tb, Template t, byte[] place)
    {
        // Before holds the text up to the first {place}; After the rest, where "{place}" may occur again.
        tb.Append(place);
        var rest = t.After.AsSpan();
        var marker = "{place}"u8;
        int at;
        while ((at = rest.IndexOf(marker)) >= 0)
        {
            tb.Append(rest[..at]);
            tb.Append(place);
            rest = rest[(at + marker.Length)..];
        }

        tb.Append(rest);
    }

    private static void Vary(TextBuilder tb, int bodyStart, Rng rng)
    {
        if (rng.Chance(0.06) && tb.Length - bodyStart > 40)
        {
            // Truncated copy: cut at a word boundary in the last fifth of the body and mark it.
            var body = tb.Text[bodyStart..];
            var cut = body[..(body.Length * (80 + rng.Next(12)) / 100)].LastIndexOf((byte)' ');
            if (cut > 10)
            {
                tb.Truncate(bodyStart + cut);
                tb.Append("…"u8);
                return;
            }
        }

        if (rng.Chance(0.15))
        {
            switch (tb.LastByte)
            {
                case (byte)'!':
                    tb.Append(rng.Chance(0.5) ? "!"u8 : "!!"u8);
                    break;
                case (byte)'.':
                    tb.Truncate(tb.Length - 1);
                    tb.Append(rng.Chance(0.5) ? "!"u8 : ""u8);
                    break;
                default:
                    tb.Append((byte)'!');
                    break;
            }
        }
    }

    private static void Hashtags(TextBuilder tb, byte[][] tags, bool variant, Rng rng)
    {
        Span<int> order = stackalloc int[Math.Min(tags.Length, 8)];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        var count = Math.Min(3, order.Length);
        if (variant)
        {
            if (rng.Chance(0.2))
            {
                rng.Shuffle(order);
            }

            if (rng.Chance(0.1) && count > 1)
            {
                count--;
            }
            else if (rng.Chance(0.08) && order.Length > count)
            {
                count++;
            }
        }

        for (var i = 0; i < count; i++)
        {
            tb.Hashtag(tags[order[i]]);
        }
    }

    private static Template[] Templates(Lang lang) => lang switch
    {
        Lang.Az => Azeri,
        Lang.En => English,
        _ => French,
    };

    private static Template T(string text, bool mentionFirst, string emoji)
    {
        var at = text.IndexOf("{place}", StringComparison.Ordinal);
        return new Template(
            Encoding.UTF8.GetBytes(text[..at]),
            Encoding.UTF8.GetBytes(text[(at + "{place}".Length)..]),
            mentionFirst,
            Encoding.UTF8.GetBytes(emoji));
    }
}
