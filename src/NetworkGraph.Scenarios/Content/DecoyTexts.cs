using NetworkGraph.Scenarios.Sampling;

namespace NetworkGraph.Scenarios.Content;

/// <summary>Texts of the decoy communities: a football club and its fans, news outlets and their readers, a TV show and its viewers.</summary>
internal static class DecoyTexts
{
    private static readonly Phrases Players = new("Diallo|Moreau|Benali|Costa|Lindqvist|Okafor|Ramos|Petit|Kovač|N'Diaye|Bertrand|Silva|Haddad|Lopez");
    private static readonly Phrases Opponents = new("Lyon|Marseille|Lens|Rennes|Brest|Nantes|Toulouse|Monaco|Lille|Reims|Montpellier|Strasbourg|Lorient|Metz");
    private static readonly Phrases ClubLines = new(
        "MATCHDAY ⚽ Riviera reçoit {opp} ce soir, coup d'envoi à 2^h !|BUT ! {player} ouvre le score (~') 🔴⚫|"
        + "Entraînement ce matin avant le déplacement à {opp}|{player} prolonge jusqu'en 2027 ✍️|Mi-temps : Riviera ^-^ {opp}|"
        + "Score final : Riviera ^-^ {opp}. Merci pour votre soutien !|🎟️ Billetterie ouverte pour la réception de {opp}|"
        + "La compo du coach pour affronter {opp} 📋|{player} élu joueur du mois 🏆|Conférence de presse du coach à ~h avant {opp}|"
        + "Joyeux anniversaire {player} ! 🎂|Le groupe convoqué pour {opp}|Retour en images sur la victoire contre {opp} 📸");
    private static readonly Phrases FanLines = new(
        "Quel match de {player} ce soir|{player} mérite mieux que ça|Allez Riviera, on y croit !|Le coach doit faire entrer {player}|"
        + "Encore un arbitrage scandaleux contre {opp}|J'ai pris mes places pour {opp} 🎟️|Cette équipe me rend fou|"
        + "{player} c'est le meilleur, point.|On va leur montrer à {opp}|Qui vient au stade samedi ?|Fier de ce club depuis ~ ans|"
        + "Pas d'excuse ce soir contre {opp}|La défense a encore pris l'eau|{player} en feu 🔥|Tribune Sud en fusion ce soir|"
        + "Il faut recruter un vrai numéro 9|Merci {player} pour ces ~ ans|Le mercato va être chaud|Trois points, rien d'autre");
    private static readonly Phrases FanTags = new("FCRiviera|AllezRiviera|Ligue1|RivieraFamily");
    private static readonly Phrases Headlines = new(
        "Inflation : les prix de l'énergie repartent à la hausse|Grève : le trafic fortement perturbé jeudi|"
        + "Budget 2024 : ce que contient le texte adopté|Intempéries : ~ départements en vigilance orange|"
        + "Logement : les loyers ont augmenté de ~% en un an|Santé : une nouvelle campagne de vaccination lancée|"
        + "Éducation : la réforme du lycée fait débat|Immobilier : les taux de crédit reculent enfin|"
        + "Justice : ouverture d'un procès très attendu|Climat : un automne record selon Météo-France|"
        + "Transports : hausse du prix du pass Navigo|Emploi : le chômage stable au troisième trimestre|"
        + "Sécurité routière : ~ morts sur les routes en novembre|Agriculture : la colère des agriculteurs s'étend|"
        + "Outre-mer : la vie chère au cœur des débats|Europe : accord trouvé sur le pacte migratoire|"
        + "Tech : une panne géante touche les réseaux sociais|Sport : les Bleus qualifiés pour l'Euro|"
        + "Culture : le festival dévoile sa programmation|Économie : la croissance revue à la baisse|"
        + "Énergie : EDF annonce une hausse de ~%|Politique : le gouvernement face à une motion de censure|"
        + "Société : le prix du ticket de cantine en hausse dans ~ villes|International : sommet diplomatique sous tension");
    private static readonly Phrases ShareComments = new(
        "À lire :|Très intéressant 👇|Incroyable.|Ce qu'il faut retenir :|Je partage :|Enfin un article clair sur le sujet|"
        + "Ça fait réfléchir...|On en parle ?|À méditer|Lu ce matin, édifiant|Rien de surprenant hélas|Bonne analyse|"
        + "Qui l'eût cru ?|Article à partager|Important 👇|Je n'y crois pas|La suite au prochain épisode");
    private static readonly byte[][] OutletDomains = new Phrases("infodirect24.fr|lequotidiendusoir.fr|actumonde.fr").Items;
    private static readonly Phrases Candidates = new("Kevin|Laura|Mehdi|Jessica|Bruno|Inès|Tony|Clara|Samir|Océane");
    private static readonly Phrases ShowLines = new(
        "C'est parti pour un nouveau numéro, qui va l'emporter ce soir ?|Épreuve d'endurance : {cand} prend la tête !|"
        + "Coup de théâtre : {cand} est éliminé(e) !|Votez pour votre candidat préféré 📲|Dernière ligne droite ce soir|"
        + "{cand} remporte l'épreuve de confort 🏆|Rendez-vous samedi prochain à 21h !|Quelle émotion sur le camp ce soir");
    private static readonly Phrases ViewerLines = new(
        "{cand} est incroyable ce soir|Non mais {cand} 😂😂|Cette épreuve est truquée|Je suis team {cand}|"
        + "Pourquoi ils gardent {cand} ?|Le montage est scandaleux ce soir|{cand} mérite de gagner|J'ai crié devant ma télé|"
        + "Le conseil va être tendu ce soir|{cand} et {cand}, l'alliance improbable|Je ne m'en remets pas|Quelle stratégie de {cand} !|"
        + "C'est la meilleure saison|Ils ont volé la victoire à {cand}|Le samedi soir sans ça, impossible");

    public static void Club(TextBuilder tb, Rng rng)
    {
        Line(tb, ClubLines, rng);
        if (rng.Chance(0.6))
        {
            tb.Hashtag(FanTags.Items[rng.Next(2)]);
        }
    }

    public static void Fan(TextBuilder tb, Rng rng, IMentionSource mentions)
    {
        Line(tb, FanLines, rng);
        if (rng.Chance(0.3))
        {
            tb.Space();
            OrganicComposer.Sentence(tb, Lexicons.For(Lang.Fr), rng);
        }

        var tags = rng.NextDouble() switch { < 0.35 => 0, < 0.8 => 1, _ => 2 };
        for (var i = 0; i < tags; i++)
        {
            tb.Hashtag(FanTags.Items[rng.Next(FanTags.Count)]);
        }

        if (rng.Chance(0.2))
        {
            tb.Space();
            tb.Append("🔴⚫"u8);
        }

        if (rng.Chance(0.05))
        {
            mentions.MentionRandom(tb, rng);
        }
    }

    public static void Article(TextBuilder tb, int outlet, ulong articleSeed, Rng rng)
    {
        rng.Reseed(articleSeed);
        tb.Append(Headlines, rng.Next(Headlines.Count), rng);
        ArticleLink(tb, outlet, articleSeed, articleSeed ^ 0x5bd1e995);
    }

    public static void Share(TextBuilder tb, int param, ulong articleSeed, Rng rng)
    {
        var outlet = param & 3;
        rng.Reseed(Rng.Fold(articleSeed ^ (ulong)(param >> 2)));
        if (rng.Chance(0.75))
        {
            tb.AppendAny(ShareComments, rng);
        }
        else
        {
            OrganicComposer.Sentence(tb, Lexicons.For(Lang.Fr), rng);
        }

        if (rng.Chance(0.4))
        {
            // The share button copies the headline: same words across readers, hours apart.
            var headline = new Rng(articleSeed);
            tb.Space();
            tb.Append(Headlines, headline.Next(Headlines.Count), headline);
        }

        ArticleLink(tb, outlet, articleSeed, rng.NextULong());
    }

    public static void ShowOfficial(TextBuilder tb, Rng rng)
    {
        Line(tb, ShowLines, rng);
        tb.Hashtag("LeGrandDuel"u8);
    }

    public static void Viewer(TextBuilder tb, Rng rng)
    {
        Line(tb, ViewerLines, rng);
        if (rng.Chance(0.25))
        {
            tb.Space();
            tb.AppendAny(Lexicons.Emoji, rng);
        }

        if (rng.Chance(0.85))
        {
            tb.Hashtag("LeGrandDuel"u8);
        }
    }

    private static void ArticleLink(TextBuilder tb, int outlet, ulong articleSeed, ulong shortLinkSeed)
    {
        Span<byte> url = stackalloc byte[160];
        var n = UrlWriter.Article(url, OutletDomains[outlet % OutletDomains.Length], articleSeed);
        tb.Link(url[..n], shortLinkSeed);
    }

    /// <summary>Appends a line, filling {player}, {opp} and {cand} slots.</summary>
    private static void Line(TextBuilder tb, Phrases lines, Rng rng)
    {
        var start = tb.Length;
        tb.AppendAny(lines, rng);
        var written = tb.Text[start..].ToArray();
        if (written.AsSpan().IndexOf((byte)'{') < 0)
        {
            return;
        }

        tb.Truncate(start);
        var rest = written.AsSpan();
        int open;
        while ((open = rest.IndexOf((byte)'{')) >= 0)
        {
            tb.Append(rest[..open]);
            var close = rest[open..].IndexOf((byte)'}') + open;
            var slot = rest[(open + 1)..close];
            var list = slot.SequenceEqual("player"u8) ? Players : slot.SequenceEqual("opp"u8) ? Opponents : Candidates;
            tb.AppendAny(list, rng);
            rest = rest[(close + 1)..];
        }

        tb.Append(rest);
    }
}
